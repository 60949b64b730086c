password = "SuperSecret123"
