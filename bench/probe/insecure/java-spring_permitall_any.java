http.authorizeRequests().anyRequest().permitAll();
