XMLInputFactory xif = XMLInputFactory.newInstance();
XMLStreamReader r = xif.createXMLStreamReader(in);
