HttpRequest req = HttpRequest.newBuilder(URI.create(request.getParameter("url"))).build();
