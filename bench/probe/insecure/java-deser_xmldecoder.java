XMLDecoder decoder = new XMLDecoder(new FileInputStream(file));
Object o = decoder.readObject();
