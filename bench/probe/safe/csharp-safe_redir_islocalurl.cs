if (Url.IsLocalUrl(returnUrl)) return Redirect(returnUrl);
