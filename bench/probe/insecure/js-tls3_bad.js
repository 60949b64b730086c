const r = await axios.get(url, { httpsAgent: new https.Agent({ rejectUnauthorized: false }) });
