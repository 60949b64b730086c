String url = request.getParameter("url");
String body = restTemplate.getForObject(url, String.class);
