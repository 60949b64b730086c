DB["SELECT * FROM users WHERE name = '#{name}'"].all
