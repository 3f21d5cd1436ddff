#!/usr/bin/env bash
# Installs the TypeScript client's exact dependencies (package-lock.json) with `npm ci`, using
# npm's cache first. Idempotent: nothing is done when node_modules already matches the lockfile.
# Node 20+ and npm are required; without them this is a warning on a workstation and an error
# in CI (CI=true), where the client's proof must run.
set -euo pipefail
cd "$(dirname "$0")"

missing() {
  if [ "${CI:-}" = "true" ]; then
    echo "clients/typescript: $1 (required in CI)" >&2
    exit 1
  fi
  echo "clients/typescript: $1; skipped (the TypeScript client's tests will skip)" >&2
  exit 0
}
command -v node >/dev/null || missing "node is not installed"
command -v npm >/dev/null || missing "npm is not installed"
major="$(node -p 'process.versions.node.split(".")[0]')"
[ "$major" -ge 20 ] || missing "node $major is too old (need 20+)"

stamp=node_modules/.lockfile-sha256
want="$(sha256sum package-lock.json | cut -d' ' -f1)"
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ] && [ -x node_modules/.bin/tsx ]; then
  exit 0
fi
npm ci --prefer-offline --no-audit --no-fund --loglevel=error >/dev/null
echo "$want" > "$stamp"
