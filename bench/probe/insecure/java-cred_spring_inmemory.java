auth.inMemoryAuthentication().withUser("admin").password("{noop}admin123").roles("ADMIN");
