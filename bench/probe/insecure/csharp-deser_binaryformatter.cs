var formatter = new BinaryFormatter();
var obj = formatter.Deserialize(stream);
