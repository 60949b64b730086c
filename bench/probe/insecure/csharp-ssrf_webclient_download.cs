var data = new WebClient().DownloadString(Request.QueryString["url"]);
