const q = ['SELECT * FROM users WHERE id =', id].join(' ');
