fs.chmodSync(filePath, 0o777);
