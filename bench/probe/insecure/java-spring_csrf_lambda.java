http.csrf(csrf -> csrf.disable());
