const client = got.extend({ https: { rejectUnauthorized: false } });
