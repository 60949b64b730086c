XStream xstream = new XStream();
User u = (User) xstream.fromXML(xml);
