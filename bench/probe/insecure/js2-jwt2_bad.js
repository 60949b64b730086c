const payload = JSON.parse(atob(token.split('.')[1]));
if (payload.admin) allow();
