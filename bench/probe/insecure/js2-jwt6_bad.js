const token = jwt.sign({ userId }, 'secret');
