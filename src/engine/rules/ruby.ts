// Ruby and Rails (ERB templates included where the construct appears in views).
import type { RuleSpec } from '../types';
import { RUBY } from '../languages';
import { RUBY_REQUEST_SOURCE } from '../request-input';
import { CREDENTIAL_IDENTIFIER, CREDENTIAL_KEYWORDS, HARDCODED_CREDENTIAL_RULE, NOT_A_CREDENTIAL } from './credentials';
import { SHORT_MODULUS_BITS, SHORT_RSA_KEY_RULE } from './key-sizes';
import { APP_MADE_HTML_NAME, ARGUMENT_INJECTION_RULE, ARGUMENT_OPTION_PROGRAM, AUTH_COOKIE_NAME, COMPARED_WITH_NOTHING, CORS_REFLECTED_ORIGIN_RULE, CSRF_PROTECTION_DISABLED_RULE, DOWNLOAD_PIPED_TO_SHELL, ENUM_VALUE, FIELD_EQUALITY, FIXED_TEMP_PATH_RULE, HARDCODED_KEY_RULE, HARDCODED_KEY_VARIABLE_RULE, INSECURE_COOKIE_RULE, JWT_VALIDATION_DISABLED_RULE, KIND_COMPARED, KNOWN_VALUE_CONSTANT, LDAP_ATTRIBUTE, LDAP_FILTER_BUILT_RULE, LOW_WORK_FACTOR_RULE, MASS_ASSIGNMENT_RULE, NON_SECURITY_HASH_USE, NOT_A_SESSION_COOKIE, NOT_SECRET_COMPARED, ONE_ARGUMENT, ONE_CALL_ARGUMENTS, OPEN_REDIRECT_FROM_REQUEST_RULE, PASSWORD_FIELD, PIPE_TO_SHELL_RULE, PLACEHOLDER_LIST_BUILT, PLAINTEXT_PASSWORD_COMPARE_RULE, QUOTED_ARGUMENTS_BEFORE, RB_COMPARED_VALUE, RB_COMPUTED_MAC, RB_COMPUTED_MAC_CALL, RB_SECRET_INPUT, RB_SECRET_SETTING, REGEX_FROM_REQUEST_RULE, SECRET_NAME_KEYWORDS, SESSION_COOKIE_WITHOUT_FLAGS_RULE, SNAKE_CASE_SECRET, SQL_BUILT_INTO_QUERY_RULE, SQL_CAPS_STATEMENT, SQL_TEXT_BUILT_RULE, SSRF_FROM_REQUEST_RULE, STATIC_IV_RULE, TIMING_UNSAFE_COMPARE_RULE, TLS_VERIFICATION_DISABLED_RULE, WEAK_TLS_PROTOCOL_RULE, WORLD_WRITABLE_FILE_RULE, ZIP_SLIP_RULE } from './shared-families';

/** A variable named for a secret, as whole snake_case parts: reset_token, @otp, but not max_tokens or footprint. */
const SECRET_VARIABLE = String.raw`(?:\b|_)(?:token|secret|password|passwd|otp|nonce|salt|api_key|session_id|reset_code|verification_code|auth_code|pin(?:_code)?)(?:_(?:id|key|value|str|string|hex|code|digits))?`;

// Request input in Rails and Sinatra: `params[:id]`, `params.fetch(:id)`, `request.params`, cookies.
const PARAMS = RUBY_REQUEST_SOURCE;
// One value read from the request (not the whole params Hash, which url_for turns into a path on this site).
const PARAMS_READ = String.raw`(?:\bparams\s{0,5}(?:\[|\.\s{0,5}(?:fetch|dig)\b)|\brequest\s{0,5}\.\s{0,5}params\s{0,5}\[|\bcookies\s{0,5}\[)`;
// A parameter's value, whole: params[:q], params.fetch(:q, nil), params.dig(:a, :b), params.require(:user).
const PARAM_VALUE = String.raw`\bparams\s{0,5}(?:\[[^\[\]\n]{1,200}\]|\.\s{0,5}(?:fetch|dig|require)\s{0,5}\([^()\n]{1,200}\))`;
// A modifier if that checks the value against an allow-list on the same line: ... if ALLOWED.include?(params[:x])
const ALLOW_LIST_GUARD = String.raw`\bif\s{1,5}[A-Z_][\w:]{0,60}\s{0,5}\.\s{0,5}(?:include|member|key|has_key)\?`;
// The opening of a double-quoted string with `#{...}` interpolation, kept to one literal.
const INTERPOLATED = String.raw`"[^"#\n]{0,500}#\{`;
const RUBY_AND_ERB = [...RUBY, 'erb'];
// The start of a call's arguments, with or without parentheses: `system(cmd)`, `system cmd`. (Bounded, so the
// whitespace runs before and after a parenthesis cannot trade characters without limit.)
const ARGS = String.raw`(?:\s{0,5}\(\s{0,20}|\s{1,5})`;
// A call that reads, writes, serves or removes a file by path.
const FILE_CALL = String.raw`\b(?:File\s{0,60}\.\s{0,5}(?:open|read|readlines|binread|write|binwrite|new|delete|unlink|foreach)|IO\s{0,60}\.\s{0,5}(?:read|readlines|binread|foreach)|send_file|Pathname\s{0,60}\.\s{0,5}new|FileUtils\s{0,60}\.\s{0,5}(?:rm|rm_r|rm_rf|cp|mv|copy|move|remove)|Dir\s{0,60}\.\s{0,5}(?:glob|entries|children|each_child))`;

// Where a key goes: cipher.key = KEY, OpenSSL::HMAC.hexdigest("SHA256", KEY, data), JWT.encode(payload, KEY, "HS256"),
// ActiveSupport::MessageVerifier.new(KEY); with the shortest literal worth reporting there (a signing secret is often a
// short word).
const KEY_CALLS: [call: string, minLength: number][] = [
  [String.raw`\b\w{0,30}(?:cipher|aes|Cipher)\w{0,30}\.key\s{0,5}=\s{0,5}`, 8],
  [String.raw`\bOpenSSL::HMAC\.(?:hexdigest|digest|base64digest)\s{0,5}\(\s{0,5}${ONE_ARGUMENT},\s{0,5}`, 8],
  [String.raw`\bJWT\.(?:encode|decode)\s{0,5}\(?\s{0,5}${ONE_ARGUMENT},\s{0,5}`, 3],
  [String.raw`\bMessage(?:Verifier|Encryptor)\s{0,5}\.\s{0,5}new\s{0,5}\(\s{0,5}`, 3],
];
const KEY_CALL_KEYWORDS = ['.key', 'openssl::hmac', 'jwt.', 'messageverifier', 'messageencryptor'];

export const RUBY_RULES: RuleSpec[] = [
  {
    id: 'rb.command-interpolation',
    title: 'Do not build shell commands with interpolation',
    languages: RUBY,
    severity: 'error',
    confidence: 'high',
    patterns: [
      ...[INTERPOLATED, String.raw`'[^'\n]{0,300}'\s{0,60}\+`, String.raw`"[^"\n]{0,300}"\s{0,60}\+`].flatMap((command) => [
        String.raw`\b(?:Kernel\s{0,60}\.\s{0,5})?(?:system|exec|spawn)${ARGS}${command}`,
        String.raw`\b(?:IO\s{0,60}\.\s{0,5}popen|Open3\s{0,60}\.\s{0,5}(?:capture[23]e?|popen[23]e?|pipeline\w{0,60}))${ARGS}${command}`,
      ]),
      String.raw`\x60[^\x60\n]{0,300}#\{`,
      String.raw`%x(?:\([^)%\n]{0,200}|\{[^}%\n]{0,200}|\[[^\]%\n]{0,200}|\|[^|%\n]{0,200})#\{`,
    ],
    keywords: ['system', 'exec', 'spawn', 'popen', 'open3', '#{', '%x'],
    scope: 'code',
    lesson: 'command-injection',
    cwe: ['CWE-78'],
    owasp: 'A03:2021',
    message: 'Interpolating values into a shell command lets input such as "; rm -rf ~" run commands of its own; pass the program and its arguments separately.',
    examples: {
      bad: [
        'system("convert #{params[:file]} out.png")',
        'output = `git log #{branch}`',
        'stdout, status = Open3.capture2("ping -c 1 " + host)',
        'files = %x(ls #{dir})',
        'stdout, stderr, status = Open3.capture3("ffmpeg -i #{input} -vf scale=640:-1 #{output}")',
        "system('tar -czf backup.tgz ' + dir)",
        "output = IO.popen('git show ' + sha).read",
        'system "rm -rf " + tmp_dir',
      ],
      good: ["system('convert', params[:file], 'out.png')", "stdout, status = Open3.capture2('ping', '-c', '1', host)", "output = `git log --oneline`", '# system("rm #{path}")'],
    },
  },
  {
    id: 'rb.command-from-params',
    title: 'Do not run commands taken from the request',
    languages: RUBY,
    severity: 'error',
    confidence: 'high',
    patterns: [String.raw`\b(?:(?:Kernel\s{0,60}\.\s{0,5})?(?:system|exec|spawn)|IO\s{0,60}\.\s{0,5}popen|Open3\s{0,60}\.\s{0,5}(?:capture[23]e?|popen[23]e?))${ARGS}(?:${PARAMS}|[a-z_]\w{0,60}\s{0,5}(?:$|[,)]))`],
    unless: [ALLOW_LIST_GUARD],
    matcher: 'request-input',
    keywords: ['system', 'exec', 'spawn', 'popen', 'open3'],
    scope: 'code',
    lesson: 'command-injection',
    cwe: ['CWE-78'],
    owasp: 'A03:2021',
    message: 'The request supplies the command line itself, so a caller can run anything on the server; map allowed actions to fixed commands.',
    examples: {
      bad: ['system(params[:cmd])', 'cmd = params[:command]\nIO.popen(cmd)'],
      good: ["system('uptime')", 'cmd = COMMANDS.fetch(params[:action])\nsystem(cmd)', 'system(params[:tool], "--version") if INSTALLED_TOOLS.include?(params[:tool])'],
    },
  },
  {
    id: 'rb.kernel-open',
    title: 'Do not pass request input to Kernel#open',
    languages: RUBY,
    severity: 'error',
    confidence: 'high',
    patterns: [String.raw`\b(?:Kernel\s{0,60}\.\s{0,5})?open${ARGS}${PARAMS}`, String.raw`(?:^|[^.\w])open${ARGS}"\|[^"\n]{0,300}#\{`],
    unless: [String.raw`\b(?:File|IO|Dir|Tempfile|URI|Pathname|StringIO|CSV|Zip::File|[a-z_]\w{0,60})\s{0,60}\.\s{0,5}open\b`],
    keywords: ['open'],
    scope: 'code',
    lesson: 'command-injection',
    cwe: ['CWE-78'],
    owasp: 'A03:2021',
    message: 'Kernel#open runs a command when its argument starts with "|", so a path or URL from the request can execute code on the server.',
    examples: {
      bad: ['data = open(params[:url]).read', 'output = open("| #{command}").read'],
      good: ['data = File.open(safe_path(params[:name])).read', 'data = URI.parse(ALLOWED_URL).open.read', '# open(params[:url]) is dangerous'],
    },
  },
  {
    id: 'rb.eval-dynamic',
    title: 'Avoid eval and instance_eval on dynamic strings',
    languages: RUBY,
    severity: 'error',
    confidence: 'high',
    patterns: [String.raw`\b(?:eval|instance_eval|class_eval|module_eval)${ARGS}(?:${PARAMS}|${INTERPOLATED}|[a-z_]\w{0,60}\s{0,5}[)\n,]|@\w{1,60}\s{0,5}[)\n,])`],
    unless: [String.raw`\b(?:instance|class|module)_eval\s{1,5}do\b`],
    keywords: ['eval'],
    scope: 'code',
    lesson: 'code-injection',
    cwe: ['CWE-95'],
    owasp: 'A03:2021',
    message: 'eval runs its string as Ruby, so anyone who controls that string can run any code in your process.',
    examples: {
      bad: ['result = eval(params[:expression])', 'obj.instance_eval("self.#{attr} = value")', 'value = eval(code)'],
      good: ['result = Integer(params[:expression])', 'obj.instance_eval(&block)', 'config.instance_eval do\n  set :port, 3000\nend', "class_eval <<-RUBY, __FILE__, __LINE__ + 1", 'eval("1 + 1")'],
    },
  },
  {
    id: 'rb.dynamic-dispatch-params',
    title: 'Do not call methods or classes named by the request',
    languages: RUBY,
    severity: 'error',
    confidence: 'high',
    patterns: [
      // user.send(params[:action]), a bare send(...), or send(action) where action holds params.
      String.raw`(?:\.\s{0,5}|(?:^|[^\w.:])[ \t]{0,5})(?:send|public_send|__send__|method)${ARGS}(?:${PARAMS}|[a-z_]\w{0,40}\b)`,
      String.raw`\.\s{0,5}(?:method|instance_variable_get|instance_variable_set)${ARGS}${PARAMS}`,
      // The name spelled with the request value inside: instance_variable_set("@#{params[:name]}", ...)
      String.raw`\b(?:instance_variable_get|instance_variable_set|const_get)${ARGS}"[^"\n]{0,40}#\{\s{0,60}${PARAMS}`,
      String.raw`(?:${PARAM_VALUE}|\b[a-z_]\w{0,40})(?:\s{0,60}\.\s{0,5}(?:classify|camelize|capitalize|singularize|to_s)){0,3}\s{0,60}\.\s{0,5}(?:safe_)?constantize\b`,
      String.raw`\b(?:Object\s{0,60}\.\s{0,5})?const_get${ARGS}${PARAMS}`,
    ],
    unless: [ALLOW_LIST_GUARD],
    matcher: 'request-input',
    keywords: ['send', 'method', 'instance_variable', 'constantize', 'const_get'],
    scope: 'code',
    lesson: 'code-injection',
    cwe: ['CWE-470'],
    owasp: 'A03:2021',
    message: 'Letting the request choose the method or class to call lets a caller reach methods such as destroy, system or eval.',
    examples: {
      bad: [
        'user.send(params[:action_name])',
        'klass = params[:type].constantize',
        'handler = Object.const_get(params[:handler])',
        'send(params[:method])',
        'klass = params[:type].classify.constantize',
        'model = params[:model]\nrecord = model.constantize.find(params[:id])',
        'action = params[:do]\nuser.public_send(action)', 'method(params[:m]).call', 'instance_variable_set("@#{params[:name]}", params[:value])', 'Module.const_get("#{params[:kind].capitalize}Handler").new', 'user.instance_variable_get(params[:ivar])'],
      good: [
        'user.public_send(ALLOWED_ACTIONS.fetch(params[:action_name]))',
        "klass = { 'post' => Post, 'page' => Page }.fetch(params[:type])",
        'user.send(:reset_token!)',
        "model = 'Post'\nrecord = model.constantize.find(params[:id])",
        'user.public_send(params[:attr]) if ALLOWED.include?(params[:attr])',
        'obj.send(method_name, *args)',
      ],
    },
  },
  {
    id: 'rb.sql-interpolation',
    ...SQL_BUILT_INTO_QUERY_RULE,
    languages: RUBY,
    patterns: [
      String.raw`\.\s{0,5}(?:where|not|or|order|reorder|group|having|joins|select|pluck|from|lock|find_by|find_by_sql|count_by_sql|exists\?|update_all|delete_all|destroy_all|calculate|execute|exec_query|exec_update|exec_delete|exec_insert|select_all|select_one|select_value|select_values|select_rows|sanitize_sql)${ARGS}(?:\[\s{0,20})?(?:${INTERPOLATED}|(?:'[^'\n]{0,500}'|"[^"\n]{0,500}")\s{0,5}\+)`,
      String.raw`\.\s{0,5}(?:where|order|reorder|group|having|joins|select|from|pluck|find_by_sql|exists\?|find_by|calculate|average|minimum|maximum)\s{0,5}\(\s{0,20}(?::\w{1,30}\s{0,5},\s{0,20})?${PARAM_VALUE}\s{0,5}[+)]`,
      // Sequel's DB["..."] and mysql2's client.query with interpolated SQL; Arel.sql of a request value.
      String.raw`(?:\bDB\s{0,5}\[\s{0,20}|\.\s{0,5}query${ARGS})"\s{0,20}(?:SELECT|INSERT|UPDATE|DELETE|select|insert|update|delete)\b[^"#\n]{0,500}#\{`,
      String.raw`\bArel\s{0,5}\.\s{0,5}sql\s{0,5}\(\s{0,20}${PARAMS}`,
    ],
    unless: [PLACEHOLDER_LIST_BUILT],
    keywords: ['where', 'order', 'group', 'having', 'joins', 'select', 'pluck', 'from', 'lock', 'sql', 'exists', '_all', 'calculate', 'average', 'minimum', 'maximum', 'exec', 'find_by', 'query', 'db[', 'arel'],
    message: 'Interpolating a value into an SQL fragment lets a crafted value rewrite the query; use placeholders (where("name = ?", name)) or hash conditions, and pick sort columns from a fixed list.',
    examples: {
      bad: [
        'User.where("email = \'#{params[:email]}\'")',
        'Post.order("#{params[:sort]} DESC")',
        'Post.order(params[:sort] + " " + params[:dir])',
        'User.find_by_sql("SELECT * FROM users WHERE id = " + id)', 'User.find_by(params[:user])', 'User.calculate(:sum, params[:col])',
        'ActiveRecord::Base.connection.execute("DELETE FROM carts WHERE id = #{id}")', 'User.find_by("name = \'#{name}\'")', 'Product.where(["name LIKE \'%#{q}%\'"])', 'DB["SELECT * FROM users WHERE name = \'#{name}\'"].all', 'client.query("SELECT * FROM users WHERE login = \'#{login}\'")', 'User.order(Arel.sql(params[:sort]))'],
      good: [
        'rows = db.execute("SELECT * FROM t WHERE id IN (#{placeholders})", ids)',
        'User.where("email = ?", params[:email])',
        'User.where(email: params[:email])',
        "Post.order(created_at: :desc)",
        'User.where("active = true")',
        'Post.order(SORT_COLUMNS.fetch(params[:sort], :created_at))',
        'User.find_by_sql(["SELECT * FROM users WHERE id = ?", id])',
        'ActiveRecord::Base.connection.execute(ActiveRecord::Base.sanitize_sql(["DELETE FROM carts WHERE id = ?", id]))',
        'User.find_by(name: name)', 'User.find_by(name: params[:user])', 'User.calculate(:sum, :amount)',
        'puts "Selected #{count} users"',
        'Product.where(["name LIKE ?", "%#{Product.sanitize_sql_like(q)}%"])',
        'DB["SELECT * FROM users WHERE name = ?", name].all',
        'client.prepare("SELECT * FROM users WHERE login = ?").execute(login)',
        'User.order(Arel.sql(SORT_SQL.fetch(params[:sort], "created_at DESC")))',
      ],
    },
  },
  {
    id: 'rb.sql-text-built',
    ...SQL_TEXT_BUILT_RULE,
    languages: RUBY,
    patterns: [
      // SQL text with a value interpolated, kept for a later query: sql = "SELECT * FROM users WHERE name = '#{name}'"
      // (to the end of its line, for unlessMatch to see every interpolation).
      String.raw`(?:^|[^\w.])@?[a-z_]\w{0,60}\s{0,5}(?:=|\+=|<<)\s{0,5}"\s{0,20}${SQL_CAPS_STATEMENT}[^"#\n]{0,500}#\{[^\n]{0,500}`,
    ],
    // Every interpolated value is a number, a quoted value or a placeholder list (#{ids.map { '?' }.join(',')}), and no
    // other literal follows on the line.
    unlessMatch: [
      String.raw`"[^"#\n]{0,500}(?:#\{(?:[^{}"\n]{1,60}\.to_[if]|[^{}"\n]{0,60}\bquote\s{0,5}\([^(){}\n]{0,60}\)|[^{}"\n]{1,60}\{\s{0,5}['"]\?['"]\s{0,5}\}[^{}"\n]{0,60})\s{0,5}\}[^"#\n]{0,150}){1,6}"[^"\n]{0,300}$`,
    ],
    keywords: ['SELECT', 'INSERT', 'UPDATE', 'DELETE', 'REPLACE'],
    examples: {
      bad: [
        'sql = "SELECT * FROM users WHERE name = \'#{name}\'"\nActiveRecord::Base.connection.select_all(sql)', 'query = "DELETE FROM carts WHERE id = #{id}"',
        'sql = "UPDATE accounts SET balance = #{balance} WHERE id = 1"',
        'sql = "SELECT * FROM t WHERE a = #{page.to_i} AND b = \'#{params[:name]}\'"',
        'sql = "SELECT * FROM t WHERE a = #{page.to_i}" + " AND b = \'#{name}\'"',
      ],
      good: [
        'sql = "SELECT * FROM users WHERE name = ?"', 'message = "DELETE request for #{path} failed"', 'notice = "UPDATE complete: #{count} rows"',
        'sql = "SELECT * FROM posts LIMIT #{limit.to_i}"', 'sql = "DELETE FROM carts WHERE id = #{connection.quote(id)}"',
        'sql = "SELECT * FROM users WHERE id IN (#{ids.map { \'?\' }.join(\',\')})"',
        'sql = "SELECT * FROM t WHERE a = #{page.to_i} AND b = #{conn.quote(params[:name])} LIMIT #{limit.to_i}" if page',
      ],
    },
  },
  {
    id: 'rb.timing-unsafe-compare',
    ...TIMING_UNSAFE_COMPARE_RULE,
    languages: RUBY,
    patterns: [
      // Both sides named for a MAC, signature, digest or secret token.
      String.raw`(?:@{1,2}|\b(?:\w{1,40}\.){0,3})${SNAKE_CASE_SECRET}\s{0,5}(?:==|!=)\s{0,5}(?:@{1,2}|\b(?:\w{1,40}\.){0,3})${SNAKE_CASE_SECRET}\b`,
      // A secret from the request or the environment against another value: params[:token] == user.api_token.
      String.raw`(?:${RB_SECRET_INPUT}|${RB_SECRET_SETTING})\s{0,5}(?:==|!=)\s{0,5}${RB_COMPARED_VALUE}`,
      String.raw`${RB_COMPARED_VALUE}\s{0,5}(?:==|!=)\s{0,5}(?:${RB_SECRET_INPUT}|${RB_SECRET_SETTING})`,
      // An HMAC computed in place: OpenSSL::HMAC.hexdigest('SHA256', secret, body) == signature.
      String.raw`${RB_COMPUTED_MAC}\s{0,5}(?:==|!=)\s{0,5}${RB_COMPARED_VALUE}`,
      String.raw`${RB_COMPARED_VALUE}\s{0,5}(?:==|!=)\s{0,5}${RB_COMPUTED_MAC_CALL}`,
    ],
    unless: [FIELD_EQUALITY],
    // A kind compared, or a setting compared with its known default (a startup check), is no secret check.
    unlessMatch: [...NOT_SECRET_COMPARED, COMPARED_WITH_NOTHING, ENUM_VALUE, KIND_COMPARED, KNOWN_VALUE_CONSTANT],
    // params[:token] has no snake_case secret name.
    keywords: [...SECRET_NAME_KEYWORDS, ':token'],
    requires: ['==', '!='],
    message: 'Comparing a secret with == stops at the first differing character, so response times can reveal it; compare with ActiveSupport::SecurityUtils.secure_compare (or Rack::Utils.secure_compare).',
    examples: {
      bad: [
        'if params[:token] == user.api_token', 'return false unless computed_signature == expected_signature', 'valid = @api_key == request_api_key',
        'if params[:token] == ENV["TOKEN"]', 'halt 401 unless request.env["HTTP_X_API_KEY"] == settings.api_key', 'if request.headers["X-Signature"] != expected',
        'if token != ENV.fetch("API_TOKEN")', 'if expected != params[:signature]', "halt 401 unless OpenSSL::HMAC.hexdigest('SHA256', secret, body) == received",
        "return false unless received == OpenSSL::HMAC.hexdigest('sha256', secret, body)",
        'halt 401 unless request.env["HTTP_X_API_KEY"] == Settings.API_KEY',
      ],
      good: [
        'if ActiveSupport::SecurityUtils.secure_compare(params[:token], user.api_token)', 'if params[:token] == nil', 'if signature_count == 0', 'if params[:page] == current_page',
        'digest_name == signer.digest_name', 'api_key == other.api_key', 'if params[:page_token] == next_page_token',
        'if Rack::Utils.secure_compare(params[:token], ENV["TOKEN"])', 'if params[:token].blank?', 'if tok == Token::EOF', "if params[:token] == ''",
        'if params[:token_type] == "bearer"', 'if ENV["API_KEY"].nil?',
        "halt 401 unless Rack::Utils.secure_compare(OpenSSL::HMAC.hexdigest('SHA256', secret, body), received)",
        'raise "change the secret" if secret_key_base == DEFAULT_SECRET', 'if auth_method == AuthMethod::API_TOKEN',
      ],
    },
  },
  {
    id: 'rb.weak-hash',
    title: 'Avoid MD5 and SHA-1 for security',
    languages: RUBY,
    severity: 'warning',
    confidence: 'medium',
    patterns: [
      String.raw`\b(?:OpenSSL\s{0,5}::\s{0,5})?Digest\s{0,5}::\s{0,5}(?:MD5|SHA1|MD4)\b`,
      String.raw`\bOpenSSL\s{0,5}::\s{0,5}Digest\s{0,5}\.\s{0,5}new\s{0,5}\(?\s{0,5}['"](?:MD5|SHA1|MD4|md5|sha1|md4)['"]`,
    ],
    // A cache key or checksum needs no collision resistance, nor does an HMAC (Twilio's and OAuth 1.0's are HMAC-SHA1).
    unless: [NON_SECURITY_HASH_USE, String.raw`\bOpenSSL\s{0,5}::\s{0,5}HMAC\b|\bHMAC\s{0,5}\.\s{0,5}new\b`],
    // A password's hash is rb.weak-password-hash's finding.
    fallback: true,
    matcher: 'hashed-outside-harmless-function',
    keywords: ['md5', 'sha1', 'md4'],
    scope: 'code',
    lesson: 'weak-hashing',
    cwe: ['CWE-328'],
    owasp: 'A02:2021',
    message: 'MD5 and SHA-1 are broken for collision resistance, so a signature, token or integrity check built on them can be forged; use SHA-256 (Digest::SHA256).',
    examples: {
      bad: ['signature = Digest::MD5.hexdigest(payload + secret)', 'digest = OpenSSL::Digest::SHA1.new', "sha = OpenSSL::Digest.new('sha1')"],
      good: [
        'def gravatar_url\n  digest = Digest::MD5.hexdigest(email.downcase)\n  "https://www.gravatar.com/avatar/#{digest}"\nend',
        'signature = Digest::SHA256.hexdigest(payload + secret)', 'etag = Digest::MD5.hexdigest(body)', "sha = OpenSSL::Digest.new('sha256')", 'user.password_digest = Digest::MD5.hexdigest(params[:password])',
        "signature = OpenSSL::HMAC.hexdigest(OpenSSL::Digest.new('sha1'), auth_token, data)", 'cache_key = Digest::MD5.hexdigest(params.to_s)',
      ],
    },
  },
  {
    id: 'rb.ldap-filter-built',
    ...LDAP_FILTER_BUILT_RULE,
    languages: RUBY,
    patterns: [
      // ldap.search(filter: "(uid=#{username})"), Net::LDAP::Filter.construct("(&(objectClass=person)(uid=#{name}))")
      String.raw`"\((?:[&|!]\(?)?${LDAP_ATTRIBUTE}=[^"\n]{0,200}#\{[^"\n]{0,200}\)"`,
    ],
    unless: [String.raw`\bFilter\s{0,5}\.\s{0,5}escape\s{0,5}\(`],
    examples: {
      bad: ['ldap.search(base: treebase, filter: "(uid=#{params[:user]})")', 'filter = Net::LDAP::Filter.construct("(&(objectClass=person)(cn=#{name}))")'],
      good: [
        'filter = Net::LDAP::Filter.eq("uid", params[:user])', 'filter = "(uid=#{Net::LDAP::Filter.escape(params[:user])})"', 'ldap.search(filter: "(objectClass=person)")',
        'log.info("(user=#{current_user.id}) requested an export")',
      ],
    },
  },
  {
    id: 'rb.marshal-load',
    title: 'Do not Marshal.load untrusted data',
    languages: RUBY,
    severity: 'error',
    confidence: 'high',
    patterns: [String.raw`\bMarshal\s*\.\s*(?:load|restore)\b`],
    keywords: ['marshal'],
    scope: 'code',
    lesson: 'unsafe-deserialization',
    cwe: ['CWE-502'],
    owasp: 'A08:2021',
    message: 'Marshal.load can instantiate arbitrary objects, and known gadget chains turn attacker-supplied data into remote code execution.',
    examples: {
      bad: ['session_data = Marshal.load(Base64.decode64(cookies[:session]))'],
      good: ['session_data = JSON.parse(Base64.decode64(cookies[:session]))', 'blob = Marshal.dump(object)'],
    },
  },
  {
    id: 'rb.yaml-unsafe-load',
    title: 'Use YAML.safe_load for untrusted YAML',
    languages: RUBY,
    severity: 'error',
    confidence: 'medium',
    patterns: [
      String.raw`\b(?:YAML|Psych)\s{0,60}\.\s{0,5}(?:unsafe_load|unsafe_load_file|load_documents|load_stream)\b`,
      String.raw`\b(?:YAML|Psych)\s{0,60}\.\s{0,5}load${ARGS}(?:${PARAMS}|request\b|[a-z_]\w{0,60}\s{0,5}[),\n])`,
      String.raw`\bOj\s{0,60}\.\s{0,5}(?:load|object_load)\s{0,5}\(`,
      String.raw`\b(?:YAML|Psych)\s{0,60}\.\s{0,5}load_file${ARGS}${PARAMS}`,
    ],
    unless: [String.raw`\bmode\s{0,5}(?::|=>)\s{0,60}:(?:strict|compat|null|json|rails)\b`, String.raw`\bpermitted_classes\b`],
    keywords: ['yaml', 'psych', 'oj'],
    scope: 'code',
    lesson: 'unsafe-deserialization',
    cwe: ['CWE-502'],
    owasp: 'A08:2021',
    message: 'Unsafe YAML and Oj loading can build arbitrary Ruby objects from the document, which attackers chain into code execution.',
    examples: {
      bad: ['config = YAML.unsafe_load(body)', 'doc = YAML.load(params[:doc])', 'obj = Oj.load(payload)', 'cfg = YAML.load_file(params[:file])'],
      good: ['config = YAML.safe_load(body)', "doc = YAML.safe_load(params[:doc], permitted_classes: [Date])", 'obj = Oj.load(payload, mode: :strict)', 'cfg = YAML.load_file(Rails.root.join("config", "app.yml"))'],
    },
  },
  {
    id: 'rb.ssl-verify-none',
    ...TLS_VERIFICATION_DISABLED_RULE,
    languages: RUBY,
    patterns: [
      String.raw`\bOpenSSL\s*::\s*SSL\s*::\s*VERIFY_NONE\b`,
      String.raw`\bverify_ssl\s*(?::|=>)\s*false\b`,
      String.raw`\bssl\s{0,5}(?::|=>)\s{0,5}\{[^{}\n]{0,300}\bverify\s{0,5}(?::|=>)\s{0,5}false\b`,
      // HTTParty's verify: false; Excon's ssl_verify_peer set false.
      String.raw`\bHTTParty\s{0,5}\.\s{0,5}\w{1,10}\s{0,5}\(?[^\n]{0,200}\bverify\s{0,5}(?::|=>)\s{0,5}false\b|\bssl_verify_peer\b["':\]]{0,3}\s{0,5}(?:=|=>|:)\s{0,5}false\b`,
      String.raw`\bverify_mode\s*=\s*0\b`,
    ],
    keywords: ['verify_none', 'verify_ssl', 'verify', 'verify_mode'],
    examples: {
      bad: [
        'http.verify_mode = OpenSSL::SSL::VERIFY_NONE',
        "conn = Faraday.new(url: url, ssl: { verify: false })",
        'RestClient::Request.execute(method: :get, url: url, verify_ssl: false)',
        'response = HTTParty.get(url, verify: false)',
        'Excon.defaults[:ssl_verify_peer] = false', 'ctx.verify_mode = 0'],
      good: ['http.verify_mode = OpenSSL::SSL::VERIFY_PEER', "conn = Faraday.new(url: url, ssl: { ca_file: CA_PATH })", '# never use OpenSSL::SSL::VERIFY_NONE'],
    },
  },
  {
    id: 'rb.html-safe-input',
    title: 'Do not mark request input or interpolated strings as HTML-safe',
    languages: RUBY_AND_ERB,
    severity: 'warning',
    confidence: 'high',
    patterns: [
      String.raw`${PARAM_VALUE}\s{0,5}(?:\.\s{0,5}to_s\s{0,5})?\.\s{0,5}html_safe\b`,
      String.raw`(?:[(=,]\s{0,5}|\s)"[^"#\n]{0,300}#\{[^"\n]{0,300}"\s{0,60}\.\s{0,5}html_safe\b`,
      // The same string first on its line (a block's value): shown on .html_safe, as the match starts in the string.
      String.raw`^"[^"#\n]{0,300}#\{[^"\n]{0,300}"(?<report>\s{0,60}\.\s{0,5}html_safe\b)`,
      // A record's attribute, which users write (a bio, a comment's body): @user.bio.html_safe, raw @comment.body. Not
      // an attribute named for HTML made by the app (rendered_body, content_html, to_html, sanitized_bio).
      String.raw`@\w{1,60}(?:\s{0,5}\.\s{0,5}[a-z_]\w{0,60}){1,3}\s{0,5}\.\s{0,5}html_safe\b`,
      String.raw`\braw${ARGS}@\w{1,60}(?:\s{0,5}\.\s{0,5}[a-z_]\w{0,60}){1,3}\s{0,5}(?:%>|\)|$)`,
      String.raw`\braw${ARGS}${PARAMS}`,
      String.raw`<%==\s{0,60}${PARAMS}`,
      // sanitize told to keep <script>: sanitize(html, tags: %w[p script])
      String.raw`\bsanitize${ARGS}[^\n]{0,200}\btags\s{0,5}(?::|=>)\s{0,5}(?:%w[\[(][^\])\n]{0,200}\bscript\b|\[[^\]\n]{0,200}["']script["'])`,
    ],
    // A record's attribute named for HTML the app made (rendered_body, content_html, to_html, sanitized_bio).
    unlessMatch: [String.raw`@\w{1,60}(?:\s{0,5}\.\s{0,5}[a-z_]\w{0,60}){0,2}\s{0,5}\.\s{0,5}${APP_MADE_HTML_NAME}\s{0,5}(?:\.\s{0,5}html_safe|%>|\)|$)`],
    keywords: ['html_safe', 'raw', '<%==', 'sanitize'],
    scope: 'code',
    lesson: 'xss',
    cwe: ['CWE-79'],
    owasp: 'A03:2021',
    message: 'html_safe and raw switch off Rails escaping (and a sanitize that keeps <script> keeps it), so request input, text users wrote or interpolated values in them can inject script into the page.',
    examples: {
      bad: [
        '<%= params[:q].html_safe %>', 'content_tag(:p, "Hello #{user.name}".html_safe)', '<%= raw params[:bio] %>', '<p><%== params[:name] %></p>', '"<div>#{message}</div>".html_safe',
        '<%= @user.bio.html_safe %>', '<%= raw @comment.body %>', 'sanitize(params[:html], tags: %w[b i script])',
      ],
      good: [
        '<%= params[:q] %>', 'content_tag(:p, "Hello #{user.name}")', '<%= sanitize(params[:bio]) %>', "<%= 'static <b>text</b>'.html_safe %>", '"<div>#{h(message)}</div>"',
        '<%= @user.bio %>', '<%= sanitize @comment.body %>', '<%= raw t("footer.html") %>', 'sanitize(params[:html], tags: %w[b i em])',
        '<%= @post.rendered_body.html_safe %>', '<%= @page.content_html.html_safe %>', '<%= raw @article.to_html %>',
      ],
    },
  },
  {
    id: 'rb.link-to-params-url',
    title: 'Do not link to URLs taken from params',
    languages: RUBY_AND_ERB,
    severity: 'warning',
    confidence: 'high',
    // link_to's URL is its second argument, or its first when a block gives the text.
    patterns: [
      String.raw`\blink_to${ARGS}(?:"[^"\n]{0,200}"|'[^'\n]{0,200}'|[\w@.:]{1,100}(?:\([^()\n]{0,100}\))?)\s{0,5},\s{0,5}${PARAMS_READ}`,
      String.raw`\blink_to${ARGS}${PARAMS_READ}[^\]\n]{1,60}\]\s{0,5}\)?\s{0,5}(?:do\b|\{)`,
    ],
    matcher: 'request-input',
    keywords: ['link_to'],
    scope: 'code',
    lesson: 'xss',
    cwe: ['CWE-79'],
    owasp: 'A03:2021',
    message: 'A link whose URL comes from the request can be a javascript: URL that runs script when the user clicks it; allow only http(s) URLs or known paths.',
    examples: {
      bad: ['<%= link_to "Profile", params[:url] %>', 'link_to params[:return_to] do', '<%= link_to t(".back"), params[:return_to] %>'],
      good: [
        '<%= link_to "Profile", user_path(params[:id]) %>', '<%= link_to params[:name], profile_path %>',
        '<%= link_to "Next", params.permit(:q).merge(page: 2) %>', 'link_to user_path(params[:id]) do',
      ],
    },
  },
  {
    id: 'rb.render-inline-input',
    title: 'Do not render templates built from the request',
    languages: RUBY,
    severity: 'error',
    confidence: 'high',
    patterns: [
      String.raw`\brender${ARGS}inline\s{0,5}(?::|=>)\s{0,60}(?:${PARAMS}|${INTERPOLATED})`,
      String.raw`\bERB\s{0,60}\.\s{0,5}new\s{0,5}\(\s{0,60}(?:${PARAMS}|${INTERPOLATED})`,
      // Sinatra renders a String argument as the template itself (a Symbol names a file): erb "<p>#{params[:q]}</p>".
      String.raw`\b(?:erb|haml|slim)${ARGS}(?:${PARAMS}|${INTERPOLATED})`,
    ],
    // A value made a Symbol names a template file: erb params[:page].to_sym
    unless: [String.raw`\.\s{0,5}to_sym\b`],
    keywords: ['render', 'erb', 'haml', 'slim'],
    scope: 'code',
    lesson: 'template-injection',
    cwe: ['CWE-1336'],
    owasp: 'A03:2021',
    message: 'A template built from input is compiled as a template (ERB, Haml, Slim), so the caller can write tags such as <%= %> that run Ruby on the server.',
    examples: {
      bad: ['render inline: params[:template]', 'render inline: "<h1>Hello #{params[:name]}</h1>"', 'html = ERB.new(params[:layout]).result(binding)', 'erb "<p>#{params[:q]}</p>"'],
      good: [
        'render inline: "<h1>Hello <%= name %></h1>", locals: { name: params[:name] }', "render template: 'pages/show'", 'html = ERB.new(File.read(LAYOUT_PATH)).result(binding)',
        'erb :search, locals: { q: params[:q] }', 'erb params[:page].to_sym',
      ],
    },
  },
  {
    id: 'rb.open-redirect',
    ...OPEN_REDIRECT_FROM_REQUEST_RULE,
    languages: RUBY,
    patterns: [
      // Rails' redirect_to and Sinatra's redirect, given params, a string built from them, or a variable holding them.
      // A built string counts where params pick the host: first, or right after the scheme ("/search?q=#{...}" stays on the site).
      String.raw`\bredirect(?:_to)?${ARGS}(?:${PARAMS}|"(?:https?:)?(?:\/\/)?#\{\s{0,5}${PARAMS}|[a-z_]\w{0,60}[ \t]{0,10}(?:$|[,)]))`,
      String.raw`\bredirect_back${ARGS}(?:[^\n]{0,100}?\b)?fallback_location\s{0,5}(?::|=>)\s{0,5}(?:${PARAMS}|[a-z_]\w{0,60}[ \t]{0,10}(?:$|[,)]))`,
      String.raw`\bheaders\s{0,5}\[\s{0,5}["']Location["']\s{0,5}\]\s{0,5}=\s{0,5}(?:${PARAMS}|[a-z_]\w{0,60}[ \t]{0,10}$)`,
    ],
    unless: [String.raw`\bonly_path\s{0,5}(?::|=>)\s{0,5}true\b`, ALLOW_LIST_GUARD],
    keywords: ['redirect', 'location'],
    examples: {
      bad: [
        'redirect_to params[:return_to]',
        'redirect_to(params[:next], allow_other_host: true)',
        'target = params[:return_to]\nredirect_to target',
        'redirect params[:next]',
        'redirect_to "#{params[:url]}"', 'redirect_to "https://#{params[:host]}/welcome"', 'redirect_back fallback_location: params[:fallback]', 'response.headers["Location"] = params[:to]'],
      good: [
        'redirect_to root_path',
        'redirect_to safe_return_path(params[:return_to])',
        'redirect_to params.permit(:page).merge(only_path: true)',
        'target = user_path(@user)\nredirect_to target',
        'redirect_to params[:return_to] if SAFE_RETURN_PATHS.include?(params[:return_to])',
        'redirect_to "/search?q=#{params[:q]}"',
        "redirect '/login'",
        'redirect_to(url_from(params[:next]) || root_path)',
        "redirect to('/dashboard')",
        'redirect_to "#{root_url}dashboard"',
        'redirect_back fallback_location: root_path',
        'response.headers["Location"] = dashboard_url',
      ],
    },
  },
  {
    id: 'rb.file-path-params',
    title: 'Do not build file paths from params',
    languages: RUBY,
    severity: 'error',
    confidence: 'high',
    patterns: [
      String.raw`${FILE_CALL}${ARGS}(?:${PARAMS}|"[^"\n]{0,300}#\{\s{0,60}params\b)`,
      String.raw`\b(?:join|expand_path)\s{0,5}\([^()\n]{0,200}${PARAMS}`,
      // The path is a variable that holds request data.
      String.raw`${FILE_CALL}${ARGS}[^\n]{1,200}`,
    ],
    unless: [String.raw`\bFile\s{0,60}\.\s{0,5}basename\s{0,5}\(`, ALLOW_LIST_GUARD],
    matcher: 'request-input',
    keywords: ['params', 'request', 'cookies', 'file.', 'io.', 'send_file', 'pathname', 'fileutils', 'dir.', 'original_filename'],
    scope: 'code',
    lesson: 'path-traversal',
    cwe: ['CWE-22'],
    owasp: 'A01:2021',
    message: 'A path built from params can contain ../ segments, letting the caller read or overwrite files outside the folder you meant.',
    examples: {
      bad: [
        'send_file params[:path]',
        "data = File.read(Rails.root.join('uploads', params[:name]))",
        'File.open("/var/reports/#{params[:report]}") { |f| f.read }',
        "name = params[:name]\nsend_file File.join('uploads', name)", 'Dir.glob("#{params[:dir]}/*")', 'upload = params[:file]\nFile.write(Rails.root.join("public", upload.original_filename), upload.read)'],
      good: ["send_file Rails.root.join('uploads', File.basename(params[:name]))", "data = File.read(Rails.root.join('config', 'settings.yml'))", 'report = Report.find(params[:id])', "name = current_user.avatar_file\nsend_file File.join('uploads', name)", "send_file File.join('docs', params[:doc]) if DOCS.key?(params[:doc])"],
    },
  },
  {
    id: 'rb.ssrf-params',
    ...SSRF_FROM_REQUEST_RULE,
    languages: RUBY,
    patterns: [
      String.raw`\b(?:URI\s{0,60}\.\s{0,5}open|Net::HTTP\s{0,60}\.\s{0,5}(?:get|get_response|post_form)|HTTParty\s{0,60}\.\s{0,5}(?:get|post|put|delete)|Faraday\s{0,60}\.\s{0,5}(?:get|post|new)|RestClient\s{0,60}\.\s{0,5}(?:get|post|put|delete)|HTTP\s{0,60}\.\s{0,5}(?:get|post)|Excon\s{0,60}\.\s{0,5}(?:get|post|new))${ARGS}(?:url:\s{0,60})?${PARAMS}`,
      String.raw`\b(?:Net::HTTP\s{0,60}\.\s{0,5}(?:get|get_response)|URI\s{0,60}\.\s{0,5}open)\s{0,5}\(\s{0,60}URI(?:\s{0,60}\.\s{0,5}parse)?\s{0,5}\(\s{0,60}(?:${PARAMS}|"(?:https?:)?\/\/#\{\s{0,5}${PARAMS})`,
      // The URL is a variable that holds params: url = params[:url]; HTTParty.get(url)
      String.raw`\b(?:URI\s{0,60}\.\s{0,5}open|Net::HTTP\s{0,60}\.\s{0,5}(?:get|get_response|post_form|post)|HTTParty\s{0,60}\.\s{0,5}(?:get|post|put|delete)|Faraday\s{0,60}\.\s{0,5}(?:get|post|new)|RestClient\s{0,60}\.\s{0,5}(?:get|post|put|delete)|HTTP\s{0,60}\.\s{0,5}(?:get|post)|Excon\s{0,60}\.\s{0,5}(?:get|post|new))${ARGS}(?:url:\s{0,60})?(?:URI(?:\s{0,60}\.\s{0,5}parse)?\s{0,5}\(\s{0,60})?[a-z_]\w{0,60}\s{0,5}(?:$|[,)])`,
      String.raw`\b(?:Typhoeus\s{0,60}\.\s{0,5}(?:get|post|head)|Down\s{0,60}\.\s{0,5}(?:download|open))${ARGS}(?:${PARAMS}|[a-z_]\w{0,60}\s{0,5}(?:$|[,)]))`,
      // CarrierWave and Shrine fetch a remote_*_url assigned to a model.
      String.raw`\.\s{0,5}remote_\w{1,40}_url\s{0,5}=\s{0,60}${PARAMS}`,
    ],
    unless: [ALLOW_LIST_GUARD],
    keywords: ['uri', 'net::http', 'httparty', 'faraday', 'restclient', 'http.', 'excon', 'typhoeus', 'down.', 'remote_'],
    examples: {
      bad: [
        'response = HTTParty.get(params[:url])',
        'body = Net::HTTP.get(URI.parse(params[:feed]))',
        'url = params[:webhook]\nHTTParty.post(url, body: payload.to_json)', 'Net::HTTP.get_response(URI("http://#{params[:host]}/status"))', 'uri = URI(params[:webhook_url])\nNet::HTTP.post(uri, payload.to_json)', 'Typhoeus.get(params[:url])', 'Down.download(params[:url])', 'user.remote_avatar_url = params[:avatar_url]'],
      good: [
        "response = HTTParty.get('https://api.example.com/status')",
        'body = Net::HTTP.get(URI.parse(ALLOWED_FEEDS.fetch(params[:feed])))', 'Net::HTTP.get_response(URI("https://api.example.com/status?id=#{params[:id]}"))',
        'url = settings.status_url\nHTTParty.get(url)',
        'HTTParty.get(params[:feed]) if TRUSTED_FEEDS.include?(params[:feed])',
      ],
    },
  },
  {
    id: 'rb.mass-assignment',
    ...MASS_ASSIGNMENT_RULE,
    languages: RUBY,
    patterns: [
      // permit! and to_unsafe_h turn strong parameters off; permitting a privilege field lets callers set it.
      String.raw`\.permit!|\.to_unsafe_h(?:ash)?\b`,
      String.raw`(?:\.permit|\battr_accessible)\s{0,5}\(?[^)\n]{0,200}:(?:admin|is_admin|role|roles|superuser|owner_id|account_id)\b`,
      String.raw`\.(?:new|create!?|update!?|assign_attributes|update_attributes)\s{0,5}\(?\s{0,20}params\s{0,5}\[\s{0,5}:\w{1,60}\s{0,5}\]\s{0,5}\)?[ \t]{0,10}(?:$|[;)])`,
    ],
    // Ruby's own classes built from one parameter are no records: Regexp.new(params[:q]) is rb.regexp-from-params' case.
    // An attr_accessible list scoped to a role (as: :admin) is what only that role may assign.
    unless: [
      String.raw`\b(?:Regexp|ERB|String|Struct|OpenStruct|Set|Array|Hash|Time|Date|DateTime|URI|File|Dir|Pathname|StringIO|BigDecimal|Logger|Integer|Float)\s{0,5}\.\s{0,5}new\b`,
      String.raw`\battr_accessible\b[^\n]{0,300}\bas\s{0,5}(?::|=>)`,
    ],
    keywords: ['permit', 'to_unsafe_h', 'params[', 'attr_accessible'],
    examples: {
      bad: ['@user.update(params.require(:user).permit!)', 'params.require(:user).permit(:name, :email, :admin)', '@user = User.new(params[:user])', 'attr_accessible :name, :email, :role, :admin'],
      good: ['@user.update(params.require(:user).permit(:name, :email))', '@user = User.new(user_params)', 'attr_accessible :name, :email', 'attr_accessible :name, :role, as: :admin', 'id = params[:id]', 'pattern = Regexp.new(params[:q])', 'template = ERB.new(params[:body])'],
    },
  },
  {
    id: 'rb.render-path-params',
    title: 'Do not render files named by params',
    languages: RUBY,
    severity: 'error',
    confidence: 'high',
    patterns: [String.raw`\brender${ARGS}(?:(?:file|template|partial)\s{0,5}:\s{0,5})?(?:${PARAMS}|"[^"\n]{0,100}#\{\s{0,5}${PARAMS})`],
    keywords: ['render'],
    scope: 'code',
    lesson: 'path-traversal',
    cwe: ['CWE-22', 'CWE-98'],
    owasp: 'A01:2021',
    message: 'The file or template to render comes from the request, so ../ paths can show any file on the server (and some template types run code); map the value to a fixed list of templates.',
    examples: {
      bad: ['render file: params[:page]', 'render template: "pages/#{params[:page]}"', 'render params[:template]'],
      good: ["render template: 'pages/home'", 'render PAGES.fetch(params[:page], "pages/home")', 'render json: params[:data]'],
    },
  },
  {
    id: 'rb.csrf-protection-disabled',
    ...CSRF_PROTECTION_DISABLED_RULE,
    languages: RUBY,
    patterns: [
      String.raw`\bskip_before_action\s+:verify_authenticity_token\b`,
      String.raw`\bskip_forgery_protection\b`,
      String.raw`\bprotect_from_forgery\s+(?:with:\s*:null_session|except:)`,
      String.raw`\ballow_forgery_protection\s*=\s*false\b`,
    ],
    keywords: ['verify_authenticity_token', 'forgery_protection', 'protect_from_forgery'],
    examples: {
      bad: ['skip_before_action :verify_authenticity_token', 'protect_from_forgery with: :null_session', 'config.action_controller.allow_forgery_protection = false', 'skip_forgery_protection'],
      good: ['protect_from_forgery with: :exception', 'before_action :verify_authenticity_token', 'config.action_controller.allow_forgery_protection = true'],
    },
  },
  {
    id: 'rb.jwt-unverified',
    ...JWT_VALIDATION_DISABLED_RULE,
    languages: RUBY,
    // ruby-jwt's third argument: false skips the signature check.
    patterns: [
      String.raw`\bJWT\s{0,5}\.\s{0,5}decode\s{0,5}\(\s{0,20}[^,()\s][^,()\n]{0,100},\s{0,20}[^,()\s][^,()\n]{0,100},\s{0,20}false\b`,
      String.raw`\bJWT\s{0,5}\.\s{0,5}decode\s{0,5}\([^\n]{0,200}\balgorithms?\s{0,5}(?::|=>)\s{0,5}\[?\s{0,5}["']none["']`,
      String.raw`\bJWT\s{0,5}\.\s{0,5}decode\s{0,5}\([^\n]{0,200}\bverify_expiration\s{0,5}(?::|=>)\s{0,5}false\b`,
    ],
    keywords: ['jwt'],
    examples: {
      bad: ['payload, header = JWT.decode(token, nil, false)', "claims = JWT.decode(token, secret, false).first", 'JWT.decode(token, key, true, algorithm: "none")', 'JWT.decode(token, secret, true, { verify_expiration: false })'],
      good: ["payload, header = JWT.decode(token, secret, true, { algorithm: 'HS256' })", 'payload = JWT.decode(token, secret)'],
    },
  },
  {
    id: 'rb.kdf-low-work-factor',
    ...LOW_WORK_FACTOR_RULE,
    languages: RUBY,
    patterns: [
      String.raw`\bpbkdf2_hmac(?:_sha1)?\s{0,5}\(\s{0,20}[^,()\s][^,()\n]{0,100},\s{0,20}[^,()\s][^,()\n]{0,100},\s{0,20}\d{1,4}\s{0,5},`,
      String.raw`\bBCrypt::Password\s{0,5}\.\s{0,5}create\s{0,5}\([^()\n]{1,100}\bcost\s{0,5}(?::|=>)\s{0,5}[4-9]\b|\bBCrypt::Engine\s{0,5}\.\s{0,5}cost\s{0,5}=\s{0,5}[4-9]\b`,
    ],
    keywords: ['pbkdf2_hmac', 'bcrypt'],
    examples: {
      bad: ['key = OpenSSL::PKCS5.pbkdf2_hmac(pw, salt, 1000, 32, "sha256")', 'BCrypt::Password.create(pw, cost: 4)'],
      good: ['key = OpenSSL::PKCS5.pbkdf2_hmac(pw, salt, 600_000, 32, "sha256")', 'BCrypt::Password.create(pw)'],
    },
  },
  {
    id: 'rb.hardcoded-key',
    ...HARDCODED_KEY_RULE,
    languages: RUBY,
    patterns: KEY_CALLS.map(([call, minLength]) => String.raw`${call}['"](?<secret>[^'"\n]{${minLength},200})['"]`),
    matcher: 'not-stand-in',
    keywords: KEY_CALL_KEYWORDS,
    examples: {
      bad: [
        'cipher.key = "Xk9mP2vL8qR4tWz7Yc1Nb6Hd3Fg5Js0a"',
        'signature = OpenSSL::HMAC.hexdigest("SHA256", "whk-9f8e7d6c5b4a3928", payload)',
        "token = JWT.encode(payload, 'k8Jd92hdQxz-signing', 'HS256')",
        "claims, = JWT.decode(token, 'k8Jd92hdQxz-signing', true, algorithm: 'HS256')",
        "signature = OpenSSL::HMAC.hexdigest(OpenSSL::Digest.new('sha256'), 'whk-9f8e7d6c5b4a3928', payload)",
        "token = JWT.encode({ user_id: user.id, exp: 1.hour.from_now.to_i }, 'k8Jd92hdQxz-signing', 'HS256')",
        'verifier = ActiveSupport::MessageVerifier.new("secret")',
      ],
      good: [
        'cipher.key = key',
        'signature = OpenSSL::HMAC.hexdigest("SHA256", ENV.fetch("WEBHOOK_SECRET"), payload)',
        "token = JWT.encode(payload, 'your-secret-key', 'HS256')",
        'config.key = "Xk9mP2vL8qR4tWz7Yc1Nb6Hd3Fg5Js0a"',
        'secret_key = OpenSSL::HMAC.digest("SHA256", "WebAppData", bot_token)',
        'verifier = ActiveSupport::MessageVerifier.new(Rails.application.secret_key_base)',
      ],
    },
  },
  {
    id: 'rb.hardcoded-key-variable',
    ...HARDCODED_KEY_VARIABLE_RULE,
    languages: RUBY,
    patterns: KEY_CALLS.map(([call]) => String.raw`${call}@{0,2}[A-Za-z_]\w{0,60}[ \t]{0,5}(?:[,)]|$)`),
    keywords: KEY_CALL_KEYWORDS,
    examples: {
      bad: [
        'KEY = "Xk9mP2vL8qR4tWz7Yc1Nb6Hd3Fg5Js0a"\ncipher = OpenSSL::Cipher.new("aes-256-gcm").encrypt\ncipher.key = KEY',
        'secret = "whk-9f8e7d6c5b4a3928"\nsignature = OpenSSL::HMAC.hexdigest("SHA256", secret, payload)',
        "JWT_SECRET = 'k8Jd92hdQxz-signing'.freeze\ntoken = JWT.encode(payload, JWT_SECRET, 'HS256')",
        'VERIFIER_KEY = "k8Jd92hdQxz-verifier"\nverifier = ActiveSupport::MessageVerifier.new(VERIFIER_KEY)',
      ],
      good: [
        'KEY = ENV.fetch("DATA_KEY")\ncipher.key = KEY',
        'secret = Rails.application.credentials.webhook_secret\nsignature = OpenSSL::HMAC.hexdigest("SHA256", secret, payload)',
        "JWT_SECRET = 'your-jwt-secret'\ntoken = JWT.encode(payload, JWT_SECRET, 'HS256')",
      ],
    },
  },
  {
    id: 'rb.static-iv',
    ...STATIC_IV_RULE,
    languages: RUBY,
    patterns: [String.raw`\.\s{0,5}(?:iv|nonce)\s{0,60}=\s{0,60}(?:["'][^"'\n]{1,64}["']|"\\x00"\s{0,5}\*)`],
    keywords: ['.iv', '.nonce'],
    examples: {
      bad: ['cipher.iv = "0000000000000000"'],
      good: ['iv = cipher.random_iv', 'cipher.iv = iv'],
    },
  },
  {
    id: 'rb.insecure-random',
    title: 'Use SecureRandom for secrets',
    languages: RUBY,
    severity: 'warning',
    confidence: 'medium',
    patterns: [
      String.raw`${SECRET_VARIABLE}\s{0,5}(?:=|:|=>)\s{0,5}(?:Random\s{0,5}\.\s{0,5}(?:new\s{0,5}(?:\(\s{0,5}\d{0,20}\s{0,5}\))?\s{0,5}\.\s{0,5})?rand|Kernel\s{0,5}\.\s{0,5}rand|rand)\s{0,5}\(`,
      String.raw`${SECRET_VARIABLE}\s{0,5}=\s{0,5}[^\n]{0,120}\.\s{0,5}(?:sample|shuffle)\b`,
      // A token, secret or key of fewer than 8 random bytes is guessed by trying them all (a salt or nonce is public
      // and needs only to be unique).
      String.raw`(?:\b|_)(?:token|secret|api_key|session_id|session_key)\s{0,5}(?:=|:|=>)\s{0,5}SecureRandom\s{0,5}\.\s{0,5}(?:hex|urlsafe_base64|base64|random_bytes|bytes)\s{0,5}\(\s{0,5}[1-7]\s{0,5}\)`,
    ],
    keywords: ['rand', 'sample', 'shuffle', 'securerandom'],
    scope: 'code',
    lesson: 'insecure-randomness',
    cwe: ['CWE-330', 'CWE-338'],
    owasp: 'A02:2021',
    message: "Kernel#rand and Array#sample use a predictable generator, and a few random bytes can be tried one by one, so tokens and codes made so can be guessed; use SecureRandom with 16 bytes or more (SecureRandom.hex(16)).",
    examples: {
      bad: [
        'token = rand(36**32).to_s(36)', 'reset_code = rand(100000..999999)', 'api_key = (0...32).map { ("a".."z").to_a.sample }.join', 'otp = Random.rand(1_000_000).to_s.rjust(6, "0")',
        'user.update(reset_token: rand(999999))', 'token = SecureRandom.hex(2)',
      ],
      good: [
        'token = SecureRandom.hex(32)',
        'reset_code = SecureRandom.random_number(100000..999999)',
        'delay = rand(1..5)',
        'max_tokens = rand(100)',
        'footprint = rand(10)',
        'color = COLORS.sample',
        'user.update(reset_token: SecureRandom.urlsafe_base64)', 'otp = SecureRandom.random_number(10**6)', 'record.update(salt: SecureRandom.hex(4))',
      ],
    },
  },
  {
    id: 'rb.unsafe-json-load',
    title: 'Parse untrusted JSON without object creation',
    languages: RUBY,
    severity: 'error',
    confidence: 'medium',
    patterns: [
      String.raw`\bJSON\s{0,60}\.\s{0,5}(?:parse|load)\s{0,5}\([^()\n]{0,200}\bcreate_additions\s{0,5}(?::|=>)\s{0,60}true\b`,
      String.raw`\bJSON\s{0,60}\.\s{0,5}load\s{0,5}\(\s{0,60}(?:${PARAMS}|request\s{0,60}\.\s{0,5}(?:body|raw_post))`,
    ],
    keywords: ['json.parse', 'json.load', 'create_additions'],
    scope: 'code',
    lesson: 'unsafe-deserialization',
    cwe: ['CWE-502'],
    owasp: 'A08:2021',
    message: 'With create_additions (the default of JSON.load) a "json_class" key makes the parser instantiate that class, so crafted JSON can build arbitrary objects; use JSON.parse.',
    examples: {
      bad: ['data = JSON.parse(body, create_additions: true)', 'data = JSON.load(params[:json])'],
      good: ['data = JSON.parse(params[:json])', 'config = JSON.load(File.read("config.json"))'],
    },
  },
  {
    id: 'rb.xxe-entities',
    title: 'Do not substitute XML entities from untrusted documents',
    languages: RUBY,
    severity: 'error',
    confidence: 'high',
    patterns: [String.raw`\|\s{0,5}\w{1,20}\s{0,5}\|\s{0,5}\w{1,20}\s{0,60}\.\s{0,5}(?:noent|dtdload)\b`, String.raw`\bParseOptions\s{0,5}::\s{0,60}(?:NOENT|DTDLOAD)\b`],
    keywords: ['noent', 'dtdload'],
    scope: 'code',
    lesson: 'xxe',
    cwe: ['CWE-611'],
    owasp: 'A05:2021',
    message: 'NOENT and DTDLOAD make Nokogiri expand entities and load external DTDs, so a crafted document can read local files or reach internal hosts (XXE); parse with the default options.',
    examples: {
      bad: ['doc = Nokogiri::XML(xml) { |c| c.noent }', 'doc = Nokogiri::XML(params[:xml], nil, nil, Nokogiri::XML::ParseOptions::NOENT)'],
      good: ['doc = Nokogiri::XML(xml) { |c| c.strict.nonet }', 'doc = Nokogiri::XML(xml)'],
    },
  },
  {
    id: 'rb.chmod-world-writable',
    ...WORLD_WRITABLE_FILE_RULE,
    languages: RUBY,
    patterns: [
      String.raw`\b(?:File|FileUtils)\s{0,60}\.\s{0,5}chmod(?:_R)?${ARGS}0o?[0-7]?[0-7]{2}[2367]\b`,
      String.raw`\bFile\s{0,60}\.\s{0,5}umask\s{0,5}\(\s{0,60}0\s{0,5}\)`,
      // FileUtils chmods what it creates to the mode given, past the umask (Dir.mkdir's mode is masked).
      String.raw`\bFileUtils\s{0,60}\.\s{0,5}(?:mkdir_p|mkdir|makedirs|mkpath|install)${ARGS}[^\n]{0,200}\bmode\s{0,5}(?::|=>)\s{0,5}0o?[0-7]?[0-7]{2}[2367]\b`,
    ],
    keywords: ['chmod', 'umask', 'mode'],
    examples: {
      bad: ['File.chmod(0777, path)', 'FileUtils.chmod(0666, dir)', 'File.umask(0)', 'FileUtils.mkdir_p(dir, mode: 0777)'],
      good: ['File.chmod(0600, path)', 'FileUtils.mkdir_p(dir, mode: 0755)', 'Dir.mkdir(dir, 0777)', 'old = File.umask(0077)'],
    },
  },
  {
    id: 'rb.cors-reflected-origin',
    ...CORS_REFLECTED_ORIGIN_RULE,
    languages: RUBY,
    patterns: [String.raw`\bheaders\s{0,5}\[\s{0,60}["']Access-Control-Allow-Origin["']\s{0,5}\]\s{0,5}=\s{0,60}[^\n]{1,200}`],
    examples: {
      bad: ['headers["Access-Control-Allow-Origin"] = request.headers["Origin"]'],
      good: ['headers["Access-Control-Allow-Origin"] = "https://app.example.com"'],
    },
  },
  {
    id: 'rb.zip-slip',
    ...ZIP_SLIP_RULE,
    languages: RUBY,
    patterns: [String.raw`\bFile\s{0,60}\.\s{0,5}join\s{0,5}\([^()\n]{0,100}\b(?:entry|e|f|zip_entry|file|member)\s{0,60}\.\s{0,5}(?:name|full_name)\b`],
    keywords: ['file.join'],
    examples: {
      bad: ['Zip::File.open(zip) do |z|\n  z.each { |e| e.extract(File.join(dest, e.name)) }\nend'],
      good: [
        'Zip::File.open(zip) do |z|\n  z.each do |e|\n    target = File.expand_path(File.join(dest, e.name))\n    raise "bad entry" unless target.start_with?(File.expand_path(dest) + File::SEPARATOR)\n    e.extract(target)\n  end\nend',
      ],
    },
  },
  {
    id: 'rb.weak-tls-protocol',
    ...WEAK_TLS_PROTOCOL_RULE,
    languages: RUBY,
    patterns: [
      String.raw`\bssl_version\s{0,5}=\s{0,60}:?["']?(?:SSLv2|SSLv3|TLSv1|TLSv1_1)\b`,
      String.raw`\bmin_version\s{0,5}=\s{0,60}(?:OpenSSL::SSL::)?(?:SSL3_VERSION|TLS1_VERSION|TLS1_1_VERSION)\b`,
    ],
    keywords: ['ssl_version', 'min_version'],
    examples: {
      bad: ['ctx.ssl_version = :TLSv1', 'ctx.min_version = OpenSSL::SSL::TLS1_VERSION'],
      good: ['ctx.min_version = OpenSSL::SSL::TLS1_2_VERSION', 'ctx.ssl_version = :TLSv1_2'],
    },
  },
  {
    id: 'rb.weak-cipher',
    title: 'Use a modern authenticated cipher',
    languages: RUBY,
    severity: 'warning',
    confidence: 'high',
    patterns: [
      String.raw`\bOpenSSL::Cipher(?:::\w{1,60})?\s{0,60}\.\s{0,5}new\s{0,5}\(\s{0,60}['"](?:des|DES|rc4|RC4|rc2|RC2|bf|BF|blowfish|aes-\d{3}-ecb|AES-\d{3}-ECB)\b`,
      String.raw`\bOpenSSL::Cipher::\w{1,60}\s{0,60}\.\s{0,5}new\s{0,5}\([^()\n]{0,20}:ECB\s{0,5}\)`,
    ],
    keywords: ['openssl::cipher'],
    scope: 'code',
    lesson: 'weak-cryptography',
    cwe: ['CWE-327'],
    owasp: 'A02:2021',
    message: 'DES, RC4, RC2 and Blowfish are broken or too weak, and ECB mode shows patterns in the data; use AES-256-GCM.',
    examples: {
      bad: ["cipher = OpenSSL::Cipher.new('des-ede3-cbc')", "cipher = OpenSSL::Cipher.new('aes-256-ecb')", 'cipher = OpenSSL::Cipher::AES.new(128, :ECB)'],
      good: ["cipher = OpenSSL::Cipher.new('aes-256-gcm')", 'cipher = OpenSSL::Cipher::AES.new(256, :GCM)', "# never OpenSSL::Cipher.new('rc4')"],
    },
  },
  {
    id: 'rb.weak-password-hash',
    title: 'Hash passwords with a slow, salted algorithm',
    languages: RUBY,
    severity: 'error',
    confidence: 'high',
    patterns: [String.raw`\b(?:Digest\s{0,5}::\s{0,60}(?:MD5|SHA1|SHA2|SHA256|SHA384|SHA512)|OpenSSL\s{0,5}::\s{0,60}Digest\s{0,5}::\s{0,60}(?:MD5|SHA1|SHA256|SHA384|SHA512))\s{0,60}\.\s{0,5}(?:hexdigest|digest|base64digest)${ARGS}[^()\n]{0,100}${PASSWORD_FIELD}`],
    keywords: ['md5', 'sha1', 'sha2', 'sha256', 'sha384', 'sha512'],
    scope: 'code',
    lesson: 'weak-hashing',
    cwe: ['CWE-328', 'CWE-916'],
    owasp: 'A02:2021',
    message: 'A single MD5 or SHA hash of a password is cracked at billions of guesses per second; use bcrypt (has_secure_password) or Argon2.',
    examples: {
      bad: [
        'user.password_digest = Digest::MD5.hexdigest(params[:password])', 'hash = Digest::SHA1.hexdigest(password + salt)', 'hash = Digest::SHA256.hexdigest(password + salt)',
        'self.crypted_password = Digest::SHA1.hexdigest("--#{salt}--#{password}--")',
      ],
      good: ['user.password_digest = BCrypt::Password.create(params[:password])', 'etag = Digest::MD5.hexdigest(body)'],
    },
  },
  {
    id: 'rb.regexp-from-params',
    ...REGEX_FROM_REQUEST_RULE,
    languages: RUBY,
    patterns: [String.raw`\bRegexp\s{0,60}\.\s{0,5}new\s{0,5}\(\s{0,60}${PARAMS}`, String.raw`\/[^\/\n]{0,200}#\{\s{0,60}params\b`],
    unless: [String.raw`Regexp\s{0,60}\.\s{0,5}(?:escape|quote)\s{0,5}\(`],
    keywords: ['regexp', '#{'],
    examples: {
      bad: ['matcher = Regexp.new(params[:pattern])', 'names.grep(/#{params[:q]}/i)'],
      good: ['matcher = Regexp.new(Regexp.escape(params[:pattern]))', 'names.grep(/\\A[a-z]+\\z/)'],
    },
  },
  {
    id: 'rb.insecure-cookie',
    ...INSECURE_COOKIE_RULE,
    languages: RUBY,
    patterns: [String.raw`\b(?:httponly|secure)\s*(?::|=>)\s*false\b`],
    keywords: ['httponly', 'secure'],
    examples: {
      bad: ['cookies[:session_id] = { value: id, httponly: false }', 'cookies[:remember] = { value: token, secure: false }'],
      good: ['cookies[:session_id] = { value: id, httponly: true, secure: true, same_site: :lax }', 'cookies[:theme] = "dark"'],
    },
  },
  {
    id: 'rb.session-cookie-without-flags',
    ...SESSION_COOKIE_WITHOUT_FLAGS_RULE,
    languages: RUBY,
    patterns: [
      // A session, auth or remember-me cookie assigned without HttpOnly or Secure (Rails' cookies jar leaves both off).
      // The value starts with neither `=` nor `~`, so a comparison (==, =~) is not an assignment.
      String.raw`\bcookies(?:\s{0,5}\.\s{0,5}(?:permanent|signed|encrypted)){0,2}\s{0,5}\[\s{0,5}[:'"](?:${AUTH_COOKIE_NAME}|user_id)['"]?\s{0,5}\]\s{0,5}=\s{0,5}(?:\{[^{}]{0,400}\}|[^{\s=~][^\n]{0,200})`,
    ],
    // HttpOnly named, or Secure set to false (rb.insecure-cookie reports a flag set to false); a deletion (nil or empty
    // value) or a CSRF cookie.
    unlessMatch: [
      String.raw`\bhttponly\s{0,5}(?::|=>)|\bsecure\s{0,5}(?::|=>)\s{0,5}false\b`,
      ...NOT_A_SESSION_COOKIE,
    ],
    keywords: ['cookies'],
    // A cookie's options Hash often spans several lines.
    reach: 'block',
    examples: {
      bad: [
        'cookies[:auth_token] = token', 'cookies.permanent[:remember_token] = user.remember_token', 'cookies.signed[:user_id] = user.id',
        'cookies[:remember_token] = {\n  value: user.remember_token,\n  expires: 20.years.from_now\n}', 'cookies.permanent[:remember_token] = { value: token, secure: true }',
      ],
      good: [
        'cookies.encrypted[:auth_token] = { value: token, httponly: true, secure: true }', 'cookies[:session_id] = { value: id, httponly: false }',
        'cookies[:theme] = "dark"', 'token = cookies[:auth_token]', 'cookies[:remember_token] = nil', 'if cookies[:auth_token] == token\n  sign_in(user)\nend',
        'cookies[:consider_banner] = "1"', 'cookies[:tokenizer_locale] = "en"', 'cookies[:last_user_id_seen] = current_user.id',
        'cookies[:XSRF_TOKEN] = form_authenticity_token', 'cookies[:auth_token] = { value: "", expires: 1.day.ago }',
      ],
    },
  },
  {
    id: 'rb.hardcoded-secret-key-base',
    ...HARDCODED_KEY_RULE,
    title: 'Do not hard-code secret_key_base',
    languages: RUBY,
    patterns: [String.raw`\bsecret_key_base\s*=\s*['"](?<secret>[^'"\n]{16}[^'"\n]*)['"]`],
    matcher: 'not-stand-in',
    keywords: ['secret_key_base'],
    message: 'Anyone who reads secret_key_base can forge signed and encrypted Rails cookies, which often leads to account takeover or code execution.',
    examples: {
      bad: ["config.secret_key_base = '9f2c4e7a1b3d5f60718293a4b5c6d7e8f9a0b1c2d3e4f5061728394a5b6c7d8e'"],
      good: ["config.secret_key_base = ENV.fetch('SECRET_KEY_BASE')", "config.secret_key_base = 'your-secret-key-base-here'"],
    },
  },
  {
    id: 'rb.hardcoded-password',
    ...HARDCODED_CREDENTIAL_RULE,
    languages: RUBY,
    patterns: [
      // db_password = '...'; password: '...'; :password => '...'; 'password' => '...'
      String.raw`(?:^|[^\w:@$])[:@]{0,2}` + CREDENTIAL_IDENTIFIER + String.raw`["']?\s{0,5}(?:=|=>|:)\s{0,5}["'](?<secret>[^"'\s#]{3,200})["']`,
    ],
    unlessMatch: NOT_A_CREDENTIAL,
    keywords: CREDENTIAL_KEYWORDS,
    message: 'A password or key is written into the code, so everyone with the source has it and rotating it needs a release; read it from ENV or Rails credentials.',
    examples: {
      bad: ["db_password = 'hunter2'", "ActiveRecord::Base.establish_connection(adapter: 'postgresql', username: 'app', password: 'Sup3rS3cret!')", "config = { :api_key => 'k3y-for-prod' }"],
      good: ["db_password = ENV.fetch('DB_PASSWORD')", "password = ''", "validates :password, presence: true", "label = 'password'"],
    },
  },
  {
    id: 'rb.rsa-short-key',
    ...SHORT_RSA_KEY_RULE,
    languages: RUBY,
    patterns: [String.raw`\bOpenSSL::PKey::(?:RSA|DSA)\.(?:new|generate)(?:\s*\(\s*|\s+)${SHORT_MODULUS_BITS}\b`],
    keywords: ['openssl::pkey'],
    examples: {
      bad: ['key = OpenSSL::PKey::RSA.new(1024)', 'key = OpenSSL::PKey::RSA.generate 512', 'dsa = OpenSSL::PKey::DSA.new(1024)'],
      good: ['key = OpenSSL::PKey::RSA.new(2048)', 'key = OpenSSL::PKey::RSA.new(File.read(path))'],
    },
  },
  {
    id: 'rb.response-params-unescaped',
    title: 'Do not send request input back as raw HTML',
    languages: RUBY,
    severity: 'error',
    confidence: 'high',
    patterns: [
      // render text: (Rails before 5.1) sends its string as text/html unescaped; render plain: does too when told text/html.
      String.raw`\brender${ARGS}text\s{0,5}(?::|=>)\s{0,60}(?:${PARAMS}|"[^"\n]{0,300}#\{\s{0,5}${PARAMS})`,
      String.raw`\brender${ARGS}plain\s{0,5}(?::|=>)\s{0,60}(?:${PARAMS}|"[^"\n]{0,300}#\{\s{0,5}${PARAMS})[^\n]{0,300}\bcontent_type\s{0,5}(?::|=>)\s{0,5}["']text/html`,
      // A Sinatra route whose body is one string with params in it: the string is the HTML page sent.
      String.raw`^[ \t]{0,20}(?:get|post|put|patch|delete)[ \t(]{1,5}["']/[^"'\n]{0,200}["'][ \t)]{0,5}do\b[^\n]{0,100}\n[ \t]{0,40}"[^"\n]{0,300}#\{\s{0,5}params\b[^"\n]{0,300}"[ \t]{0,5}\r?\n[ \t]{0,40}end\b`,
    ],
    keywords: ['render', 'params'],
    requires: ['render', 'do'],
    reach: 'block',
    scope: 'code',
    lesson: 'xss',
    cwe: ['CWE-79'],
    owasp: 'A03:2021',
    message: 'Request input is sent back as HTML without escaping, so a link carrying a script runs it on your site; render a template (which escapes) or escape it with ERB::Util.h.',
    examples: {
      bad: [
        'render text: params[:message]',
        'render plain: "<h1>#{params[:q]}</h1>", content_type: "text/html"',
        'get "/hi" do\n  "Hello #{params[:name]}"\nend',
      ],
      good: [
        'render plain: params[:message]',
        'render json: { message: params[:message] }',
        'get "/hi" do\n  "Hello #{Rack::Utils.escape_html(params[:name])}"\nend',
        'get "/hi" do\n  erb :hi, locals: { name: params[:name] }\nend',
      ],
    },
  },
  {
    id: 'rb.ssl-disabled',
    title: 'Keep TLS on',
    languages: RUBY,
    severity: 'warning',
    confidence: 'medium',
    patterns: [String.raw`\.\s{0,5}use_ssl\s{0,5}=\s{0,5}false\b`, String.raw`\bconfig\s{0,5}\.\s{0,5}force_ssl\s{0,5}=\s{0,5}false\b`],
    keywords: ['use_ssl', 'force_ssl'],
    scope: 'code',
    lesson: 'insecure-transport',
    cwe: ['CWE-319'],
    owasp: 'A02:2021',
    message: 'This turns TLS off, so requests, cookies and passwords travel in plain text that anyone on the network path can read or change; keep use_ssl and force_ssl on.',
    examples: {
      bad: ['http.use_ssl = false', 'config.force_ssl = false'],
      good: ['http.use_ssl = true', 'config.force_ssl = true', 'http.use_ssl = uri.scheme == "https"'],
    },
  },
  {
    id: 'rb.command-args-from-params',
    ...ARGUMENT_INJECTION_RULE,
    languages: RUBY,
    // A program some of whose options run commands or write files, given a request value as an argument: a value
    // starting with - becomes an option (git's --upload-pack=<command>, ssh's -oProxyCommand=). "--" ends the options.
    patterns: [
      String.raw`\b(?:(?:Kernel\s{0,60}\.\s{0,5})?(?:system|exec|spawn)|IO\s{0,60}\.\s{0,5}popen|Open3\s{0,60}\.\s{0,5}(?:capture[23]e?|popen[23]e?))${ARGS}\[?\s{0,5}["']${ARGUMENT_OPTION_PROGRAM}["']\s{0,5},(?:\s{0,20}(?:"[^"#\n]{0,100}"|'[^'\n]{0,100}')\s{0,5},){0,10}\s{0,20}(?:${PARAMS_READ}[^\]\n]{1,60}\]|[a-z_]\w{0,60}\s{0,5}(?:$|[,)\]]))`,
    ],
    unless: [ALLOW_LIST_GUARD],
    keywords: ['system', 'exec', 'spawn', 'popen', 'open3'],
    examples: {
      bad: ['system("git", "clone", params[:repo])', 'host = params[:host]\nout, status = Open3.capture2("ssh", host, "uptime")'],
      good: [
        'system("git", "clone", "--", params[:repo])', 'system("git", "clone", repo_url)', 'system("git", "clone", params[:repo]) if ALLOWED_REPOS.include?(params[:repo])',
        'system("ping", "-c", "1", params[:host])',
      ],
    },
  },
  {
    id: 'rb.plaintext-password-lookup',
    ...PLAINTEXT_PASSWORD_COMPARE_RULE,
    languages: RUBY,
    patterns: [
      // The arguments kept to the one call, so a password given to a nested call is not the lookup's.
      String.raw`\.\s{0,5}(?:find_by!?|where|find_or_create_by|exists\?)\s{0,5}\(?${ONE_CALL_ARGUMENTS}(?:\bpassword\s{0,5}:|:password\s{0,5}=>)\s{0,5}(?:${PARAM_VALUE}|@?[a-z_]{0,30}password\b)`,
    ],
    // A hash or digest of the password is what a lookup may compare.
    unlessMatch: [String.raw`(?:\bpassword\s{0,5}:|:password\s{0,5}=>)\s{0,5}@?\w{0,30}(?:hash|digest|encrypted)`],
    keywords: ['password'],
    message: 'Looking a user up by the password they typed means passwords are stored as they are, so anyone who reads the table (a backup, a SQL injection) has every password; store a bcrypt digest (has_secure_password) and check it with authenticate.',
    examples: {
      bad: [
        'User.find_by(name: params[:name], password: params[:password])', 'user = User.where(email: email, password: password).first',
        'User.find_by(email: params.fetch(:email), password: params[:password])',
      ],
      good: [
        'user = User.find_by(email: params[:email])&.authenticate(params[:password])', 'User.where(email: email, password_digest: digest).first',
        'User.where(email: email).first || Client.new(url, auth: Basic.new(user: u, password: password))', 'User.find_by(email: email, password: encrypted_password)',
      ],
    },
  },
  {
    id: 'rb.fixed-temp-path',
    ...FIXED_TEMP_PATH_RULE,
    languages: RUBY,
    patterns: [
      String.raw`\bFile\s{0,5}\.\s{0,5}(?:open|new)\s{0,5}\(\s{0,20}["']/tmp/[\w.-][^"'\n]{0,200}["']\s{0,5},\s{0,20}["'][rb+]{0,2}[wa]`,
      String.raw`\b(?:File|IO)\s{0,5}\.\s{0,5}(?:write|binwrite)\s{0,5}\(\s{0,20}["']/tmp/[\w.-][^"'\n]{0,200}["']`,
      String.raw`\bFile\s{0,5}\.\s{0,5}join\s{0,5}\(\s{0,20}Dir\s{0,5}\.\s{0,5}tmpdir\s{0,5},\s{0,20}["'][\w-][\w.-]{0,100}\.\w{1,10}["']\s{0,5}\)`,
      String.raw`\bDir\s{0,5}\.\s{0,5}tmpdir\s{0,5}\+\s{0,5}["']/[\w-][\w.-]{0,100}\.\w{1,10}["']`,
    ],
    keywords: ['/tmp/', 'tmpdir'],
    message: 'The temp folder is shared with every local user, so a fixed or guessable name there can be created or symlinked by someone else first, and the read or write lands where they chose; use Tempfile.create or Dir.mktmpdir.',
    examples: {
      bad: ['File.open("/tmp/app.lock", "w") { |f| f.write(pid) }', 'path = Dir.tmpdir + "/report.pdf"', 'File.write(File.join(Dir.tmpdir, "export.csv"), csv)', 'File.write("/tmp/session.json", data)'],
      good: ['Tempfile.create("report") { |f| f.write(pdf) }', 'data = File.read("/tmp/app.lock")', 'Dir.mktmpdir { |dir| File.write(File.join(dir, "export.csv"), csv) }'],
    },
  },
  {
    id: 'rb.random-seed',
    title: 'Do not seed the random generator with a known value',
    languages: RUBY,
    severity: 'info',
    confidence: 'medium',
    patterns: [String.raw`(?:^|[^.\w])(?:(?:Kernel|Random)\s{0,5}\.\s{0,5})?srand[ \t]{0,5}\(?[ \t]{0,5}(?:\d|[A-Z][A-Z0-9_]{0,60}\b|Time\s{0,5}\.\s{0,5}now\b)`],
    keywords: ['srand'],
    scope: 'code',
    lesson: 'insecure-randomness',
    cwe: ['CWE-335', 'CWE-338'],
    owasp: 'A02:2021',
    message: 'Seeding the shared generator with a constant or the time makes every later rand() reproducible, so nothing drawn from it can stay secret; use SecureRandom for secrets and Random.new(seed) for reproducible runs.',
    examples: {
      bad: ['srand(1234)', 'Kernel.srand(SEED)', 'srand Time.now.to_i'],
      good: ['srand', 'rng = Random.new(1234)', 'Random.new_seed', '# srand(1234)'],
    },
  },
  {
    id: 'rb.log-filter-cleared',
    title: 'Keep passwords filtered from Rails logs',
    languages: RUBY,
    severity: 'warning',
    confidence: 'high',
    patterns: [String.raw`\bfilter_parameters\s{0,5}=\s{0,5}\[\s{0,5}\]`],
    keywords: ['filter_parameters'],
    scope: 'code',
    lesson: 'sensitive-data-in-logs',
    cwe: ['CWE-532'],
    owasp: 'A09:2021',
    message: 'An empty filter_parameters list makes Rails write every password, token and card number posted to it into the request log; keep :passw, :secret, :token and the like filtered.',
    examples: {
      bad: ['Rails.application.config.filter_parameters = []'],
      good: ['Rails.application.config.filter_parameters += [:passw, :secret, :token, :_key, :crypt, :salt, :certificate, :otp, :ssn]'],
    },
  },
  {
    id: 'rb.pipe-to-shell',
    ...PIPE_TO_SHELL_RULE,
    languages: RUBY,
    patterns: [
      String.raw`\b(?:system|exec|spawn|IO\s{0,5}\.\s{0,5}popen|Open3\s{0,5}\.\s{0,5}(?:capture2e?|capture3|popen3|popen2e?))\s{0,5}\(?\s{0,5}${QUOTED_ARGUMENTS_BEFORE}${DOWNLOAD_PIPED_TO_SHELL}`,
      // A backtick command: the lexer leaves it code, while a quoted string's quote is string.
      DOWNLOAD_PIPED_TO_SHELL,
    ],
    keywords: ['curl', 'wget'],
    examples: {
      bad: ['system("curl -fsSL https://get.example.com/install.sh | sh")', 'output = `curl -fsSL https://get.example.com/install.sh | bash`'],
      good: [
        'puts "Install with: curl -fsSL https://get.example.com/install.sh | sh"',
        "system('curl', '-fsSLo', 'install.sh', installer_url)",
      ],
    },
  },
];
