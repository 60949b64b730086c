registry.addMapping("/**").allowedOriginPatterns("*").allowCredentials(true);
