res.cookie('session', token, { httpOnly: false });
