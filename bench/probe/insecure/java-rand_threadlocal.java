String sessionId = Long.toString(ThreadLocalRandom.current().nextLong());
