SAXReader reader = new SAXReader();
Document doc = reader.read(input);
