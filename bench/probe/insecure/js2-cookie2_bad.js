res.cookie('session', sessionId);
