let hash = Md5::digest(data);
