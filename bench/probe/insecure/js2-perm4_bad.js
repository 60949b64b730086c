fs.writeFileSync(keyPath, privateKey, { mode: 0o666 });
