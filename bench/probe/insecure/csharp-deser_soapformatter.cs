var f = new SoapFormatter();
object o = f.Deserialize(s);
