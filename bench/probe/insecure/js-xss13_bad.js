res.write('<div>' + req.query.q + '</div>');
