long salt = lrand48();
