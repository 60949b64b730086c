const { data } = await axios.get(url, { maxRedirects: 20, validateStatus: () => true });
