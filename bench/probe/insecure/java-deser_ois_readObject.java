ObjectInputStream ois = new ObjectInputStream(request.getInputStream());
Object obj = ois.readObject();
