res.cookie('token', jwtToken, { httpOnly: true, secure: true, sameSite: 'strict' });
