var cmd = new OleDbCommand("SELECT * FROM T WHERE A = '" + a + "'", conn);
