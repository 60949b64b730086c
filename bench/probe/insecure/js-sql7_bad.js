const r = await client.query("SELECT * FROM t WHERE a = '" + a + "'");
