var ser = new XmlSerializer(Type.GetType(typeName));
