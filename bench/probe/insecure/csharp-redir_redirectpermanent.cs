return RedirectPermanent(returnUrl);
