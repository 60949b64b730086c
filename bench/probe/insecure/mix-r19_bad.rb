client = Mysql2::Client.new(host: 'localhost')
results = client.query("SELECT * FROM users WHERE login = '#{login}'")
