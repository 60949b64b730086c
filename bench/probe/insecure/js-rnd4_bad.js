const apiKey = [...Array(32)].map(() => chars[Math.floor(Math.random() * chars.length)]).join('');
