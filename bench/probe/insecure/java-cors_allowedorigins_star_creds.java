config.setAllowedOrigins(List.of("*"));
config.setAllowCredentials(true);
