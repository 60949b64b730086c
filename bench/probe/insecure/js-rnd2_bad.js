const resetCode = Math.floor(Math.random() * 1000000);
