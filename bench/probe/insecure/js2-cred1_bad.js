const connection = mysql.createConnection({ host: 'localhost', user: 'root', password: 'Sup3rS3cr3t!' });
