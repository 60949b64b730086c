@PostMapping("/users")
public String save(@ModelAttribute User user) { userRepository.save(user); return "ok"; }
