#!/bin/sh
# Plays the part of a VS Code executable for @vscode/test-electron's runTests({ vscodeExecutablePath })
# on machines that cannot download desktop VS Code: it reads the arguments a VS Code window would get
# and hands them to runExtensionHostTests.mjs (code-server + headless Chromium).
#
# Understood: --extensionDevelopmentPath=DIR, --extensionTestsPath=FILE, one folder argument.
# Ignored: every other option (--no-sandbox, --disable-gpu-sandbox, --disable-updates,
# --skip-welcome, --skip-release-notes, --disable-workspace-trust, --disable-extensions,
# --extensions-dir=..., --user-data-dir=...); the runner uses throwaway profile folders and decides
# workspace trust from CAPTAIN_TRUST. Code-server settings come from the environment (CS_ENTRY, ...).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
[ -n "${CAPTAIN_SHIM_LOG:-}" ] && printf 'vscode-shim: %s\n' "$*" >>"$CAPTAIN_SHIM_LOG"

skipNext=0
devPath=''
for arg in "$@"; do
  if [ "$skipNext" -eq 1 ]; then
    skipNext=0
    continue
  fi
  case "$arg" in
    # The runner loads one extension under development: the first one given.
    --extensionDevelopmentPath=*) [ -n "$devPath" ] || devPath=${arg#*=} ;;
    --extensionTestsPath=*) EXT_TESTS=${arg#*=} ;;
    # Options that take their value as the next argument when written without '='.
    --user-data-dir | --extensions-dir | --locale | --profile | --log | --folder-uri) skipNext=1 ;;
    -*) ;;
    *) WS=$arg ;;
  esac
done

if [ -z "${EXT_TESTS:-}" ]; then
  echo 'vscode-shim: no --extensionTestsPath= given; this shim only runs extension tests' >&2
  exit 2
fi

export EXT_TESTS
[ -n "$devPath" ] && export EXT_DEV="$devPath"
[ -n "${WS:-}" ] && export WS
exec node "$here/runExtensionHostTests.mjs"
