Pattern p = Pattern.compile(request.getParameter("regex"));
