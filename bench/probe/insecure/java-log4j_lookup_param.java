logger.error("Bad request: {}", request.getHeader("User-Agent"));
