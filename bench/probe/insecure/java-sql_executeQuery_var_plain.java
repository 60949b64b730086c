ResultSet rs = stmt.executeQuery(query);
