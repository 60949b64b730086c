fs.mkdirSync(dir, { recursive: true, mode: 0o777 });
