const html = marked(req.body.markdown);
res.send(html);
