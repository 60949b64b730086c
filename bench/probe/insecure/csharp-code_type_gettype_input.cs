Type t = Type.GetType(typeName);
var o = Activator.CreateInstance(t);
