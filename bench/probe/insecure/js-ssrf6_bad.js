const r = await axios({ url: req.body.callbackUrl, method: 'POST' });
