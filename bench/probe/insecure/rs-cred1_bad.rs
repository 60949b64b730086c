let password = "SuperSecret123";
