return new RedirectResult(returnUrl);
