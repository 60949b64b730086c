response.cookies.set('auth-token', token, { httpOnly: true, secure: true, path: '/' });
