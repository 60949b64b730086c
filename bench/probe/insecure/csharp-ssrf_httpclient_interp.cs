var r = await client.GetAsync($"http://{host}/internal/status");
