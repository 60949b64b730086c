const { data } = await axios.get(req.body.webhook);
