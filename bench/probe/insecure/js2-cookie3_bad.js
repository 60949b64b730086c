res.cookie('jwt', accessToken, { httpOnly: true, secure: false });
