HttpGet get = new HttpGet(request.getParameter("url"));
