@CrossOrigin(origins = "*", allowCredentials = "true")
