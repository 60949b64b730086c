response.sendRedirect(request.getContextPath() + "/login");
