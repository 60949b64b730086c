const { Agent } = require('undici');
const d = new Agent({ connect: { rejectUnauthorized: false } });
