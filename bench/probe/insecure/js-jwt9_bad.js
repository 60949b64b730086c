const user = JSON.parse(Buffer.from(token.split('.')[1], 'base64').toString());
if (user.isAdmin) next();
