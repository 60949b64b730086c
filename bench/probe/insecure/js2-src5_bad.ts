app.get('/x', async (c) => {
  const url = c.req.query('url');
  return fetch(url);
});
