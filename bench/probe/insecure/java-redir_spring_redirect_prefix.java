return "redirect:" + request.getParameter("returnUrl");
