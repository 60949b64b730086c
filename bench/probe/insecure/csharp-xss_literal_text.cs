litMessage.Text = Request.QueryString["msg"];
