Response.Write(HttpUtility.HtmlEncode(Request.QueryString["name"]));
