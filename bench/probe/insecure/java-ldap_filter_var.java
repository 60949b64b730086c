String filter = "(&(objectClass=person)(cn=" + name + "))";
