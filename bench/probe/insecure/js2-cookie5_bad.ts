response.cookies.set('auth-token', token, { path: '/' });
