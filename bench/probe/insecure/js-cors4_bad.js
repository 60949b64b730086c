res.header('Access-Control-Allow-Origin', '*');
res.header('Access-Control-Allow-Credentials', true);
