var doc = new XmlDocument();
doc.XmlResolver = new XmlUrlResolver();
doc.LoadXml(xml);
