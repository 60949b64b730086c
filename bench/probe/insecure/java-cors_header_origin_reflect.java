response.setHeader("Access-Control-Allow-Origin", request.getHeader("Origin"));
