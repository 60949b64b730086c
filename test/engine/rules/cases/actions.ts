// Realistic multi-line cases for the GitHub Actions workflows rules, keyed by rule id.
import type { RuleCases } from '../../../rule-tester';

const ISSUE_TRIAGE = `on:
  issues:
    types: [opened]
jobs:
  triage:
    runs-on: ubuntu-latest
    steps:
      - name: Label
        run: |
          echo "Triage \${{ github.event.issue.number }}"
          if [[ "\${{ github.event.issue.title }}" == *bug* ]]; then
            gh issue edit "$NUMBER" --add-label bug
          fi
`;

const ISSUE_TRIAGE_SAFE = `on:
  issues:
    types: [opened]
jobs:
  triage:
    runs-on: ubuntu-latest
    steps:
      - name: Label
        env:
          TITLE: \${{ github.event.issue.title }}
        run: |
          if [[ "$TITLE" == *bug* ]]; then
            gh issue edit "$NUMBER" --add-label bug
          fi
`;

const PR_TARGET = `on:
  pull_request_target:
    types: [opened, synchronize]
permissions:
  contents: read
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          ref: \${{ github.event.pull_request.head.ref }}
          repository: \${{ github.event.pull_request.head.repo.full_name }}
      - run: npm ci && npm run build
`;

export const ACTIONS_CASES: Record<string, RuleCases> = {
  'gha.script-injection': {
    invalid: [{ code: ISSUE_TRIAGE, path: '.github/workflows/triage.yml', findings: [{ line: 11, column: 18 }] }],
    valid: [{ code: ISSUE_TRIAGE_SAFE, path: '.github/workflows/triage.yml' }],
  },
  'gha.pr-target-checkout': {
    invalid: [{ code: PR_TARGET, findings: [{ line: 12, column: 11 }] }],
    valid: [PR_TARGET.replace('pull_request_target', 'pull_request')],
  },
  'gha.permissions-write-all': {
    invalid: [{ code: 'on: push\npermissions: write-all\njobs:\n  build:\n    runs-on: ubuntu-latest\n', findings: [{ line: 2, column: 1 }] }],
    valid: ['on: push\npermissions:\n  contents: read\n  packages: write\njobs:\n  build:\n    runs-on: ubuntu-latest\n'],
  },
};
