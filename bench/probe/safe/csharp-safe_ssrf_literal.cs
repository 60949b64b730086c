var r = await client.GetAsync("https://api.example.com/status");
