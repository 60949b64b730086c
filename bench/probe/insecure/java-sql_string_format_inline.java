rs = stmt.executeQuery(String.format("SELECT * FROM orders WHERE customer = '%s'", customer));
