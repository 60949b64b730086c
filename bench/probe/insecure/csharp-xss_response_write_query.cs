Response.Write(Request.QueryString["name"]);
