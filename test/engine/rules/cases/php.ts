// Realistic multi-line cases for the PHP rules, keyed by rule id.
import type { RuleCases } from '../../../rule-tester';

export const PHP_CASES: Record<string, RuleCases> = {
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
    ],
    valid: ['<?php\nif ($loggedIn) {\n    header("Location: /dashboard");\n    exit;\n}\n'],
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
};
