const db = mysql.createConnection({ host: 'localhost', user: 'root', password: 'hunter2pass' });
