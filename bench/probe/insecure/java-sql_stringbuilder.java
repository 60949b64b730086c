StringBuilder sb = new StringBuilder("SELECT * FROM users WHERE name = '");
sb.append(name).append("'");
stmt.executeQuery(sb.toString());
