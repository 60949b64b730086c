response.setHeader("X-User", request.getParameter("user"));
