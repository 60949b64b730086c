http.headers().frameOptions().disable();
