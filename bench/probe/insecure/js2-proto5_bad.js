const [a, b] = key.split('.');
obj[a][b] = value;
