var msg = new HttpRequestMessage(HttpMethod.Get, Request.Query["url"]);
