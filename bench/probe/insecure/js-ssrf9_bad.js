const img = await axios.get(`${req.body.imageUrl}`, { responseType: 'stream' });
