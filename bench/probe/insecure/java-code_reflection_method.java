Method m = obj.getClass().getMethod(request.getParameter("action"));
m.invoke(obj);
