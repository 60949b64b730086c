Response.Redirect(Request.QueryString["url"]);
