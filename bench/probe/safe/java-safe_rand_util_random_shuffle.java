Collections.shuffle(list, new Random());
