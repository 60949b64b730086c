var doc = new XmlDocument { XmlResolver = null };
doc.LoadXml(xml);
