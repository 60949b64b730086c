if (user.getPassword().equals(request.getParameter("password"))) { login(user); }
