using var client = new WebClient();
client.DownloadFile(url, path);
