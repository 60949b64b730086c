obj[req.body.key][req.body.sub] = req.body.value;
