res.sendFile(__dirname + '/public/' + req.query.file);
