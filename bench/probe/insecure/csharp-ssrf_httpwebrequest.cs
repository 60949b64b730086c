var req = (HttpWebRequest)WebRequest.Create(url);
