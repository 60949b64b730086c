const dbPassword = process.env.DB_PASSWORD || 'changeme123';
