#!/usr/bin/env bash
# Packages the extension into a small .vsix with the rig's pinned @vscode/vsce (offline).
# vsce runs the "vscode:prepublish" script (production build) first; .vscodeignore picks the shipped files.
# usage: .ci/vscode-rig/package.sh   -> prints the .vsix path on its last line
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
vsce="$root/.ci/vscode-rig/node_modules/@vscode/vsce/vsce"
[[ -x "$vsce" ]] || bash "$root/.ci/vscode-rig/install.sh"
cd "$root"
out="$root/$(node -p "const p=require('./package.json'); p.name + '-' + p.version + '.vsix'")"
"$vsce" package --no-dependencies --out "$out" >&2
"$vsce" ls --no-dependencies >&2 || true
echo "$(du -k "$out" | cut -f1) KB" >&2
echo "$out"
