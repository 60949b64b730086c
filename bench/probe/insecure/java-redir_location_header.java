response.setHeader("Location", request.getParameter("url"));
