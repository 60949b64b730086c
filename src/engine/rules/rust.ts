// Rust: unsafe memory tricks, shell and SQL strings built with format!, TLS, weak hashes, trusting the process environment.
import type { RuleSpec } from '../types';
import { RUST } from '../languages';
import { CREDENTIAL_KEYWORDS, credentialName, HARDCODED_CREDENTIAL_RULE, NOT_A_CREDENTIAL } from './credentials';
import { LOW_WORK_FACTOR_RULE, SSRF_FROM_REQUEST_RULE } from './shared-families';

// Adjacent repeats never accept the same characters, so matching stays linear.

const SHELL = String.raw`"(?:/bin/|/usr/bin/)?(?:sh|bash|zsh|dash|ksh|cmd|cmd\.exe|powershell|pwsh)"`;
const SQL_KEYWORD = String.raw`\s*(?:SELECT|INSERT|UPDATE|DELETE|REPLACE|CREATE|DROP|ALTER|TRUNCATE|PRAGMA|WITH|select|insert|update|delete|replace|create|drop|alter|truncate|pragma|with)\b`;
const SQL_CAPS = String.raw`(?:SELECT|INSERT|UPDATE|DELETE|REPLACE)\s`;
const SQL_CALL = String.raw`\b(?:execute|query|query_row|query_map|query_one|query_opt|query_as|query_scalar|prepare|prepare_cached|batch_execute|execute_batch|simple_query|sql_query)(?:::<[^<>\n]*>)?\s*\(\s*&?`;

// A call's first argument: a format! call, or an expression without commas (&p.url, name, url.as_str()).
const FIRST_ARGUMENT = String.raw`\(\s*&?(?:format!\s*\([^()\n]{0,200}\)|[^,()\n]{1,120}(?:\(\s*\)[^,()\n]{0,60})*)`;

/** Credential names in snake, SCREAMING and camel case, at the end of a variable, constant or field name. */
const CREDENTIAL_NAME = credentialName();

export const RUST_RULES: RuleSpec[] = [
  {
    id: 'rust.command-shell',
    title: 'Do not pass built strings to sh -c',
    languages: RUST,
    severity: 'error',
    confidence: 'high',
    patterns: [
      String.raw`\bCommand::new\s*\(\s*` + SHELL + String.raw`\s*\)\s*\.arg\s*\(\s*"(?:-c|/c|/C|-Command)"\s*\)\s*\.arg\s*\(\s*(?:&?format!|[^"\s)])`,
      String.raw`\bCommand::new\s*\(\s*` + SHELL + String.raw`\s*\)\s*\.args\s*\(\s*&?(?:\[|vec!\[)\s*"(?:-c|/c|/C|-Command)"\s*,\s*(?:&?format!|[^"\s\]])`,
    ],
    keywords: ['command::new'],
    // The match may run many lines past its keyword (a raw SQL string, a builder chain, an unsafe block).
    reach: 'file',
    scope: 'code',
    lesson: 'command-injection',
    cwe: ['CWE-78'],
    owasp: 'A03:2021',
    message: 'The command line given to the shell is built at run time, so any input in it can add commands of its own; run the program directly with Command::new(program).args(...).',
    examples: {
      bad: [
        'let out = Command::new("sh").arg("-c").arg(format!("tar xzf {}", archive)).output()?;',
        'Command::new("sh")\n    .arg("-c")\n    .arg(&cmd)\n    .status()?;',
        'Command::new("cmd").args(["/C", &user_cmd]).spawn()?;',
      ],
      good: [
        'let out = Command::new("tar").arg("xzf").arg(&archive).output()?;',
        'Command::new("sh").arg("-c").arg("ls -l | wc -l").status()?;',
        '// Command::new("sh").arg("-c").arg(input) would be injectable',
      ],
    },
  },
  {
    id: 'rust.command-dynamic-program',
    title: 'Check which program a Command runs',
    languages: RUST,
    severity: 'info',
    confidence: 'medium',
    patterns: [String.raw`\bCommand::new\s*\(\s*[^"\s)][^\n)]*`],
    unlessMatch: [String.raw`\(\s*(?:r#{0,3}"|env!)`],
    keywords: ['command::new'],
    scope: 'code',
    lesson: 'command-injection',
    cwe: ['CWE-78'],
    owasp: 'A03:2021',
    message: 'The program this Command runs is chosen at run time, so if any part of that path comes from input or the environment, whoever controls it picks what runs; use a fixed program or check it against an allow-list.',
    examples: {
      bad: ['let status = Command::new(&program).args(&args).status()?;', 'match Command::new(m).arg(path).status() {'],
      good: ['let status = Command::new("git").args(["status", "--short"]).status()?;', 'let cargo = Command::new(env!("CARGO"));', 'let c = Command::new(r"C:\\Tools\\tool.exe");'],
    },
  },
  {
    id: 'rust.sql-format',
    title: 'Pass SQL parameters instead of format!',
    languages: RUST,
    severity: 'error',
    confidence: 'high',
    patterns: [
      SQL_CALL + String.raw`format!\s*\(\s*r?#{0,3}"` + SQL_KEYWORD,
      String.raw`\bsql_query\s*\(\s*(?:[a-z_][\w.]*|"[^"\n]*"\.to_(?:owned|string)\(\))\s*\+`,
    ],
    keywords: ['format!', 'sql_query'],
    // The match may run many lines past its keyword (a raw SQL string, a builder chain, an unsafe block).
    reach: 'file',
    scope: 'code',
    lesson: 'sql-injection',
    cwe: ['CWE-89'],
    owasp: 'A03:2021',
    message: 'This SQL statement is built with format!, so a quote in any value changes the query; use placeholders ($1 or ?) and pass the values as parameters.',
    examples: {
      bad: [
        'conn.execute(&format!("DELETE FROM items WHERE id = {}", id), [])?;',
        'let rows = client.query(&format!("SELECT * FROM users WHERE name = \'{}\'", name), &[]).await?;',
        'let user = sqlx::query_as::<_, User>(&format!(\n    "SELECT * FROM users WHERE email = \'{}\'", email))\n    .fetch_one(&pool).await?;',
        'let rows = diesel::sql_query("SELECT * FROM posts WHERE author = ".to_owned() + &author).load(conn)?;',
      ],
      good: [
        'conn.execute("DELETE FROM items WHERE id = ?1", params![id])?;',
        'let rows = client.query("SELECT * FROM users WHERE name = $1", &[&name]).await?;',
        'let url = reqwest::Url::parse(&format!("https://{}/api", host))?;',
      ],
    },
  },
  {
    id: 'rust.sql-query-built',
    title: 'Avoid building SQL text with format!',
    languages: RUST,
    severity: 'warning',
    confidence: 'medium',
    patterns: [String.raw`\bformat!\s*\(\s*r?#{0,3}"\s*` + SQL_CAPS + String.raw`[^"]*\{`],
    unless: [SQL_CALL + 'format!'],
    keywords: ['format!'],
    // The match may run many lines past its keyword (a raw SQL string, a builder chain, an unsafe block).
    reach: 'file',
    scope: 'code',
    lesson: 'sql-injection',
    cwe: ['CWE-89'],
    owasp: 'A03:2021',
    message: 'This SQL text is built with format!, so a quote in any value changes the query when it runs; keep placeholders in the SQL and pass the values as parameters.',
    examples: {
      bad: ['let sql = format!("SELECT * FROM users WHERE id = {}", id);', 'let q = format!(\n    "UPDATE accounts SET balance = {} WHERE id = {}",\n    balance, id\n);'],
      good: ['let sql = "SELECT * FROM users WHERE id = $1";', 'let msg = format!("Selected {} rows", n);'],
    },
  },
  {
    id: 'rust.ssrf-request-url',
    ...SSRF_FROM_REQUEST_RULE,
    languages: RUST,
    // reqwest, given a URL from an axum or actix-web extractor.
    patterns: [String.raw`\b(?:reqwest::(?:blocking::)?get|\w{0,40}(?:client|http)\w{0,20}\s*\.\s*(?:get|post|put|patch|delete|head))\s*` + FIRST_ARGUMENT],
    keywords: ['reqwest::', 'client', 'http'],
    examples: {
      bad: [
        'async fn preview(Query(p): Query<Preview>) -> String {\n    reqwest::get(&p.url).await.unwrap().text().await.unwrap()',
        'async fn hook(Json(body): Json<Hook>, State(s): State<App>) {\n    s.client.post(&body.callback).send().await.ok();',
      ],
      good: [
        'async fn preview(Query(p): Query<Preview>) -> String {\n    reqwest::get(&CONFIG.status_url).await.unwrap().text().await.unwrap()',
        'async fn hook(Json(body): Json<Hook>, State(s): State<App>) {\n    s.client.post(&s.callback_url).json(&body).send().await.ok();',
      ],
    },
  },
  {
    id: 'rust.path-from-request',
    title: 'Do not open files named by the request',
    languages: RUST,
    severity: 'error',
    confidence: 'high',
    patterns: [
      String.raw`\b(?:(?:std::|tokio::|async_std::)?fs::(?:read|read_to_string|read_dir|write|remove_file|remove_dir_all|create_dir_all|copy|rename)|File::(?:open|create)|NamedFile::open(?:_async)?|ServeFile::new)\s*` + FIRST_ARGUMENT,
    ],
    matcher: 'request-input',
    keywords: ['fs::', 'file::', 'namedfile', 'servefile'],
    scope: 'code',
    lesson: 'path-traversal',
    cwe: ['CWE-22'],
    owasp: 'A01:2021',
    message: 'A file name from the request reaches a file call, so ../ sequences or an absolute path can read or overwrite files outside the folder you meant; take the file name alone and check the joined path stays inside it.',
    examples: {
      bad: [
        'async fn download(Path(name): Path<String>) -> Vec<u8> {\n    tokio::fs::read(format!("./uploads/{name}")).await.unwrap()',
        'async fn show(info: web::Query<Info>) -> impl Responder {\n    NamedFile::open(&info.file)',
      ],
      good: [
        'async fn download(Path(id): Path<u32>) -> Vec<u8> {\n    tokio::fs::read(format!("./uploads/{}.bin", LATEST)).await.unwrap()',
        'async fn download(Path(name): Path<String>) -> Vec<u8> {\n    let file = sanitize_filename::sanitize(&name);\n    tokio::fs::read(Path::new("./uploads").join(&file)).await.unwrap()',
      ],
    },
  },
  {
    id: 'rust.open-redirect',
    title: 'Do not redirect to a URL from the request',
    languages: RUST,
    severity: 'warning',
    confidence: 'high',
    patterns: [
      String.raw`\bRedirect::(?:to|temporary|permanent|see_other)\s*` + FIRST_ARGUMENT,
      String.raw`\b(?:append|insert)_header\s*\(\s*\(\s*(?:header::)?(?:LOCATION|"[Ll]ocation")\s*,\s*&?[^()\n]{1,120}(?:\(\s*\)[^()\n]{0,40})?\)`,
    ],
    matcher: 'request-input',
    keywords: ['redirect::', 'location'],
    scope: 'code',
    lesson: 'open-redirect',
    cwe: ['CWE-601'],
    owasp: 'A01:2021',
    message: 'Redirecting to a URL from the request lets anyone build a link on your domain that forwards users to a phishing site; redirect only to known paths.',
    examples: {
      bad: [
        'async fn login(Query(params): Query<Login>) -> Redirect {\n    Redirect::to(&params.redirect_uri)',
        'async fn back(q: web::Query<Next>) -> HttpResponse {\n    HttpResponse::Found().append_header((header::LOCATION, q.next.as_str())).finish()',
      ],
      good: [
        'async fn login(Query(params): Query<Login>) -> Redirect {\n    Redirect::to("/dashboard")',
        'async fn back(q: web::Query<Next>) -> HttpResponse {\n    HttpResponse::Found().append_header((header::LOCATION, "/")).finish()',
      ],
    },
  },
  {
    id: 'rust.tls-accept-invalid',
    title: 'Keep TLS certificate checks on',
    languages: RUST,
    severity: 'error',
    confidence: 'high',
    patterns: [
      String.raw`\.danger_accept_invalid_(?:certs|hostnames)\s*\(\s*[^\s)][^\n)]*`,
      String.raw`\bset_verify\s*\(\s*(?:[\w:]*::)?(?:SslVerifyMode::NONE|SSL_VERIFY_NONE)\b`,
      String.raw`\.dangerous\s*\(\s*\)`,
      String.raw`\bDangerousClientConfig\b`,
    ],
    unlessMatch: [String.raw`\(\s*false\b`],
    keywords: ['danger_accept_invalid', 'set_verify', 'dangerous'],
    scope: 'code',
    lesson: 'tls-verification',
    cwe: ['CWE-295'],
    owasp: 'A02:2021',
    message: 'This client can skip TLS certificate or host name checks, so anyone on the network path can impersonate the server; add the right root certificate instead.',
    examples: {
      bad: [
        'let client = reqwest::Client::builder().danger_accept_invalid_certs(true).build()?;',
        'builder = builder.danger_accept_invalid_certs(opts.insecure);',
        'ctx.set_verify(SslVerifyMode::NONE);',
        'config.dangerous().set_certificate_verifier(Arc::new(NoVerifier));',
      ],
      good: [
        'let client = reqwest::Client::builder().add_root_certificate(cert).build()?;',
        'let client = reqwest::Client::builder().danger_accept_invalid_certs(false).build()?;',
        'ctx.set_verify(SslVerifyMode::PEER);',
      ],
    },
  },
  {
    id: 'rust.weak-hash',
    title: 'Avoid MD5 and SHA-1 for security',
    languages: RUST,
    severity: 'warning',
    confidence: 'medium',
    patterns: [
      String.raw`\b(?:Md5|Md4|Sha1|Sha1Core)::(?:new|default|digest|new_with_prefix|from)\s*\(`,
      String.raw`\bmd5::compute\s*\(`,
      String.raw`\bMessageDigest::(?:md5|sha1)\s*\(`,
    ],
    keywords: ['md5', 'md4', 'sha1'],
    scope: 'code',
    lesson: 'weak-hashing',
    cwe: ['CWE-328'],
    owasp: 'A02:2021',
    message: 'MD5 and SHA-1 are broken for collision resistance and far too fast for passwords; use SHA-256 for integrity and argon2 or bcrypt for passwords.',
    examples: {
      bad: ['let mut hasher = Md5::new();', 'let mut h = crypto::sha1::Sha1::new();', 'let digest = md5::compute(&bytes);', 'let d = hash(MessageDigest::sha1(), data)?;'],
      good: ['let mut hasher = Sha256::new();', 'use md5::Md5; // legacy checksum only', 'let d = hash(MessageDigest::sha256(), data)?;'],
    },
  },
  {
    id: 'rust.weak-cipher',
    title: 'Avoid DES, 3DES, RC4 and Blowfish',
    languages: RUST,
    severity: 'error',
    confidence: 'high',
    patterns: [
      String.raw`\bCipher::(?:rc4|bf_\w+|des_\w+)\s*\(`,
      String.raw`\b(?:Des|TdesEde2|TdesEde3|TdesEee2|TdesEee3|Rc4|Blowfish)::new(?:_from_slice)?\s*\(`,
    ],
    keywords: ['cipher::', 'des', 'rc4', 'blowfish'],
    scope: 'code',
    lesson: 'weak-cryptography',
    cwe: ['CWE-327'],
    owasp: 'A02:2021',
    message: 'DES, 3DES, RC4 and Blowfish are broken or have blocks small enough to attack, so data they protect can be recovered; use AES-GCM or ChaCha20-Poly1305.',
    examples: {
      bad: ['let cipher = Cipher::des_ede3_cbc();', 'let mut rc4 = Rc4::new(key.into());'],
      good: ['let cipher = Cipher::aes_256_gcm();', 'let cipher = Aes256Gcm::new(&key);'],
    },
  },
  {
    id: 'rust.cipher-ecb-mode',
    title: 'Do not use ECB mode',
    languages: RUST,
    severity: 'error',
    confidence: 'high',
    patterns: [String.raw`\bCipher::aes_\d{3}_ecb\s*\(`, String.raw`\becb::(?:En|De)cryptor\b`],
    keywords: ['_ecb', 'ecb::'],
    scope: 'code',
    lesson: 'weak-cryptography',
    cwe: ['CWE-327'],
    owasp: 'A02:2021',
    message: 'ECB mode encrypts equal blocks to equal ciphertext, so patterns in the data show through and blocks can be swapped; use an authenticated mode such as AES-GCM.',
    examples: {
      bad: ['let cipher = Cipher::aes_128_ecb();', 'let enc = ecb::Encryptor::<Aes128>::new(&key.into());'],
      good: ['let cipher = Cipher::aes_128_gcm();', 'let enc = cbc::Encryptor::<Aes128>::new(&key.into(), &iv.into());'],
    },
  },
  {
    id: 'rust.mem-transmute',
    title: 'Avoid mem::transmute',
    languages: RUST,
    severity: 'warning',
    confidence: 'medium',
    patterns: [String.raw`\b(?:mem::)?transmute(?:_copy)?(?:::<[^<>\n]*>)?\s*\(`],
    unless: [String.raw`\bfn\s+transmute`],
    keywords: ['transmute'],
    scope: 'code',
    lesson: 'memory-safety',
    cwe: ['CWE-843'],
    message: 'transmute reinterprets bits as another type with no checks, so a size, alignment, lifetime or validity mismatch is undefined behaviour; use from_ne_bytes, as casts, pointer casts or bytemuck.',
    examples: {
      bad: ['let n: u32 = unsafe { std::mem::transmute(bytes) };', 'unsafe { SymbolStr { string: std::mem::transmute::<&str, &str>(s) } }'],
      good: ['let n = u32::from_ne_bytes(bytes);', '// no transmute needed here'],
    },
  },
  {
    id: 'rust.mem-uninitialized',
    title: 'Do not read uninitialized memory',
    languages: RUST,
    severity: 'error',
    confidence: 'high',
    patterns: [
      String.raw`\bmem::uninitialized(?:::<[^<>\n]*>)?\s*\(`,
      String.raw`\bMaybeUninit(?:::<[^<>\n]*>)?::uninit\s*\(\s*\)\s*\.assume_init\s*\(`,
    ],
    keywords: ['uninitialized', 'assume_init'],
    scope: 'code',
    lesson: 'memory-safety',
    cwe: ['CWE-908'],
    message: 'Using memory before it is initialized is undefined behaviour for almost every type, and the compiler may miscompile the code around it; write the value first through MaybeUninit and only then call assume_init.',
    examples: {
      bad: ['let buf: [u8; 1024] = unsafe { mem::uninitialized() };', 'let x: Foo = unsafe { MaybeUninit::uninit().assume_init() };'],
      good: ['let buf = [0u8; 1024];', 'let mut x = MaybeUninit::<Foo>::uninit();\nunsafe { x.as_mut_ptr().write(Foo::new()) };'],
    },
  },
  {
    id: 'rust.mem-zeroed',
    title: 'Check that an all-zero value is valid',
    languages: RUST,
    severity: 'info',
    confidence: 'low',
    patterns: [String.raw`\bmem::zeroed(?:::<[^<>\n]*>)?\s*\(`],
    keywords: ['zeroed'],
    scope: 'code',
    lesson: 'memory-safety',
    cwe: ['CWE-908'],
    message: 'mem::zeroed is undefined behaviour for types where all-zero bytes are not a valid value (references, Box, NonNull, enums, bool), so use it only for plain C structs and integers.',
    examples: {
      bad: ['let mut addr: libc::sockaddr_in = unsafe { mem::zeroed() };'],
      good: ['let addr = libc::sockaddr_in { ..Default::default() };'],
    },
  },
  {
    id: 'rust.unsafe-raw-pointer',
    title: 'Review unsafe blocks',
    languages: RUST,
    severity: 'info',
    confidence: 'medium',
    // Every unsafe block: the compiler stops checking raw pointer dereferences, FFI and unsafe fn calls inside it.
    patterns: [String.raw`\bunsafe\s{0,20}\{`],
    // The transmute, zeroed and uninitialized rules already report these blocks.
    unless: [String.raw`\b(?:transmute|zeroed|uninitialized|assume_init)\b`],
    keywords: ['unsafe'],
    scope: 'code',
    lesson: 'memory-safety',
    cwe: ['CWE-676', 'CWE-119'],
    message: 'Inside an unsafe block the compiler no longer checks raw pointers, FFI and unsafe calls, so a wrong length, lifetime or alignment corrupts memory instead of panicking; keep it small and document why it is sound.',
    examples: {
      bad: [
        'unsafe { Binding::from_raw(raw::git_blob_id(&*self.raw)) }',
        'let s = unsafe { std::str::from_utf8_unchecked(bytes) };',
        'let v = match *unsafe { self.inner() } {',
        'unsafe\n{\n    forget(var);\n}',
      ],
      good: [
        'let s = std::str::from_utf8(bytes)?;',
        'unsafe impl Send for Handle {}',
        'pub unsafe fn inner(&self) -> &Flavor<T> {',
        'extern "C" { fn abs(x: i32) -> i32; }',
        '// unsafe { ptr.read() } would be unsound here',
        '#![forbid(unsafe_code)]',
      ],
    },
  },
  {
    id: 'rust.temp-dir-predictable',
    title: 'Create temp files with the tempfile crate',
    languages: RUST,
    severity: 'info',
    confidence: 'medium',
    patterns: [String.raw`\b(?:env::)?temp_dir\s*\(\s*\)`],
    unless: [String.raw`\bfn\s+temp_dir\b`, String.raw`\b(?:tempdir_in|tempfile_in|new_in)\s*\(`],
    keywords: ['temp_dir'],
    scope: 'code',
    lesson: 'insecure-temp-files',
    cwe: ['CWE-377'],
    owasp: 'A01:2021',
    message: 'env::temp_dir() is shared with every local user, so a fixed or guessable name there can be created or symlinked by someone else first; use tempfile::tempdir() or NamedTempFile for unique, private paths.',
    examples: {
      bad: ['let path = env::temp_dir().join("app.lock");', 'let mut dir = std::env::temp_dir();'],
      good: ['let dir = tempfile::tempdir()?;', 'let file = tempfile::NamedTempFile::new_in(env::temp_dir())?;'],
    },
  },
  {
    id: 'rust.current-exe-trust',
    title: 'Do not trust the executable path',
    languages: RUST,
    severity: 'info',
    confidence: 'medium',
    patterns: [String.raw`\b(?:env::)?current_exe\s*\(\s*\)`],
    unless: [String.raw`\bfn\s+current_exe\b`],
    keywords: ['current_exe'],
    scope: 'code',
    lesson: 'path-traversal',
    cwe: ['CWE-807', 'CWE-426'],
    message: 'Whoever starts the program can make current_exe() point elsewhere (a hard link or copy in a folder they control), so files found next to it or decisions based on it can be attacker-chosen; use fixed, protected paths.',
    examples: {
      bad: ['let plugin_dir = env::current_exe()?.parent().unwrap().join("plugins");'],
      good: ['let plugin_dir = PathBuf::from("/usr/lib/myapp/plugins");', '// current_exe() is not a trust anchor'],
    },
  },
  {
    id: 'rust.env-args-trust',
    title: 'Validate command-line arguments',
    languages: RUST,
    severity: 'info',
    confidence: 'medium',
    patterns: [String.raw`\b(?:env::)?args(?:_os)?\s*\(\s*\)\s*(?:\.|;|\)|$)`],
    unless: [String.raw`\bfn\s+args(?:_os)?\b`, String.raw`\.args\s*\(\s*\)`],
    keywords: ['args'],
    scope: 'code',
    lesson: 'path-traversal',
    cwe: ['CWE-807', 'CWE-20'],
    message: 'Command-line arguments are chosen by whoever starts the program (and the first one need not be the real program path), so check them before using them as paths, commands or in access decisions.',
    examples: {
      bad: ['let path = env::args().nth(1).expect("usage: tool PATH");', 'for arg in std::env::args_os().skip(1) {'],
      good: ['let cli = Cli::parse();', 'let args = cmd.get_args();', 'let n = matches.args();'],
    },
  },
  {
    id: 'rust.kdf-low-work-factor',
    ...LOW_WORK_FACTOR_RULE,
    languages: RUST,
    patterns: [
      String.raw`\bbcrypt::hash\s*\([^,()\n]{1,100},\s*[4-9]\s*\)`,
      String.raw`\bpbkdf2(?:_hmac)?(?:::<[\w:]{1,40}>)?\s*\([^,;\n]{1,100},[^,;\n]{1,100},\s*\d{1,4}\s*,`,
    ],
    keywords: ['bcrypt::hash', 'pbkdf2'],
    examples: {
      bad: ['let hashed = bcrypt::hash(&password, 4)?;', 'pbkdf2_hmac::<Sha256>(password.as_bytes(), &salt, 1000, &mut key);'],
      good: ['let hashed = bcrypt::hash(&password, bcrypt::DEFAULT_COST)?;', 'pbkdf2_hmac::<Sha256>(password.as_bytes(), &salt, 600_000, &mut key);'],
    },
  },
  {
    id: 'rust.hardcoded-password',
    ...HARDCODED_CREDENTIAL_RULE,
    languages: RUST,
    patterns: [
      // let db_password = "..."; const API_KEY: &str = "..."; password: "..." in a struct literal
      String.raw`(?:\b|_)` + CREDENTIAL_NAME + String.raw`(?:[ \t]*:[ \t]*&(?:'static[ \t]+)?(?:str|\[u8\]))?[ \t]*[=:][ \t]*b?"(?<secret>[^"\s]{3,200})"`,
      // jsonwebtoken's keys from a literal: EncodingKey::from_secret(b"..."), DecodingKey::from_secret("...".as_bytes()).
      String.raw`\b(?:Encoding|Decoding)Key::from_secret\s*\(\s*b?"(?<secret>[^"\s]{3,200})"`,
    ],
    // A format placeholder (`"{}"`, `"{user}"`) is a template, and the field's own name is no value.
    unlessMatch: [...NOT_A_CREDENTIAL, String.raw`\{\w{0,20}\}`],
    keywords: [...CREDENTIAL_KEYWORDS, 'from_secret'],
    message: 'A password or key is written into the code, so everyone with the source or the binary has it and rotating it needs a release; read it from the environment or a secret store at run time.',
    examples: {
      bad: [
        'let db_password = "hunter2";',
        'const API_KEY: &str = "k3y!";',
        'let cfg = Config { user: "app", password: "hunter2" };',
        'let key = EncodingKey::from_secret(b"k8Jd92hdQxz");',
        'const JWT_SECRET: &[u8] = b"k8Jd92hdQxz";',
      ],
      good: [
        'let db_password = env::var("DB_PASSWORD")?;',
        'const PASSWORD_ENV: &str = "DB_PASSWORD";',
        'let password = "";',
        'println!("password: {}", masked);',
        'let api_key = "YOUR_API_KEY";',
        'let key = EncodingKey::from_secret(std::env::var("JWT_SECRET")?.as_bytes());',
      ],
    },
  },
];
