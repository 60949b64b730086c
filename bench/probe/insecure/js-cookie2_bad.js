res.cookie('token', jwtToken);
