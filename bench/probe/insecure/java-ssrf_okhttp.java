Request req = new Request.Builder().url(userUrl).build();
