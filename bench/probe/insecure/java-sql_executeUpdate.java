stmt.executeUpdate("UPDATE accounts SET balance = " + amount + " WHERE id = " + id);
