await db.collection('users').updateOne({ _id: id }, { $set: req.body });
