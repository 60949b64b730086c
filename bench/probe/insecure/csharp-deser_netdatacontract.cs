var ser = new NetDataContractSerializer();
var o = ser.Deserialize(stream);
