@GetMapping("/hello")
@ResponseBody
public String hello(@RequestParam String name) { return "<h1>Hello " + name + "</h1>"; }
