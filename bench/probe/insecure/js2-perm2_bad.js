fs.chmodSync(file, '777');
