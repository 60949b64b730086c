const r = await fetch(url, { agent: new https.Agent({ rejectUnauthorized: false }) });
