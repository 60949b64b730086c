Response.Write("<h1>Hello " + Request.Form["name"] + "</h1>");
