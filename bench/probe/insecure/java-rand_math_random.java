String resetToken = String.valueOf(Math.random());
