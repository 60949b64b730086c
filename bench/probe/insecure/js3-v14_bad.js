const html = `<p>${req.query.q}</p>`;
res.send(html);
