var jwt = new JwtSecurityTokenHandler().ReadJwtToken(token);
var userId = jwt.Claims.First(c => c.Type == "sub").Value;
