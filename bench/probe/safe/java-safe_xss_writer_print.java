response.getWriter().print(Encode.forHtml(request.getParameter("name")));
