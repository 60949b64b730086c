options.Cookie.HttpOnly = false;
