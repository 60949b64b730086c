var doc = new XPathDocument(Request.InputStream);
