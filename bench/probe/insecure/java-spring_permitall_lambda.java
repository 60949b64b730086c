http.authorizeHttpRequests(a -> a.anyRequest().permitAll());
