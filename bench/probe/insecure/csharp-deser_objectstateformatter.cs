var o = new ObjectStateFormatter().Deserialize(data);
