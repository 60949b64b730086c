var h = FormsAuthentication.HashPasswordForStoringInConfigFile(pw, "MD5");
