await page.evaluate(req.body.script);
