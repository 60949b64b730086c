@GetMapping("/download")
public Resource download(@RequestParam String filename) { return new FileSystemResource("/data/" + filename); }
