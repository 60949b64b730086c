var sql = "SELECT * FROM Products ORDER BY " + sortColumn;
