// C# and .NET.
import type { RuleSpec } from '../types';
import { CSHARP } from '../languages';
import { CSHARP_REQUEST_RECEIVER as RECEIVER, CSHARP_REQUEST_SOURCE } from '../request-input';
import { BASIC_CREDENTIAL_STAND_IN, BASIC_ENCODED_ID, CREDENTIAL_IDENTIFIER, CREDENTIAL_KEYWORDS, HARDCODED_CREDENTIAL_RULE, NOT_A_CREDENTIAL } from './credentials';
import { SHORT_MODULUS_BITS, SHORT_RSA_KEY_RULE } from './key-sizes';
import { AUTH_COOKIE_NAME, AUTH_COOKIE_VARIABLE, COMPARED_WITH_NOTHING, CORS_REFLECTED_ORIGIN_RULE, CREDENTIALED_ANY_ORIGIN_RULE, CS_COMPARED_VALUE, CS_SECRET_VALUE, DOMAIN_EXCEPTION_HANDLER, EXCEPTION_MESSAGE, EXCEPTION_TEXT_RESPONSE_RULE, FIXED_TEMP_PATH_RULE, HARDCODED_KEY_RULE, INSECURE_COOKIE_RULE, JWT_SIGNATURE_UNCHECKED_RULE, JWT_VALIDATION_DISABLED_RULE, KIND_COMPARED, KIND_MEMBER, LDAP_ATTRIBUTE, LDAP_FILTER_BUILT_RULE, LOW_WORK_FACTOR_RULE, MASS_ASSIGNMENT_RULE, NON_SECURITY_HASH_USE, NOT_A_SESSION_COOKIE, NOT_SECRET_COMPARED, OBJECT_EQUALITY, OPEN_REDIRECT_FROM_REQUEST_RULE, PASSWORD_FAST_HASH_RULE, PASSWORD_WORD, PIPE_TO_SHELL_RULE, PIPED_DOWNLOAD_COMMAND, PLACEHOLDER_LIST_BUILT, PLAINTEXT_PASSWORD_COMPARE_RULE, REGEX_FROM_REQUEST_RULE, SECRET_NAME_KEYWORDS, SESSION_COOKIE_WITHOUT_FLAGS_RULE, SHELL_AS_PROGRAM_RULE, SHELL_PROGRAM, SQL_BUILT_INTO_QUERY_RULE, SSRF_FROM_REQUEST_RULE, STATIC_IV_RULE, TIMING_UNSAFE_COMPARE_RULE, TLS_VERIFICATION_DISABLED_RULE, UNAUTHENTICATED_CIPHER_MODE_RULE, WEAK_TLS_PROTOCOL_RULE, XPATH_BUILT_RULE, ZIP_SLIP_RULE } from './shared-families';

// Razor views hold the same C# expressions (Html.Raw, Request.Query) as controllers.
const CSHARP_AND_RAZOR = [...CSHARP, 'razor', 'aspnetcorerazor'];
// A keyword in the three spellings code uses: select, SELECT, Select.
const kw = (word: string) => `(?:${word}|${word.toUpperCase()}|${word[0].toUpperCase()}${word.slice(1)})`;
const ws = String.raw`\s{1,5}`;
// What follows `+` when a value is joined into a string: a variable, member or call, not an ALL_CAPS constant.
const JOINED = String.raw`(?:[a-z_@(]|[A-Z][a-z]|[A-Z][A-Z0-9_]{0,60}[a-z(.\[])`;
const SQL_HEAD = String.raw`\s{0,10}(?:${kw('select')}\s[^"\n]{0,200}\s${kw('from')}\b|${kw('insert')}${ws}${kw('into')}\s|${kw('update')}${ws}[\w.\[\]]{1,60}${ws}${kw('set')}\s|${kw('delete')}${ws}${kw('from')}\s|${kw('merge')}${ws}${kw('into')}\s|${kw('exec')}${ws}[\w.\[\]]{1,60}\s)`;
const SQL_CONDITION = String.raw`[^"\n]{0,250}\b(?:${kw('where')}|${kw('and')}|${kw('or')}|${kw('set')}|${kw('having')})\s{1,5}[\w.\[\]]{1,60}\s{0,5}(?:=|<>|!=|<=|>=|<|>|${kw('like')}|${kw('in')})\s{0,5}\(?\s{0,5}'?`;
// A composite-format hole or an interpolation hole: {0}, {id}, {user.Name}.
const HOLE = String.raw`\{(?:\d{1,2}|[A-Za-z_][\w.]{0,60})(?:[,:][^}\n]{0,30})?\}`;
// A value straight from the request (ASP.NET and ASP.NET Core).
const REQUEST_INPUT = CSHARP_REQUEST_SOURCE;
/** A fetch's URL argument that request data may choose: the data itself, a variable, or an interpolated host. */
const FETCHED_URL = String.raw`(?:${REQUEST_INPUT}|\w{1,60}\s{0,5}[,)]|(?:\$@?|@\$)"(?:https?://)?\{\w{1,60}\})`;
const ALLOW_ORIGIN_HEADER = String.raw`(?:"Access-Control-Allow-Origin"|HeaderNames\s{0,5}\.\s{0,5}AccessControlAllowOrigin)`;
// Writing straight into the response, up to what is written.
const RESPONSE_WRITE = String.raw`\bResponse\s{0,5}\.\s{0,5}Write(?:Async)?\s{0,5}\(`;
// A redirect, up to its target.
const REDIRECT_CALL = String.raw`(?:\b(?:Redirect(?:Permanent)?|new\s{1,5}RedirectResult)\s{0,5}\(|\bHeaders\s{0,5}(?:\[\s{0,5}"Location"\s{0,5}\]|\.\s{0,5}Location)\s{0,5}=)`;
// A call that opens or builds a file path.
const FILE_ACCESS = String.raw`(?:Path\s{0,5}\.\s{0,5}Combine|File\s{0,5}\.\s{0,5}\w{4,30}|new\s{1,5}(?:FileStream|StreamReader|StreamWriter|FileInfo)|PhysicalFile)`;
// String building that puts a value into the text: + joining, $"{…}" interpolation, string.Format/Concat.
const BUILT = String.raw`(?:"\s{0,5}\+\s{0,5}${JOINED}|[\w)\]]\s{0,5}\+\s{0,5}@?"|\$@?"(?:[^"\\\n{]|\\.){0,200}\{|@\$"[^"\n{]{0,200}\{|\b[Ss]tring\s{0,5}\.\s{0,5}(?:Format|Concat|Join)\s{0,5}\()`;
const SHELL_EXE = `"${SHELL_PROGRAM}"`;
// XML hardening that makes a reader or document safe for untrusted input.
const XML_HARDENING = String.raw`\b(?:XmlResolver\s{0,5}=\s{0,5}null|DtdProcessing\s{0,5}=\s{0,5}DtdProcessing\s{0,5}\.\s{0,5}(?:Prohibit|Ignore)|ProhibitDtd\s{0,5}=\s{0,5}true)\b`;
// An exception's text: ex.Message, ex.ToString(), ex.StackTrace.
const EXCEPTION_TEXT = String.raw`\b(?:e|ex|exc|exception|err|error)\s{0,5}\.\s{0,5}(?:Message\b|ToString\s{0,5}\(\s{0,5}\)|StackTrace\b)`;
// The prefixes C# style guides give fields: _random, m_random, s_rng.
const FIELD_PREFIX = String.raw`(?:_{1,2}|[ms]_)?`;
// A draw from a System.Random. A finding is reported at the first draw (after a `new Random()`, within a few lines)
// and takes in the draws on the same line and the next, so a block of draws is one finding.
const RANDOM_DRAW = String.raw`(?:[\w$]{1,40}\s{0,5})?\.\s{0,5}Next(?:Double|Bytes|Int64|Single)?\s{0,5}\(`;
const MORE_DRAWS = String.raw`(?:[^\n]{0,160}(?:\n[^\n]{0,160})?${RANDOM_DRAW})?`;

export const CSHARP_RULES: RuleSpec[] = [
  {
    id: 'cs.process-start-dynamic',
    title: 'Check what reaches Process.Start()',
    languages: CSHARP,
    severity: 'warning',
    confidence: 'medium',
    patterns: [
      String.raw`\bProcess\s{0,5}\.\s{0,5}Start\s{0,5}\(\s{0,5}(?:[A-Za-z_]|\$@?"|@\$"|@?"[^"\n]{0,200}"\s{0,5}\+)`,
      String.raw`\bStartInfo\s{0,5}\.\s{0,5}(?:FileName|Arguments)\s{0,5}=\s{0,5}[A-Za-z_][\w.]{0,80}\s{0,5};`,
      // The program itself from the request; one built with + is cs.process-arguments-concatenation's finding.
      String.raw`\bnew\s{1,5}ProcessStartInfo\s{0,5}\(\s{0,5}${REQUEST_INPUT}[^+;\n()]{0,60}[,)]`,
    ],
    unless: [String.raw`\bProcess\s{0,5}\.\s{0,5}Start\s{0,5}\(\s{0,5}new\s{1,5}ProcessStartInfo\s{0,5}\(\s{0,5}@?"[^"\n]{0,200}"\s{0,5}(?:,\s{0,5}@?"[^"\n]{0,200}"\s{0,5})?\)`],
    // A start info with a literal program and its arguments in ArgumentList (each passed as is, never re-parsed) is
    // the safe form this rule asks for.
    matcher: 'arguments-not-listed',
    keywords: ['process', 'startinfo'],
    scope: 'code',
    lesson: 'command-injection',
    cwe: ['CWE-78'],
    owasp: 'A03:2021',
    message: 'This starts a process whose program or arguments come from a variable; if users can influence it they choose what runs, so validate it against an allow-list.',
    examples: {
      bad: [
        'var process = Process.Start(startInfo);',
        'Process.Start(e.Uri.ToString());',
        'p.StartInfo.Arguments = arguments;',
        'Process.Start($"{tool} {args}");',
        'Process.Start("convert.exe " + fileName);', 'var psi = new ProcessStartInfo(Request.Form["exe"]);'],
      good: [
        'Process.Start("notepad.exe");',
        'Process.Start(new ProcessStartInfo("openssl", "ciphers NULL") { RedirectStandardOutput = true });',
        'p.StartInfo.Arguments = "--version";',
        '// Process.Start(startInfo);',
        'var psi = new ProcessStartInfo("git");\npsi.ArgumentList.Add("log");\npsi.ArgumentList.Add(branch);\nusing var process = Process.Start(psi);',
      ],
    },
  },
  {
    id: 'cs.process-arguments-concatenation',
    title: 'Do not build process arguments by joining strings',
    languages: CSHARP,
    severity: 'error',
    confidence: 'high',
    patterns: [
      String.raw`\bnew\s{1,5}ProcessStartInfo\s{0,5}\([^;\n(]{0,150}${BUILT}`,
      String.raw`(?:\bArguments|\bStartInfo\s{0,5}\.\s{0,5}FileName)\s{0,5}=\s{0,5}[^;\n(]{0,150}${BUILT}`,
      String.raw`\bProcess\s{0,5}\.\s{0,5}Start\s{0,5}\(\s{0,5}@?"[^"\n]{0,200}"\s{0,5},[^;\n(]{0,150}${BUILT}`,
      // PowerShell's AddScript parses its text as a script.
      String.raw`\.\s{0,5}AddScript\s{0,5}\(\s{0,5}(?:[^;\n(]{0,150}${BUILT})`,
    ],
    keywords: ['processstartinfo', 'arguments', 'filename', 'process', 'addscript'],
    scope: 'code',
    lesson: 'command-injection',
    cwe: ['CWE-78', 'CWE-88'],
    owasp: 'A03:2021',
    message: 'These process arguments are built by joining in values, so a value with spaces or quotes (or shell characters with cmd.exe) can add options or commands; use ArgumentList.',
    examples: {
      bad: [
        'botProc.StartInfo.Arguments = @"-bot " + botIndex;',
        'var psi = new ProcessStartInfo("cmd.exe", $"/c {program}");',
        'Process.Start("git", "clone " + repoUrl);',
        'psi.Arguments = string.Format("-i {0} -o {1}", input, output);',
        'ps.AddScript("Get-Process " + name);', 'var psi = new ProcessStartInfo("bash", $"-c \\"{cmd}\\"");'],
      good: [
        'psi.ArgumentList.Add(repoUrl);',
        'var psi = new ProcessStartInfo("git", "status");',
        'dialog.Filter = "Text files|*.txt";',
        'psi.Arguments = "--version";',
      ],
    },
  },
  {
    id: 'cs.process-shell',
    ...SHELL_AS_PROGRAM_RULE,
    languages: CSHARP,
    patterns: [
      String.raw`\bFileName\s{0,5}=\s{0,5}@?${SHELL_EXE}`,
      String.raw`\bnew\s{1,5}ProcessStartInfo\s{0,5}\(\s{0,5}@?${SHELL_EXE}\s{0,5},\s{0,5}[A-Za-z_]`,
      String.raw`\bProcess\s{0,5}\.\s{0,5}Start\s{0,5}\(\s{0,5}@?${SHELL_EXE}\s{0,5},\s{0,5}[A-Za-z_]`,
    ],
    unless: [BUILT],
    keywords: ['cmd', 'powershell', 'pwsh', 'bash', 'sh"'],
    examples: {
      bad: ['proc.StartInfo.FileName = "cmd.exe";', 'var psi = new ProcessStartInfo("powershell", script);', 'var proc = Process.Start("cmd.exe", arguments);'],
      good: ['proc.StartInfo.FileName = "git";', 'var psi = new ProcessStartInfo("cmd.exe", "/c dir");'],
    },
  },
  {
    id: 'cs.sql-concatenation',
    ...SQL_BUILT_INTO_QUERY_RULE,
    languages: CSHARP,
    // The query text is the string literal: its SQL keywords, and the value joined onto it.
    scope: 'string',
    patterns: [
      String.raw`"(?:${SQL_HEAD}[^"\n]{0,250}|${SQL_CONDITION})"\s{0,5}\+\s{0,5}${JOINED}[^\n]{0,300}`,
      String.raw`"${SQL_HEAD}[^"\n{]{0,250}${HOLE}[^\n]{0,300}`,
      String.raw`"${SQL_CONDITION}${HOLE}[^\n]{0,300}`,
      // A StringBuilder given SQL text, then a value: .Append("... WHERE Id = ").Append(id), or on the next line
      // when the text ends where a value must go.
      String.raw`"(?:${SQL_HEAD}[^"\n]{0,250}|${SQL_CONDITION})"\s{0,5}\)\s{0,5}\.\s{0,5}Append\s{0,5}\(\s{0,5}${JOINED}`,
      String.raw`"${SQL_CONDITION}"\s{0,5}\)\s{0,5};[^\S\n]{0,40}\n[^\n]{0,60}?\.\s{0,5}Append\s{0,5}\(\s{0,5}${JOINED}`,
    ],
    unless: [PLACEHOLDER_LIST_BUILT, EXCEPTION_MESSAGE, 
      String.raw`\b(?:FromSqlInterpolated|ExecuteSqlInterpolated\w{0,10}|Log\w{0,20}\s{0,5}\(|_logger\s{0,5}\.)`,
      // EF Core turns an interpolated string passed to these into parameters (FormattableString).
      String.raw`\b(?:FromSql|ExecuteSql(?:Async)?|SqlQuery\s{0,5}<[^<>\n]{1,60}>)\s{0,5}\(\s{0,5}(?:\$@?|@\$)"`,
      // EF's raw calls turn {0}-style holes into parameters when the values follow as arguments.
      String.raw`\b(?:FromSqlRaw|ExecuteSqlRaw(?:Async)?|SqlQueryRaw\s{0,5}<[^<>\n]{1,60}>)\s{0,5}\(\s{0,5}@?"[^"\n]{0,300}"\s{0,5},`,
    ],
    keywords: ['select', 'insert', 'update', 'delete', 'where', 'merge', 'exec', ' and ', ' or ', ' set ', 'having'],
    reach: 'block',
    examples: {
      bad: [
        'cmd.CommandText = "SELECT * FROM Users WHERE Name = \'" + name + "\'";',
        'var sql = $"SELECT * FROM Orders WHERE CustomerId = {customerId}";',
        '_dbcon.ExecuteNonQuery(string.Format("delete from logs where ID={0}", id));',
        'string command = "SELECT * FROM "+ table;',
        'context.Users.FromSqlRaw($"SELECT * FROM Users WHERE Email = \'{email}\'").ToList();',
        'var rows = db.Database.SqlQuery<User>("SELECT * FROM Users WHERE Name = \'" + name + "\'").ToList();',
        'sql.Append("SELECT * FROM Orders WHERE Status = \'").Append(status).Append("\'");',
        'var sb = new StringBuilder("SELECT * FROM Users WHERE Name = \'");\nsb.Append(name).Append("\'");',
      ],
      good: [
        'throw new ArgumentException("Select a value from " + string.Join(", ", allowed));',
        'using var cmd = new SqlCommand($"SELECT * FROM t WHERE id IN ({placeholders})", conn);',
        'cmd.CommandText = "SELECT * FROM Users WHERE Name = @name";',
        'var users = context.Users.FromSqlInterpolated($"SELECT * FROM Users WHERE Email = {email}").ToList();',
        'var users = context.Users.FromSqlRaw("SELECT * FROM Users WHERE Id = {0} AND Name = {1}", id, name).ToList();',
        'await context.Database.ExecuteSqlAsync($"UPDATE Orders SET Shipped = 1 WHERE Id = {id}");',
        '_logger.LogInformation($"Deleted {count} rows from {table}");',
        'string sql = "SELECT * FROM " + TABLE_NAME + " WHERE Id = @id";',
        '// var sql = "SELECT * FROM Users WHERE Id = " + id;',
        'sql.Append("SELECT * FROM Orders WHERE Status = @status").Append(" ORDER BY Id");',
        'var sb = new StringBuilder("SELECT * FROM Users WHERE Name = @name");\nsb.Append(" ORDER BY Name");',
      ],
    },
  },
  {
    id: 'cs.sql-format-dynamic',
    title: 'Do not pass formatted SQL to query methods',
    languages: CSHARP,
    severity: 'error',
    confidence: 'medium',
    patterns: [
      String.raw`\b(?:ExecuteSqlRaw\w{0,5}|FromSqlRaw|ExecuteSqlCommand\w{0,5}|SqlQueryRaw|CreateSQLQuery|ExecuteQuery|ExecuteNonQuery\w{0,5}|ExecuteScalar\w{0,5}|ExecuteReader\w{0,5}|Execute\w{0,5})\s{0,5}\(\s{0,5}(?:[A-Za-z_][\w.]{0,40}\s{0,5},\s{0,5})?[Ss]tring\s{0,5}\.\s{0,5}Format\s{0,5}\(\s{0,5}[A-Za-z_]`,
      String.raw`\b(?:ExecuteSqlRaw\w{0,5}|FromSqlRaw|ExecuteSqlCommand\w{0,5}|SqlQueryRaw|CreateSQLQuery|ExecuteQuery|ExecuteNonQuery\w{0,5}|ExecuteScalar\w{0,5}|ExecuteReader\w{0,5}|Execute\w{0,5})\s{0,5}\(\s{0,5}(?:[A-Za-z_][\w.]{0,40}\s{0,5},\s{0,5})?[Ss]tring\s{0,5}\.\s{0,5}Format\s{0,5}\(\s{0,5}@?"${SQL_HEAD}[^"\n{]{0,250}"\s{0,5},`,
    ],
    keywords: ['format'],
    scope: 'code',
    lesson: 'sql-injection',
    cwe: ['CWE-89'],
    owasp: 'A03:2021',
    message: 'The query is produced by string.Format, so values formatted into it become part of the SQL; pass them as parameters instead.',
    examples: {
      bad: ['Session.Execute(string.Format(CreateTableFormat, table));', 'long n = (long)db.ExecuteScalar(string.Format("select count(1) from trackables", t.Code));'],
      good: [
        'Session.Execute(statement.Bind(table));',
        'var label = string.Format(LabelFormat, name);',
        'long n = (long)db.ExecuteScalar("select count(1) from trackables");',
      ],
    },
  },
  {
    id: 'cs.sql-command-dynamic',
    title: 'Check where command text comes from',
    languages: CSHARP,
    severity: 'info',
    confidence: 'medium',
    patterns: [
      String.raw`\bnew\s{1,5}(?:Sql|OleDb|Odbc|MySql|Npgsql|Sqlite|SQLite|Oracle|SqlCe|DB2|Fb)Command\s{0,5}\(\s{0,5}${JOINED}`,
      String.raw`\bnew\s{1,5}(?:Sql|OleDb|Odbc|MySql|Npgsql|Sqlite|SQLite|Oracle|SqlCe|DB2|Fb)DataAdapter\s{0,5}\(\s{0,5}${JOINED}[\w.]{0,80}\s{0,5},`,
      String.raw`\.\s{0,5}CommandText\s{0,5}=\s{0,5}${JOINED}[\w.]{0,80}\s{0,5};`,
      String.raw`\b(?:CreateSQLQuery|ExecuteSqlRaw\w{0,5}|FromSqlRaw|ExecuteSqlCommand\w{0,5}|SqlQueryRaw)\s{0,5}\(\s{0,5}${JOINED}[\w.]{0,80}\s{0,5}[,)]`,
      String.raw`\.\s{0,5}(?:ExecuteNonQuery|ExecuteScalar|ExecuteReader)(?:Async)?\s{0,5}\(\s{0,5}(?:out\s{1,5}[A-Za-z_]\w{0,40}\s{0,5},\s{0,5})?${JOINED}[\w.]{0,80}\s{0,5}[,)]`,
    ],
    unless: [String.raw`"[^"\n]{0,300}"\s{0,5}\+`],
    // Where the text is seen being built (string.Format, $"..."), cs.sql-concatenation says so instead.
    fallback: true,
    // ADO.NET's own Execute* take a behavior or a cancellation token; helpers and proxies take the SQL.
    unlessMatch: [String.raw`\(\s{0,5}(?:CommandBehavior|commandBehavior|behavior|CancellationToken|cancellationToken|cancelToken|ct|token|default)\b`],
    keywords: ['command', 'commandtext', 'sqlquery', 'sqlraw', 'sqlcommand', 'executenonquery', 'executescalar', 'executereader', 'dataadapter'],
    scope: 'code',
    lesson: 'sql-injection',
    cwe: ['CWE-89'],
    owasp: 'A03:2021',
    message: 'The SQL text comes from a variable; if it was built with concatenation or formatting anywhere, input can change the query, so keep SQL constant and pass values as parameters.',
    examples: {
      bad: [
        'using (var command = new SqlCommand(query, connection))',
        'dbcommand.CommandText = sql;',
        'return session.CreateSQLQuery(queryString);',
        'int rows = _db.ExecuteNonQuery(sql);',
        'return base.Channel.ExecuteScalar(instance, comm);',
        'var adapter = new SqlDataAdapter(query, connection);',
      ],
      good: [
        'using (var command = new SqlCommand("SELECT 1", connection))',
        'dbcommand.CommandText = SELECT_USERS;',
        'command.Parameters.AddWithValue("@id", id);',
        'using (var reader = command.ExecuteReader(CommandBehavior.SchemaOnly))',
        'await command.ExecuteNonQueryAsync(cancellationToken);',
        'int rows = command.ExecuteNonQuery();',
        'var adapter = new SqlDataAdapter(command);',
      ],
    },
  },
  {
    id: 'cs.insecure-deserializer',
    title: 'Do not use BinaryFormatter and similar serializers',
    languages: CSHARP,
    severity: 'error',
    confidence: 'high',
    patterns: [
      String.raw`\bnew\s{1,5}(?:BinaryFormatter|SoapFormatter|NetDataContractSerializer|LosFormatter|ObjectStateFormatter)\s{0,5}\(`,
      String.raw`\b${FIELD_PREFIX}(?:[a-z]{0,12}[Ff]ormatter|bf)\s{0,5}\.\s{0,5}(?:Unsafe)?Deserialize\s{0,5}\(`,
      // Serializers that take the type to create from the data or the request.
      String.raw`\bMessagePackSerializer\s{0,5}\.\s{0,5}Typeless\s{0,5}\.\s{0,5}Deserialize\s{0,5}\(|\bFsPickler\s{0,5}\.\s{0,5}Create(?:Binary|Xml|Json)Serializer\b`,
      String.raw`\bnew\s{1,5}(?:DataContractSerializer|XmlSerializer|DataContractJsonSerializer)\s{0,5}\(\s{0,5}Type\s{0,5}\.\s{0,5}GetType\s{0,5}\(\s{0,5}[^"\s)]`,
      // A DataSet or DataTable read from the request: its XML names the column types to create.
      String.raw`\.\s{0,5}ReadXml\s{0,5}\(\s{0,5}${RECEIVER}Request\s{0,5}\.\s{0,5}(?:InputStream|Body|Form|Files|QueryString|Query)\b`,
    ],
    keywords: ['formatter', 'netdatacontractserializer', 'deserialize', 'fspickler', 'gettype', 'readxml'],
    scope: 'code',
    lesson: 'unsafe-deserialization',
    cwe: ['CWE-502'],
    owasp: 'A08:2021',
    message: 'BinaryFormatter and its relatives build whatever types the payload names, so deserializing data someone else can touch lets them run code; use System.Text.Json with known types.',
    examples: {
      bad: ['BinaryFormatter bf = new BinaryFormatter();', 'list.Add((Bar)bFormatter.Deserialize(fileStream));', 'var graph = _binaryFormatter.Deserialize(ms);', 'var obj = new LosFormatter().Deserialize(viewState);', 'var o = MessagePackSerializer.Typeless.Deserialize(bytes);', 'var ser = new XmlSerializer(Type.GetType(typeName));', 'var ds = new DataSet();\nds.ReadXml(Request.InputStream);'],
      good: ['var obj = JsonSerializer.Deserialize<Order>(json);', 'var serializer = new DataContractSerializer(typeof(Order));', 'var ds = new DataSet();\nds.ReadXml(Server.MapPath("~/App_Data/seed.xml"));'],
    },
  },
  {
    id: 'cs.json-type-name-handling',
    title: 'Do not let JSON choose .NET types',
    languages: CSHARP,
    severity: 'error',
    confidence: 'high',
    patterns: [
      String.raw`\bTypeNameHandling\s{0,5}=\s{0,5}TypeNameHandling\s{0,5}\.\s{0,5}(?:All|Auto|Objects|Arrays)\b`,
      String.raw`\bnew\s{1,5}JavaScriptSerializer\s{0,5}\(\s{0,5}new\s{1,5}SimpleTypeResolver\b`,
    ],
    unless: [String.raw`\bSerializationBinder\s{0,5}=`],
    keywords: ['typenamehandling', 'simpletyperesolver'],
    scope: 'code',
    lesson: 'unsafe-deserialization',
    cwe: ['CWE-502'],
    owasp: 'A08:2021',
    message: 'With type names read from the JSON, a payload can ask for a gadget type whose constructor or setters run code; keep TypeNameHandling.None or add a strict SerializationBinder.',
    examples: {
      bad: [
        'var settings = new JsonSerializerSettings { TypeNameHandling = TypeNameHandling.All };',
        'var serializer = new JavaScriptSerializer(new SimpleTypeResolver());',
      ],
      good: ['var settings = new JsonSerializerSettings { TypeNameHandling = TypeNameHandling.None };', 'var serializer = new JavaScriptSerializer();'],
    },
  },
  {
    id: 'cs.weak-hash',
    title: 'Avoid MD5 and SHA-1',
    languages: CSHARP,
    severity: 'warning',
    confidence: 'medium',
    patterns: [
      String.raw`\b(?:MD5|SHA1)\s{0,5}\.\s{0,5}(?:Create|HashData|HashDataAsync)\s{0,5}\(`,
      String.raw`\bnew\s{1,5}(?:MD5|SHA1)(?:CryptoServiceProvider|Cng|Managed)\s{0,5}\(`,
      String.raw`\bHashAlgorithm\s{0,5}\.\s{0,5}Create\s{0,5}\(\s{0,5}"(?:MD5|SHA1|SHA-1|System\.Security\.Cryptography\.(?:MD5|SHA1))"`,
      String.raw`\bHashPasswordForStoringInConfigFile\s{0,5}\([^;\n]{0,100}"(?:MD5|SHA1|md5|sha1)"`,
      String.raw`\b(?:IncrementalHash\s{0,5}\.\s{0,5}CreateHash|CryptographicOperations\s{0,5}\.\s{0,5}HashData)\s{0,5}\(\s{0,5}HashAlgorithmName\s{0,5}\.\s{0,5}(?:MD5|SHA1)\b`,
      // Bouncy Castle: DigestUtilities by name, or the digest classes.
      String.raw`\bDigestUtilities\s{0,5}\.\s{0,5}(?:CalculateDigest|GetDigest)\s{0,5}\(\s{0,5}"(?:MD5|MD4|MD2|SHA-?1)"|\bnew\s{1,5}(?:MD5|MD4|MD2|Sha1)Digest\s{0,5}\(`,
    ],
    unless: [NON_SECURITY_HASH_USE],
    matcher: 'hashed-outside-harmless-function',
    keywords: ['md5', 'md4', 'md2', 'sha1', 'sha-1', 'hashpasswordforstoringinconfigfile'],
    scope: 'code',
    lesson: 'weak-hashing',
    cwe: ['CWE-328'],
    owasp: 'A02:2021',
    message: 'MD5 and SHA-1 are broken for collisions and far too fast for passwords; use SHA256 for integrity and PBKDF2 (Rfc2898DeriveBytes.Pbkdf2) or a password hasher for passwords.',
    examples: {
      bad: [
        'using (var md5 = MD5.Create())',
        'MD5 md5 = new MD5CryptoServiceProvider();',
        'using (var hasher = System.Security.Cryptography.SHA1.Create())',
        'var hasher = HashAlgorithm.Create("MD5");',
        'string hash = FormsAuthentication.HashPasswordForStoringInConfigFile(password, "MD5");',
        'using var hash = IncrementalHash.CreateHash(HashAlgorithmName.MD5);',
        'byte[] digest = DigestUtilities.CalculateDigest("MD5", data);',
        'IDigest digest = new Sha1Digest();',
      ],
      good: [
        'using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);',
        'byte[] digest = DigestUtilities.CalculateDigest("SHA-256", data);',
        'IDigest digest = new Sha256Digest();',
        'string ETag(byte[] body)\n{\n    using var md5 = MD5.Create();\n    return Convert.ToHexString(md5.ComputeHash(body));\n}','using (var sha = SHA256.Create())', 'var hash = SHA256.HashData(bytes);', '// MD5.Create() is broken', 'var hasher = HashAlgorithm.Create("SHA256");'],
    },
  },
  {
    id: 'cs.weak-cipher',
    title: 'Use AES-GCM instead of DES, 3DES or RC2',
    languages: CSHARP,
    severity: 'warning',
    confidence: 'high',
    patterns: [
      String.raw`\b(?:DES|TripleDES|RC2)\s{0,5}\.\s{0,5}Create\s{0,5}\(`,
      // (or an object initializer without the parentheses: new TripleDESCryptoServiceProvider { Key = key })
      String.raw`\bnew\s{1,5}(?:DES|TripleDES|RC2)(?:CryptoServiceProvider|Cng)\s{0,40}[({]`,
      // Bouncy Castle: the engines, or a cipher by name.
      String.raw`\bnew\s{1,5}(?:Des|DesEde|Blowfish|RC4|RC2|Idea|Cast5|Tea|Xtea)Engine\s{0,5}\(`,
      String.raw`\bCipherUtilities\s{0,5}\.\s{0,5}GetCipher\s{0,5}\(\s{0,5}"(?:DES|DESede|TripleDES|RC4|ARC4|ARCFOUR|RC2|Blowfish)\b`,
    ],
    keywords: ['des', 'rc2', 'rc4', 'arc4', 'arcfour', 'blowfish', 'ideaengine', 'cast5', 'teaengine'],
    scope: 'code',
    lesson: 'weak-cryptography',
    cwe: ['CWE-327'],
    owasp: 'A02:2021',
    message: 'DES, TripleDES and RC2 have small keys or blocks and are considered broken; use AesGcm (or Aes with an HMAC).',
    examples: {
      bad: [
        'DESCryptoServiceProvider des = new DESCryptoServiceProvider();',
        'using var tdes = TripleDES.Create();',
        'var engine = new DesEdeEngine();',
        'using (var tdes = new TripleDESCryptoServiceProvider\n{\n    Key = _key,',
        'IBufferedCipher cipher = CipherUtilities.GetCipher("RC4");',
      ],
      good: ['using var aes = new AesGcm(key);', 'using var aes = Aes.Create();', 'var engine = new AesEngine();', 'IBufferedCipher cipher = CipherUtilities.GetCipher("AES/GCM/NoPadding");'],
    },
  },
  {
    id: 'cs.cipher-mode-ecb',
    title: 'Do not use ECB mode',
    languages: CSHARP,
    severity: 'warning',
    confidence: 'high',
    patterns: [
      String.raw`\bCipherMode\s{0,5}\.\s{0,5}ECB\b`,
      String.raw`\.\s{0,5}(?:Encrypt|Decrypt)Ecb\s{0,5}\(`,
      String.raw`\bCipherUtilities\s{0,5}\.\s{0,5}GetCipher\s{0,5}\(\s{0,5}"[A-Za-z0-9-]{2,20}/ECB\b`,
    ],
    keywords: ['ciphermode', 'encryptecb', 'decryptecb', '/ecb'],
    scope: 'code',
    lesson: 'weak-cryptography',
    cwe: ['CWE-327'],
    owasp: 'A02:2021',
    message: 'ECB encrypts equal blocks to equal ciphertext, so patterns in the data show through and blocks can be swapped; use AesGcm.',
    examples: {
      bad: ['aes.Mode = CipherMode.ECB;', 'var enc = aes.EncryptEcb(data, PaddingMode.PKCS7);', 'var cipher = CipherUtilities.GetCipher("AES/ECB/PKCS7Padding");'],
      good: ['aes.Mode = CipherMode.CBC;', '// never CipherMode.ECB', 'var cipher = CipherUtilities.GetCipher("AES/GCM/NoPadding");'],
    },
  },
  {
    id: 'cs.hardcoded-key',
    ...HARDCODED_KEY_RULE,
    languages: CSHARP,
    patterns: [
      String.raw`\.\s{0,5}Key\s{0,5}=\s{0,5}(?:Encoding\s{0,5}\.\s{0,5}\w{2,12}\s{0,5}\.\s{0,5}GetBytes\s{0,5}\(\s{0,5}@?"|new\s{1,5}byte\s{0,5}\[\s{0,5}\d{0,3}\s{0,5}\]\s{0,5}\{)`,
      // A JWT signing key written in the code: new SymmetricSecurityKey(Encoding.UTF8.GetBytes("...")).
      String.raw`\bnew\s{1,5}SymmetricSecurityKey\s{0,5}\(\s{0,5}Encoding\s{0,5}\.\s{0,5}\w{2,12}\s{0,5}\.\s{0,5}GetBytes\s{0,5}\(\s{0,5}@?"`,
      // A local named for a key or secret (ending in the word: not keyboardLayout), but not a cache key.
      String.raw`\b(?:var|byte\[\])\s{1,5}\w{0,30}(?:[Kk]ey|[Ss]ecret)\s{0,5}=\s{0,5}Encoding\s{0,5}\.\s{0,5}\w{2,12}\s{0,5}\.\s{0,5}GetBytes\s{0,5}\(\s{0,5}@?"`,
    ],
    unless: [NON_SECURITY_HASH_USE],
    keywords: ['.key', 'symmetricsecuritykey', 'getbytes'],
    examples: {
      bad: [
        'aes.Key = Encoding.UTF8.GetBytes("0123456789abcdef");',
        'aes.Key = new byte[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16 };',
        'IssuerSigningKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes("my_super_secret_key_1234567890")),',
        'var key = Encoding.ASCII.GetBytes("ThisIsMySecretKeyForJwt2024!!");',
      ],
      good: [
        'aes.GenerateKey();',
        'var cacheKey = Encoding.UTF8.GetBytes("users:list");',
        'var keyboardLayout = Encoding.UTF8.GetBytes("en-US");',
        'aes.Key = keyProvider.GetKey("orders");',
        'IssuerSigningKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(builder.Configuration["Jwt:Key"]!)),', 'var key = Encoding.UTF8.GetBytes(_config["Jwt:Key"]);'],
    },
  },
  {
    id: 'cs.timing-unsafe-compare',
    ...TIMING_UNSAFE_COMPARE_RULE,
    languages: CSHARP,
    patterns: [
      // A secret compared with == or Equals: Request.Headers["X-Api-Key"] != _apiKey, apiKey.Equals(extractedApiKey).
      String.raw`${CS_SECRET_VALUE}\s{0,5}[!=]=\s{0,5}${CS_COMPARED_VALUE}`,
      // A type's empty value (Signature.Empty) is taken whole, so the comparison with nothing is seen.
      String.raw`${CS_COMPARED_VALUE}\s{0,5}[!=]=\s{0,5}${CS_SECRET_VALUE}(?:\s{0,5}\.\s{0,5}(?:Empty|None)\b)?`,
      String.raw`${CS_SECRET_VALUE}\s{0,5}\.\s{0,5}(?:Equals|SequenceEqual)\s{0,5}\(\s{0,5}${CS_COMPARED_VALUE}\s{0,5}[,)]`,
      String.raw`${CS_COMPARED_VALUE}\s{0,5}\.\s{0,5}(?:Equals|SequenceEqual)\s{0,5}\(\s{0,5}${CS_SECRET_VALUE}\s{0,5}[,)]`,
      String.raw`\b[Ss]tring\s{0,5}\.\s{0,5}Equals\s{0,5}\(\s{0,5}${CS_SECRET_VALUE}\s{0,5},\s{0,5}${CS_COMPARED_VALUE}\s{0,5}[,)]`,
      String.raw`\b[Ss]tring\s{0,5}\.\s{0,5}Equals\s{0,5}\(\s{0,5}${CS_COMPARED_VALUE}\s{0,5},\s{0,5}${CS_SECRET_VALUE}\s{0,5}[,)]`,
    ],
    unless: [
      // An Equals method comparing its own fields with another object's (obj is ApiCredentials c && ApiKey == c.ApiKey),
      // and change detection on options (oldOptions.ApiKey != newOptions.ApiKey).
      ...OBJECT_EQUALITY,
      String.raw`\bobj\s{1,5}is\s{1,5}\w{1,60}\s{1,5}\w{1,40}`,
      // A LINQ lookup (u => u.ApiKey == apiKey) runs as SQL in the database, where FixedTimeEquals cannot apply.
      String.raw`\b\w{1,20}\s{0,5}=>\s{0,5}(?:\w{1,40}\s{0,5}\.\s{0,5}){1,3}\w{1,60}\s{0,5}(?:[!=]=|\.\s{0,5}Equals\s{0,5}\()|=>\s{0,5}\w{1,60}\s{0,5}[!=]=\s{0,5}\w{1,20}\s{0,5}\.`,
    ],
    unlessMatch: [...NOT_SECRET_COMPARED, COMPARED_WITH_NOTHING, KIND_MEMBER, KIND_COMPARED, String.raw`\b(?:[Ss]tring|StringValues)\s{0,5}\.\s{0,5}Empty\b|\bdefault\b`],
    keywords: SECRET_NAME_KEYWORDS,
    requires: ['==', '!=', 'Equal'],
    message: 'Comparing a secret with == or Equals stops at the first differing character, so response times can reveal it; use CryptographicOperations.FixedTimeEquals on the bytes.',
    examples: {
      bad: [
        'if (!apiKey.Equals(extractedApiKey)) {',
        'if (context.Request.Headers["X-Api-Key"] != _apiKey) {',
        'if (providedKey != _configuration["ApiKey"]) return Unauthorized();',
        'return signature == expectedSignature;',
        'if (token != Environment.GetEnvironmentVariable("API_TOKEN")) {',
        'if (!computedHmac.SequenceEqual(receivedHmac)) {',
        'if (string.Equals(providedKey, _options.ApiKey)) {',
        'if (!string.Equals(apiKey, providedKey, StringComparison.Ordinal)) {',
        'if (request.RefreshToken != storedToken.RefreshToken) return Unauthorized();',
        'if (providedKey != AppSettings.ApiKey) return Unauthorized();',
      ],
      good: [
        'if (!CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(apiKey), Encoding.UTF8.GetBytes(extractedApiKey))) {',
        'if (apiKey == null) {',
        'if (apiKey == string.Empty) {',
        'if (string.IsNullOrEmpty(apiKey)) {',
        'if (token.Type == TokenType.EndOfFile) {',
        'if (tokenType == "Bearer") {',
        'return ApiKey == other.ApiKey;',
        'if (token == expectedToken) {',
        'if (request.GrantType == GrantType.RefreshToken) {',
        'if (request.GrantType == OpenIdConnectGrantTypes.RefreshToken) {',
        'if (kind == TokenKind.AccessToken) {',
        'if (secretType == SecretType.ApiKey) {',
        'var user = await _db.Users.FirstOrDefaultAsync(u => u.ApiKey == apiKey);',
        'var token = await _db.RefreshTokens.SingleOrDefaultAsync(t => t.RefreshToken == request.RefreshToken);',
        'return obj is ApiCredentials c && ApiKey == c.ApiKey && Secret == c.Secret;',
        'if (method.Signature == candidate.Signature) {',
        'if (Signature == Signature.Empty) {',
        'if (oldOptions.ApiKey != newOptions.ApiKey) {',
        'if (parameter.Name == ApiKey) {',
        'if (options.AuthenticationMode == ApiKey) {',
      ],
    },
  },
  {
    id: 'cs.plaintext-password-compare',
    ...PLAINTEXT_PASSWORD_COMPARE_RULE,
    languages: CSHARP,
    patterns: [
      // A stored password against the one submitted: user.Password == model.Password.
      String.raw`\b\w{1,40}\s{0,5}\.\s{0,5}Password\s{0,5}(?:[!=]=\s{0,5}|\.\s{0,5}Equals\s{0,5}\(\s{0,5})\w{1,40}\s{0,5}\.\s{0,5}Password\b`,
    ],
    // An Equals method or change detection compares two stored values.
    unless: OBJECT_EQUALITY,
    keywords: ['Password'],
    requires: ['==', '!=', 'Equal'],
    examples: {
      bad: ['if (user.Password == model.Password) { await SignInAsync(user); }', 'if (!account.Password.Equals(request.Password)) return Unauthorized();'],
      good: [
        'if (_hasher.VerifyHashedPassword(user, user.PasswordHash, model.Password) == PasswordVerificationResult.Success) {',
        'if (model.Password != model.ConfirmPassword) {',
        'return Password == other.Password;',
      ],
    },
  },
  {
    id: 'cs.static-iv',
    ...STATIC_IV_RULE,
    languages: CSHARP,
    // A literal construct is reported, not a name: as sure as a finding gets.
    confidence: 'high',
    patterns: [
      // Bytes from a literal, listed, or left all zero (aes.IV = new byte[16];).
      String.raw`\.\s{0,5}IV\s{0,5}=\s{0,5}(?:Encoding\s{0,5}\.\s{0,5}\w{2,12}\s{0,5}\.\s{0,5}GetBytes\s{0,5}\(\s{0,5}@?"|new\s{1,5}byte\s{0,5}\[\s{0,5}\d{0,3}\s{0,5}\]\s{0,5}[{;])`,
      String.raw`\b(?:var|byte\[\])\s{1,5}(?:\w{0,30}(?:IV|Iv)|iv)\s{0,5}=\s{0,5}Encoding\s{0,5}\.\s{0,5}\w{2,12}\s{0,5}\.\s{0,5}GetBytes\s{0,5}\(\s{0,5}@?"`,
    ],
    keywords: ['.iv', 'getbytes'],
    examples: {
      bad: [
        'aes.IV = new byte[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16 };',
        'aes.IV = new byte[16];',
        'aes.IV = Encoding.UTF8.GetBytes("1234567890123456");',
        'byte[] staticIv = Encoding.ASCII.GetBytes("abcdefghijklmnop");',
        'var iv = Encoding.UTF8.GetBytes("1234567890123456");',
      ],
      good: [
        'aes.GenerateIV();',
        'var iv = new byte[16];\nRandomNumberGenerator.Fill(iv);\naes.IV = iv;',
        'aes.IV = ivFromMessage;',
        'byte[] iv = Encoding.UTF8.GetBytes(message.Iv);',
      ],
    },
  },
  {
    id: 'cs.unauthenticated-cipher-mode',
    ...UNAUTHENTICATED_CIPHER_MODE_RULE,
    languages: CSHARP,
    patterns: [String.raw`\bCipherMode\s{0,5}\.\s{0,5}(?:CBC|CFB|OFB|CTS)\b`],
    keywords: ['ciphermode'],
    message: 'CBC, CFB, OFB and CTS encrypt without integrity, so unless an HMAC covers the ciphertext an attacker can alter it or, with CBC padding, decrypt it through a padding oracle; use AesGcm.',
    examples: {
      bad: ['aes.Mode = CipherMode.CBC;', 'alg.Mode = CipherMode.CFB;'],
      good: ['using var gcm = new AesGcm(key, AesGcm.TagByteSizes.MaxSize);', '// CipherMode.CBC needs an HMAC over the ciphertext'],
    },
  },
  {
    id: 'cs.insecure-random',
    title: 'Use RandomNumberGenerator for security values',
    languages: CSHARP,
    severity: 'info',
    confidence: 'medium',
    patterns: [
      String.raw`\bnew\s{1,5}(?:System\s{0,5}\.\s{0,5})?Random\s{0,5}\((?:[\s\S]{0,400}?(?<report>${RANDOM_DRAW})${MORE_DRAWS})?`,
      String.raw`(?<report>\b(?:${FIELD_PREFIX}(?:rand|rnd|random|rng|r|randomizer)|Random\s{0,5}\.\s{0,5}Shared)\s{0,5}\.\s{0,5}(?:Next(?:Double|Bytes|Int64|Single)?|GetItems|Shuffle)\s{0,5}\()${MORE_DRAWS}`,
    ],
    keywords: ['random', '.next', '.getitems', '.shuffle'],
    reach: 'block',
    scope: 'code',
    lesson: 'insecure-randomness',
    cwe: ['CWE-338'],
    owasp: 'A02:2021',
    message: 'System.Random is predictable; fine for games and tests, but tokens, passwords, keys and IDs need RandomNumberGenerator.',
    examples: {
      bad: ['return new string(Random.Shared.GetItems(Alphabet, 12));', 'var rnd = new Random();', 'var wait = new Random().Next(10);', 'int k = rng.Next(n + 1);', 'p.Date = DateTime.Now.AddDays(-rand.Next(10, 70));', 'buffer[i] = (byte)_random.Next(256);'],
      good: [
        'var bytes = RandomNumberGenerator.GetBytes(32);',
        'int dir = Random.Range(1, 3);',
        'var rnd = Random.Shared;',
        'int k = RandomNumberGenerator.GetInt32(n + 1);',
        'var node = list.Next(current);',
      ],
    },
  },
  {
    id: 'cs.certificate-validation-disabled',
    ...TLS_VERIFICATION_DISABLED_RULE,
    languages: CSHARP,
    patterns: [
      String.raw`\b(?:ServerCertificateValidationCallback|ServerCertificateCustomValidationCallback|RemoteCertificateValidationCallback)\s{0,5}\+?=\s{0,60}(?:\([^()\n]{0,200}\)|[A-Za-z_]\w{0,30})\s{0,5}=>\s{0,60}(?:true\b|\{\s{0,60}return\s{1,5}true\s{0,5};)`,
      String.raw`\b(?:ServerCertificateValidationCallback|RemoteCertificateValidationCallback)\s{0,5}\+?=\s{0,5}delegate\s{0,5}(?:\([^()\n]{0,200}\))?\s{0,60}\{\s{0,60}return\s{1,5}true\s{0,5};`,
      String.raw`\bDangerousAcceptAnyServerCertificateValidator\b`,
      String.raw`\bnew\s{1,5}SslStream\s{0,5}\([^;]{0,200}?=>\s{0,5}true\b`,
      // A validation method that ignores the policy errors it is given and always says yes.
      String.raw`\bbool\s{1,5}\w{1,60}\s{0,5}\([^()]{0,200}\bSslPolicyErrors\s{1,5}\w{1,40}\s{0,5}\)\s{0,5}\{\s{0,20}return\s{1,5}true\s{0,5};`,
    ],
    keywords: ['validationcallback', 'dangerousacceptanyservercertificatevalidator', 'sslstream', 'sslpolicyerrors'],
    // A callback's body may open on the lines below it.
    reach: 'block',
    examples: {
      bad: [
        'ServicePointManager.ServerCertificateValidationCallback += (sender, cert, chain, errors) => true;',
        'ServicePointManager.ServerCertificateValidationCallback +=\n                (sender, certificate, chain, sslPolicyErrors) => true;',
        'handler.ServerCertificateCustomValidationCallback = (msg, cert, chain, errs) =>\n            {\n                return true;\n            };',
        'handler.ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator;',
        'ServicePointManager.ServerCertificateValidationCallback = delegate { return true; };', 'var ssl = new SslStream(stream, false, (s, c, ch, e) => true);', 'private static bool ValidateCert(object s, X509Certificate c, X509Chain ch, SslPolicyErrors e) { return true; }'],
      good: ['handler.ServerCertificateCustomValidationCallback = (msg, cert, chain, errors) => errors == SslPolicyErrors.None;', 'private static bool ValidateCert(object s, X509Certificate c, X509Chain ch, SslPolicyErrors e) { return e == SslPolicyErrors.None; }'],
    },
  },
  {
    id: 'cs.xml-dtd-enabled',
    title: 'Do not enable DTD processing or URL resolution',
    languages: CSHARP,
    severity: 'error',
    confidence: 'high',
    patterns: [
      String.raw`\bDtdProcessing\s{0,5}=\s{0,5}DtdProcessing\s{0,5}\.\s{0,5}Parse\b`,
      String.raw`\bProhibitDtd\s{0,5}=\s{0,5}false\b`,
      String.raw`\bXmlResolver\s{0,5}=\s{0,5}new\s{1,5}XmlUrlResolver\b`,
    ],
    keywords: ['dtdprocessing', 'prohibitdtd', 'xmlurlresolver'],
    scope: 'code',
    lesson: 'xxe',
    cwe: ['CWE-611'],
    owasp: 'A05:2021',
    message: 'This lets the XML parser process DTDs and fetch external entities, so a crafted document can read local files or reach internal hosts.',
    examples: {
      bad: ['settings.DtdProcessing = DtdProcessing.Parse;', 'doc.XmlResolver = new XmlUrlResolver();', 'var s = new XmlReaderSettings { ProhibitDtd = false };'],
      good: ['settings.DtdProcessing = DtdProcessing.Prohibit;', 'doc.XmlResolver = null;'],
    },
  },
  {
    id: 'cs.xml-document-default-resolver',
    title: 'Set XmlResolver to null on XmlDocument',
    languages: CSHARP,
    severity: 'info',
    confidence: 'medium',
    patterns: [
      String.raw`\bnew\s{1,5}(?:XmlDocument\s{0,5}\(\s{0,5}\)|XmlTextReader\s{0,5}\()(?:[\s\S]{0,400}?(?:(?<report>(?:[\w$]{1,40}\s{0,5})?\.\s{0,5}(?:Load|LoadXml|Read|ReadNode|MoveToContent)\s{0,5}\(|\bXmlReader\s{0,5}\.\s{0,5}Create\s{0,5}\()|${XML_HARDENING}))?`,
    ],
    unless: [String.raw`\bXmlResolver\s{0,5}=\s{0,5}null\b`],
    // The match runs on to the first load or read after the construction, where it is reported; hardening before
    // it cancels it.
    unlessMatch: [XML_HARDENING],
    keywords: ['xmldocument', 'xmltextreader'],
    reach: 'block',
    scope: 'code',
    lesson: 'xxe',
    cwe: ['CWE-611'],
    owasp: 'A05:2021',
    message: 'On .NET Framework before 4.5.2, XmlDocument and XmlTextReader resolve external entities by default; set XmlResolver = null before loading untrusted XML.',
    examples: {
      bad: ['XmlDocument doc = new XmlDocument();', 'var reader = new XmlTextReader(new StringReader(xml));'],
      good: [
        'var doc = new XmlDocument { XmlResolver = null };',
        'var doc = XDocument.Load(stream);',
        'var reader = new XmlTextReader(stream) { DtdProcessing = DtdProcessing.Prohibit };',
        'var doc = new XmlDocument();\ndoc.XmlResolver = null;\ndoc.Load(path);',
      ],
    },
  },
  {
    id: 'cs.redirect-from-request',
    ...OPEN_REDIRECT_FROM_REQUEST_RULE,
    languages: CSHARP,
    patterns: [
      String.raw`${REDIRECT_CALL}[^;\n(]{0,100}${REQUEST_INPUT}`,
      // A variable's value: up to the call's end, or the header assignment's.
      String.raw`${REDIRECT_CALL}[^;\n()]{1,100}[);]`,
    ],
    unless: [String.raw`\bIsLocalUrl\b`],
    keywords: ['redirect', 'location'],
    // ASP.NET has its own safe spellings to name.
    message: 'The redirect target comes from the request, so a link to your site can bounce users to a phishing page; use LocalRedirect or check Url.IsLocalUrl.',
    examples: {
      bad: ['Response.Redirect(Request.QueryString["ReturnUrl"]);', 'return Redirect(Request.Query["next"]);', 'var next = Request.Query["next"];\nResponse.Redirect(next);', 'public IActionResult Back(string url)\n{\n    return new RedirectResult(url);',
        'Response.Headers["Location"] = Request.Query["url"];',
        'app.MapGet("/go", (string url) => Results.Redirect(url));',
        'string next = Request.Query["next"];\nResponse.StatusCode = 302;\nResponse.Headers["Location"] = next;',
        'var next = Request.Query["next"];\nResponse.Headers.Location = next;',
      ],
      good: [
        'return LocalRedirect(Request.Query["next"]);', 'Response.Redirect("~/Home");', 'var next = Url.Action("Index");\nResponse.Redirect(next);',
        'var next = Url.Action("Index");\nResponse.Headers.Location = next;',
      ],
    },
  },
  {
    id: 'cs.redirect-dynamic',
    title: 'Check redirect targets are local',
    languages: CSHARP,
    severity: 'info',
    confidence: 'medium',
    patterns: [String.raw`\breturn\s{1,5}(?:Redirect|RedirectPermanent)\s{0,5}\(\s{0,5}[a-z_]\w{0,60}\s{0,5}\)`],
    unless: [String.raw`\bIsLocalUrl\b`],
    // Where the target is known to be request data, cs.redirect-from-request says so instead.
    fallback: true,
    keywords: ['redirect'],
    scope: 'code',
    lesson: 'open-redirect',
    cwe: ['CWE-601'],
    owasp: 'A01:2021',
    message: 'The action redirects to a URL held in a variable, often a returnUrl parameter; unless it was checked with Url.IsLocalUrl, use LocalRedirect so it cannot point off-site.',
    examples: {
      bad: ['return Redirect(returnUrl);'],
      good: ['return LocalRedirect(returnUrl);', 'return RedirectToAction("Index", "Home");', 'if (Url.IsLocalUrl(returnUrl)) return Redirect(returnUrl);'],
    },
  },
  {
    id: 'cs.path-from-request',
    title: 'Do not build file paths from request input',
    languages: CSHARP,
    severity: 'error',
    confidence: 'high',
    patterns: [
      String.raw`\b(?:${FILE_ACCESS}|Server\s{0,5}\.\s{0,5}MapPath)\s{0,5}\([^;\n(]{0,150}${REQUEST_INPUT}`,
      String.raw`\bPath\s{0,5}\.\s{0,5}Combine\s{0,5}\([^;\n(]{0,100}\.\s{0,5}FileName\s{0,5}\)`,
      // WebForms: an upload saved under the name the client sent (FileUpload.SaveAs, PostedFile.SaveAs).
      String.raw`\.\s{0,5}SaveAs\s{0,5}\([^;\n(]{0,150}(?:\([^;\n()]{0,100}\)[^;\n(]{0,100})?\.\s{0,5}FileName\b`,
      // The path's parts are variables, one of which holds a request value.
      String.raw`\b${FILE_ACCESS}\s{0,5}\([^;\n()]{0,150}\)`,
    ],
    matcher: 'request-input',
    keywords: ['path', 'file', 'stream', 'mappath', 'saveas'],
    scope: 'code',
    lesson: 'path-traversal',
    cwe: ['CWE-22'],
    owasp: 'A01:2021',
    message: 'A file path built from request input or an uploaded file name can contain ..\\ or an absolute path and reach files outside the folder you meant; use Path.GetFileName and check the full path.',
    examples: {
      bad: [
        'var path = Path.Combine(root, Request.QueryString["file"]);',
        'var dest = Path.Combine(uploads, file.FileName);',
        'fuAvatar.SaveAs(Server.MapPath("~/Uploads/") + fuAvatar.FileName);',
        'var text = File.ReadAllText(Request.Form["path"]);',
        'var name = Request.Query["name"];\nvar bytes = File.ReadAllBytes(Path.Combine(root, name));',
        'public IActionResult Download(string name)\n{\n    var bytes = System.IO.File.ReadAllBytes(Path.Combine("/srv/files", name));',
        '[HttpPost]\npublic string Save(string name, string body)\n{\n    System.IO.File.WriteAllText(Path.Combine(_dataDir, name), body);',
      ],
      good: [
        'var dest = Path.Combine(uploads, Path.GetFileName(file.FileName));',
        'fuAvatar.SaveAs(Server.MapPath("~/Uploads/") + Guid.NewGuid().ToString("N") + ".png");',
        'var dest = Path.Combine(uploads, Guid.NewGuid().ToString());',
        'var name = settings.ReportName;\nvar bytes = File.ReadAllBytes(Path.Combine(root, name));',
        'public string Save(string name, string body)\n{\n    System.IO.File.WriteAllText(Path.Combine(_dataDir, name), body);',
      ],
    },
  },
  {
    id: 'cs.password-fast-hash',
    ...PASSWORD_FAST_HASH_RULE,
    languages: CSHARP,
    patterns: [
      String.raw`(?:\bSHA(?:256|384|512)\s{0,60}\.\s{0,5}HashData|\bComputeHash)\s{0,5}\(\s{0,60}(?:Encoding\s{0,60}\.\s{0,5}\w{2,12}\s{0,60}\.\s{0,5}GetBytes\s{0,5}\(\s{0,60})?[\w.]{0,60}?` + PASSWORD_WORD + String.raw`\w{0,20}\b`,
    ],
    keywords: ['computehash', 'hashdata'],
    examples: {
      bad: ['var hash = SHA256.HashData(Encoding.UTF8.GetBytes(password));', 'byte[] hash = sha.ComputeHash(Encoding.UTF8.GetBytes(user.Password));'],
      good: ['var hash = BCrypt.Net.BCrypt.HashPassword(password);', 'var hash = SHA256.HashData(fileBytes);'],
    },
  },
  {
    id: 'cs.zip-slip',
    ...ZIP_SLIP_RULE,
    languages: CSHARP,
    patterns: [String.raw`\bPath\s{0,5}\.\s{0,5}Combine\s{0,5}\([^;\n]{0,100}\b\w{0,30}[Ee]ntry\w{0,30}\s{0,5}\.\s{0,5}(?:FullName|Key)\b`],
    keywords: ['path.combine'],
    examples: {
      bad: ['foreach (var entry in archive.Entries)\n{\n    entry.ExtractToFile(Path.Combine(destination, entry.FullName), true);\n}'],
      good: [
        'var path = Path.GetFullPath(Path.Combine(destination, entry.FullName));\nif (!path.StartsWith(Path.GetFullPath(destination) + Path.DirectorySeparatorChar)) throw new IOException("outside");',
        'var path = Path.Combine(destination, Path.GetFileName(name));',
      ],
    },
  },
  {
    id: 'cs.regex-from-request',
    ...REGEX_FROM_REQUEST_RULE,
    languages: CSHARP,
    patterns: [
      String.raw`\bnew\s{1,5}Regex\s{0,5}\(\s{0,5}(?:${REQUEST_INPUT}|\w{1,60}\s{0,5}[,)])`,
      String.raw`\bRegex\s{0,5}\.\s{0,5}(?:IsMatch|Match|Matches|Replace|Split)\s{0,5}\([^,;\n]{1,100},\s{0,5}(?:${REQUEST_INPUT}|\w{1,60}\s{0,5}[,)])`,
    ],
    // A match timeout bounds the backtracking.
    unless: [String.raw`\bRegex\s{0,5}\.\s{0,5}Escape\s{0,5}\(|\bTimeSpan\b|\bNonBacktracking\b`],
    keywords: ['regex'],
    examples: {
      bad: ['var re = new Regex(Request.Query["pattern"]);', 'public IActionResult Search(string pattern)\n{\n    var hits = names.Where(n => Regex.IsMatch(n, pattern));'],
      good: ['var re = new Regex(Regex.Escape(Request.Query["pattern"]));', 'var re = new Regex(pattern, RegexOptions.None, TimeSpan.FromMilliseconds(100));'],
    },
  },
  {
    id: 'cs.kdf-low-work-factor',
    ...LOW_WORK_FACTOR_RULE,
    languages: CSHARP,
    patterns: [
      // Rfc2898DeriveBytes(password, salt) runs 1,000 iterations of SHA-1; a literal count under 10,000 is too few.
      String.raw`\bnew\s{1,5}Rfc2898DeriveBytes\s{0,5}\(\s{0,5}[^,()\n]{1,100},\s{0,5}[^,()\n]{1,100}(?:\)|,\s{0,5}\d{1,4}\s{0,5}[,)])`,
      String.raw`\bRfc2898DeriveBytes\s{0,5}\.\s{0,5}Pbkdf2\s{0,5}\([^,()\n]{1,100},[^,()\n]{1,100},\s{0,5}\d{1,4}\s{0,5},`,
      String.raw`\bBCrypt\s{0,5}\.\s{0,5}HashPassword\s{0,5}\([^,()\n]{1,100},\s{0,5}(?:workFactor\s{0,5}:\s{0,5})?[4-9]\s{0,5}\)`,
      // PBKDF1, kept for compatibility: 100 iterations by default.
      String.raw`\bnew\s{1,5}PasswordDeriveBytes\s{0,5}\(`,
    ],
    keywords: ['rfc2898derivebytes', 'hashpassword', 'passwordderivebytes'],
    examples: {
      bad: ['using var kdf = new Rfc2898DeriveBytes(password, salt);', 'var key = Rfc2898DeriveBytes.Pbkdf2(password, salt, 1000, HashAlgorithmName.SHA256, 32);', 'var hash = BCrypt.Net.BCrypt.HashPassword(password, 4);', 'var pdb = new PasswordDeriveBytes(password, salt);'],
      good: ['var key = Rfc2898DeriveBytes.Pbkdf2(password, salt, 600000, HashAlgorithmName.SHA256, 32);', 'var hash = BCrypt.Net.BCrypt.HashPassword(password, 12);'],
    },
  },
  {
    id: 'cs.ssrf-request-url',
    ...SSRF_FROM_REQUEST_RULE,
    languages: CSHARP,
    patterns: [
      // HttpClient, WebClient and WebRequest calls whose URL is request input or a variable holding it.
      // (On an HTTP client: a repository's GetAsync(id) is a lookup, not a fetch.)
      // The URL is request input, a variable holding it, or a string whose host is one: $"http://{host}/status".
      String.raw`(?:\b\w{0,40}(?:[Cc]lient|[Hh]ttp)\w{0,40}|\))\s{0,5}\.\s{0,5}(?:Get|GetString|GetStream|GetByteArray|GetFromJson|Post|PostAsJson|Put|PutAsJson|Delete|Patch|Send)Async\s{0,5}\(\s{0,5}${FETCHED_URL}`,
      String.raw`\b(?:DownloadString|DownloadData|DownloadFile|OpenRead)(?:TaskAsync|Async)?\s{0,5}\(\s{0,5}${FETCHED_URL}`,
      String.raw`\b(?:WebRequest\s{0,5}\.\s{0,5}Create(?:Http)?|new\s{1,5}HttpRequestMessage\s{0,5}\(\s{0,5}HttpMethod\s{0,5}\.\s{0,5}\w{1,10}\s{0,5},)\s{0,5}\(?\s{0,5}${FETCHED_URL}`,
    ],
    // The methods themselves: "async" alone is on most lines of ASP.NET code.
    keywords: [
      ...['get', 'getstring', 'getstream', 'getbytearray', 'getfromjson', 'post', 'postasjson', 'put', 'putasjson', 'delete', 'patch', 'send'].map((verb) => `${verb}async`),
      'download', 'openread', 'webrequest', 'httprequestmessage',
    ],
    examples: {
      bad: [
        'var body = await _http.GetStringAsync(Request.Query["url"]);',
        'public async Task<IActionResult> Preview(string url)\n{\n    var response = await _httpClient.GetAsync(url);',
        'var html = new WebClient().DownloadString(Request.QueryString["url"]);', 'var req = WebRequest.Create(Request.Query["url"]);',
        'public async Task<IActionResult> Probe(string host)\n{\n    var status = await _http.GetStringAsync($"http://{host}/status");',
        'public async Task<IActionResult> Probe(string host)\n{\n    var status = await _http.GetStringAsync(@$"http://{host}/status");',
      ],
      good: [
        'var body = await _http.GetStringAsync("https://api.example.com/status");',
        'public async Task<IActionResult> Probe(string id)\n{\n    var status = await _http.GetStringAsync($"http://{_options.Host}/items/{id}");',
        'public async Task<IActionResult> Preview(string id)\n{\n    var response = await _httpClient.GetAsync(_options.BaseUrl);',
        'public async Task<IActionResult> Get(string id)\n{\n    var item = await _repository.GetAsync(id);',
      ],
    },
  },
  {
    id: 'cs.cors-any-origin-credentials',
    ...CREDENTIALED_ANY_ORIGIN_RULE,
    languages: CSHARP,
    patterns: [
      // policy.SetIsOriginAllowed(_ => true).AllowCredentials(): every site, with the user's cookies.
      String.raw`\bSetIsOriginAllowed\s{0,5}\(\s{0,5}(?:\w{1,40}|\(\s{0,5}\w{0,40}\s{0,5}\))\s{0,5}=>\s{0,5}true\s{0,5}\)`,
      String.raw`\b(?:AllowAnyOrigin\s{0,5}\(\s{0,5}\)|WithOrigins\s{0,5}\(\s{0,5}"\*"\s{0,5}\))[^;]{0,300}?\.\s{0,5}AllowCredentials\s{0,5}\(`,
      String.raw`\bAllowCredentials\s{0,5}\(\s{0,5}\)[^;]{0,300}?\.\s{0,5}(?:AllowAnyOrigin\s{0,5}\(\s{0,5}\)|WithOrigins\s{0,5}\(\s{0,5}"\*"\s{0,5}\))`,
      // Web API 2: [EnableCors(origins: "*", ..., SupportsCredentials = true)]
      String.raw`\[\s{0,5}EnableCors\s{0,5}\([^\]\n]{0,300}?origins\s{0,5}:\s{0,5}"\*"[^\]\n]{0,300}?SupportsCredentials\s{0,5}=\s{0,5}true`,
    ],
    keywords: ['setisoriginallowed', 'allowcredentials', 'supportscredentials'],
    reach: 'block',
    examples: {
      bad: [
        'policy.AllowAnyHeader().AllowAnyMethod().SetIsOriginAllowed(_ => true).AllowCredentials();',
        'policy.AllowAnyOrigin().AllowCredentials();',
        'policy.WithOrigins("*").AllowAnyHeader().AllowCredentials();',
        '[EnableCors(origins: "*", headers: "*", methods: "*", SupportsCredentials = true)]', 'policy.AllowCredentials().AllowAnyOrigin();'],
      good: [
        'policy.WithOrigins("https://app.example.com").AllowCredentials();',
        'policy.SetIsOriginAllowed(origin => new Uri(origin).Host == "app.example.com");',
        'app.UseCors(b => b.AllowAnyOrigin().AllowAnyMethod().AllowAnyHeader());',
      ],
    },
  },
  {
    id: 'cs.cors-reflected-origin',
    ...CORS_REFLECTED_ORIGIN_RULE,
    languages: CSHARP,
    patterns: [
      // Headers.Append("Access-Control-Allow-Origin", context.Request.Headers["Origin"]), Headers[HeaderNames.AccessControlAllowOrigin] = origin,
      // Headers.AccessControlAllowOrigin = origin.
      String.raw`(?:\b(?:Add|Append|TryAdd|Set)\s{0,5}\(\s{0,5}${ALLOW_ORIGIN_HEADER}\s{0,5},\s{0,5}(?:${RECEIVER}${REQUEST_INPUT}|\w{1,60}\s{0,5}\))|(?:\[\s{0,5}${ALLOW_ORIGIN_HEADER}\s{0,5}\]|\.\s{0,5}AccessControlAllowOrigin)\s{0,5}=\s{0,5}(?:${RECEIVER}${REQUEST_INPUT}|\w{1,60}\s{0,5};))`,
    ],
    keywords: ['access-control-allow-origin', 'accesscontrolalloworigin'],
    examples: {
      bad: [
        'Response.Headers.Add("Access-Control-Allow-Origin", Request.Headers["Origin"]);',
        'var origin = Request.Headers["Origin"].ToString();\ncontext.Response.Headers["Access-Control-Allow-Origin"] = origin;',
        'context.Response.Headers.Append("Access-Control-Allow-Origin", context.Request.Headers["Origin"]);',
        'string origin = context.Request.Headers["Origin"];\ncontext.Response.Headers[HeaderNames.AccessControlAllowOrigin] = origin;',
        'var origin = Request.Headers.Origin;\nResponse.Headers.AccessControlAllowOrigin = origin;',
      ],
      good: [
        'Response.Headers.Add("Access-Control-Allow-Origin", "https://app.example.com");',
        'var origin = Request.Headers["Origin"].ToString();\nif (_allowedOrigins.Contains(origin)) context.Response.Headers["Access-Control-Allow-Origin"] = origin;',
        'context.Response.Headers["Access-Control-Allow-Origin"] = allowedOrigin;',
        'if (_allowedOrigins.Contains(Request.Headers["Origin"])) Response.Headers.Add("Access-Control-Allow-Origin", Request.Headers["Origin"]);',
      ],
    },
  },
  {
    id: 'cs.weak-tls-protocol',
    ...WEAK_TLS_PROTOCOL_RULE,
    languages: CSHARP,
    patterns: [String.raw`\b(?:SslProtocols|SecurityProtocolType)\s{0,5}\.\s{0,5}(?:Ssl2|Ssl3|Tls|Tls11)\b`],
    keywords: ['sslprotocols', 'securityprotocoltype'],
    examples: {
      bad: ['ServicePointManager.SecurityProtocol = SecurityProtocolType.Tls;', 'options.SslProtocols = SslProtocols.Tls11 | SslProtocols.Tls12;'],
      good: ['options.SslProtocols = SslProtocols.Tls12 | SslProtocols.Tls13;', 'ServicePointManager.SecurityProtocol = SecurityProtocolType.Tls12;'],
    },
  },
  {
    id: 'cs.developer-exception-page',
    title: 'Show the developer exception page in development only',
    languages: CSHARP,
    severity: 'warning',
    confidence: 'medium',
    patterns: [String.raw`\b(?:app|builder)\s{0,5}\.\s{0,5}UseDeveloperExceptionPage\s{0,5}\(\s{0,5}\)`],
    matcher: 'outside-development-check',
    keywords: ['usedeveloperexceptionpage'],
    scope: 'code',
    lesson: 'debug-mode',
    cwe: ['CWE-489', 'CWE-209'],
    owasp: 'A05:2021',
    message: 'The developer exception page shows stack traces, source lines, headers and settings to anyone who triggers an error; turn it on only inside if (app.Environment.IsDevelopment()).',
    examples: {
      bad: [
        'if (!app.Environment.IsDevelopment())\n{\n    app.UseHsts();\n}\nelse\n{\n    app.UseMigrationsEndPoint();\n}\napp.UseDeveloperExceptionPage();','var app = builder.Build();\napp.UseDeveloperExceptionPage();'],
      good: ['if (app.Environment.IsDevelopment())\n{\n    app.UseDeveloperExceptionPage();\n}', 'if (env.IsDevelopment()) app.UseDeveloperExceptionPage();', 'app.UseExceptionHandler("/Error");', 'if (!app.Environment.IsDevelopment())\n{\n    app.UseExceptionHandler("/Error");\n    app.UseHsts();\n}\nelse\n{\n    app.UseDeveloperExceptionPage();\n}'],
    },
  },
  {
    id: 'cs.rsa-without-oaep',
    title: 'Encrypt with RSA-OAEP, not PKCS#1 v1.5 padding',
    languages: CSHARP,
    severity: 'warning',
    confidence: 'medium',
    patterns: [
      // RSACryptoServiceProvider's Encrypt(data, fOAEP: false); other classes' Encrypt(text, false) means something else.
      String.raw`\b\w{0,40}(?:[Rr]sa|RSA|[Cc]sp)\w{0,40}\s{0,5}\.\s{0,5}(?:Encrypt|Decrypt)\s{0,5}\(\s{0,5}[^,;()\n]{1,100},\s{0,5}false\s{0,5}\)`,
      String.raw`\.\s{0,5}(?:Encrypt|Decrypt)\s{0,5}\(\s{0,5}[^,;()\n]{1,100},\s{0,5}RSAEncryptionPadding\s{0,5}\.\s{0,5}Pkcs1\s{0,5}\)`,
    ],
    keywords: ['encrypt', 'decrypt'],
    scope: 'code',
    lesson: 'weak-cryptography',
    cwe: ['CWE-780', 'CWE-327'],
    owasp: 'A02:2021',
    message: 'RSA with PKCS#1 v1.5 padding falls to padding-oracle attacks (Bleichenbacher) that recover the plaintext; use RSAEncryptionPadding.OaepSHA256.',
    examples: {
      bad: ['var enc = rsa.Encrypt(data, false);', 'var enc = rsa.Encrypt(data, RSAEncryptionPadding.Pkcs1);', 'byte[] decrypted = RSAalg.Decrypt(dataToDecrypt, false);'],
      good: ['var enc = rsa.Encrypt(data, RSAEncryptionPadding.OaepSHA256);', 'var enc = rsa.Encrypt(data, true);', 'var token = CryptoHelper.Encrypt(text, false);'],
    },
  },
  {
    id: 'cs.dynamic-code',
    title: 'Do not compile or resolve code from dynamic text',
    languages: CSHARP,
    severity: 'error',
    confidence: 'medium',
    patterns: [
      String.raw`\b(?:CSharpScript\s{0,5}\.\s{0,5}(?:EvaluateAsync|RunAsync|Create)|CSharpSyntaxTree\s{0,5}\.\s{0,5}ParseText)\s{0,5}(?:<[^<>\n]{1,60}>\s{0,5})?\(\s{0,5}(?:[a-z_]\w{0,60}\s{0,5}[,)]|${REQUEST_INPUT}|[^;\n()]{0,150}${BUILT})`,
      // A type or a Dynamic LINQ expression named by the request.
      String.raw`\bType\s{0,5}\.\s{0,5}GetType\s{0,5}\(\s{0,5}${REQUEST_INPUT}`,
      String.raw`\.\s{0,5}(?:Where|OrderBy|Select)\s{0,5}\(\s{0,5}${REQUEST_INPUT}`,
    ],
    // A serializer made for a type named by the request is cs.insecure-deserializer's finding.
    unless: [String.raw`Serializer\s{0,5}\(\s{0,5}Type\s{0,5}\.\s{0,5}GetType`],
    keywords: ['csharpscript', 'parsetext', 'gettype', '(request'],
    scope: 'code',
    lesson: 'code-injection',
    cwe: ['CWE-94', 'CWE-470'],
    owasp: 'A03:2021',
    message: 'This text is compiled, or names the type or expression that runs, so whoever controls it runs code in the server process; map allowed names to known types or handlers.',
    examples: {
      bad: [
        'var result = await CSharpScript.EvaluateAsync(code);',
        'var obj = Activator.CreateInstance(Type.GetType(Request.Query["type"]));',
        'var q = db.Users.Where(Request.Query["filter"]);',
      ],
      good: ['var result = await CSharpScript.EvaluateAsync("1 + 2");', 'var t = Type.GetType("MyApp.Plugins.Default");', 'var q = db.Users.Where(u => u.Name == name);'],
    },
  },
  {
    id: 'cs.temp-file-predictable',
    ...FIXED_TEMP_PATH_RULE,
    languages: CSHARP,
    patterns: [
      String.raw`\bPath\s{0,5}\.\s{0,5}Combine\s{0,5}\(\s{0,5}Path\s{0,5}\.\s{0,5}GetTempPath\s{0,5}\(\s{0,5}\)\s{0,5},\s{0,5}@?"[^"\n{]{1,200}"\s{0,5}\)`,
      // Reads and writes of a fixed path there (whether it exists says nothing of who made it).
      String.raw`\b(?:(?:File|Directory)\s{0,5}\.\s{0,5}(?:Create\w{0,15}|Open\w{0,10}|Write\w{0,15}|Append\w{0,15}|Read\w{0,15}|Copy|Move|Replace)|new\s{1,5}(?:FileStream|StreamWriter|StreamReader|FileInfo))\s{0,5}\(\s{0,5}@?"/tmp/[^"\n]{1,200}"`,
    ],
    keywords: ['gettemppath', '"/tmp/'],
    message: 'The temp folder is shared with every local user, so a fixed or guessable name there can be created or symlinked by someone else first, and the read or write lands where they chose; use Path.GetTempFileName(), or a private folder named by Path.GetRandomFileName().',
    examples: {
      bad: ['var path = Path.Combine(Path.GetTempPath(), "report.pdf");', 'File.WriteAllText("/tmp/app-session.json", json);'],
      good: ['if (File.Exists("/tmp/app.lock")) return;', 'var path = Path.GetTempFileName();', 'var path = Path.Combine(Path.GetTempPath(), Path.GetRandomFileName());', 'var path = Path.Combine(Path.GetTempPath(), $"{Guid.NewGuid()}.pdf");', 'File.WriteAllText(Path.Combine(dataDir, "app-session.json"), json);'],
    },
  },
  {
    id: 'cs.type-name-from-request',
    title: 'Do not load types named by the request',
    languages: CSHARP,
    severity: 'error',
    confidence: 'medium',
    // Type.GetType given a variable that holds request data (an action's parameter, say); cs.dynamic-code reports a
    // request read written in place.
    patterns: [String.raw`\bType\s{0,5}\.\s{0,5}GetType\s{0,5}\(\s{0,5}[A-Za-z_]\w{0,60}\s{0,5}[,)]`],
    unless: [String.raw`Serializer\s{0,5}\(\s{0,5}Type\s{0,5}\.\s{0,5}GetType`],
    matcher: 'request-input',
    keywords: ['gettype'],
    scope: 'code',
    lesson: 'code-injection',
    cwe: ['CWE-470'],
    owasp: 'A03:2021',
    message: 'The request names the type this loads, so a caller can make the server create any type it can reach, some of which run code when built; map allowed names to known types.',
    examples: {
      bad: ['public IActionResult Run(string handler)\n{\n    var type = Type.GetType(handler);'],
      good: ['public IActionResult Run(string handler)\n{\n    var type = Type.GetType(_options.DefaultHandler);', 'var type = Type.GetType(typeName, throwOnError: true);'],
    },
  },
  {
    id: 'cs.mass-assignment',
    ...MASS_ASSIGNMENT_RULE,
    languages: CSHARP,
    // TryUpdateModelAsync(user) with no list of properties binds every property the request names.
    patterns: [String.raw`\bTryUpdateModel(?:Async)?\s{0,5}\(\s{0,5}\w{1,60}\s{0,5}\)`],
    keywords: ['tryupdatemodel'],
    examples: {
      bad: ['await TryUpdateModelAsync(user);'],
      good: ['await TryUpdateModelAsync(user, "", u => u.Name, u => u.Email);'],
    },
  },
  {
    id: 'cs.jwt-validation-disabled',
    ...JWT_VALIDATION_DISABLED_RULE,
    languages: CSHARP,
    patterns: [
      String.raw`\b(?:ValidateIssuerSigningKey|RequireSignedTokens|ValidateLifetime|RequireExpirationTime)\s{0,5}=\s{0,5}false\b`,
      String.raw`\bnew\s{1,5}SigningCredentials\s{0,5}\([^;,\n]{1,100},\s{0,5}"none"`,
      // A SignatureValidator that hands back the token unread accepts any signature.
      String.raw`\bSignatureValidator\s{0,5}=\s{0,5}(?:delegate\b|\(?\s{0,5}\w{1,40}\s{0,5},\s{0,5}\w{1,40}\s{0,5}\)?\s{0,5}=>)\s{0,5}(?:\{\s{0,40}return\s{1,5})?new\s{1,5}(?:JwtSecurityToken|JsonWebToken)\s{0,5}\(\s{0,5}\w{1,40}\s{0,5}\)`,
    ],
    keywords: ['validateissuersigningkey', 'requiresignedtokens', 'validatelifetime', 'requireexpirationtime', 'signaturevalidator', 'signingcredentials'],
    examples: {
      bad: [
        'options.TokenValidationParameters = new TokenValidationParameters { ValidateIssuerSigningKey = false };',
        'ValidateLifetime = false,',
        'RequireSignedTokens = false,',
        'SignatureValidator = (token, parameters) => new JwtSecurityToken(token),',
        'var header = new JwtHeader(new SigningCredentials(key, "none"));',
      ],
      good: [
        'options.TokenValidationParameters = new TokenValidationParameters { ValidateIssuerSigningKey = true, ValidateLifetime = true };',
        'ValidateAudience = false,',
        '// never set ValidateLifetime = false in production',
      ],
    },
  },
  {
    id: 'cs.xpath-concatenation',
    ...XPATH_BUILT_RULE,
    languages: CSHARP,
    patterns: [
      String.raw`\b(?:SelectNodes|SelectSingleNode|XPathSelectElements?|XPathEvaluate|Evaluate|Compile|Select)\s{0,5}\(\s{0,60}(?:@?"[^"\n]{0,200}"\s{0,5}\+\s{0,5}${JOINED}|[A-Za-z_][\w.]{0,60}\s{0,5}\+\s{0,5}@?"|\$@?"[^"\n{]{0,200}\{|@\$"[^"\n{]{0,200}\{|[Ss]tring\s{0,5}\.\s{0,5}Format\s{0,5}\()`,
    ],
    keywords: ['select', 'xpath', 'evaluate', 'compile'],
    message: 'This XPath query is built by joining in a value, so a quote in it can rewrite the query and return or bypass any node; escape the value or use an XsltArgumentList variable.',
    examples: {
      bad: [
        'var node = doc.SelectSingleNode("//user[@name=\'" + userName + "\']");',
        'return elem.XPathSelectElement(string.Format("param[@name=\'{0}\']", parameter.Name));',
        'var nodes = doc.SelectNodes($"//order[@id=\'{orderId}\']");',
      ],
      good: ['var node = doc.SelectSingleNode("//configuration/appSettings");', 'var items = list.Select(x => x.Name + "!");'],
    },
  },
  {
    id: 'cs.xpath-dynamic',
    title: 'Check where an XPath query comes from',
    languages: CSHARP,
    severity: 'info',
    confidence: 'medium',
    patterns: [String.raw`\b(?:SelectNodes|SelectSingleNode|XPathSelectElements?|XPathEvaluate)\s{0,5}\(\s{0,5}${JOINED}[\w.]{0,80}\s{0,5}[,)]`],
    keywords: ['selectnodes', 'selectsinglenode', 'xpathselectelement', 'xpathevaluate'],
    scope: 'code',
    lesson: 'xpath-injection',
    cwe: ['CWE-643'],
    owasp: 'A03:2021',
    message: 'The XPath query comes from a variable; if users can influence it they can read any part of the document, so build it from constants and escaped values.',
    examples: {
      bad: ['XmlNode next = element.SelectSingleNode(name);', 'var nodes = updatedDocument.XPathSelectElements(xpathToRemove);'],
      good: ['XmlNode next = element.SelectSingleNode("item");', 'var nodes = doc.SelectNodes(ITEMS_XPATH);'],
    },
  },
  {
    id: 'cs.ldap-filter-concatenation',
    ...LDAP_FILTER_BUILT_RULE,
    languages: CSHARP,
    patterns: [
      String.raw`"\((?:[&|!]\(?)?${LDAP_ATTRIBUTE}=[^"\n{]{0,200}(?:"\s{0,5}\+\s{0,5}${JOINED}|${HOLE})`,
    ],
    unless: [String.raw`\b(?:LdapFilterEncode|EscapeLdap\w{0,20}|Encoder\s{0,5}\.\s{0,5}LdapFilterEncode)\b`],
    examples: {
      bad: [
        'searcher.Filter = "(&(objectClass=user)(sAMAccountName=" + userName + "))";',
        'var searcher = new DirectorySearcher(entry, $"(mail={email})");',
      ],
      good: ['searcher.Filter = "(&(objectClass=user)(sAMAccountName=" + Encoder.LdapFilterEncode(userName) + "))";', 'searcher.Filter = "(objectClass=user)";'],
    },
  },
  {
    id: 'cs.html-raw-dynamic',
    title: 'Do not output raw HTML from variables',
    languages: CSHARP_AND_RAZOR,
    severity: 'warning',
    confidence: 'medium',
    patterns: [
      String.raw`\bHtml\s{0,5}\.\s{0,5}Raw\s{0,5}\(\s{0,5}[A-Za-z_@(]`,
      String.raw`\b(?:new\s{1,5}(?:HtmlString|MvcHtmlString)|MvcHtmlString\s{0,5}\.\s{0,5}Create|\.\s{0,5}AppendHtml)\s{0,5}\(\s{0,5}(?:[A-Za-z_@(]|[^;\n()]{0,150}${BUILT})`,
    ],
    unless: [String.raw`\b(?:JsonSerializer|Json\s{0,5}\.\s{0,5}Encode|HtmlEncoder|Sanitize\w{0,20}|HtmlEncode)\b`],
    keywords: ['html.raw', 'htmlstring', 'appendhtml'],
    scope: 'code',
    lesson: 'xss',
    cwe: ['CWE-79'],
    owasp: 'A03:2021',
    message: 'Raw HTML output skips Razor\'s encoding, so any user-supplied text in this value runs as script in the page; encode it or sanitize it with an allow-list.',
    examples: {
      bad: ['@Html.Raw(Model.Comment)', 'return new HtmlString(description);', 'return new HtmlString("<b>" + name + "</b>");', 'return MvcHtmlString.Create("<p>" + comment + "</p>");', 'tag.InnerHtml.AppendHtml(userInput);'],
      good: ['@Model.Comment', '@Html.Raw("<br />")', 'return new HtmlString("<hr/>");', 'tag.InnerHtml.AppendHtml("<br/>");', 'tag.InnerHtml.Append(userInput);'],
    },
  },
  {
    id: 'cs.client-script-built',
    title: 'Encode values joined into registered scripts',
    languages: CSHARP,
    severity: 'warning',
    confidence: 'medium',
    // WebForms' ClientScript and ScriptManager put the script into the page as it is. The script comes after the
    // type and key (and, for ScriptManager, the control): a key built from a row id is harmless.
    patterns: [
      String.raw`\bClientScript\s{0,5}\.\s{0,5}Register(?:StartupScript|ClientScriptBlock)\s{0,5}\((?:[^,;()\n]{1,80}(?:\([^()\n]{0,40}\))?\s{0,5},){2}[^;\n]{0,200}?${BUILT}`,
      String.raw`\bScriptManager\s{0,5}\.\s{0,5}Register(?:StartupScript|ClientScriptBlock)\s{0,5}\((?:[^,;()\n]{1,80}(?:\([^()\n]{0,40}\))?\s{0,5},){3}[^;\n]{0,200}?${BUILT}`,
    ],
    // A value encoded for script on the line or the few above (JavaScriptStringEncode, System.Text.Json's
    // serializer, which escapes < > & and quotes).
    matcher: 'script-values-unencoded',
    keywords: ['registerstartupscript', 'registerclientscriptblock'],
    scope: 'code',
    lesson: 'xss',
    cwe: ['CWE-79'],
    owasp: 'A03:2021',
    message: "A value joined into a script that the page runs is code, not text: a quote in a comment or a name ends the string and runs what follows; encode it with HttpUtility.JavaScriptStringEncode.",
    examples: {
      bad: [
        'Page.ClientScript.RegisterStartupScript(GetType(), "saved", "alert(\'Saved: " + msg + "\');", true);',
        'ScriptManager.RegisterStartupScript(this, GetType(), "err", $"showError(\'{ex.Message}\');", true);',
      ],
      good: [
        'Page.ClientScript.RegisterStartupScript(GetType(), "saved", "alert(\'Saved: " + HttpUtility.JavaScriptStringEncode(msg) + "\');", true);',
        'Page.ClientScript.RegisterStartupScript(GetType(), "saved", "alert(\'Saved\');", true);',
        'ClientScript.RegisterStartupScript(GetType(), "saved" + row.Id, "alert(\'Saved\');", true);',
        'string name = HttpUtility.JavaScriptStringEncode(Profile.DisplayName, true);\nClientScript.RegisterStartupScript(GetType(), "hello", "showWelcome(" + name + ");", true);',
        'var json = JsonSerializer.Serialize(_repo.GetStoreLocations());\nClientScript.RegisterStartupScript(GetType(), "markers", "initMap(" + json + ");", true);',
      ],
    },
  },
  {
    id: 'cs.response-write-request',
    title: 'Encode request values written to the response',
    languages: CSHARP_AND_RAZOR,
    severity: 'error',
    confidence: 'high',
    patterns: [
      String.raw`${RESPONSE_WRITE}[^;\n(]{0,150}${REQUEST_INPUT}`,
      String.raw`${RESPONSE_WRITE}[^;\n()]{1,150}\)`,
      // A WebForms control's Render method writing a request value through its HtmlTextWriter, `output` by the
      // template's name (a StreamWriter named writer, given a value to log, writes no page).
      String.raw`\boutput\s{0,5}\.\s{0,5}Write(?:Line)?\s{0,5}\(\s{0,5}(?:Page\s{0,5}\.\s{0,5})?${REQUEST_INPUT}`,
      // WebForms: a Label's or Literal's Text is written into the page as is.
      String.raw`\b(?:lbl|lit|label|literal)\w{0,40}\s{0,5}\.\s{0,5}Text\s{0,5}=\s{0,5}[^;\n]{0,100}${REQUEST_INPUT}`,
      // return Content("<h1>Hello " + name + "</h1>", "text/html"): markup built with a value, sent as HTML.
      String.raw`\bContent\s{0,5}\(\s{0,5}(?:\$@?"|"[^"\n]{0,200}"\s{0,5}\+)[^;\n]{1,300}?,\s{0,5}"text/html`,
    ],
    unless: [String.raw`\b(?:HtmlEncode|HtmlEncoder|AntiXssEncoder|Encode\s{0,5}\()`],
    matcher: 'request-input',
    keywords: ['response', 'text/html', '.text', 'output.write'],
    scope: 'code',
    lesson: 'xss',
    cwe: ['CWE-79'],
    owasp: 'A03:2021',
    message: 'A request value is written into the response unencoded, so a link with a script in it runs that script in the victim\'s session.',
    examples: {
      bad: [
        'Response.Write("Hello " + Request.QueryString["name"]);',
        'var name = Request.QueryString["name"];\nResponse.Write("Hello " + name);',
        'public IActionResult Hello(string name)\n{\n    return Content("<h1>Hello " + name + "</h1>", "text/html");\n}',
        'public IActionResult Hello([FromQuery] string name) => Content($"<p>{name}</p>", "text/html");', 'lblName.Text = Request["name"];', 'litMessage.Text = "Hi " + Request.QueryString["msg"];',
        'protected override void RenderContents(HtmlTextWriter output)\n{\n    output.Write(Page.Request.QueryString["title"]);'],
      good: [
        'Response.Write("Hello " + HttpUtility.HtmlEncode(Request.QueryString["name"]));',
        'protected override void RenderContents(HtmlTextWriter output)\n{\n    output.Write(HttpUtility.HtmlEncode(Page.Request.QueryString["title"]));',
        'public IActionResult Save(string name)\n{\n    using var writer = new StreamWriter(path);\n    writer.Write(name);',
        'Response.Write("Hello");',
        'var name = User.Identity.Name;\nResponse.Write("Hello " + name);',
        'public IActionResult Hello(string name)\n{\n    return Content("<h1>Hello " + HtmlEncoder.Default.Encode(name) + "</h1>", "text/html");\n}',
        'public IActionResult Hello(string name)\n{\n    return Content("Hello " + name, "text/plain");\n}', 'lblName.Text = HttpUtility.HtmlEncode(Request["name"]);'],
    },
  },
  {
    id: 'cs.request-validation-disabled',
    title: 'Keep ASP.NET request validation on',
    languages: CSHARP,
    severity: 'warning',
    confidence: 'high',
    patterns: [
      String.raw`\[\s{0,5}ValidateInput\s{0,5}\(\s{0,5}false\s{0,5}\)\s{0,5}\]`,
      String.raw`\bValidateRequest\s{0,5}=\s{0,5}false\b`,
      String.raw`\[\s{0,5}AllowHtml\s{0,5}\]`,
      // WebForms 4.5+: a page's or control's own switch, usually in Page_Init.
      String.raw`\bValidateRequestMode\s{0,5}=\s{0,5}(?:System\.Web\.UI\.)?ValidateRequestMode\.Disabled\b`,
    ],
    keywords: ['validateinput', 'validaterequest', 'allowhtml'],
    scope: 'code',
    lesson: 'xss',
    cwe: ['CWE-554', 'CWE-79'],
    owasp: 'A03:2021',
    message: 'Request validation is turned off for this action, so markup and script in form fields reach your code unchecked; encode all output that uses them.',
    examples: {
      bad: [
        '[ValidateInput(false)]',
        '[AllowHtml]\npublic string Body { get; set; }',
        'var pages = (PagesSection)config.GetSection("system.web/pages");\npages.ValidateRequest = false;',
        'protected void Page_Init(object sender, EventArgs e) { ValidateRequestMode = ValidateRequestMode.Disabled; }',
      ],
      good: ['[ValidateAntiForgeryToken]', '// [ValidateInput(false)]', 'protected void Page_Init(object sender, EventArgs e) { ValidateRequestMode = ValidateRequestMode.Enabled; }'],
    },
  },
  {
    id: 'cs.post-without-antiforgery',
    title: 'Validate the anti-forgery token on state-changing actions',
    languages: CSHARP,
    severity: 'info',
    confidence: 'medium',
    patterns: [
      String.raw`\[\s{0,5}Http(?:Post|Put|Delete|Patch)\b[^\]\n]{0,100}\][ \t]{0,20}(?://[^\n]{0,200})?\r?\n(?:[ \t]{0,40}\[(?:[^V\n]|V[^a\n])[^\n]{0,200}\n){0,4}[ \t]{0,40}(?:public|internal|protected)\s{1,5}(?:(?:async|virtual|override|static)\s{1,5})?(?:(?:async|virtual|override)\s{1,5})?[\w<>\[\],.?]{1,80}\s{1,5}\w{1,80}\s{0,5}\(`,
    ],
    unless: [String.raw`\b(?:ValidateAntiForgeryToken|AutoValidateAntiforgeryToken)\b`],
    matcher: 'action-class-unprotected',
    keywords: ['httppost', 'httpput', 'httpdelete', 'httppatch'],
    reach: 'block',
    scope: 'code',
    lesson: 'insecure-cookies',
    cwe: ['CWE-352'],
    owasp: 'A01:2021',
    message: 'This action changes state without [ValidateAntiForgeryToken], so another site can submit it with the user\'s cookies (CSRF) unless a global antiforgery filter is registered.',
    examples: {
      bad: [
        '[HttpPost]\npublic ActionResult ChangePassword(ChangePasswordModel model)\n{',
        '[HttpPost, ActionName("Edit")]\n[FormValueRequired("submit.Publish")]\npublic ActionResult EditPOST(int blogId) {',
        '[HttpPost] // from the settings form\npublic IActionResult Save(SettingsModel model)\n{',
        '[HttpDelete("{id}")]\n[Authorize(Roles = "Admin")]\n[ProducesResponseType(204)]\n[ProducesResponseType(404)]\npublic async Task<IActionResult> Delete(int id)\n{',
        '[Authorize]\npublic class AccountController : Controller\n{\n    [HttpPost]\n    public IActionResult Close(int id)\n    {',
        '[ApiController]\npublic class AccountController : ControllerBase\n{\n    [HttpPost("close")]\n    public IActionResult Close([FromForm] int id)\n    {',
        '[IgnoreAntiforgeryToken]\npublic class TransfersController : Controller\n{\n    [HttpPost]\n    public IActionResult Send(TransferForm form)\n    {',
        '[HttpPost]\n[IgnoreAntiforgeryToken]\npublic IActionResult Send(TransferForm form)\n{',
      ],
      good: [
        '[HttpPost]\n[ValidateAntiForgeryToken]\npublic ActionResult ChangePassword(ChangePasswordModel model)\n{',
        '[HttpPost]\n[Authorize]\n[ValidateAntiForgeryToken]\npublic ActionResult Delete(int id)\n{',
        '[HttpDelete("{id}")]\n[Authorize(Roles = "Admin")]\n[ProducesResponseType(204)]\n[ValidateAntiForgeryToken]\npublic async Task<IActionResult> Delete(int id)\n{',
        '[HttpGet]\npublic ActionResult Index()\n{',
        '[AutoValidateAntiforgeryToken]\npublic class SettingsController : Controller\n{\n    [HttpPost]\n    public IActionResult Save(SettingsModel model)\n    {',
        '[ApiController]\n[Route("api/[controller]")]\npublic class ItemsController : ControllerBase\n{\n    [HttpPost]\n    public IActionResult Create([FromBody] ItemDto dto)\n    {',
        '[ApiController]\npublic class ItemsController : ControllerBase\n{\n    [HttpDelete("{id}")]\n    public IActionResult Delete(int id)\n    {',
      ],
    },
  },
  {
    id: 'cs.cookie-flags-disabled',
    ...INSECURE_COOKIE_RULE,
    languages: CSHARP,
    patterns: [String.raw`\b(?:HttpOnly|Secure)\s{0,5}=\s{0,5}false\b`, String.raw`\bSecurePolicy\s{0,5}=\s{0,5}CookieSecurePolicy\s{0,5}\.\s{0,5}None\b`],
    unless: [String.raw`\b(?:UseSsl|EnableSsl|RequireHttps)\b`],
    keywords: ['httponly', 'secure'],
    examples: {
      bad: ['cookie.HttpOnly = false;', 'Response.Cookies.Append("session", id, new CookieOptions { Secure = false });', 'options.Cookie.SecurePolicy = CookieSecurePolicy.None;'],
      good: ['cookie.HttpOnly = true;', 'var options = new CookieOptions { Secure = true, HttpOnly = true, SameSite = SameSiteMode.Lax };'],
    },
  },
  {
    id: 'cs.session-cookie-without-flags',
    ...SESSION_COOKIE_WITHOUT_FLAGS_RULE,
    languages: CSHARP,
    patterns: [
      // ASP.NET Core: Append with no CookieOptions sends neither flag.
      String.raw`\bCookies\s{0,5}\.\s{0,5}Append\s{0,5}\(\s{0,5}(?:"${AUTH_COOKIE_NAME}"|${AUTH_COOKIE_VARIABLE})\s{0,5},[^,;()\n]{1,100}(?:\([^()\n]{0,100}\)[^,;()\n]{0,100})?\)\s{0,5};`,
      // ASP.NET: a session or token HttpCookie added to the response with no flag set in between.
      String.raw`(?<report>\bnew\s{1,5}HttpCookie\s{0,5}\(\s{0,5}(?:"${AUTH_COOKIE_NAME}"|${AUTH_COOKIE_VARIABLE})\s{0,5}[,)])[^;]{0,200};[\s\S]{0,400}?\bCookies\s{0,5}\.\s{0,5}(?:Add|Set)\s{0,5}\(`,
    ],
    // A flag set on the way; a deletion or CSRF cookie.
    unlessMatch: [String.raw`\b(?:HttpOnly|Secure|RequireSSL)\b`, ...NOT_A_SESSION_COOKIE],
    keywords: ['cookies.append', 'httpcookie'],
    examples: {
      bad: [
        'Response.Cookies.Append("AuthToken", token);',
        'var cookie = new HttpCookie("auth", token);\nResponse.Cookies.Add(cookie);',
        'Response.Cookies.Append(".MyApp.Session", sessionId);',
      ],
      good: [
        'Response.Cookies.Append("AuthToken", token, new CookieOptions { Secure = true, HttpOnly = true });',
        'Response.Cookies.Append("theme", theme);',
        'var cookie = new HttpCookie("auth", token) { HttpOnly = true, Secure = true };\nResponse.Cookies.Add(cookie);',
        'var cookie = new HttpCookie("auth", token);\ncookie.HttpOnly = true;\ncookie.Secure = true;\nResponse.Cookies.Add(cookie);',
        'var cookie = new HttpCookie("auth", "") { Expires = DateTime.Now.AddDays(-1) };\nResponse.Cookies.Add(cookie);',
        'Response.Cookies.Append("XSRF-TOKEN", tokens.RequestToken);',
        'Response.Cookies.Append("PreferredAuthor", author);',
        'Response.Cookies.Append("lastAssessment", assessmentId);',
        'Response.Cookies.Append("LoginProvider", provider);',
      ],
    },
  },
  {
    id: 'cs.exception-to-response',
    ...EXCEPTION_TEXT_RESPONSE_RULE,
    languages: CSHARP,
    patterns: [
      // return BadRequest(ex.Message); StatusCode(500, ex.ToString()); Results.Problem(ex.StackTrace)
      String.raw`${DOMAIN_EXCEPTION_HANDLER}(?<report>\b(?:BadRequest|Ok|NotFound|Conflict|UnprocessableEntity|StatusCode|Content|Problem|Json|ObjectResult|InternalServerError)\s{0,5}\(\s{0,5}(?:\d{3}\s{0,5},\s{0,5}|(?:\(int\)\s{0,5})?(?:HttpStatusCode|StatusCodes)\s{0,5}\.\s{0,5}\w{1,40}\s{0,5},\s{0,5})?(?:(?:detail|value|content)\s{0,5}:\s{0,5})?(?:@?"[^"\n]{0,200}"\s{0,5}\+\s{0,5}|\$@?"[^"\n{]{0,200}\{)?${EXCEPTION_TEXT})`,
      String.raw`${DOMAIN_EXCEPTION_HANDLER}(?<report>\bResponse\s{0,5}\.\s{0,5}Write(?:Async)?\s{0,5}\(\s{0,5}(?:@?"[^"\n]{0,200}"\s{0,5}\+\s{0,5}|\$@?"[^"\n{]{0,200}\{)?${EXCEPTION_TEXT})`,
    ],
    keywords: ['message', 'tostring', 'stacktrace'],
    examples: {
      bad: [
        'catch (Exception ex) { return BadRequest(ex.Message); }',
        'catch (Exception ex) { return StatusCode(500, ex.ToString()); }',
        'await context.Response.WriteAsync("Error: " + ex.Message);',
        'catch (DbUpdateException ex)\n{\n    return StatusCode(500, ex.Message);',
        'catch (NotFoundException ex)\n{\n    return NotFound(ex.ToString());',
      ],
      good: [
        'catch (Exception ex) { _logger.LogError(ex, "Import failed"); return StatusCode(500, "Import failed"); }',
        'catch (ValidationException ex) { return BadRequest(result.Message); }',
        '_logger.LogError(ex.ToString());',
        'catch (NotFoundException ex) { return NotFound(ex.Message); }',
        'catch (ArgumentException ex)\n{\n    return BadRequest(ex.Message);',
      ],
    },
  },
  {
    id: 'cs.jwt-metadata-over-http',
    title: 'Fetch token signing keys over HTTPS',
    languages: CSHARP,
    severity: 'warning',
    confidence: 'medium',
    patterns: [String.raw`\bRequireHttpsMetadata\s{0,5}=\s{0,5}false\b`],
    matcher: 'outside-development-check',
    keywords: ['requirehttpsmetadata'],
    scope: 'code',
    lesson: 'jwt-misuse',
    cwe: ['CWE-319', 'CWE-347'],
    owasp: 'A02:2021',
    message: 'With RequireHttpsMetadata off the signing keys may be fetched over plain HTTP, so anyone on the network path can swap in keys of their own and sign tokens this service accepts; keep it on outside development.',
    examples: {
      bad: ['options.RequireHttpsMetadata = false;'],
      good: ['options.RequireHttpsMetadata = true;', 'if (env.IsDevelopment())\n{\n    options.RequireHttpsMetadata = false;\n}'],
    },
  },
  {
    id: 'cs.jwt-unverified',
    ...JWT_SIGNATURE_UNCHECKED_RULE,
    confidence: 'medium',
    languages: CSHARP,
    // ReadJwtToken parses without validating: reported when the identity is taken from it (reading one's own
    // token's expiry is fine).
    patterns: [
      // A client (Blazor, MAUI) reading its own token's claims to show the user is no server trusting them: the match
      // may start at such a method (ParseClaimsFromJwt, GetAuthenticationStateAsync) and is then not reported.
      String.raw`(?:\b(?:ParseClaimsFromJwt|GetAuthenticationStateAsync)\b[\s\S]{0,300}?)?(?<report>\b(?:ReadJwtToken|ReadToken)\s{0,5}\([^;\n]{1,100}\))(?:[^;\n]{0,60}\.\s{0,5}(?:Claims|Subject|Payload)\b|[^;\n]{0,60};[^;]{0,200}?\.\s{0,5}(?:Claims|Subject|Payload)\b)`,
    ],
    unlessMatch: [String.raw`\bValidateToken\b`, String.raw`^(?:ParseClaimsFromJwt|GetAuthenticationStateAsync)\b`],
    keywords: ['readjwttoken', 'readtoken'],
    reach: 'block',
    message: 'ReadJwtToken parses a JWT without checking its signature, so anyone can write a token with the claims they like; validate it with JwtSecurityTokenHandler.ValidateToken (or JsonWebTokenHandler.ValidateTokenAsync) first.',
    examples: {
      bad: ['var jwt = new JwtSecurityTokenHandler().ReadJwtToken(token);\nvar userId = jwt.Claims.First(c => c.Type == "sub").Value;'],
      good: [
        'var principal = handler.ValidateToken(token, parameters, out var validated);\nvar userId = principal.FindFirst("sub").Value;',
        'var expires = new JwtSecurityTokenHandler().ReadJwtToken(token).ValidTo;',
        'private static IEnumerable<Claim> ParseClaimsFromJwt(string jwt)\n{\n    var token = new JwtSecurityTokenHandler().ReadJwtToken(jwt);\n    return token.Claims;\n}',
        'public override async Task<AuthenticationState> GetAuthenticationStateAsync()\n{\n    var token = _handler.ReadJwtToken(await _storage.GetItemAsync<string>("authToken"));\n    var identity = new ClaimsIdentity(token.Claims, "jwt");',
      ],
    },
  },
  {
    id: 'cs.ldap-anonymous-bind',
    title: 'Authenticate LDAP connections',
    languages: CSHARP,
    severity: 'warning',
    confidence: 'high',
    patterns: [
      // Anonymous set as a connection's or entry's authentication type (a comparison with it is no bind).
      String.raw`\b(?:AuthType|AuthenticationType)\s{0,5}=\s{0,5}(?:AuthenticationTypes|AuthType)\s{0,5}\.\s{0,5}Anonymous\b`,
      String.raw`\bnew\s{1,5}(?:DirectoryEntry|LdapConnection)\s{0,5}\([^;]{0,200}?\b(?:AuthenticationTypes|AuthType)\s{0,5}\.\s{0,5}Anonymous\b`,
      // DirectoryEntry with no user and no password, and no authentication type beyond a simple bind.
      String.raw`\bnew\s{1,5}DirectoryEntry\s{0,5}\([^,;\n()]{1,200},\s{0,5}null\s{0,5},\s{0,5}null\s{0,5},\s{0,5}AuthenticationTypes\s{0,5}\.\s{0,5}None\b`,
    ],
    keywords: ['anonymous', 'directoryentry'],
    scope: 'code',
    lesson: 'ldap-injection',
    cwe: ['CWE-287'],
    owasp: 'A07:2021',
    message: 'This LDAP connection binds anonymously, so the directory answers without knowing who asks and anything the anonymous user may read or change is open to all.',
    examples: {
      bad: [
        'var entry = new DirectoryEntry(path, null, null, AuthenticationTypes.None);', 'entry.AuthenticationType = AuthenticationTypes.Anonymous;', 'connection.AuthType = AuthType.Anonymous;',
        'var entry = new DirectoryEntry("LDAP://dc01/DC=corp,DC=local", null, null, AuthenticationTypes.Anonymous);',
      ],
      good: [
        'var entry = new DirectoryEntry(path, user, password, AuthenticationTypes.Secure);', 'connection.AuthType = AuthType.Negotiate;',
        'if (user.AuthType == AuthType.Anonymous) return Unauthorized();', 'var anonymous = options.AllowedAuthTypes.Contains(AuthType.Anonymous);',
      ],
    },
  },
  {
    id: 'cs.xslt-script-enabled',
    title: 'Do not enable scripts in XSLT',
    languages: CSHARP,
    severity: 'error',
    confidence: 'high',
    patterns: [
      String.raw`\bnew\s{1,5}XsltSettings\s{0,5}\(\s{0,5}(?:true|false)\s{0,5},\s{0,5}true\s{0,5}\)`,
      String.raw`\bEnableScript\s{0,5}=\s{0,5}true\b`,
      String.raw`\bXsltSettings\s{0,5}\.\s{0,5}TrustedXslt\b`,
    ],
    keywords: ['xsltsettings', 'enablescript'],
    scope: 'code',
    lesson: 'code-injection',
    cwe: ['CWE-94'],
    owasp: 'A03:2021',
    message: 'With scripts enabled, an XSLT stylesheet can embed C# that runs on the server, so anyone who can supply or change the stylesheet can run code.',
    examples: {
      bad: [
        'var settings = new XsltSettings(false, true);',
        'xslt.Load(path, XsltSettings.TrustedXslt, resolver);',
        'var settings = new XsltSettings { EnableDocumentFunction = false, EnableScript = true };',
      ],
      good: [
        'var settings = new XsltSettings(false, false);',
        'xslt.Load(path, XsltSettings.Default, null);',
        'var settings = new XsltSettings { EnableDocumentFunction = false, EnableScript = false };',
      ],
    },
  },
  {
    id: 'cs.hardcoded-password',
    ...HARDCODED_CREDENTIAL_RULE,
    languages: CSHARP,
    patterns: [
      // string password = "..."; const string ApiKey = "..."; new Credentials { Password = "..." }
      CREDENTIAL_IDENTIFIER + String.raw`\s{0,5}=\s{0,5}@?"(?<secret>[^"\s]{3,200})"`,
      String.raw`\bnew\s{1,5}(?:System\.Net\.)?NetworkCredential\s{0,5}\(\s{0,5}[^,;\n()]{1,100},\s{0,5}@?"(?<secret>[^"\s]{3,200})"`,
      // Basic credentials encoded in the code: Convert.ToBase64String(Encoding.ASCII.GetBytes("user:pass")).
      String.raw`\bToBase64String\s{0,5}\(\s{0,5}(?:System\.Text\.)?Encoding\s{0,5}\.\s{0,5}\w{2,20}\s{0,5}\.\s{0,5}GetBytes\s{0,5}\(\s{0,5}@?"(?<secret>[^"\s:]{1,60}:[^"\s]{3,200})"`,
    ],
    unlessMatch: [...NOT_A_CREDENTIAL, BASIC_CREDENTIAL_STAND_IN, ...BASIC_ENCODED_ID],
    keywords: [...CREDENTIAL_KEYWORDS, 'networkcredential', 'tobase64string'],
    message: 'A password or key is written into the code, so everyone with the source or the assembly has it and rotating it needs a release; read it from configuration, user secrets or a key vault.',
    examples: {
      bad: [
        'private const string AdminPassword = "hunter2";',
        'var client = new SmtpClient(host) { Credentials = new NetworkCredential("mailer", "m41lP4ss") };',
        'var options = new DbOptions { Password = "Sup3rS3cret!" };',
        'client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.ASCII.GetBytes("admin:Passw0rd!")));',
      ],
      good: [
        'var password = Environment.GetEnvironmentVariable("DB_PASSWORD");',
        'public const string PasswordField = "password";',
        'var credentials = new NetworkCredential(user, password);',
        'string password = "";',
        'var auth = Convert.ToBase64String(Encoding.ASCII.GetBytes($"{user}:{password}"));',
        'var auth = Convert.ToBase64String(Encoding.UTF8.GetBytes("user:password"));',
        'var cursor = Convert.ToBase64String(Encoding.UTF8.GetBytes("Product:1234"));',
        'var after = Convert.ToBase64String(Encoding.UTF8.GetBytes("created_at:2024-01-01T00:00:00Z"));',
      ],
    },
  },
  {
    id: 'cs.rsa-short-key',
    ...SHORT_RSA_KEY_RULE,
    languages: CSHARP,
    patterns: [
      String.raw`\bnew\s{1,5}(?:RSA|DSA)CryptoServiceProvider\s{0,5}\(\s{0,60}${SHORT_MODULUS_BITS}\s{0,5}[,)]`,
      String.raw`\b(?:RSA|DSA)\.Create\s{0,5}\(\s{0,60}${SHORT_MODULUS_BITS}\s{0,5}\)`,
      // Only RSA and DSA take these sizes: AES keys are 128 to 256 bits, ECDsa keys 256 to 521.
      String.raw`\.\s{0,5}KeySize\s{0,5}=\s{0,60}${SHORT_MODULUS_BITS}\s{0,5};`,
    ],
    keywords: ['cryptoserviceprovider', 'rsa.create', 'dsa.create', 'keysize'],
    examples: {
      bad: ['var rsa = new RSACryptoServiceProvider(1024);', 'using var rsa = RSA.Create(1024);', 'rsa.KeySize = 512;'],
      good: ['var rsa = new RSACryptoServiceProvider(2048);', 'using var rsa = RSA.Create(3072);', 'aes.KeySize = 256;', 'ecdsa.KeySize = 384;'],
    },
  },
  {
    id: 'cs.pipe-to-shell',
    ...PIPE_TO_SHELL_RULE,
    languages: CSHARP,
    // The shell's command string sits inside escaped quotes: Process.Start("bash", "-c \"curl ... | sh\""), or
    // Arguments = "-c \"...\"" on a ProcessStartInfo.
    patterns: [
      String.raw`\b(?:Process\s{0,5}\.\s{0,5}Start\s{0,5}\(\s{0,5}${SHELL_EXE}\s{0,5},|\bArguments\s{0,5}=)\s{0,5}\$?@?"-[a-zA-Z]{0,9}c\s{1,5}(?:\\"|"")?${PIPED_DOWNLOAD_COMMAND}`,
    ],
    keywords: ['curl', 'wget'],
    examples: {
      bad: [
        'Process.Start("bash", "-c \\"curl -fsSL https://get.example.com/install.sh | bash\\"");',
        'var info = new ProcessStartInfo("/bin/sh") { Arguments = "-c \\"curl -fsSL https://get.example.com/install.sh | sh\\"" };',
      ],
      good: [
        'Console.WriteLine("Install with: curl -fsSL https://get.example.com/install.sh | sh");',
        'Process.Start("curl", "-fsSLo install.sh https://get.example.com/install.sh");',
      ],
    },
  },
];
