console.log('login', { username, password });
