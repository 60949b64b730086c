User.having("count(*) > #{n}")
