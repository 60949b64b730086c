// Realistic multi-line cases for the PHP rules, keyed by rule id.
import type { RuleCases } from '../../../rule-tester';

export const PHP_CASES: Record<string, RuleCases> = {
  'php.file-path-input': {
    invalid: [
      {
        // A request header read into a variable names the file.
        code: "<?php\n$name = $_SERVER['HTTP_X_FILE_NAME'];\nreadfile('/srv/exports/' . $name);\n",
        findings: [{ line: 3, column: 1 }],
      },
    ],
    valid: ["<?php\n$name = $_SERVER['HTTP_X_FILE_NAME'];\nreadfile('/srv/exports/' . basename($name));\n"],
  },
  'php.sql-concatenation': {
    invalid: [
      {
        code: '<?php\n$sql = "SELECT * FROM users" .\n       " WHERE user_name = \'" . $_POST[\'username\'] . "\' AND active = 1";\n$res = mysqli_query($conn, $sql);\n',
        findings: [{ line: 3, column: 8 }],
      },
      {
        code: "<?php\nfunction findUser($db, $id) {\n    return $db->query('SELECT * FROM users WHERE id = ' . $id)->fetch();\n}\n",
        findings: [{ line: 3, column: 23 }],
      },
    ],
    valid: [
      '<?php\n$stmt = $pdo->prepare("SELECT * FROM users WHERE user_name = :name");\n$stmt->execute([\'name\' => $_POST[\'username\']]);\n',
      '<?php\n/* $sql = "SELECT * FROM users WHERE id = $id"; */\n',
    ],
  },
  'php.command-injection-input': {
    invalid: [
      {
        code: '<?php\nif (isset($_GET["host"])) {\n    $output = shell_exec("nslookup " . $_GET["host"]);\n    echo "<pre>$output</pre>";\n}\n',
        findings: [{ line: 3, column: 15 }],
      },
    ],
    valid: ['<?php\nif (isset($_GET["host"])) {\n    $output = shell_exec("nslookup " . escapeshellarg($_GET["host"]));\n}\n'],
  },
  'php.echo-input': {
    invalid: [
      {
        code: '<div class="search">\n  You searched for: <?php echo $_GET["q"]; ?>\n</div>\n',
        findings: [{ line: 2, column: 27 }],
      },
    ],
    valid: [
      '<div class="search">\n  You searched for: <?php echo htmlspecialchars($_GET["q"], ENT_QUOTES, "UTF-8"); ?>\n</div>\n',
      '<?php\n// echo $_GET["q"];\n',
    ],
  },
  'php.header-redirect-input': {
    invalid: [
      {
        code: '<?php\nif ($loggedIn) {\n    header("Location: " . $_GET["next"]);\n    exit;\n}\n',
        findings: [{ line: 3, column: 5 }],
      },
      {
        // Laravel's request object is request data too, followed through a variable.
        code: "<?php\npublic function back(Request $request) {\n    $next = $request->input('next');\n    header(\"Location: $next\");\n}\n",
        findings: [{ line: 4, column: 5 }],
      },
    ],
    valid: [
      '<?php\nif ($loggedIn) {\n    header("Location: /dashboard");\n    exit;\n}\n',
      "<?php\npublic function back(Request $request) {\n    $next = $request->input('next');\n    if (!str_starts_with($next, '/')) { $next = '/'; }\n    header(\"Location: $next\");\n}\n",
    ],
  },
  'php.tls-verification-disabled': {
    invalid: [
      {
        code: '<?php\n$ch = curl_init($url);\ncurl_setopt($ch, CURLOPT_RETURNTRANSFER, true);\ncurl_setopt($ch, CURLOPT_SSL_VERIFYPEER, false);\n$body = curl_exec($ch);\n',
        findings: [{ line: 4, column: 18 }],
      },
    ],
    valid: ['<?php\n$ch = curl_init($url);\ncurl_setopt($ch, CURLOPT_SSL_VERIFYPEER, true);\ncurl_setopt($ch, CURLOPT_CAINFO, $caBundle);\n'],
  },
  'php.weak-password-hash': {
    invalid: [
      {
        code: "<?php\n$user = $_POST['user'];\n$password = md5(htmlspecialchars(trim($_POST['Password'])));\n$q = $db->prepare('SELECT id FROM users WHERE login = ? AND pass = ?');\n",
        findings: [{ line: 3, column: 13 }],
      },
    ],
    valid: ["<?php\n$hash = password_hash($_POST['Password'], PASSWORD_DEFAULT);\n"],
  },
  'php.display-errors': {
    invalid: [{ code: "<?php\nerror_reporting(E_ALL);\nini_set('display_errors', 'on');\n", findings: [{ line: 3, column: 1 }] }],
    valid: ["<?php\nerror_reporting(E_ALL);\nini_set('display_errors', '0');\nini_set('log_errors', '1');\n"],
  },
  'php.spoofable-ip-header': {
    invalid: [
      {
        code: "<?php\nfunction clientIp() {\n    if (!empty($_SERVER['HTTP_CLIENT_IP'])) {\n        $ip = $_SERVER['HTTP_CLIENT_IP'];\n    } elseif (!empty($_SERVER['HTTP_X_FORWARDED_FOR'])) {\n        $ip = $_SERVER['HTTP_X_FORWARDED_FOR'];\n    } else {\n        $ip = $_SERVER['REMOTE_ADDR'];\n    }\n    return $ip;\n}\n",
        findings: [{ line: 4, column: 13 }],
      },
      {
        code: "<?php\n$ips = explode(',', $_SERVER['HTTP_X_FORWARDED_FOR']);\n$ip = trim(end($ips));\n",
        findings: [{ line: 2, column: 19 }],
      },
    ],
    valid: [
      "<?php\nif (isset($_SERVER['HTTP_CLIENT_IP'])\n    || isset($_SERVER['HTTP_X_FORWARDED_FOR'])\n) {\n    header('HTTP/1.0 403 Forbidden');\n    exit('You are not allowed to access this file.');\n}\n",
      "<?php\n$ip = $_SERVER['REMOTE_ADDR'];\n$agent = $_SERVER['HTTP_USER_AGENT'];\n",
    ],
  },
  'php.ip-based-access-check': {
    invalid: [
      {
        code: "<?php\nif (isset($_SERVER['HTTP_CLIENT_IP'])\n    || isset($_SERVER['HTTP_X_FORWARDED_FOR'])\n    || !(in_array(@$_SERVER['REMOTE_ADDR'], array('127.0.0.1', 'fe80::1', '::1')) || php_sapi_name() === 'cli-server')\n) {\n    header('HTTP/1.0 403 Forbidden');\n    exit('You are not allowed to access this file.');\n}\n",
        findings: [{ line: 4, column: 10 }],
      },
    ],
    valid: ["<?php\n$log->info('request', ['ip' => $_SERVER['REMOTE_ADDR'], 'uri' => $_SERVER['REQUEST_URI']]);\n"],
  },
  'php.hardcoded-password-hash': {
    invalid: [
      {
        code: "<?php\n$db->insert('user', [\n    'acronym' => 'admin',\n    'email' => 'admin@example.com',\n    'password' => password_hash('admin', PASSWORD_DEFAULT),\n]);\n",
        findings: [{ line: 5, column: 19 }],
      },
    ],
    valid: ["<?php\n$db->insert('user', [\n    'acronym' => $acronym,\n    'password' => password_hash($password, PASSWORD_DEFAULT),\n]);\n"],
  },
  'php.predictable-seed': {
    invalid: [
      {
        code: "<?php\nfunction uid()\n{\n    mt_srand(crc32(microtime()));\n    $prefix = sprintf('%05d', mt_rand(5, 99999));\n    return uniqid($prefix);\n}\n",
        findings: [{ line: 4, column: 5 }],
      },
    ],
    valid: ["<?php\nfunction uid()\n{\n    return bin2hex(random_bytes(16));\n}\n"],
  },
  'php.uniqid-value': {
    invalid: [
      {
        code: "<?php\nif (move_uploaded_file($_FILES['photo']['tmp_name'], $dir . '/' . ($name = uniqid() . '.jpg'))) {\n    echo 'ok';\n}\n",
        findings: [{ line: 2, column: 74 }],
      },
    ],
    valid: ["<?php\n$name = bin2hex(random_bytes(16)) . '.jpg';\nmove_uploaded_file($_FILES['photo']['tmp_name'], $dir . '/' . $name);\n"],
  },
  'php.predictable-tmp-path': {
    invalid: [
      {
        code: "<?php\n$tainted = shell_exec('cat /tmp/tainted.txt');\n$sanitized = filter_var($tainted, FILTER_SANITIZE_SPECIAL_CHARS);\n",
        findings: [{ line: 2, column: 12 }],
      },
    ],
    valid: ["<?php\n$path = tempnam(sys_get_temp_dir(), 'report');\nfile_put_contents($path, $csv);\n"],
  },
  'php.session-id-from-input': {
    invalid: [
      {
        code: "<?php\nif (isset($_GET['sid'])) {\n    session_id($_GET['sid']);\n}\nsession_start();\n",
        findings: [{ line: 3, column: 5 }],
      },
    ],
    valid: ["<?php\nsession_start();\nif ($loggedIn) {\n    session_regenerate_id(true);\n}\n"],
  },
};
