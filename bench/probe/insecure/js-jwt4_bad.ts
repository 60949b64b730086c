const decoded = jwtDecode(token);
req.user = decoded;
