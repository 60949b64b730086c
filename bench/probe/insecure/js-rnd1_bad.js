const token = Math.random().toString(36).substring(2);
