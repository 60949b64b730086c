// Rust: unsafe memory tricks, shell and SQL strings built with format!, TLS, weak hashes, trusting the process environment.
import type { RuleSpec } from '../types';
import { RUST } from '../languages';
import { CREDENTIAL_KEYWORDS, credentialName, HARDCODED_CREDENTIAL_RULE, NOT_A_CREDENTIAL } from './credentials';
import { AUTH_COOKIE_NAME, CREDENTIALED_ANY_ORIGIN_RULE, DOWNLOAD_PIPED_TO_SHELL, FETCH_PLAIN_HTTP_RULE, FIXED_TEMP_PATH_RULE, HARDCODED_KEY_RULE, HARDCODED_KEY_VARIABLE_RULE, INSECURE_COOKIE_RULE, JWT_KEY_NAME, JWT_SECRET_NAME, JWT_VALIDATION_DISABLED_RULE, LOW_WORK_FACTOR_RULE, NON_SECURITY_HASH_USE, NOT_A_SESSION_COOKIE, NOT_SECRET_COMPARED, OPEN_REDIRECT_FROM_REQUEST_RULE, PASSWORD_FAST_HASH_RULE, PIPE_TO_SHELL_RULE, QUOTED_ARGUMENTS_BEFORE, SECRET_VALUE_NAME, SESSION_COOKIE_WITHOUT_FLAGS_RULE, SHELL_COMMAND_FLAG, SHELL_COMMAND_STRING_RULE, SHELL_PROGRAM, SNAKE_CASE_SECRET, SNAKE_CASE_SECRET_KEYWORDS, SQL_BUILT_INTO_QUERY_RULE, SQL_CAPS_STATEMENT, SQL_TEXT_BUILT_RULE, SSRF_FROM_REQUEST_RULE, STATIC_IV_RULE, TIMING_UNSAFE_COMPARE_RULE, TLS_VERIFICATION_DISABLED_RULE, WEAK_TLS_PROTOCOL_RULE, WORLD_WRITABLE_FILE_RULE, ZIP_SLIP_RULE } from './shared-families';

/** The rand crates' generators that can be seeded by hand (from_seed, seed_from_u64). */
const SEEDABLE_GENERATOR = String.raw`(?:StdRng|SmallRng|ChaCha\d{0,2}Rng|Pcg\w{0,10}|Xoshiro\w{0,12}|Isaac\w{0,4}Rng)`;

// Adjacent repeats never accept the same characters, so matching stays linear.

const SHELL = `"${SHELL_PROGRAM}"`;
const SQL_KEYWORD = String.raw`\s{0,60}(?:SELECT|INSERT|UPDATE|DELETE|REPLACE|CREATE|DROP|ALTER|TRUNCATE|PRAGMA|WITH|select|insert|update|delete|replace|create|drop|alter|truncate|pragma|with)\b`;
const SQL_CALL = String.raw`\b(?:execute|query|query_row|query_map|query_one|query_opt|query_as|query_scalar|prepare|prepare_cached|batch_execute|execute_batch|simple_query|sql_query)(?:::<[^<>\n]{0,200}>)?\s{0,5}\(\s{0,60}&?`;

// An HTTP request, up to its arguments: reqwest's and ureq's functions, or a method on a client, an http
// handle or a ureq agent (client.get, http_client.post, agent.put).
const HTTP_REQUEST_CALL = String.raw`\b(?:reqwest::(?:blocking::)?get|ureq::(?:get|post|put|patch|delete|head|request)|\b(?:\w{0,40}_)?(?:client|http|agent)\s{0,60}\.\s{0,5}(?:get|post|put|patch|delete|head))\s{0,60}`;
// A call's first argument: a format! call, or an expression without commas (&p.url, name, url.as_str()).
const FIRST_ARGUMENT = String.raw`\(\s{0,60}&?(?:format!\s{0,5}\([^()\n]{0,200}\)|[^,()\n]{1,120}\.join\s{0,5}\(\s{0,5}&?[^,()\n]{1,120}\)|[^,()\n]{1,120}(?:\(\s{0,5}\)[^,()\n]{0,60}){0,5})`;

/** A variable named for a secret that a random draw fills: token, session_id, api_key, reset_code (not session_count). */
const SECRET_DRAW_TARGET = String.raw`\w{0,30}${SECRET_VALUE_NAME}`;

/** Credential names in snake, SCREAMING and camel case, at the end of a variable, constant or field name. */
const CREDENTIAL_NAME = credentialName();

// Where RustCrypto takes a key: Aes256Gcm::new_from_slice(KEY), Key::<Aes256Gcm>::from_slice(KEY),
// <HmacSha256 as Mac>::new_from_slice(KEY).
const KEY_FROM_SLICE = String.raw`(?:\bKey(?:\s{0,5}::\s{0,5}<[^<>\n]{1,40}>)?|<\s{0,5}Hmac\w{0,20}\s{1,5}as\s{1,5}\w{1,20}\s{0,5}>|\bHmac(?:\s{0,5}::\s{0,5}<[^<>\n]{1,40}>|\w{1,20})|\bAes\d{3}(?:Gcm(?:Siv)?)?|X?ChaCha20Poly1305)\s{0,5}::\s{0,5}(?:new_from_slice|from_slice)\s{0,5}\(\s{0,5}`;

export const RUST_RULES: RuleSpec[] = [
  {
    id: 'rust.command-shell',
    ...SHELL_COMMAND_STRING_RULE,
    languages: RUST,
    patterns: [
      // Other literal flags may come first (powershell -NoProfile -Command ...).
      String.raw`\bCommand::new\s{0,5}\(\s{0,60}` + SHELL + String.raw`\s{0,60}\)\s{0,60}(?:\.arg\s{0,5}\(\s{0,5}"-[\w-]{1,30}"\s{0,5}\)\s{0,60}){0,4}\.arg\s{0,5}\(\s{0,60}"${SHELL_COMMAND_FLAG}"\s{0,5}\)\s{0,60}\.arg\s{0,5}\(\s{0,60}(?:&?format!|[^"\s)])`,
      String.raw`\bCommand::new\s{0,5}\(\s{0,60}` + SHELL + String.raw`\s{0,60}\)\s{0,60}\.args\s{0,5}\(\s{0,60}&?(?:\[|vec!\[)\s{0,60}"${SHELL_COMMAND_FLAG}"\s{0,5},\s{0,60}(?:&?format!|[^"\s\]])`,
      String.raw`\bcmd!\s{0,5}\(\s{0,60}` + SHELL + String.raw`\s{0,60},\s{0,60}"${SHELL_COMMAND_FLAG}"\s{0,5},\s{0,60}(?:&?format!|[^"\s)])`,
    ],
    keywords: ['command::new', 'cmd!'],
    // The builder chain that passes -c and the command is often split over several lines.
    reach: 'file',
    examples: {
      bad: [
        'let out = Command::new("sh").arg("-c").arg(format!("tar xzf {}", archive)).output()?;',
        'Command::new("sh")\n    .arg("-c")\n    .arg(&cmd)\n    .status()?;',
        'Command::new("cmd").args(["/C", &user_cmd]).spawn()?;', 'duct::cmd!("sh", "-c", format!("echo {}", msg)).run()?;',
        'let out = Command::new("powershell")\n    .arg("-NoProfile")\n    .arg("-Command")\n    .arg(format!("Restart-Service -Name \'{}\'", name))\n    .output();'],
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
    ...SQL_BUILT_INTO_QUERY_RULE,
    languages: RUST,
    patterns: [
      SQL_CALL + String.raw`format!\s{0,5}\(\s{0,60}r?#{0,3}"` + SQL_KEYWORD,
      String.raw`\bsql_query\s{0,5}\(\s{0,60}(?:[a-z_][\w.]{0,100}|"[^"\n]{0,300}"\.to_(?:owned|string)\(\))\s{0,60}\+`,
    ],
    keywords: ['format!', 'sql_query'],
    // The match may run many lines past its keyword (a raw SQL string, a builder chain, an unsafe block).
    reach: 'file',
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
    ...SQL_TEXT_BUILT_RULE,
    languages: RUST,
    patterns: [String.raw`\bformat!\s{0,5}\(\s{0,60}r?#{0,3}"\s{0,5}` + SQL_CAPS_STATEMENT + String.raw`[^"]{0,1000}\{`,
      // A clause (WHERE, AND...) comparing with a placeholder ({}, {id}, {:?}, not an escaped {{): a builder's SQL,
      // not an argument list's "--jobs={}" or markup's "<td>{}</td>".
      String.raw`\.push(?:_str)?\s{0,5}\(\s{0,60}&?format!\s{0,5}\(\s{0,60}"[^"\n]{0,100}?\b(?:WHERE|AND|OR|SET|HAVING|ON)\s[^"\n]{0,100}?(?:[=<>]|\b(?:LIKE|IN)\b)\s{0,60}'?\{[\w:}]`,
      String.raw`\bsqlx::raw_sql\s{0,5}\(\s{0,60}&?(?:format!|[a-z_]\w{0,40}\s{0,5}\))`,
      // "SELECT ... '".to_string() + &email: a String grown with a value.
      String.raw`[\s=(,:]"\s{0,5}` + SQL_CAPS_STATEMENT + String.raw`[^"\n]{0,300}"\s{0,5}\.to_(?:string|owned)\s{0,5}\(\s{0,5}\)\s{0,5}\+\s{0,5}&?[A-Za-z_]`,
      // A String started with SQL text and grown with a value in the next statement: String::from("SELECT ... FROM ");
      // query.push_str(table).
      String.raw`"\s{0,5}` + SQL_CAPS_STATEMENT + String.raw`[^"\n]{0,300}"\s{0,5}(?:\)|\.to_(?:string|owned)\s{0,5}\(\s{0,5}\))\s{0,5};[^\S\n]{0,40}\n[^\n]{0,60}?(?<report>\b\w{1,40}\s{0,5}(?:\.\s{0,5}push_str\s{0,5}\(|\+=)\s{0,5}&?[A-Za-z_][\w.]{0,60}(?:\(\s{0,5}\))?\s{0,5}[);])`,
      // sqlx's QueryBuilder given formatted text instead of push_bind (the builder by its usual names, not any Vec).
      String.raw`\bQueryBuilder(?:::<[^<>\n]{1,60}>)?::new\s{0,5}\([^;]{0,300};[^\x00]{0,1000}?\b(?:\w{0,40}_)?(?:qb|builder|query|sql)\s{0,5}\.\s{0,5}(?<report>push\s{0,5}\(\s{0,60}&?format!\s{0,5}\(\s{0,60}"[^"\n]{0,200}\{)`,
    ],
    unless: [SQL_CALL + 'format!'],
    matcher: 'grows-same-variable',
    keywords: ['format!', 'raw_sql', '.to_string()', '.to_owned()', 'string::from'],
    // The match may run many lines past its keyword (a raw SQL string, a builder chain, an unsafe block).
    reach: 'file',
    examples: {
      bad: ['let sql = format!("SELECT * FROM users WHERE id = {}", id);', 'let q = format!(\n    "UPDATE accounts SET balance = {} WHERE id = {}",\n    balance, id\n);', 'query.push_str(&format!(" WHERE name = \'{}\'", name));', 'builder.push(format!(" AND name = \'{}\'", name));', 'let r = sqlx::raw_sql(&q).execute(&pool).await?;', 'let sql = "SELECT * FROM users WHERE email = \'".to_string() + &email + "\'";', 'let mut qb = QueryBuilder::new("SELECT * FROM users WHERE ");\nqb.push(format!("name = \'{}\'", name));', 'let mut query = String::from("SELECT COUNT(*) AS count FROM ");\nquery.push_str(table);', 'let mut sql = "DELETE FROM sessions WHERE token = \'".to_string();\nsql += &token;'],
      good: [
        'let mut query = String::from("SELECT COUNT(*) FROM orders");\ncount += n;','let sql = "SELECT * FROM users WHERE id = $1";', 'let msg = format!("Selected {} rows", n);', 'builder.push(" AND name = ").push_bind(name);', 'out.push_str(&format!("    (@$v:ident, {}) => {{\\n", i));', 'args.push(format!("--jobs={}", n));', 'out.push_str(&format!("<td>{}</td>", cell));', 'let sql = "SELECT * FROM users".to_string() + " WHERE id = $1";', 'let mut qb = QueryBuilder::new("SELECT * FROM users WHERE ");\nqb.push("name = ").push_bind(name);', 'let mut qb = QueryBuilder::new("SELECT * FROM users WHERE ");\nqb.push("name = ").push_bind(name);\nwarnings.push(format!("limit {} capped", n));', 'let msg = "DELETE request for ".to_string() + &path;', 'let note = format!("UPDATE done: {} rows", n);', 'let mut query = String::from("SELECT * FROM users WHERE id = $1");\nquery.push_str(" ORDER BY id");', 'let mut query = String::from("SELECT * FROM users");\nlet n = query.len();'],
    },
  },
  {
    id: 'rust.ssrf-request-url',
    ...SSRF_FROM_REQUEST_RULE,
    languages: RUST,
    // reqwest, given a URL from an axum or actix-web extractor.
    patterns: [HTTP_REQUEST_CALL + FIRST_ARGUMENT],
    keywords: ['reqwest::', 'ureq::', 'client', 'http', 'agent'],
    examples: {
      bad: [
        'async fn preview(Query(p): Query<Preview>) -> String {\n    reqwest::get(&p.url).await.unwrap().text().await.unwrap()',
        'async fn hook(Json(body): Json<Hook>, State(s): State<App>) {\n    s.client.post(&body.callback).send().await.ok();',
        'async fn fetch(Query(query): Query<Fetch>) -> String {\n    ureq::get(&query.url).call().unwrap().into_string().unwrap()',
        'async fn fetch(Query(query): Query<Fetch>, State(s): State<App>) -> String {\n    s.agent.get(&query.url).call().unwrap().into_string().unwrap()',
      ],
      good: [
        'async fn preview(Query(p): Query<Preview>) -> String {\n    reqwest::get(&CONFIG.status_url).await.unwrap().text().await.unwrap()',
        'async fn hook(Json(body): Json<Hook>, State(s): State<App>) {\n    s.client.post(&s.callback_url).json(&body).send().await.ok();',
        'async fn fetch(Query(query): Query<Fetch>) -> String {\n    ureq::get(&CONFIG.status_url).call().unwrap().into_string().unwrap()',
        'async fn status(Query(q): Query<AgentQuery>, State(state): State<App>) -> Json<Status> {\n    let agent = state.agents.get(&q.agent_id).cloned();',
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
      String.raw`\b(?:(?:std::|tokio::|async_std::)?fs::(?:read|read_to_string|read_dir|write|remove_file|remove_dir_all|create_dir_all|copy|rename)|File::(?:open|create)|NamedFile::open(?:_async)?|ServeFile::new)\s{0,60}` + FIRST_ARGUMENT,
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
        "async fn serve(req: Request<Body>) -> Result<Response<Body>, hyper::Error> {\n    let path = req.uri().path().trim_start_matches('/');\n    match tokio::fs::read(format!(\"./static/{}\", path)).await {",
        'async fn upload(form: web::Form<Upload>) -> impl Responder {\n    std::fs::write(base_dir.join(&form.name), &form.body)',
      ],
      good: [
        'async fn upload(form: web::Form<Upload>) -> impl Responder {\n    std::fs::write(base_dir.join(format!("{}.txt", Uuid::new_v4())), &form.body)',
        'async fn download(Path(id): Path<u32>) -> Vec<u8> {\n    tokio::fs::read(format!("./uploads/{}.bin", LATEST)).await.unwrap()',
        'async fn download(Path(name): Path<String>) -> Vec<u8> {\n    let file = sanitize_filename::sanitize(&name);\n    tokio::fs::read(Path::new("./uploads").join(&file)).await.unwrap()',
        "async fn serve(req: Request<Body>) -> Result<Response<Body>, hyper::Error> {\n    let method = req.method().clone();\n    match tokio::fs::read(format!(\"./static/{}\", INDEX)).await {",
      ],
    },
  },
  {
    id: 'rust.open-redirect',
    ...OPEN_REDIRECT_FROM_REQUEST_RULE,
    languages: RUST,
    patterns: [
      String.raw`\bRedirect::(?:to|temporary|permanent|see_other)\s{0,60}` + FIRST_ARGUMENT,
      String.raw`\b(?:append|insert)_header\s{0,5}\(\s{0,60}\(\s{0,60}(?:header::)?(?:LOCATION|"[Ll]ocation")\s{0,60},\s{0,60}&?[^()\n]{1,120}(?:\(\s{0,60}\)[^()\n]{0,40})?\)`,
    ],
    keywords: ['redirect::', 'location'],
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
    id: 'rust.timing-unsafe-compare',
    ...TIMING_UNSAFE_COMPARE_RULE,
    languages: RUST,
    // Both sides named for a MAC, signature, digest or secret, as whole snake_case parts (not `macro` or `signal`;
    // case matters, so a signal's SIG_IGN is not a signature).
    patterns: [String.raw`\b${SNAKE_CASE_SECRET}\s{0,5}[!=]=\s{0,5}&?\*?${SNAKE_CASE_SECRET}[ \t]{0,10}(?:[{)&|;]|$)`],
    unlessMatch: NOT_SECRET_COMPARED,
    keywords: SNAKE_CASE_SECRET_KEYWORDS,
    message: 'Comparing a secret with == stops at the first differing byte, so response times can reveal it; compare in constant time (subtle\'s ct_eq, constant_time_eq, or the hmac crate\'s verify_slice).',
    examples: {
      bad: ['if computed_mac == expected_mac {', 'if provided_signature != signature {', 'return api_key == stored_api_key;', 'if provided_token == expected_token { grant(); }'],
      good: [
        'if computed_mac.ct_eq(&expected_mac).into() {',
        'if constant_time_eq(provided_signature.as_bytes(), signature.as_bytes()) {',
        'if macro_name == other_macro {',
        'if signature_count == 0 {',
        'if src_mac == dst_mac {',
        'if sig == SIG_IGN {',
      ],
    },
  },
  {
    id: 'rust.tls-accept-invalid',
    ...TLS_VERIFICATION_DISABLED_RULE,
    languages: RUST,
    patterns: [
      String.raw`\.danger_accept_invalid_(?:certs|hostnames)\s{0,5}\(\s{0,60}[^\s)][^\n)]{0,200}`,
      String.raw`\bset_verify\s{0,5}\(\s{0,60}(?:[\w:]{0,100}::)?(?:SslVerifyMode::(?:NONE|empty\s{0,5}\(\s{0,5}\))|SSL_VERIFY_NONE)`,
      // A verify callback that accepts every certificate: set_verify_callback(mode, |_, _| true).
      String.raw`\bset_verify_callback\s{0,5}\([^,;\n]{1,100},\s{0,60}(?:move\s{1,5})?\|\s{0,5}_\w{0,40}\s{0,5}(?::[^,|]{1,60})?,\s{0,5}_\w{0,40}\s{0,5}(?::[^|]{1,60})?\|\s{0,60}(?:\{\s{0,60})?true\b`,
      String.raw`\.dangerous\s{0,5}\(\s{0,60}\)`,
      String.raw`\bDangerousClientConfig\b`,
      // A rustls verifier whose verify_server_cert says yes to everything.
      String.raw`\bfn\s{1,5}verify_server_cert\s{0,5}\([^{}]{0,600}\{\s{0,60}(?:Ok|return\s{1,5}Ok)\s{0,5}\(\s{0,5}(?:[\w:]{0,80}::)?ServerCertVerified\s{0,5}::\s{0,5}assertion\s{0,5}\(\s{0,5}\)\s{0,5}\)\s{0,5};?\s{0,60}\}`,
    ],
    unlessMatch: [String.raw`\(\s{0,60}false\b`],
    keywords: ['set_verify_callback', 'danger_accept_invalid', 'set_verify', 'dangerous', 'verify_server_cert'],
    reach: 'block',
    examples: {
      bad: [
        'builder.set_verify(SslVerifyMode::empty());', 'ctx.set_verify_callback(SslVerifyMode::PEER, |_, _| true);',
        'let client = reqwest::Client::builder().danger_accept_invalid_certs(true).build()?;',
        'builder = builder.danger_accept_invalid_certs(opts.insecure);',
        'ctx.set_verify(SslVerifyMode::NONE);',
        'config.dangerous().set_certificate_verifier(Arc::new(NoVerifier));',
        'rustls::client::DangerousClientConfig { cfg: &mut tls_config }.set_certificate_verifier(Arc::new(NoCertificateVerification));',
        'impl ServerCertVerifier for NoVerifier {\n    fn verify_server_cert(\n        &self,\n        _end_entity: &CertificateDer<\'_>,\n        _intermediates: &[CertificateDer<\'_>],\n        _server_name: &ServerName<\'_>,\n        _ocsp: &[u8],\n        _now: UnixTime,\n    ) -> Result<ServerCertVerified, Error> {\n        Ok(ServerCertVerified::assertion())\n    }',
      ],
      good: [
        'ctx.set_verify_callback(SslVerifyMode::PEER, |ok, store| ok && check_pin(store));',
        'let client = reqwest::Client::builder().add_root_certificate(cert).build()?;',
        'let client = reqwest::Client::builder().danger_accept_invalid_certs(false).build()?;',
        'ctx.set_verify(SslVerifyMode::PEER);',
        'fn verify_server_cert(&self, end_entity: &CertificateDer<\'_>, intermediates: &[CertificateDer<\'_>], server_name: &ServerName<\'_>, ocsp: &[u8], now: UnixTime) -> Result<ServerCertVerified, Error> {\n    self.inner.verify_server_cert(end_entity, intermediates, server_name, ocsp, now)?;\n    Ok(ServerCertVerified::assertion())\n}',
      ],
    },
  },
  {
    id: 'rust.cors-any-origin-credentials',
    ...CREDENTIALED_ANY_ORIGIN_RULE,
    languages: RUST,
    patterns: [
      // actix-cors' permissive() and tower-http's very_permissive() echo any origin and allow credentials (tower-http's
      // plain permissive() sends no credentials, so it is not reported).
      String.raw`\bCors\s{0,5}::\s{0,5}permissive\s{0,5}\(\s{0,5}\)`,
      String.raw`\bCorsLayer\s{0,5}::\s{0,5}very_permissive\s{0,5}\(\s{0,5}\)`,
      String.raw`\.\s{0,5}(?<report>allow_any_origin\s{0,5}\(\s{0,5}\))[^;]{0,300}?\.\s{0,5}supports_credentials\s{0,5}\(`,
      String.raw`\.\s{0,5}supports_credentials\s{0,5}\(\s{0,5}\)[^;]{0,300}?\.\s{0,5}(?<report>allow_any_origin\s{0,5}\(\s{0,5}\))`,
      String.raw`\b(?<report>AllowOrigin\s{0,5}::\s{0,5}mirror_request\s{0,5}\(\s{0,5}\))[^;]{0,300}?\.\s{0,5}allow_credentials\s{0,5}\(\s{0,5}true\b`,
      String.raw`\.\s{0,5}allow_credentials\s{0,5}\(\s{0,5}true\s{0,5}\)[^;]{0,300}?\b(?<report>AllowOrigin\s{0,5}::\s{0,5}mirror_request\s{0,5}\(\s{0,5}\))`,
    ],
    keywords: ['permissive', 'allow_any_origin', 'mirror_request'],
    reach: 'block',
    message: "Allowing every origin with credentials lets any website read this API's responses with the user's cookies; list the origins you trust.",
    examples: {
      bad: [
        'App::new().wrap(Cors::permissive())',
        'let app = Router::new().route("/", get(handler)).layer(CorsLayer::very_permissive());',
        'let cors = Cors::default()\n    .allow_any_origin()\n    .allow_any_method()\n    .supports_credentials();',
        'let cors = CorsLayer::new()\n    .allow_credentials(true)\n    .allow_origin(AllowOrigin::mirror_request());', 'let cors = Cors::default()\n    .supports_credentials()\n    .allow_any_origin();', 'let cors = CorsLayer::new()\n    .allow_origin(AllowOrigin::mirror_request())\n    .allow_credentials(true);'],
      good: [
        'let app = Router::new().route("/", get(handler)).layer(CorsLayer::permissive());',
        'let cors = Cors::default().allowed_origin("https://app.example.com").supports_credentials();',
        'let cors = Cors::default().allow_any_origin().allow_any_method();',
        'let cors = CorsLayer::new().allow_origin(AllowOrigin::mirror_request());',
      ],
    },
  },
  {
    id: 'rust.jwt-validation-disabled',
    ...JWT_VALIDATION_DISABLED_RULE,
    languages: RUST,
    patterns: [
      String.raw`\.\s{0,5}insecure_disable_signature_validation\s{0,5}\(\s{0,5}\)`,
      // jsonwebtoken's decoders that read claims without checking the signature.
      String.raw`\b(?:dangerous_)?insecure_decode(?:_without_signature_validation)?\s{0,5}(?:::\s{0,5}<[^<>\n]{0,80}>\s{0,5})?\(`,
      String.raw`\.\s{0,5}validate_exp\s{0,5}=\s{0,5}false\b`,
      // An empty HMAC key: anyone can sign tokens that pass.
      String.raw`\b(?:Encoding|Decoding)Key\s{0,5}::\s{0,5}from_secret\s{0,5}\(\s{0,5}(?:&\s{0,5}\[\s{0,5}\]|b""|""\s{0,5}\.\s{0,5}as_(?:bytes|ref)\s{0,5}\(\s{0,5}\))\s{0,5}\)`,
    ],
    keywords: ['insecure_disable_signature_validation', 'insecure_decode', 'validate_exp', 'from_secret'],
    examples: {
      bad: [
        'let mut validation = Validation::new(Algorithm::HS256);\nvalidation.insecure_disable_signature_validation();',
        'let data = jsonwebtoken::dangerous_insecure_decode::<Claims>(&token)?;',
        'validation.validate_exp = false;',
        'let data = jsonwebtoken::decode::<Claims>(&tok, &DecodingKey::from_secret(&[]), &Validation::default())?;',
      ],
      good: [
        'let data = decode::<Claims>(&token, &DecodingKey::from_secret(secret.as_ref()), &Validation::new(Algorithm::HS256))?;',
        'validation.validate_exp = true;',
        'validation.validate_nbf = false;',
        'let key = DecodingKey::from_secret(&secret);',
        '// never call insecure_disable_signature_validation() outside tests',
      ],
    },
  },
  {
    id: 'rust.html-from-request',
    title: 'Escape request data put into HTML',
    languages: RUST,
    severity: 'error',
    confidence: 'medium',
    patterns: [
      // axum's Html(format!(...)) and actix-web's .body(format!(...)) of an HTML response, with a request value inside.
      String.raw`\bHtml\s{0,5}\(\s{0,20}format!\s{0,5}\(\s{0,20}"[^"\n<]{0,200}<[^"\n]{0,200}"\s{0,5},[^;\n]{1,200}`,
      String.raw`\.content_type\s{0,5}\(\s{0,20}"text/html[^"\n]{0,40}"\s{0,5}\)\s{0,20}\.body\s{0,5}\(\s{0,20}format!\s{0,5}\([^;\n]{1,300}`,
    ],
    matcher: 'request-input',
    unless: [String.raw`\b(?:encode_text|encode_safe|escape_html|html_escape|askama_escape|ammonia)\b`],
    keywords: ['html(', 'text/html'],
    scope: 'code',
    lesson: 'xss',
    cwe: ['CWE-79'],
    owasp: 'A03:2021',
    message: 'A request value is formatted into HTML unescaped, so a link carrying a script runs it in the visitor\'s session; render with a template engine that escapes, or escape the value.',
    examples: {
      bad: ['async fn hello(Query(q): Query<Params>) -> Html<String> {\n    Html(format!("<h1>Hello {}</h1>", q.name))\n}', 'async fn hi(web::Query(q): web::Query<P>) -> HttpResponse {\n    HttpResponse::Ok().content_type("text/html").body(format!("<p>{}</p>", q.name))\n}'],
      good: ['async fn hello(Query(q): Query<Params>) -> Html<String> {\n    Html(format!("<h1>Hello {}</h1>", html_escape::encode_text(&q.name)))\n}', 'Html(format!("<h1>{}</h1>", TITLE))'],
    },
  },
  {
    id: 'rust.markup-unescaped',
    title: 'Do not turn escaping off for dynamic markup',
    languages: RUST,
    severity: 'warning',
    confidence: 'medium',
    patterns: [String.raw`\bPreEscaped\s{0,5}\(\s{0,60}(?:&?[a-z_][\w.]{0,60}|format!)`, String.raw`\.autoescape_on\s{0,5}\(\s{0,60}vec!\s{0,5}\[\s{0,60}\]\s{0,5}\)`],
    keywords: ['preescaped', 'autoescape_on'],
    scope: 'code',
    lesson: 'xss',
    cwe: ['CWE-79'],
    owasp: 'A03:2021',
    message: "maud's PreEscaped and Tera with autoescaping off insert text as markup, so user content there can carry script; let the template escape it.",
    examples: {
      bad: ['let markup = PreEscaped(user_html);', 'tera.autoescape_on(vec![]);'],
      good: ['let markup = PreEscaped("<br>");', 'tera.autoescape_on(vec![".html"]);'],
    },
  },
  {
    id: 'rust.insecure-cookie',
    ...INSECURE_COOKIE_RULE,
    languages: RUST,
    patterns: [String.raw`\.\s*(?:http_only|secure)\s*\(\s*false\s*\)(?:\s*\.\s*(?:http_only|secure)\s*\(\s*false\s*\))?`],
    keywords: ['http_only', 'secure('],
    examples: {
      bad: ['Cookie::build(("token", t)).secure(false).http_only(false)', 'Cookie::build("session", token).http_only(false).finish()'],
      good: ['Cookie::build(("session", token)).http_only(true).secure(true).same_site(SameSite::Lax)'],
    },
  },
  {
    id: 'rust.session-cookie-without-flags',
    ...SESSION_COOKIE_WITHOUT_FLAGS_RULE,
    languages: RUST,
    // The cookie crate (actix-web, axum-extra) sets neither flag unless asked: a session cookie made with
    // Cookie::new and added to a jar, or built, with no secure/http_only call up to the jar or over the next two
    // statements. (Rocket's cookies.add makes cookies HttpOnly by itself.)
    patterns: [
      String.raw`(?<report>\bCookie\s{0,5}::\s{0,5}new\s{0,5}\(\s{0,5}"${AUTH_COOKIE_NAME}"\s{0,5},)[^;]{0,200};(?:[^;]{0,200};){0,4}?[^;]{0,200}?\b\w{0,20}[Jj]ar\s{0,5}\.\s{0,5}add(?:_private|_signed)?\s{0,5}\(`,
      String.raw`\b\w{0,20}[Jj]ar\s{0,5}\.\s{0,5}add(?:_private|_signed)?\s{0,5}\(\s{0,5}(?<report>Cookie\s{0,5}::\s{0,5}new\s{0,5}\(\s{0,5}"${AUTH_COOKIE_NAME}"\s{0,5},)`,
      String.raw`(?<report>\bCookie\s{0,5}::\s{0,5}build\s{0,5}\(\s{0,5}\(?\s{0,5}"${AUTH_COOKIE_NAME}"\s{0,5},)[^;]{0,400};(?:[^;]{0,200};){0,2}`,
    ],
    // Either flag named at all (set to false, rust.insecure-cookie reports it); a deletion or CSRF cookie.
    unlessMatch: [String.raw`\b(?:set_)?(?:secure|http_only)\s{0,5}\(`, ...NOT_A_SESSION_COOKIE],
    keywords: ['cookie::new', 'cookie::build'],
    examples: {
      bad: [
        'let jar = jar.add(Cookie::new("session", token));',
        'let cookie = Cookie::new("session_id", session.id.clone());\nlet jar = jar.add(cookie);',
        'let cookie = Cookie::build(("session", token)).path("/").max_age(Duration::days(7)).build();\nlet jar = jar.add(cookie);',
      ],
      good: [
        'let jar = jar.add(Cookie::new("theme", "dark"));',
        'let mut cookie = Cookie::new("session", token);\ncookie.set_http_only(true);\ncookie.set_secure(true);\nlet jar = jar.add(cookie);',
        'let cookie = Cookie::build(("session", token)).path("/").secure(true).http_only(true).build();',
        'cookies.add(Cookie::new("session", token));',
      ],
    },
  },
  {
    id: 'rust.prng-fixed-seed',
    title: 'Do not seed random generators with constants',
    languages: RUST,
    severity: 'warning',
    confidence: 'medium',
    patterns: [
      String.raw`\b${SEEDABLE_GENERATOR}::seed_from_u64\s{0,5}\(\s{0,60}\d{1,10}\s{0,5}\)`,
      // A whole seed written out: from_seed([7u8; 32]), from_seed([0; 32]).
      String.raw`\b${SEEDABLE_GENERATOR}::from_seed\s{0,5}\(\s{0,60}\[\s{0,5}\d{1,3}(?:u8)?\s{0,5};\s{0,5}\d{1,3}\s{0,5}\]\s{0,5}\)`,
    ],
    keywords: ['seed_from_u64', 'from_seed'],
    scope: 'code',
    lesson: 'insecure-randomness',
    cwe: ['CWE-336', 'CWE-338'],
    owasp: 'A02:2021',
    message: 'A generator seeded with a constant produces the same sequence on every run, so every token or key drawn from it is known in advance; use rand::thread_rng() or OsRng.',
    examples: {
      bad: ['let mut rng = ChaCha20Rng::from_seed([7u8; 32]);', 'let mut rng = StdRng::seed_from_u64(42);'],
      good: ['let mut rng = ChaCha20Rng::from_seed(seed_bytes);', 'let mut rng = StdRng::from_entropy();', 'let mut rng = StdRng::seed_from_u64(seed);'],
    },
  },
  {
    id: 'rust.weak-rng-secret',
    title: 'Draw secrets from a cryptographic generator',
    languages: RUST,
    severity: 'warning',
    confidence: 'medium',
    patterns: [
      // A fast generator made on one line and drawn into a token, session id or key on the next.
      String.raw`\b(?:SmallRng|fastrand\s{0,5}::\s{0,5}Rng|WyRand|Xoshiro\w{0,12}|Pcg\w{0,10})\s{0,5}::\s{0,5}\w{1,30}\s{0,5}\([^()\n]{0,60}\)\s{0,5};[ \t]{0,20}\r?\n[ \t]{0,60}(?<report>let\s{1,5}(?:mut\s{1,5})?` + SECRET_DRAW_TARGET + String.raw`\s{0,5}(?::[^=\n]{1,40})?=\s{0,5}&?(?:mut\s{1,5})?\w{1,30}\s{0,5}\.\s{0,5}(?:gen|gen_range|u32|u64|u128|alphanumeric|fill)\b)`,
      // fastrand's free functions: let token = fastrand::u64(..).
      String.raw`\blet\s{1,5}(?:mut\s{1,5})?` + SECRET_DRAW_TARGET + String.raw`\s{0,5}(?::[^=\n]{1,40})?=\s{0,5}fastrand\s{0,5}::\s{0,5}(?:u32|u64|u128|alphanumeric)\b`,
    ],
    keywords: ['smallrng', 'fastrand', 'wyrand', 'xoshiro', 'pcg'],
    reach: 'block',
    scope: 'code',
    lesson: 'insecure-randomness',
    cwe: ['CWE-338'],
    owasp: 'A02:2021',
    message: 'SmallRng, fastrand and similar generators are fast but predictable from a few outputs, so a token, session id or key drawn from them can be guessed; use rand::thread_rng(), OsRng or getrandom.',
    examples: {
      bad: ['let mut rng = SmallRng::from_entropy();\nlet session_id: u128 = rng.gen();', 'let mut rng = fastrand::Rng::new();\nlet token = rng.u64(..);', 'let api_token = fastrand::u64(..);'],
      good: [
        'let mut rng = rand::thread_rng();\nlet session_id: u128 = rng.gen();', 'let mut rng = SmallRng::from_entropy();\nlet jitter = rng.gen_range(0..100);', 'let delay_ms = fastrand::u64(10..100);',
        'let session_len = fastrand::u64(10..60);', 'let mut rng = SmallRng::from_entropy();\nlet session_count = rng.gen_range(1..5);', 'let tokens_per_sec = fastrand::u32(..);',
        'let mut rng = SmallRng::seed_from_u64(seed);\nlet token_bucket_jitter = rng.gen_range(0..50);',
      ],
    },
  },
  {
    id: 'rust.fetch-plain-http',
    ...FETCH_PLAIN_HTTP_RULE,
    languages: RUST,
    patterns: [String.raw`${HTTP_REQUEST_CALL}\(\s{0,60}&?"http://[^\s"/]{1,100}`],
    examples: {
      bad: ['let resp = reqwest::get("http://api.bank.com/transfer").await?;', 'let body = client.post("http://payments.acme.io/v1/charges").json(&c).send().await?;'],
      good: [
        'let resp = reqwest::get("https://api.bank.com/transfer").await?;', 'let resp = reqwest::get("http://localhost:8080/health").await?;',
        'let resp = client.get("http://minio:9000/minio/health/live").send().await?;', 'let resp = client.get("http://169.254.169.254/latest/meta-data/").send().await?;',
      ],
    },
  },
  {
    id: 'rust.password-fast-hash',
    ...PASSWORD_FAST_HASH_RULE,
    languages: RUST,
    patterns: [String.raw`\b(?:Sha(?:256|384|512|3_256|3_512)|Sha1|Md5|Blake2[bs]\d{0,3})::digest\s{0,5}\(\s{0,60}&?\w{0,30}(?:password|passwd|pwd|Password)\w{0,20}`],
    keywords: ['::digest'],
    examples: {
      bad: ['let hash = Sha256::digest(password.as_bytes());'],
      good: ['let hash = argon2.hash_password(password.as_bytes(), &salt)?.to_string();', 'let digest = Sha256::digest(&file_bytes);'],
    },
  },
  {
    id: 'rust.chmod-world-writable',
    ...WORLD_WRITABLE_FILE_RULE,
    languages: RUST,
    patterns: [String.raw`\bset_permissions\s{0,5}\([^;]{0,200}?from_mode\s{0,5}\(\s{0,20}0o[0-7]?[0-7]{2}[2367]\b`],
    keywords: ['set_permissions'],
    examples: {
      bad: ['fs::set_permissions(&path, fs::Permissions::from_mode(0o777))?;'],
      good: ['fs::set_permissions(&path, fs::Permissions::from_mode(0o600))?;', 'let f = OpenOptions::new().create(true).write(true).mode(0o666).open(p)?;'],
    },
  },
  {
    id: 'rust.weak-tls-protocol',
    ...WEAK_TLS_PROTOCOL_RULE,
    languages: RUST,
    patterns: [String.raw`\bmin_(?:tls|protocol)_version\s{0,5}\(\s{0,60}(?:Some\s{0,5}\(\s{0,60})?(?:\w{1,60}::){0,4}(?:Version::)?(?:TLS_1_0|TLS_1_1|Tlsv10|Tlsv11|SSLV3)\b`],
    keywords: ['min_tls_version', 'min_protocol_version'],
    examples: {
      bad: ['let client = reqwest::Client::builder().min_tls_version(tls::Version::TLS_1_0).build()?;'],
      good: ['let client = reqwest::Client::builder().min_tls_version(tls::Version::TLS_1_2).build()?;'],
    },
  },
  {
    id: 'rust.zip-slip',
    ...ZIP_SLIP_RULE,
    languages: RUST,
    // zip's ZipFile::name() is the raw entry name; enclosed_name() is the checked one.
    patterns: [String.raw`\.join\s{0,5}\(\s{0,60}&?\w{1,30}\.name\s{0,5}\(\s{0,60}\)\s{0,5}\)`],
    keywords: ['.name()'],
    examples: {
      bad: ['let mut f = archive.by_index(i)?;\nlet out = dest.join(f.name());\nlet mut w = File::create(&out)?;'],
      good: ['let mut f = archive.by_index(i)?;\nlet Some(name) = f.enclosed_name() else { continue };\nlet out = dest.join(name);'],
    },
  },
  {
    id: 'rust.hardcoded-key',
    ...HARDCODED_KEY_RULE,
    languages: RUST,
    patterns: [
      String.raw`${KEY_FROM_SLICE}b"(?<secret>[^"\n]{8,200})"`,
      // A JWT signing key kept in a constant: const JWT_SECRET: &[u8] = b"...".
      String.raw`\b(?:const|static|let)\s{1,5}(?:mut\s{1,5})?(?:${JWT_KEY_NAME}|${JWT_SECRET_NAME})\s{0,5}(?::\s{0,5}&(?:'static\s{1,5})?(?:\[u8\]|str)\s{0,5})?=\s{0,5}b?"(?<secret>[^"\n]{3,200})"`,
      // jsonwebtoken's keys from a literal, however weak: EncodingKey::from_secret(b"secret"), ("...".as_bytes()).
      String.raw`\b(?:Encoding|Decoding)Key\s{0,5}::\s{0,5}from_secret\s{0,5}\(\s{0,60}b?"(?<secret>[^"\n]{3,200})"`,
    ],
    matcher: 'not-stand-in',
    keywords: ['from_slice', 'from_secret', 'jwt'],
    examples: {
      bad: [
        'let cipher = Aes256Gcm::new_from_slice(b"Xk9mP2vL8qR4tWz7Yc1Nb6Hd3Fg5Js0a").unwrap();',
        'let mut mac = Hmac::<Sha256>::new_from_slice(b"whk-9f8e7d6c5b4a3928")?;',
        'let key = Key::<Aes256Gcm>::from_slice(b"Xk9mP2vL8qR4tWz7Yc1Nb6Hd3Fg5Js0a");',
        'let key = Key::from_slice(b"k9Xm2PvL8qR4tWz7Yc1Nb6Hd3Fg5Js0");',
        'let mut mac = <HmacSha256 as Mac>::new_from_slice(b"whk-9f8e7d6c5b4a3928")?;',
        'let key = EncodingKey::from_secret(b"k8Jd92hdQxz");',
        'let key = EncodingKey::from_secret("secret".as_bytes());',
        'let token = encode(&Header::default(), &claims, &EncodingKey::from_secret("my_jwt_secret".as_ref()))?;',
        'const JWT_SECRET: &[u8] = b"my_super_secret_key";',
      ],
      good: [
        'static JWT_SECRET: Lazy<Vec<u8>> = Lazy::new(|| std::env::var("JWT_SECRET").unwrap().into_bytes());',
        'const JWT_HEADER_KEY: &str = "Authorization";',
        'let cipher = Aes256Gcm::new_from_slice(&key).unwrap();',
        'let mut mac = HmacSha256::new_from_slice(secret.as_bytes())?;',
        'let nonce = Nonce::from_slice(b"unique nonce");',
        'let mut mac = HmacSha512::new_from_slice(b"Bitcoin seed")?;',
        'let key = EncodingKey::from_secret(std::env::var("JWT_SECRET")?.as_bytes());',
        'let key = EncodingKey::from_secret(b"your-jwt-secret-here");',
      ],
    },
  },
  {
    id: 'rust.hardcoded-key-variable',
    ...HARDCODED_KEY_VARIABLE_RULE,
    languages: RUST,
    patterns: [
      String.raw`${KEY_FROM_SLICE}&?[A-Za-z_]\w{0,60}(?:\.as_bytes\(\s{0,5}\))?\s{0,5}\)`,
      // A cipher built straight from key bytes: Aes256Gcm::new(key.into()), Aes256Gcm::new(&key).
      String.raw`\b(?:Aes\d{3}(?:Gcm(?:Siv)?)?|X?ChaCha20Poly1305)\s{0,5}::\s{0,5}new\s{0,5}\(\s{0,5}&?[A-Za-z_]\w{0,60}(?:\.into\(\s{0,5}\))?\s{0,5}\)`,
    ],
    keywords: ['from_slice', 'aes', 'chacha20poly1305'],
    examples: {
      bad: [
        'let key = b"Xk9mP2vL8qR4tWz7Yc1Nb6Hd3Fg5Js0a";\nlet cipher = Aes256Gcm::new_from_slice(key).unwrap();',
        'let key = b"Xk9mP2vL8qR4tWz7Yc1Nb6Hd3Fg5Js0a";\nlet cipher = Aes256Gcm::new(key.into());',
      ],
      good: [
        'let key = Aes256Gcm::generate_key(OsRng);\nlet cipher = Aes256Gcm::new(&key);',
        'let key = std::env::var("DATA_KEY")?;\nlet cipher = Aes256Gcm::new_from_slice(key.as_bytes()).unwrap();',
      ],
    },
  },
  {
    id: 'rust.static-nonce',
    ...STATIC_IV_RULE,
    languages: RUST,
    patterns: [
      String.raw`\b(?:Nonce|XNonce|Iv|IV|GenericArray)::(?:from_slice|from)\s{0,5}\(\s{0,60}(?:b"|&\[0u8;)`,
      String.raw`\blet\s{1,5}(?:mut\s{1,5})?\w{0,20}(?:iv|nonce|IV|NONCE)\w{0,20}\s{0,5}(?::\s{0,60}\[u8;\s{0,5}\d{1,3}\])?\s{0,60}=\s{0,60}b"[^"\n]{4,100}"`,
      // All zeros and immutable: `let mut` with a fill after it is the right way to make one.
      String.raw`\blet\s{1,5}\w{0,20}(?:iv|nonce|IV|NONCE)\w{0,20}\s{0,5}(?::\s{0,60}\[u8;\s{0,5}\d{1,3}\])?\s{0,60}=\s{0,60}\[0u8;\s{0,5}\d{1,3}\]`,
    ],
    keywords: ['from_slice(b"', 'from(b"', 'from_slice(&[0u8', 'nonce', 'let iv', 'let mut iv'],
    examples: {
      bad: [
        'let nonce = Nonce::from_slice(b"unique nonce");',
        'let iv = b"0123456789abcdef";',
        'let iv = [0u8; 16];\nlet cipher = Aes256CbcEnc::new(&key.into(), &iv.into());',
        'let ciphertext = cipher.encrypt(Nonce::from_slice(&[0u8; 12]), plaintext)?;',
      ],
      good: [
        'let nonce = Aes256Gcm::generate_nonce(&mut OsRng);',
        'let mut iv = [0u8; 16];\nOsRng.fill_bytes(&mut iv);',
        'let ciphertext = cipher.encrypt(&nonce, plaintext)?;',
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
      String.raw`\b(?:Md5|Md4|Md2|Sha1|Sha1Core)::(?:new|default|digest|new_with_prefix|from)\s*\(`,
      String.raw`\bmd5::(?:compute|Context\s{0,5}::\s{0,5}new)\s*\(`,
      // The openssl crate's one-shot digest and ring's legacy algorithm.
      String.raw`\bopenssl::sha::sha1\s*\(|\bSHA1_FOR_LEGACY_USE_ONLY\b`,
      String.raw`\bMessageDigest::(?:md5|sha1)\s*\(`,
    ],
    unless: [NON_SECURITY_HASH_USE],
    matcher: 'hashed-outside-harmless-function',
    keywords: ['md5', 'md4', 'md2', 'sha1'],
    scope: 'code',
    lesson: 'weak-hashing',
    cwe: ['CWE-328'],
    owasp: 'A02:2021',
    message: 'MD5 and SHA-1 are broken for collision resistance and far too fast for passwords; use SHA-256 for integrity and argon2 or bcrypt for passwords.',
    examples: {
      bad: [
        'let mut ctx = md5::Context::new();', 'let digest = openssl::sha::sha1(&data);', 'let d = digest::digest(&digest::SHA1_FOR_LEGACY_USE_ONLY, data);','let mut hasher = Md5::new();', 'let mut h = crypto::sha1::Sha1::new();', 'let mut hasher = md2::Md2::new();', 'let digest = md5::compute(&bytes);', 'let d = hash(MessageDigest::sha1(), data)?;'],
      good: [
        'fn cache_key(body: &[u8]) -> String {\n    let digest = md5::compute(body);\n    format!("{:x}", digest)\n}',
        'let digest = openssl::sha::sha256(&data);','let mut hasher = Sha256::new();', 'use md5::Md5; // legacy checksum only', 'let d = hash(MessageDigest::sha256(), data)?;'],
    },
  },
  {
    id: 'rust.weak-cipher',
    title: 'Avoid DES, 3DES, RC4 and Blowfish',
    languages: RUST,
    severity: 'error',
    confidence: 'high',
    patterns: [
      String.raw`\bCipher::(?:rc4|bf_\w{1,60}|des_\w{1,60})\s{0,5}\(`,
      String.raw`\b(?:Des|TdesEde2|TdesEde3|TdesEee2|TdesEee3|Rc4|Blowfish)::new(?:_from_slice)?\s{0,5}\(`,
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
    // The turbofish may hold generic types itself: transmute::<Box<str>, Box<RawValue>>(s).
    patterns: [String.raw`\b(?:mem::)?transmute(?:_copy)?(?:::<[^<>()\n;]{0,80}(?:<[^<>()\n;]{0,40}>[^<>()\n;]{0,80}){0,4}>)?\s*\(`],
    unless: [String.raw`\bfn\s+transmute`],
    keywords: ['transmute'],
    scope: 'code',
    lesson: 'memory-safety',
    cwe: ['CWE-843'],
    message: 'transmute reinterprets bits as another type with no checks, so a size, alignment, lifetime or validity mismatch is undefined behaviour; use from_ne_bytes, as casts, pointer casts or bytemuck.',
    examples: {
      bad: [
        'let n: u32 = unsafe { std::mem::transmute(bytes) };',
        'unsafe { SymbolStr { string: std::mem::transmute::<&str, &str>(s) } }',
        'unsafe { mem::transmute::<Box<str>, Box<RawValue>>(json) }',
      ],
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
      String.raw`\bmem::uninitialized(?:::<[^<>\n]{0,200}>)?\s{0,5}\(`,
      String.raw`\bMaybeUninit(?:::<[^<>\n]{0,200}>)?::uninit\s{0,5}\(\s{0,60}\)\s{0,60}\.assume_init\s{0,5}\(`,
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
    ...FIXED_TEMP_PATH_RULE,
    languages: RUST,
    patterns: [String.raw`\b(?:env::)?temp_dir\s*\(\s*\)`,
      String.raw`\bFile::create\s*\(\s*"/tmp/`,
      // Named after the process id, which every local user can see.
      String.raw`\bformat!\s{0,5}\(\s{0,60}"/tmp/[^"\n]{0,200}"\s{0,5},\s{0,60}(?:std::)?process::id\s{0,5}\(\s{0,5}\)`,
    ],
    unless: [String.raw`\bfn\s+temp_dir\b`, String.raw`\b(?:tempdir_in|tempfile_in|new_in)\s*\(`],
    keywords: ['temp_dir', '/tmp/'],
    message: 'The temp folder is shared with every local user, so a fixed or guessable name there can be created or symlinked by someone else first, and the read or write lands where they chose; use tempfile::tempdir() or NamedTempFile.',
    examples: {
      bad: ['let path = env::temp_dir().join("app.lock");', 'let mut dir = std::env::temp_dir();', 'let mut f = File::create("/tmp/report.txt")?;', 'let p = format!("/tmp/upload-{}", std::process::id());'],
      good: ['let dir = tempfile::tempdir()?;', 'let file = tempfile::NamedTempFile::new_in(env::temp_dir())?;', 'let p = format!("{}/upload-{}", upload_dir, std::process::id());'],
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
      String.raw`\bbcrypt::hash\s{0,5}\([^,()\n]{1,100},\s{0,20}[4-9]\s{0,5}\)`,
      String.raw`\bpbkdf2(?:_hmac)?(?:::<[\w:]{1,40}>)?\s{0,5}\([^,;\n]{1,100},[^,;\n]{1,100},\s{0,20}\d{1,4}\s{0,5},`,
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
      String.raw`(?:\b|_)` + CREDENTIAL_NAME + String.raw`(?:[ \t]{0,10}:[ \t]{0,10}&(?:'static[ \t]{1,10})?(?:str|\[u8\]))?[ \t]{0,10}[=:][ \t]{0,10}b?"(?<secret>[^"\s]{3,200})"`,
      String.raw`\.basic_auth\s{0,5}\(\s{0,60}"[^"\n]{1,100}"\s{0,5},\s{0,60}Some\s{0,5}\(\s{0,60}"(?<secret>[^"\s]{3,200})"`,
    ],
    // A format placeholder (`"{}"`, `"{user}"`) is a template, and the field's own name is no value.
    unlessMatch: [...NOT_A_CREDENTIAL, String.raw`\{\w{0,20}\}`],
    keywords: [...CREDENTIAL_KEYWORDS, 'basic_auth'],
    message: 'A password or key is written into the code, so everyone with the source or the binary has it and rotating it needs a release; read it from the environment or a secret store at run time.',
    examples: {
      bad: [
        'let db_password = "hunter2";',
        'const API_KEY: &str = "k3y!";',
        'let cfg = Config { user: "app", password: "hunter2" };',
        'const WEBHOOK_SECRET: &[u8] = b"k8Jd92hdQxz";', 'let client = Client::new().basic_auth("admin", Some("Adm1nPass!"));'],
      good: [
        'let db_password = env::var("DB_PASSWORD")?;',
        'const PASSWORD_ENV: &str = "DB_PASSWORD";',
        'let password = "";',
        'println!("password: {}", masked);',
        'let api_key = "YOUR_API_KEY";',
        'let client = Client::new().basic_auth(&user, Some(&password));'],
    },
  },
  {
    id: 'rust.pipe-to-shell',
    ...PIPE_TO_SHELL_RULE,
    languages: RUST,
    patterns: [String.raw`\.\s{0,5}args?\s{0,5}\(\s{0,5}(?:&?\s{0,5}\[\s{0,5}${QUOTED_ARGUMENTS_BEFORE})?${DOWNLOAD_PIPED_TO_SHELL}`],
    keywords: ['curl', 'wget'],
    examples: {
      bad: [
        'Command::new("sh").arg("-c").arg("curl -fsSL https://get.example.com/install.sh | sh").status()?;',
        'Command::new("bash").args(["-c", "curl -fsSL https://get.example.com/install.sh | bash"]).status()?;',
      ],
      good: [
        'println!("Install with: curl -fsSL https://get.example.com/install.sh | sh");',
        'Command::new("curl").args(["-fsSLo", "install.sh", installer_url]).status()?;',
      ],
    },
  },
];
