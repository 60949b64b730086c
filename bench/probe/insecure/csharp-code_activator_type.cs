var obj = Activator.CreateInstance(Type.GetType(Request.Query["type"]));
