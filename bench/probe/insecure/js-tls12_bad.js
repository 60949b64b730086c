const http = require('http');
const r = await fetch('http://api.payment-provider.com/charge', { method: 'POST', body });
