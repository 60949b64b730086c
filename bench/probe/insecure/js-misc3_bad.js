res.status(500).send(err.stack);
