#!/usr/bin/env bash
# Installs what the TypeScript SDK's tests (scripts/test-sdk-typescript.sh)
# need on a fresh Debian machine, as root: Debian's Chromium for the browser
# tests (driven by playwright-core, which downloads no browser), openssl, the SDK's npm
# packages from its lockfile, and the repository's own packages for the DBX
# server the tests start. Idempotent: a second run only checks.
#
# npm keeps the packages it downloads in its cache (~/.npm, outside the
# clone) and --prefer-offline reads them from there, so a fresh clone on the
# same machine downloads nothing again.
set -euo pipefail
cd "$(dirname "$0")/.."

need_apt=()
command -v chromium >/dev/null || need_apt+=(chromium)
command -v openssl >/dev/null || need_apt+=(openssl) # the TLS test makes its own CA
if ((${#need_apt[@]})); then
  echo "install-sdk-typescript: apt-get install ${need_apt[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null
fi

npm_ci() {
  local folder=$1
  if [ ! -d "$folder/node_modules" ] || [ "$folder/package-lock.json" -nt "$folder/node_modules/.package-lock.json" ]; then
    echo "install-sdk-typescript: npm ci in $folder"
    (cd "$folder" && npm ci --prefer-offline --no-audit --no-fund)
  fi
}

npm_ci .               # the DBX server (sdks/test-server.mjs)
npm_ci sdks/typescript # its prepare script builds dist/ from src/ and gen/ts
