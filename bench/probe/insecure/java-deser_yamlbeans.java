YamlReader reader = new YamlReader(new FileReader(f));
Object o = reader.read();
