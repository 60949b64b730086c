SignatureValidator = (token, parameters) => new JwtSecurityToken(token),
