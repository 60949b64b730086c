// Code blocks the real-editor suites paste, type and insert. Each is above the default insertion threshold
// (8 lines) and holds exactly the construct its suite is about.

/** A handler that builds a shell command from the request: one `js.child-process-exec` finding. */
export const EXEC_BLOCK = `function archive(req, res) {
  const name = req.query.name;
  const target = '/tmp/' + name + '.tgz';
  exec('tar czf ' + target + ' /srv/data/' + name, (err, stdout) => {
    if (err) {
      return res.status(500).end();
    }
    res.send(stdout);
  });
}
`;
export const EXEC_RULE = 'js.child-process-exec';
export const EXEC_CALL = "exec('tar czf ' + target + ' /srv/data/' + name, ";
/** The fix a person would make: no shell, an argument array. */
export const EXEC_FIXED_CALL = "execFile('tar', ['czf', target, '/srv/data/' + name], ";

export const JS_HEADER = `// Archive service.
const { exec, execFile } = require('child_process');

`;

/** Uses the team's custom rule (from the workspace policy) and nothing a built-in rule reports. */
export const LEGACY_BLOCK = `function thumbnail(file, size) {
  const output = file + '.thumb.png';
  const started = Date.now();
  legacyShell('convert ' + file + ' -resize ' + size + ' ' + output);
  const took = Date.now() - started;
  if (took > 1000) {
    console.warn('slow thumbnail', took);
  }
  return output;
}
`;
export const LEGACY_RULE = 'team.legacy-shell-helper';

/** Python with shell=True on a built command: one `py.subprocess-shell-true` finding. */
export const PY_BLOCK = `def export_report(customer_id, fmt):
    rows = load_rows(customer_id)
    path = "/tmp/export-" + customer_id
    write_rows(path, rows)
    subprocess.call("zip -r " + path + ".zip " + path + "/" + fmt, shell=True)
    if not rows:
        return None
    notify(customer_id)
    return path + ".zip"
`;
export const PY_RULE = 'py.subprocess-shell-true';

/** Calls an internal service over plain HTTP: the workspace policy's `team.internal-http` rule, which has a fix. */
export const HTTP_BLOCK = `async function loadProfile(userId, token) {
  const url = 'http://internal.example.com/profiles/' + userId;
  const response = await fetch(url, {
    headers: { Authorization: 'Bearer ' + token },
  });
  if (!response.ok) {
    throw new Error('profile service: ' + response.status);
  }
  return response.json();
}
`;
export const HTTP_RULE = 'team.internal-http';
