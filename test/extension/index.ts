// The mocha (tdd) entry the real extension host loads: runs every bundled suite next to it, then reports
// {passes, failures} to $RIG_RESULT_FILE so the rig never mistakes "no tests ran" for a pass.
// RIG_UNTRUSTED=1 selects the *.untrusted.js suites (the rig opened the folder in Restricted Mode).
import fs from 'node:fs';
import path from 'node:path';
import Mocha from 'mocha';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 60_000, grep: process.env.MOCHA_GREP || undefined });
  const suffix = process.env.RIG_UNTRUSTED ? '.untrusted.js' : '.test.js';
  // The big-input suites run last: they load the host with megabytes of text, and the behaviour suites
  // (which type into real input boxes) must not inherit that load.
  const heavyLast = (name: string) => `${name.startsWith('big-') ? 1 : 0}${name}`;
  const suites = fs.readdirSync(__dirname).filter((file) => file.endsWith(suffix)).sort((a, b) => heavyLast(a).localeCompare(heavyLast(b)));
  for (const name of suites) {
    mocha.addFile(path.join(__dirname, name));
  }
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      if (process.env.RIG_RESULT_FILE) {
        fs.writeFileSync(process.env.RIG_RESULT_FILE, JSON.stringify({ passes: runner.stats?.passes ?? 0, failures }));
      }
      if (failures > 0) reject(new Error(`${failures} real-editor test(s) failed`));
      else resolve();
    });
  });
}
