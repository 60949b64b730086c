stmt.addBatch("INSERT INTO log VALUES ('" + msg + "')");
