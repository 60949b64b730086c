string html = await new HttpClient().GetStringAsync(url);
