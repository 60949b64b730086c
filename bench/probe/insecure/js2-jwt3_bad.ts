const claims = jose.decodeJwt(token);
req.user = claims;
