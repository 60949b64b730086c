@GetMapping("/proxy")
public String proxy(@RequestParam String url) { return restTemplate.getForObject(url, String.class); }
