const html = template.replace('{{name}}', req.query.name);
res.send(html);
