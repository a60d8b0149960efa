#!/usr/bin/env bash
# Installs what the test suite needs on a fresh Debian machine: npm packages
# from the lockfile, database servers from Debian, and Go-built tools into
# .tmp/bin. Idempotent: a second run only checks.
set -euo pipefail
cd "$(dirname "$0")/.."

need_apt=()
command -v redis-server >/dev/null || need_apt+=(redis-server)
command -v redis-cli >/dev/null || need_apt+=(redis-tools)
command -v openssl >/dev/null || need_apt+=(openssl)
command -v curl >/dev/null || need_apt+=(curl)
# One PostgreSQL server per test run (test/support/postgres-server.ts); contrib has pg_trgm and friends.
compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || need_apt+=(postgresql postgresql-contrib)
compgen -G "/usr/share/postgresql/*/extension/pg_trgm.control" >/dev/null || need_apt+=(postgresql-contrib)
if ((${#need_apt[@]})); then
  echo "install-test-deps: apt-get install ${need_apt[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null
fi

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi

for tool in scripts/install-*.sh; do
  [ "$tool" = "scripts/install-test-deps.sh" ] && continue
  bash "$tool"
done
