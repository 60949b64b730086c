const tmpFile = `/tmp/upload-${Date.now()}.bin`;
fs.writeFileSync(tmpFile, buf);
