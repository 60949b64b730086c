HessianInput in = new HessianInput(is);
Object o = in.readObject();
