var o = new BinaryFormatter().UnsafeDeserialize(stream, null);
