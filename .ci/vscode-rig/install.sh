#!/usr/bin/env bash
# Installs the real-editor test rig: Debian Chromium + build deps (apt), a seeded @vscode/ripgrep cache,
# and the pinned npm tools in .ci/vscode-rig (code-server 4.100.3, playwright-core, @vscode/vsce).
# Idempotent: each step is skipped when already done, so a second run takes well under a second.
# usage: .ci/vscode-rig/install.sh        env: RIG_FORCE=1 reinstalls the npm part
set -euo pipefail
rig="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
t0=$(date +%s)
say() { echo "[rig-install +$(( $(date +%s) - t0 ))s] $*"; }

# fonts-dejavu-core: chromium is installed without recommends, and screenshots need a font.
apt_pkgs=(chromium fonts-dejavu-core libkrb5-dev ripgrep python3 make g++)
missing=()
for p in "${apt_pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if ((${#missing[@]})); then
  say "apt-get install ${missing[*]}"
  sudo_cmd=(); [[ $(id -u) -ne 0 ]] && sudo_cmd=(sudo)
  export DEBIAN_FRONTEND=noninteractive
  "${sudo_cmd[@]}" apt-get update -qq
  "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# The stamp records the lockfile the installed node_modules came from; a changed lockfile reinstalls.
stamp="$rig/node_modules/.rig-stamp"
want="$(sha256sum "$rig/package-lock.json" 2>/dev/null | cut -d' ' -f1 || true)"
pty="$rig/node_modules/node-pty/build/Release/pty.node"
[[ -f "$pty" ]] || pty="$(find "$rig/node_modules" -path '*node-pty/build/Release/pty.node' -print -quit 2>/dev/null || true)"
if [[ -z "${RIG_FORCE:-}" && -n "$want" && -f "$stamp" && "$(cat "$stamp")" == "$want" && -n "$pty" && -f "$pty" ]]; then
  say "npm tools already installed ($(node -p "require('$rig/node_modules/code-server/package.json').version") code-server)"
  exit 0
fi

# @vscode/ripgrep (a code-server dependency) downloads rg from GitHub in postinstall; it looks in this
# cache first, so seed it with Debian's rg. The file name must match exactly.
rg_cache="${TMPDIR:-/tmp}/vscode-ripgrep-cache-1.15.11"
mkdir -p "$rg_cache"
[[ -s "$rg_cache/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz" ]] ||
  tar czf "$rg_cache/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz" -C /usr/bin rg

# unsafe_perm: code-server's postinstall refuses root without it; yes: node-pty's postinstall runs
# `npx node-gyp`; nodedir: node-gyp uses the local headers instead of downloading them.
cd "$rig"
export npm_config_yes=true npm_config_unsafe_perm=true npm_config_nodedir=/usr PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
if [[ -f package-lock.json ]]; then
  say "npm ci (code-server build takes ~1 min)"
  npm ci --no-audit --no-fund --loglevel=error
else
  say "npm install (no lockfile yet)"
  npm install --no-audit --no-fund --loglevel=error
  want="$(sha256sum package-lock.json | cut -d' ' -f1)"
fi
echo "$want" > "$stamp"
say "done"
