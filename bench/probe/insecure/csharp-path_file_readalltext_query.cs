var text = System.IO.File.ReadAllText(Request.QueryString["path"]);
