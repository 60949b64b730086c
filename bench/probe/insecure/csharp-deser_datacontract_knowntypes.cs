var ser = new DataContractSerializer(Type.GetType(Request.Form["type"]));
