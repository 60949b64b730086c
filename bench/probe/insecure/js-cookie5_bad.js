res.cookie('sid', sid, { secure: false, httpOnly: true });
