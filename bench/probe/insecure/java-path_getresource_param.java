InputStream in = getServletContext().getResourceAsStream("/WEB-INF/" + request.getParameter("page"));
