Response.Cookies.Append("session", token, new CookieOptions { Secure = false, HttpOnly = false });
