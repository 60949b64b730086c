var reader = new XmlTextReader(stream);
