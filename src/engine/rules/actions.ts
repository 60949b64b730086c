// GitHub Actions workflows.
import type { RuleSpec } from '../types';
import { ACTIONS } from '../languages';

/** Event fields that anyone who can open an issue, a pull request or a comment controls. */
const UNTRUSTED = String.raw`(?:github\.event\.(?:issue\.(?:title|body)|pull_request\.(?:title|body|head\.(?:ref|label|repo\.default_branch))|comment\.body|review\.body|review_comment\.body|discussion\.(?:title|body)|discussion_comment\.body|pages(?:\[\d{1,3}\]|\.\*)\.page_name|commits(?:\[\d{1,3}\]|\.\*)\.(?:message|author\.(?:email|name))|head_commit\.(?:message|author\.(?:email|name))|workflow_run\.(?:head_branch|display_title|head_commit\.(?:message|author\.(?:email|name))))|github\.head_ref)\b`;
const EXPRESSION = String.raw`\$\{\{[ \t]{0,60}(?:(?:toJSON|format|join|fromJSON)\([ \t]{0,60})?` + UNTRUSTED;
const K = String.raw`[\w-]`;
/**
 * Any YAML key except `run` and `script`, spelled out since a linear-time regex has no negative lookahead: keys of
 * 1-2, 4-5 and 7-107 characters, and the 3- and 6-character keys that differ from run and script at some letter.
 */
const KEY_NOT_RUN_OR_SCRIPT = [
  K + K + '?',
  K.repeat(4) + K + '?',
  K.repeat(7) + K + '{0,100}',
  '[a-qs-zA-Z0-9_-]' + K + K,
  'r[a-tv-zA-Z0-9_-]' + K,
  'ru[a-mo-zA-Z0-9_-]',
  '[a-rt-zA-Z0-9_-]' + K.repeat(5),
  's[abd-zA-Z0-9_-]' + K.repeat(4),
  'sc[a-qs-zA-Z0-9_-]' + K.repeat(3),
  'scr[a-hj-zA-Z0-9_-]' + K + K,
  'scri[a-oq-zA-Z0-9_-]' + K,
  'scrip[a-su-zA-Z0-9_-]',
].join('|');

export const ACTIONS_RULES: RuleSpec[] = [
  {
    id: 'gha.script-injection',
    title: 'Pass event text to scripts through env, not ${{ }}',
    languages: ACTIONS,
    severity: 'error',
    confidence: 'high',
    patterns: [EXPRESSION],
    // Values of other keys (env:, with:, if:, name:) are not scripts; env: is the fix.
    unless: [String.raw`^[ \t]{0,100}#`, String.raw`^[ \t]{0,100}(?:-[ \t]{1,60})?(?:` + KEY_NOT_RUN_OR_SCRIPT + '):'],
    keywords: ['github.event', 'github.head_ref'],
    scope: 'any',
    lesson: 'actions-script-injection',
    cwe: ['CWE-94', 'CWE-78'],
    owasp: 'A03:2021',
    message: 'Text an outsider controls is pasted into a script before it runs, so a crafted title, branch name or comment can run commands with the workflow token.',
    examples: {
      bad: [
        '      - run: echo "New issue: ${{ github.event.issue.title }}"',
        '        run: |\n          echo "Branch ${{ github.head_ref }}"',
        '        with:\n          script: |\n            const body = `${{ github.event.comment.body }}`',
        '      - run: gh pr comment --body "${{ toJSON(github.event.pull_request.title) }}"',
        '        run: >\n          git log --oneline ${{ github.event.pull_request.head.ref }}',
      ],
      good: [
        '      - env:\n          TITLE: ${{ github.event.issue.title }}\n        run: echo "New issue: $TITLE"',
        '      - run: echo "Issue number ${{ github.event.issue.number }}"',
        '        if: ${{ contains(github.event.issue.title, \'bug\') }}',
        '        with:\n          ref: ${{ github.head_ref }}',
        '      # - run: echo "${{ github.event.issue.title }}"',
        '      - name: Triage ${{ github.event.issue.title }}',
        '        runs-on: ${{ github.event.issue.title }}',
      ],
    },
  },
  {
    id: 'gha.pr-target-checkout',
    title: 'Do not check out PR code in pull_request_target',
    languages: ACTIONS,
    severity: 'error',
    confidence: 'high',
    patterns: [
      String.raw`\bref:[ \t]{0,60}["']?\$\{\{[ \t]{0,60}(?:github\.event\.pull_request\.(?:head\.(?:sha|ref)|merge_commit_sha)|github\.head_ref)\b`,
      String.raw`\brefs/pull/\$\{\{[ \t]{0,60}github\.event\.(?:number|pull_request\.number)\b`,
      String.raw`\bgh[ \t]{1,60}pr[ \t]{1,60}checkout\b`,
      String.raw`\bgit[ \t]{1,60}(?:fetch|checkout|switch)[ \t]{1,60}(?:origin[ \t]{1,60})?["']?\$\{\{[ \t]{0,60}github\.event\.pull_request\.head\.(?:sha|ref)\b`,
    ],
    // The keyword is the trigger, not part of the match: these checkouts are only dangerous in a workflow that runs
    // on pull_request_target, wherever in the file they are.
    keywords: ['pull_request_target'],
    reach: 'file',
    unless: [String.raw`^[ \t]{0,100}#`],
    scope: 'any',
    lesson: 'actions-untrusted-checkout',
    cwe: ['CWE-829', 'CWE-94'],
    owasp: 'A08:2021',
    message: 'This pull_request_target workflow checks out the pull request\'s code, which then runs with write access and secrets that the author of the PR should not have.',
    examples: {
      bad: [
        'on: pull_request_target\njobs:\n  t:\n    steps:\n      - uses: actions/checkout@v4\n        with:\n          ref: ${{ github.event.pull_request.head.sha }}',
        'on:\n  pull_request_target:\njobs:\n  t:\n    steps:\n      - run: gh pr checkout ${{ github.event.number }}',
        'on:\n  pull_request_target:\n    types: [labeled]\njobs:\n  test:\n    steps:\n      - uses: actions/checkout@v4\n        with:\n          ref: refs/pull/${{ github.event.pull_request.number }}/merge',
        'on: pull_request_target\njobs:\n  t:\n    steps:\n      - uses: actions/checkout@v4\n      - run: |\n          git fetch origin ${{ github.event.pull_request.head.sha }}\n          git checkout FETCH_HEAD',
      ],
      good: [
        'on: pull_request\njobs:\n  t:\n    steps:\n      - uses: actions/checkout@v4\n        with:\n          ref: ${{ github.event.pull_request.head.sha }}',
        'on: pull_request_target\njobs:\n  label:\n    steps:\n      - uses: actions/labeler@v5',
        'on: pull_request_target\njobs:\n  t:\n    steps:\n      - uses: actions/checkout@v4\n        with:\n          ref: ${{ github.event.pull_request.base.sha }}',
      ],
    },
  },
  {
    id: 'gha.permissions-write-all',
    title: 'Grant workflows only the permissions they need',
    languages: ACTIONS,
    severity: 'warning',
    confidence: 'high',
    patterns: [String.raw`^[ \t]*permissions:[ \t]*["']?write-all\b`],
    keywords: ['write-all'],
    scope: 'code',
    lesson: 'actions-untrusted-checkout',
    cwe: ['CWE-250', 'CWE-732'],
    owasp: 'A01:2021',
    message: 'write-all gives the workflow token every write permission, so any injected or compromised step can push code, publish releases and change settings.',
    examples: {
      bad: ['permissions: write-all', 'jobs:\n  release:\n    permissions: "write-all"'],
      good: ['permissions:\n  contents: read', 'permissions: read-all', '# permissions: write-all'],
    },
  },
  {
    id: 'gha.allow-unsecure-commands',
    title: 'Do not re-enable set-env and add-path',
    languages: ACTIONS,
    severity: 'error',
    confidence: 'high',
    patterns: [String.raw`\bACTIONS_ALLOW_UNSECURE_COMMANDS[ \t]*[:=][ \t]*["']?true\b`],
    keywords: ['actions_allow_unsecure_commands'],
    scope: 'code',
    lesson: 'actions-script-injection',
    cwe: ['CWE-94'],
    owasp: 'A03:2021',
    message: 'This re-enables the deprecated set-env and add-path commands, so any log line an attacker can influence can set environment variables or PATH for later steps.',
    examples: {
      bad: ['    env:\n      ACTIONS_ALLOW_UNSECURE_COMMANDS: true'],
      good: ['    env:\n      ACTIONS_ALLOW_UNSECURE_COMMANDS: false', '      - run: echo "NAME=value" >> "$GITHUB_ENV"'],
    },
  },
  {
    id: 'gha.unpinned-action',
    title: 'Pin actions to a commit, not a branch',
    languages: ACTIONS,
    severity: 'info',
    confidence: 'low',
    patterns: [String.raw`^[ \t]{0,100}(?:-[ \t]{1,60})?uses:[ \t]{0,60}["']?[\w.-]{1,100}/[\w./-]{1,100}@(?:main|master|dev|develop|latest|HEAD|trunk)\b`],
    keywords: ['uses:'],
    scope: 'code',
    lesson: 'actions-untrusted-checkout',
    cwe: ['CWE-829', 'CWE-1104'],
    owasp: 'A08:2021',
    message: 'A branch reference runs whatever the action\'s owner (or anyone who compromises them) pushes next, with this workflow\'s token and secrets.',
    examples: {
      bad: ['      - uses: some-org/deploy-action@main', '      - uses: "owner/repo/sub@master"'],
      good: ['      - uses: some-org/deploy-action@8f4b7f84864484a7bf31766abe9204da3cbe65b3 # v2.1.0', '      - uses: actions/checkout@v4', '      - uses: ./.github/actions/local'],
    },
  },
];
