console.log('User login attempt', req.body);
