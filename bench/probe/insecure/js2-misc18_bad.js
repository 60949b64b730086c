const decoded = Buffer.from(req.body.data, 'base64');
const obj = v8.deserialize(decoded);
