var re = new Regex(userPattern);
