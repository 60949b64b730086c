var o = MessagePackSerializer.Typeless.Deserialize(bytes);
