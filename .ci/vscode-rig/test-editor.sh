#!/usr/bin/env bash
# Real-editor suites: builds the extension and the tests, then runs the tests inside code-server's real
# extension host twice: a trusted workspace (*.test.ts) and a Restricted Mode one (*.untrusted.ts).
# usage: .ci/vscode-rig/test-editor.sh        env: MOCHA_GREP=<title filter>, RIG_KEEP=1
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
bash .ci/vscode-rig/install.sh || exit 4   # idempotent: under a second when the rig is already there
node esbuild.mjs >/dev/null && node test/extension/build.mjs || exit 4
status=0
echo "== real-editor tests: trusted workspace"
node .ci/vscode-rig/run-ext-tests.mjs . out/test/extension/index.js test/extension/workspace || status=$?
echo "== real-editor tests: untrusted workspace (Restricted Mode)"
RIG_UNTRUSTED=1 node .ci/vscode-rig/run-ext-tests.mjs . out/test/extension/index.js test/extension/workspace || status=$(( status ? status : $? ))
exit "$status"
