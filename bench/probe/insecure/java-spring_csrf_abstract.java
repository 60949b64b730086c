http.csrf(AbstractHttpConfigurer::disable);
