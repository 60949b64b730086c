String h = Hashing.md5().hashString(password, UTF_8).toString();
