x = eval(s)
