XMLReader reader = XMLReaderFactory.createXMLReader();
reader.parse(new InputSource(in));
