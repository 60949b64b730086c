[EnableCors(origins: "*", headers: "*", methods: "*", SupportsCredentials = true)]
