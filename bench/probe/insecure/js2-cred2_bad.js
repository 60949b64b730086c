const pool = new Pool({ user: 'postgres', password: 'mypassword123', host: 'db' });
