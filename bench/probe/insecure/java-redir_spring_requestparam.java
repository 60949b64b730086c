@GetMapping("/login/ok")
public String ok(@RequestParam String next) { return "redirect:" + next; }
