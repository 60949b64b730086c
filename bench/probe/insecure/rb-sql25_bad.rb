sql = "SELECT * FROM users WHERE name = '#{name}'"
ActiveRecord::Base.connection.select_all(sql)
