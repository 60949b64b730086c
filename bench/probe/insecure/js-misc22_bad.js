const dir = fs.mkdtempSync('/tmp/app-');
fs.writeFileSync('/tmp/app-data.txt', data);
