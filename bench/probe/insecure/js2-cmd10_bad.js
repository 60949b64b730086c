const opts = { shell: true };
const p = spawn(userCmd, opts);
