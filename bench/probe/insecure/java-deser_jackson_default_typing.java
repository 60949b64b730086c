mapper.enableDefaultTyping();
