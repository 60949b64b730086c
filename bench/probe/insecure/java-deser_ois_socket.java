ObjectInputStream in = new ObjectInputStream(socket.getInputStream());
