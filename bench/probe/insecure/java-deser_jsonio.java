Object o = JsonReader.jsonToJava(json);
