String body = restTemplate.getForObject(request.getParameter("url"), String.class);
