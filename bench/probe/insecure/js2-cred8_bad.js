const auth = { username: 'admin', password: 'P@ssw0rd2024' };
