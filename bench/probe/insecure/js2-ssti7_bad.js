res.render(`pages/${req.params.page}`);
