fs.chmodSync(filePath, 0o600);
