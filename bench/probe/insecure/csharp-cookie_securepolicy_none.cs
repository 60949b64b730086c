options.Cookie.SecurePolicy = CookieSecurePolicy.None;
