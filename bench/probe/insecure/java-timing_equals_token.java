if (token.equals(request.getHeader("X-Api-Key"))) { }
