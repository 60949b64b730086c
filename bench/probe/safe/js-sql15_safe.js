const [rows] = await conn.execute('SELECT * FROM products WHERE category = ?', [category]);
