Response.Cookies.Append("session", token, new CookieOptions { Secure = true, HttpOnly = true, SameSite = SameSiteMode.Strict });
