return new RedirectView(request.getParameter("target"));
