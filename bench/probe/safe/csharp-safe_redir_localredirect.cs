return LocalRedirect(returnUrl);
