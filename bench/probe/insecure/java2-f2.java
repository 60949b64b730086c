CloseableHttpResponse resp = httpClient.execute(new HttpGet(url));
