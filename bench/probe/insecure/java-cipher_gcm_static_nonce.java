GCMParameterSpec spec = new GCMParameterSpec(128, new byte[12]);
