@Bean
public PasswordEncoder passwordEncoder() { return NoOpPasswordEncoder.getInstance(); }
