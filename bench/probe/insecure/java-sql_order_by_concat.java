String sql = "SELECT * FROM products ORDER BY " + sortColumn;
