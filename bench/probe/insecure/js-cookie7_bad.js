res.setHeader('Set-Cookie', `session=${sid}; Path=/`);
