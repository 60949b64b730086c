const q = req.query.q as string;
const re = new RegExp(q);
