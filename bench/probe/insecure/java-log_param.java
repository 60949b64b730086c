log.info("Login failed for user: " + request.getParameter("username"));
