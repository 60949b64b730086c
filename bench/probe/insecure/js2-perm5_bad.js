await fs.promises.chmod(p, 0o777);
