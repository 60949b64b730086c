const r = await fetch(`http://${req.query.host}/status`);
