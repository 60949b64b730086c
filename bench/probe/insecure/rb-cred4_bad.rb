ActiveRecord::Base.establish_connection(adapter: "postgresql", password: "Passw0rd!x")
