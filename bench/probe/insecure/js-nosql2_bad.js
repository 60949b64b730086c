const docs = await db.collection('users').find(req.body).toArray();
