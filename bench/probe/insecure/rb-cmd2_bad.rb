output = `ls #{dir}`
