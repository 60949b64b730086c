var req = WebRequest.Create(Request.QueryString["url"]);
