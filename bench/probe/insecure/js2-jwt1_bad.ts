const decoded = jwtDecode(token);
if (decoded.role === 'admin') next();
