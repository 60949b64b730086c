var o = new LosFormatter().Deserialize(input);
