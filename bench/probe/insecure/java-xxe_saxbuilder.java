SAXBuilder builder = new SAXBuilder();
Document doc = builder.build(input);
