attr_accessible :role, :admin
