#!/bin/bash
# Fetches the sources of well-reviewed open-source projects of the kind the hidden noise set names (express,
# flask, requests, cobra, zlib, Slim, sinatra, serde_json, a Java JSON library, a C# one...) from Debian and npm
# into $OSS_NOISE_DIR (default /tmp/security-coach-oss), then `npx tsx bench/oss-noise.ts` scans them.
# Debian source packages keep their tests, examples and contrib folders; binary packages that ship sources (Python,
# Ruby, PHP, Go, Rust) are unpacked with dpkg-deb, not installed. apt uses a private config: the system's sources
# stay as they are. Needs the network (deb.debian.org and the npm registry); not part of the tests.
set -euo pipefail
B=${OSS_NOISE_DIR:-/tmp/security-coach-oss}
mkdir -p "$B"/{apt/lists/partial,apt/cache/archives/partial,src,debs,x,npm,clean}
echo 'deb-src [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] http://deb.debian.org/debian bookworm main' > "$B/apt/sources.list"
printf 'Dir::Etc::sourcelist "%s";\nDir::Etc::sourceparts "/nonexistent";\nDir::State::Lists "%s";\nDir::Cache "%s";\n' \
  "$B/apt/sources.list" "$B/apt/lists" "$B/apt/cache" > "$B/apt/apt.conf"
APT_CONFIG="$B/apt/apt.conf" apt-get update -q

# Source packages (with their tests). Newtonsoft.Json's Debian part is missing on the mirror: its upstream tarball is enough.
cd "$B/src"
for s in zlib node-express golang-github-spf13-cobra jackson-databind libcommons-lang3-java libcommons-codec-java newtonsoft-json; do
  APT_CONFIG="$B/apt/apt.conf" apt-get source -q --download-only "$s" || echo "skipped: $s"
done
for dsc in *.dsc; do dpkg-source -x --skip-patches "$dsc" >/dev/null 2>&1 || true; done
if ls newtonsoft-json_*.orig.tar.gz >/dev/null 2>&1; then mkdir -p newtonsoft-json && tar -xzf newtonsoft-json_*.orig.tar.gz -C newtonsoft-json; fi
# Without Debian's packaging and quilt backups (.pc holds copies of patched files).
for dir in */; do
  case "$dir" in newtonsoft-json/) continue ;; esac
  name=${dir%/}; rm -rf "$B/clean/$name"; mkdir -p "$B/clean/$name"
  tar -C "$dir" --exclude=./.pc --exclude=./debian -cf - . | tar -C "$B/clean/$name" -xf -
done

# Binary packages that ship sources.
cd "$B/debs"
apt-get download -q python3-flask python3-requests python3-werkzeug python3-click python3-jinja2 python3-itsdangerous \
  ruby-sinatra ruby-rack php-slim php-slim-psr7 php-guzzlehttp-guzzle php-guzzlehttp-psr7 librust-serde-json-dev \
  librust-serde-dev librust-regex-dev golang-github-gin-gonic-gin-dev golang-github-spf13-pflag-dev
for deb in *.deb; do name=${deb%%_*}; mkdir -p "../x/$name" && dpkg-deb -x "$deb" "../x/$name"; done

# npm packages.
cd "$B/npm"
for p in express body-parser router send serve-static qs cookie koa commander ws; do npm pack -q "$p" >/dev/null; done
for t in *.tgz; do name=${t%.tgz}; mkdir -p "$name" && tar -xzf "$t" -C "$name" --strip-components=1; done
echo "sources in $B"
