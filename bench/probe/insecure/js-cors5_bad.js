res.set('Access-Control-Allow-Origin', req.get('origin'));
