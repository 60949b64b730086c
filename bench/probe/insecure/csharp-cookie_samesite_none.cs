options.Cookie.SameSite = SameSiteMode.None;
