exec(cmd + ' ' + file, (e, out) => {});
