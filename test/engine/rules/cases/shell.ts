// Realistic multi-line cases for the Shell scripts (sh, bash, zsh, PowerShell) rules, keyed by rule id.
import type { RuleCases } from '../../../rule-tester';

export const SHELL_CASES: Record<string, RuleCases> = {
  'sh.pipe-to-shell': {
    invalid: [
      {
        code: '#!/usr/bin/env bash\nset -euo pipefail\nif ! command -v rustup >/dev/null; then\n  curl --proto "=https" -sSf https://sh.rustup.rs | sh -s -- -y\nfi\n',
        findings: [{ line: 4, column: 3 }],
      },
      {
        code: 'FROM debian:12-slim\nRUN apt-get update && apt-get install -y curl \\\n && curl -fsSL https://deb.example.com/setup_20.x | bash -\n',
        languageId: 'dockerfile',
        findings: [{ line: 3, column: 3 }],
      },
      { code: 'Set-ExecutionPolicy Bypass -Scope Process\nirm https://get.example.com/install.ps1 | iex\n', languageId: 'powershell', findings: [{ line: 2, column: 1 }] },
      // CI and deployment YAML: a workflow step, a GitLab script item, a block of commands, a container's command.
      { code: 'jobs:\n  build:\n    steps:\n      - run: curl -fsSL https://get.example.com/install.sh | bash\n', languageId: 'github-actions-workflow', findings: [{ line: 4, column: 7 }] },
      { code: 'build:\n  script:\n    - curl -sSL https://get.example.com/setup | sh\n', languageId: 'yaml', findings: [{ line: 3, column: 5 }] },
      { code: '      - name: Install\n        run: |\n          curl -fsSL https://get.example.com/install.sh | sudo bash\n', languageId: 'github-actions-workflow', findings: [{ line: 3, column: 11 }] },
      { code: 'install:\n\t@curl -fsSL https://get.example.com/install.sh | sh\n', languageId: 'makefile', findings: [{ line: 2, column: 2 }] },
      { code: 'containers:\n  - name: init\n    command: ["/bin/sh", "-c", "wget -qO- https://get.example.com/boot.sh | sh"]\n', languageId: 'yaml', findings: [{ line: 3, column: 32 }] },
    ],
    valid: [
      '#!/usr/bin/env bash\ncurl -fsSLo rustup-init.sh https://sh.rustup.rs\nsha256sum -c rustup-init.sh.sha256\nsh rustup-init.sh -y\n',
      { code: 'FROM debian:12-slim\nRUN curl -fsSL https://deb.example.com/key.gpg | gpg --dearmor -o /usr/share/keyrings/ex.gpg\n', languageId: 'dockerfile' },
      // YAML that only mentions the command: a description, a quoted value, a key that runs nothing.
      { code: 'description: "Install with curl -fsSL https://get.example.com/install.sh | bash"\nnote: curl https://get.example.com | sh is discouraged\n', languageId: 'yaml' },
      { code: 'install:\n\tcurl -fsSLo install.sh https://get.example.com/install.sh\n\tsha256sum -c install.sh.sha256 && sh install.sh\n', languageId: 'makefile' },
      { code: '      - run: curl -fsSLo install.sh https://get.example.com/install.sh && sha256sum -c install.sh.sha256 && bash install.sh\n', languageId: 'github-actions-workflow' },
    ],
  },
  'sh.eval-variable': {
    invalid: [{ code: 'for arg in "$@"; do\n  cmd="run_$arg"\n  eval "$cmd"\ndone\n', findings: [{ line: 3, column: 3 }] }],
    valid: ['eval "$(ssh-agent -s)"\nssh-add ~/.ssh/id_ed25519\n'],
  },
  'sh.chmod-world-writable': {
    invalid: [{ code: 'FROM node:22-slim\nWORKDIR /app\nRUN mkdir -p /app/uploads && chmod -R 777 /app/uploads\n', languageId: 'dockerfile', findings: [{ line: 3, column: 30 }] }],
    valid: [{ code: 'FROM node:22-slim\nRUN chmod 1777 /tmp && chmod 755 /usr/local/bin/entry\n', languageId: 'dockerfile' }],
  },
  'sh.tls-verification-disabled': {
    invalid: [
      { code: 'FROM alpine:3.20\nRUN wget --no-check-certificate -O /tmp/app.tgz https://example.com/app.tgz\n', languageId: 'dockerfile', findings: [{ line: 2, column: 10 }] },
      { code: 'TOKEN=$(curl -sk https://vault.internal/v1/token)\n', findings: [{ line: 1, column: 8 }] },
      { code: 'steps:\n  - run: curl -k -o app.tgz https://artifacts.internal/app.tgz\n', languageId: 'github-actions-workflow', findings: [{ line: 2, column: 3 }] },
    ],
    valid: [
      'TOKEN=$(curl -s --cacert /etc/ssl/internal-ca.pem https://vault.internal/v1/token)\n',
      { code: 'steps:\n  - run: curl --cacert ca.pem -o app.tgz https://artifacts.internal/app.tgz\n', languageId: 'github-actions-workflow' },
    ],
  },
  'sh.ssh-host-key-check-disabled': {
    invalid: [{ code: 'deploy() {\n  rsync -e "ssh -o StrictHostKeyChecking=no" -az dist/ "$HOST:/srv/app"\n}\n', findings: [{ line: 2, column: 20 }] }],
    valid: ['deploy() {\n  ssh-keyscan "$HOST" >> ~/.ssh/known_hosts\n  rsync -az dist/ "$HOST:/srv/app"\n}\n'],
  },
  'sh.package-verification-disabled': {
    invalid: [{ code: 'FROM ubuntu:24.04\nRUN apt-get update \\\n && apt-get install -y --allow-unauthenticated legacy-tool\n', languageId: 'dockerfile', findings: [{ line: 3, column: 24 }] }],
    valid: [{ code: 'FROM ubuntu:24.04\nRUN apt-get update \\\n && apt-get install -y --no-install-recommends tool\n', languageId: 'dockerfile' }],
  },
  'sh.predictable-temp-file': {
    invalid: [{ code: 'tmp=/tmp/backup.$$\npg_dump app > "$tmp"\n', findings: [{ line: 1, column: 5 }] }],
    valid: ['tmp=$(mktemp)\ntrap \'rm -f "$tmp"\' EXIT\npg_dump app > "$tmp"\n'],
  },
};
