fs.chmod('/var/app/config.json', 0o666, cb);
