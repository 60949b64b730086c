txn.exec("SELECT * FROM users WHERE name = '" + name + "'");
