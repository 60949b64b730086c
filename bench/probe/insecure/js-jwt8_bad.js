const { payload } = jose.decodeJwt(token);
req.user = payload;
