XmlDocument doc = new XmlDocument();
doc.Load(Request.InputStream);
