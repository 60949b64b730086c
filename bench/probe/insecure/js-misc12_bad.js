if (req.body.token == storedToken) {}
