Path target = root.resolve(request.getParameter("path"));
