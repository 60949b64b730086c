Pattern p = Pattern.compile(Pattern.quote(request.getParameter("q")));
