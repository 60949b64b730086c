res.set('Content-Type', 'text/html');
res.send(req.body.html);
