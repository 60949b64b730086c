res.send(marked(req.body.markdown));
