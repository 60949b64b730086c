Class<?> c = Class.forName(request.getParameter("class"));
Object o = c.getDeclaredConstructor().newInstance();
