return new ModelAndView("redirect:" + returnUrl);
