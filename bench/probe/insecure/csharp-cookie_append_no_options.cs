Response.Cookies.Append("AuthToken", token);
