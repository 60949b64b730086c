const tmp = path.join(os.tmpdir(), 'myapp.lock');
fs.writeFileSync(tmp, pid);
