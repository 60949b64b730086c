// Shell scripts (sh, bash, zsh, PowerShell).
import type { RuleSpec } from '../types';
import { DOCKERFILE, MAKEFILE, SHELL, YAML } from '../languages';
import { PIPE_INTO_SHELL, PIPE_TO_SHELL_RULE, TLS_VERIFICATION_DISABLED_RULE, WORLD_WRITABLE_FILE_RULE } from './shared-families';

/** PowerShell's download cmdlets and their aliases. */
const POWERSHELL_DOWNLOAD = String.raw`(?:iwr|irm|Invoke-WebRequest|Invoke-RestMethod)`;

// Shell commands also run in Dockerfile RUN instructions.
const SHELL_AND_DOCKER = [...SHELL, ...DOCKERFILE];
// ... and in CI and deployment YAML (a workflow's `run:`, GitLab's `script:` items, a container's `command:`) and in
// Makefile recipes.
const RUN_SHELL_COMMANDS = [...SHELL_AND_DOCKER, ...YAML, ...MAKEFILE];
// Every line terminator of a JavaScript regex in multiline mode (U+2028/U+2029 as real characters, for RE2).
const LINE_END = String.raw`\n\r` + '\u2028\u2029';
// Where a command starts: a line start or a separator, then a Dockerfile RUN, a YAML key or list item that holds
// commands, or a Makefile recipe's prefix (@ silent, - ignore errors, + always run). A quote starts a command too where the lexer says it is code: the string a shell runs
// (`sh -c "curl ... | sh"`). Arguments below exclude the separators, and run at most 1,000 characters, so the scan
// stays linear.
const COMMAND_START = String.raw`(?:^|[;&|(\x60"'])[ \t]{0,100}(?:RUN[ \t]{1,60}|(?:-[ \t]{1,60})?(?:run|script|command|entrypoint)[ \t]{0,5}:[ \t]{1,60}|-[ \t]{1,60}|[@+-]{1,3})?(?:sudo[ \t]{1,60})?`;
const ARGS = String.raw`[^|;&(\x60` + LINE_END + String.raw`]`;

export const SHELL_RULES: RuleSpec[] = [
  {
    id: 'sh.pipe-to-shell',
    ...PIPE_TO_SHELL_RULE,
    languages: RUN_SHELL_COMMANDS,
    patterns: [
      COMMAND_START + String.raw`(?:curl|wget)[ \t]` + ARGS + String.raw`{0,1000}` + PIPE_INTO_SHELL,
      COMMAND_START + String.raw`(?:curl|wget)[ \t]` + ARGS +
        String.raw`{0,1000}\|[ \t]{0,60}(?:sudo[ \t]{1,60}(?:-E[ \t]{1,60})?)?(?:python[23]?|perl|ruby|node)[ \t]{0,60}(?:-[ \t]{0,60})?$`,
      String.raw`\b(?:ba|z|k)?sh\s{1,5}(?:-c\s{1,5})?["']?(?:<\(|\$\()\s{0,60}(?:curl|wget)\s`,
      String.raw`(?:^|[;&|(])${POWERSHELL_DOWNLOAD}[ \t]` + ARGS + String.raw`{0,1000}\|[ \t]?(?:iex|Invoke-Expression)\b`,
      String.raw`^[ \t]{1,100}${POWERSHELL_DOWNLOAD}[ \t]` + ARGS + String.raw`{0,1000}\|[ \t]?(?:iex|Invoke-Expression)\b`,
      String.raw`\b(?:iex|Invoke-Expression)[ \t(]{0,100}(?:New-Object[ \t]{1,60}(?:System\.)?Net\.WebClient\)\.DownloadString|${POWERSHELL_DOWNLOAD}\b)`,
    ],
    keywords: ['curl', 'wget', 'iex', 'invoke-expression'],
    examples: {
      bad: [
        'curl -fsSL https://get.example.com/install.sh | bash',
        'wget -qO- https://example.com/setup | sudo sh',
        'curl -s https://example.com/x.py | python3 -',
        'bash <(curl -fsSL https://example.com/install.sh)',
        'sh -c "$(curl -fsSL https://example.com/install.sh)"',
        "iex ((New-Object System.Net.WebClient).DownloadString('https://example.com/install.ps1'))",
        'irm https://example.com/install.ps1 | iex',
        'curl -sL https://deb.example.com/setup_20.x | sudo -E bash -',
        'if (-not (Get-Command scoop -ErrorAction SilentlyContinue)) {\n    irm get.scoop.sh | iex\n}',
        'docker run --rm alpine sh -c "wget -qO- https://example.com/setup.sh | sh"',
        "bash -lc 'curl -fsSL https://example.com/install.sh | bash'",
      ],
      good: [
        'curl -fsSLo install.sh https://get.example.com/install.sh && sha256sum -c install.sh.sha256 && bash install.sh',
        'curl -s https://api.example.com/data | jq .name',
        '# never do: curl https://x | sh',
        'echo "curl https://x | sh"',
        'printf \'%s\\n\' "To install, run: curl -fsSL https://example.com/install.sh | sh"',
        'curl -fsSL https://example.com/key.gpg | gpg --dearmor -o /usr/share/keyrings/example.gpg',
        'curl -s https://example.com/list | sha256sum',
      ],
    },
  },
  {
    id: 'sh.eval-variable',
    title: 'Avoid eval on variable text',
    languages: SHELL,
    severity: 'warning',
    confidence: 'medium',
    patterns: [
      String.raw`\beval\s+(?:--\s+)?["']?\$(?:\{[A-Za-z_@*#!]|[A-Za-z_@*0-9])`,
      String.raw`\b(?:Invoke-Expression|iex)\s+(?:-Command\s+)?\$[A-Za-z_]`,
    ],
    keywords: ['eval', 'invoke-expression', 'iex'],
    scope: 'code',
    lesson: 'command-injection',
    cwe: ['CWE-95', 'CWE-78'],
    owasp: 'A03:2021',
    message: 'eval runs the text of a variable as shell code, so anything that reaches that variable can run its own commands.',
    examples: {
      bad: ['eval "$cmd"', 'eval $1', 'eval "${ARGS[@]}"', 'Invoke-Expression $command'],
      good: ['eval "$(ssh-agent -s)"', 'eval "$(pyenv init -)"', '"$cmd"', '# eval "$cmd" is dangerous', 'echo "eval $cmd"'],
    },
  },
  {
    id: 'sh.chmod-world-writable',
    ...WORLD_WRITABLE_FILE_RULE,
    languages: SHELL_AND_DOCKER,
    patterns: [
      String.raw`\bchmod[ \t]+(?:-[A-Za-z]{1,4}[ \t]+)?(?:0?[0-7]?[0-7][0-7][2367]\b|[ug]{0,2}[ao][ugo]{0,2}\+[rxXst]{0,3}w)`,
    ],
    // A sticky-bit mode (1777) is the standard, safe mode for shared temporary directories.
    unlessMatch: [String.raw`\b0?1[0-7]{3}$`],
    keywords: ['chmod'],
    examples: {
      bad: ['chmod 777 /var/www/uploads', 'chmod -R 777 "$APP_DIR"', 'chmod 0666 /tmp/app.sock', 'chmod a+w config.json', 'chmod o+rw secrets.env', 'RUN chmod -R 777 /app'],
      good: ['chmod 755 /usr/local/bin/tool', 'chmod -R 750 "$APP_DIR"', 'chmod 600 ~/.ssh/id_ed25519', 'chmod +x install.sh', 'chmod u+w config.json', 'chmod 1777 /tmp', '# chmod 777 is never the answer'],
    },
  },
  {
    id: 'sh.tls-verification-disabled',
    ...TLS_VERIFICATION_DISABLED_RULE,
    title: 'Keep TLS certificate checks on downloads',
    languages: RUN_SHELL_COMMANDS,
    severity: 'warning',
    patterns: [
      COMMAND_START + String.raw`curl\b` + ARGS + String.raw`{0,1000}?[ \t]-[A-Za-z]{0,6}k[A-Za-z]{0,6}\b`,
      String.raw`[ \t]--(?:insecure(?:-skip-tls-verify)?|no-check-certificate)\b`,
      String.raw`\bhttp\.sslVerify(?:=|[ \t]{1,60}["']?)false\b`,
      String.raw`\bGIT_SSL_NO_VERIFY=["']?(?:1|true)\b`,
      String.raw`-SkipCertificateCheck\b`,
      String.raw`ServerCertificateValidationCallback[ \t]{0,60}=[ \t]{0,60}\{[ \t]{0,60}\$true[ \t]{0,60}\}`,
      String.raw`\b(?:npm|yarn|pnpm)[ \t]{1,60}config[ \t]{1,60}set[ \t]{1,60}strict-ssl[ \t]{1,60}false\b`,
    ],
    keywords: ['curl', 'insecure', 'no-check-certificate', 'sslverify', 'git_ssl_no_verify', 'skipcertificatecheck', 'servercertificatevalidationcallback', 'strict-ssl'],
    message: 'Certificate checking is switched off, so anyone on the network path can serve a different file or read the traffic.',
    examples: {
      bad: [
        'curl -k https://internal.example.com/api',
        'curl -sSLk -o app.tgz https://example.com/app.tgz',
        'curl --insecure https://example.com',
        'wget --no-check-certificate https://example.com/file.tar.gz',
        'git config --global http.sslVerify false',
        'export GIT_SSL_NO_VERIFY=1',
        'Invoke-WebRequest -Uri $url -SkipCertificateCheck',
        'npm config set strict-ssl false',
        'helm install app ./chart --insecure-skip-tls-verify',
        '[System.Net.ServicePointManager]::ServerCertificateValidationCallback = { $true }',
      ],
      good: [
        'curl -fsSL https://example.com/api',
        'curl --cacert ca.pem https://internal.example.com/api',
        'wget https://example.com/file.tar.gz',
        'git config --global http.sslVerify true',
        'curl -H "X-Kind: k" https://example.com',
        'kubectl -k overlays/prod',
        'kubectl apply --kustomize overlays/prod',
      ],
    },
  },
  {
    id: 'sh.rm-rf-variable-path',
    title: 'Guard variables in rm -rf paths',
    languages: SHELL_AND_DOCKER,
    severity: 'warning',
    confidence: 'low',
    patterns: [String.raw`\brm[ \t]+-[fv]{0,2}[rR][fv]{0,2}[ \t]+(?:--[ \t]+)?"?\$\{?[A-Za-z_]\w*\}?"?/`],
    unlessMatch: [String.raw`\$\{?(?:HOME|PWD|TMPDIR)\}?"?/$`],
    keywords: ['rm'],
    scope: 'code',
    lesson: 'path-traversal',
    cwe: ['CWE-73'],
    owasp: 'A01:2021',
    message: 'If the variable is empty or unset this deletes from the filesystem root; write ${VAR:?} so the shell stops instead.',
    examples: {
      bad: ['rm -rf $BUILD_DIR/', 'rm -rf "${STEAMROOT}/"*'],
      good: ['rm -rf "${BUILD_DIR:?}/"', 'rm -rf ./build/', 'rm -f $LOG_FILE'],
    },
  },
  {
    id: 'sh.ssh-host-key-check-disabled',
    title: 'Keep SSH host key checking on',
    languages: SHELL_AND_DOCKER,
    severity: 'warning',
    confidence: 'high',
    patterns: [String.raw`\bStrictHostKeyChecking[= ]["']?(?:no|off)\b`, String.raw`\bUserKnownHostsFile[= ]["']?/dev/null\b`],
    keywords: ['stricthostkeychecking', 'userknownhostsfile'],
    scope: 'any',
    unless: [String.raw`^[ \t]*#`],
    lesson: 'tls-verification',
    cwe: ['CWE-295', 'CWE-322'],
    owasp: 'A07:2021',
    message: 'SSH will accept any host key without checking, so a machine in the middle can impersonate the server and capture what you send.',
    examples: {
      bad: ['ssh -o StrictHostKeyChecking=no deploy@host "restart"', 'scp -o "UserKnownHostsFile=/dev/null" a.txt host:'],
      good: ['ssh -o StrictHostKeyChecking=yes deploy@host "restart"', 'ssh-keyscan host >> ~/.ssh/known_hosts', '# -o StrictHostKeyChecking=no is unsafe'],
    },
  },
  {
    id: 'sh.package-verification-disabled',
    title: 'Keep package signature checks on',
    languages: SHELL_AND_DOCKER,
    severity: 'warning',
    confidence: 'high',
    patterns: [
      String.raw`[ \t]--(?:allow-unauthenticated|force-yes|allow-untrusted|nogpgcheck|nosignature|trusted-host)\b`,
      String.raw`\[trusted=yes\]`,
      String.raw`\bgpgcheck[ \t]*=[ \t]*0\b`,
    ],
    keywords: ['allow-unauthenticated', 'force-yes', 'allow-untrusted', 'nogpgcheck', 'nosignature', 'trusted-host', 'trusted=yes', 'gpgcheck'],
    scope: 'any',
    unless: [String.raw`^[ \t]*#`],
    lesson: 'pipe-to-shell',
    cwe: ['CWE-494'],
    owasp: 'A08:2021',
    message: 'The package manager is told to skip signature or TLS checks, so a tampered package from a mirror or proxy would install silently.',
    examples: {
      bad: [
        'apt-get install -y --allow-unauthenticated nginx',
        'apk add --allow-untrusted ./pkg.apk',
        'yum install -y --nogpgcheck app.rpm',
        'pip install --trusted-host pypi.internal -r requirements.txt',
        'echo "gpgcheck=0" >> /etc/yum.repos.d/internal.repo',
        'echo "deb [trusted=yes] http://apt.internal.corp/debian bookworm main" > /etc/apt/sources.list.d/internal.list',
      ],
      good: [
        'apt-get install -y --no-install-recommends nginx',
        'apk add --no-cache curl',
        'yum install -y app',
        'pip install --require-hashes -r requirements.txt',
        'echo "gpgcheck=1" >> /etc/yum.repos.d/internal.repo',
        'echo "deb [signed-by=/usr/share/keyrings/internal.gpg] http://apt.internal.corp/debian bookworm main" > /etc/apt/sources.list.d/internal.list',
      ],
    },
  },
  {
    id: 'sh.predictable-temp-file',
    title: 'Create temporary files with mktemp',
    languages: SHELL_AND_DOCKER,
    severity: 'warning',
    confidence: 'medium',
    patterns: [String.raw`/tmp/[\w.-]*\$\$`, String.raw`\bmktemp[ \t]+(?:-[A-Za-z]{1,4}[ \t]+)?-[a-tv-zA-Z]{0,3}u`],
    keywords: ['/tmp/', 'mktemp'],
    scope: 'any',
    unless: [String.raw`^[ \t]*#`],
    lesson: 'insecure-temp-files',
    cwe: ['CWE-377'],
    owasp: 'A01:2021',
    message: 'A temporary path built from the process id (or reserved with mktemp -u) can be guessed and created first by another user, who then controls the file.',
    examples: {
      bad: ['TMP=/tmp/build.$$', 'out="/tmp/report-$$.txt"', 'f=$(mktemp -u)'],
      good: ['TMP=$(mktemp)', 'dir=$(mktemp -d)', 'f=$(mktemp -t report.XXXXXX)', '# never use /tmp/x.$$'],
    },
  },
];
