@PutMapping("/users/{id}")
public User update(@RequestBody User user) { return userRepository.save(user); }
