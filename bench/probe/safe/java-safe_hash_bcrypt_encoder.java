PasswordEncoder encoder = new BCryptPasswordEncoder();
