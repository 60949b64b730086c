Object obj = SerializationUtils.deserialize(bytes);
