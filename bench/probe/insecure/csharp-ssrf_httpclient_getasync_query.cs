var resp = await _httpClient.GetAsync(Request.Query["url"]);
