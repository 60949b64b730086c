String out = text.replaceAll(userPattern, "");
