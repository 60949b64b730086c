@GetMapping("/files/{name}")
public byte[] get(@PathVariable String name) throws IOException { return Files.readAllBytes(Paths.get("/srv/files", name)); }
