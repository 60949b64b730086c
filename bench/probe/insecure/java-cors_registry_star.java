registry.addMapping("/**").allowedOrigins("*").allowCredentials(true);
