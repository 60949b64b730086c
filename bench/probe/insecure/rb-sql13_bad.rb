conn.exec("SELECT * FROM users WHERE id = #{id}")
