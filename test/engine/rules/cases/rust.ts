// Realistic multi-line cases for the Rust rules, keyed by rule id.
import type { RuleCases } from '../../../rule-tester';

export const RUST_CASES: Record<string, RuleCases> = {
  'rust.command-shell': {
    invalid: [
      {
        code: 'fn run(user_cmd: &str) -> io::Result<Output> {\n    Command::new("bash")\n        .arg("-c")\n        .arg(format!("echo {}", user_cmd))\n        .output()\n}\n',
        findings: [{ line: 2, column: 5 }],
      },
    ],
    valid: ['fn run(name: &str) -> io::Result<Output> {\n    Command::new("echo")\n        .arg(name)\n        .output()\n}\n'],
  },
  'rust.sql-format': {
    invalid: [
      {
        code: 'fn delete(conn: &Connection, table: &str, id: i64) -> Result<usize> {\n    conn.execute(\n        &format!("DELETE FROM {} WHERE id = {}", table, id),\n        [],\n    )\n}\n',
        findings: [{ line: 2, column: 10 }],
      },
    ],
    valid: ['fn delete(conn: &Connection, id: i64) -> Result<usize> {\n    conn.execute("DELETE FROM items WHERE id = ?1", params![id])\n}\n'],
  },
  'rust.tls-accept-invalid': {
    invalid: [
      {
        code: 'let client = reqwest::Client::builder()\n    .timeout(Duration::from_secs(10))\n    .danger_accept_invalid_certs(skip_cert_verify)\n    .build()?;\n',
        findings: [{ line: 3, column: 5 }],
      },
    ],
    valid: ['let client = reqwest::Client::builder()\n    .timeout(Duration::from_secs(10))\n    .add_root_certificate(ca)\n    .build()?;\n'],
  },
  'rust.weak-hash': {
    invalid: [{ code: 'fn token_digest(token: &[u8]) -> String {\n    let mut hasher = Md5::new();\n    hasher.update(token);\n    hex::encode(hasher.finalize())\n}\n', findings: [{ line: 2, column: 22 }] }],
    valid: ['fn token_digest(token: &[u8]) -> String {\n    let mut hasher = Sha256::new();\n    hasher.update(token);\n    hex::encode(hasher.finalize())\n}\n'],
  },
  'rust.unsafe-raw-pointer': {
    invalid: [
      {
        code: 'pub fn get_user_name(uid: uid_t) -> Option<String> {\n    unsafe {\n        let pw = libc::getpwuid(uid);\n        if pw.is_null() { return None; }\n        Some(CStr::from_ptr((*pw).pw_name).to_string_lossy().into_owned())\n    }\n}\n',
        findings: [{ line: 2, column: 5 }],
      },
      {
        code: '#[inline]\npub fn kforget<T>(var: T)\n{\n  unsafe\n  {\n    forget(var);\n  }\n}\n',
        findings: [{ line: 4, column: 3 }],
      },
    ],
    valid: ['pub unsafe fn inner(&self) -> &Flavor<T> {\n    &*self.inner.get()\n}\n', 'pub fn len(&self) -> usize {\n    let guard = self.inner.lock().unwrap();\n    guard.len()\n}\n', '// unsafe { ptr::read(p) } is not needed here\nlet v = slice[0];\n'],
  },
  'rust.temp-dir-predictable': {
    invalid: [{ code: 'fn lock_path() -> PathBuf {\n    let mut path = env::temp_dir();\n    path.push("myapp.lock");\n    path\n}\n', findings: [{ line: 2, column: 20 }] }],
    valid: ['fn scratch() -> io::Result<TempDir> {\n    tempfile::Builder::new().prefix("myapp").tempdir()\n}\n'],
  },
  'rust.env-args-trust': {
    invalid: [{ code: 'fn main() {\n    let args: Vec<String> = env::args().collect();\n    let data = fs::read(&args[1]).unwrap();\n}\n', findings: [{ line: 2, column: 29 }] }],
    valid: ['#[derive(Parser)]\nstruct Cli { path: PathBuf }\n\nfn main() {\n    let cli = Cli::parse();\n}\n'],
  },
};
