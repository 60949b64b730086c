res.cookie('session', sessionId, { sameSite: 'none' });
