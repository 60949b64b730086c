http.csrf().disable();
