dbf.setFeature("http://xml.org/sax/features/external-general-entities", true);
