var cookie = new HttpCookie("auth", token);
Response.Cookies.Add(cookie);
