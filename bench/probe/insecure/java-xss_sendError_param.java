response.sendError(400, "Invalid value: " + request.getParameter("v"));
