var o = new DeserializerBuilder().WithTagMapping("!x", typeof(object)).Build().Deserialize(yaml);
