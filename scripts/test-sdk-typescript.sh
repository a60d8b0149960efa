#!/usr/bin/env bash
# Runs the TypeScript SDK's whole test suite: builds the package, type-checks
# the package, its tests and the README's example, then runs SCENARIO.md in
# Node (gRPC, gRPC-Web, Connect) and in Chromium (Connect, gRPC-Web) against
# a DBX server the tests start, the value and option tests, TLS with a custom
# CA, and the packed tarball installed in an empty folder. Run scripts/install-sdk-typescript.sh
# first.
set -euo pipefail
cd "$(dirname "$0")/../sdks/typescript"

fail() {
  echo "test-sdk-typescript: FAILED ($1)"
  exit 1
}

npm run --silent build || fail "build"
npx tsc --noEmit -p tsconfig.json || fail "type check"
npx vitest run || fail "tests"
echo "test-sdk-typescript: OK (build, type check, Node scenario over gRPC/gRPC-Web/Connect, Chromium over Connect/gRPC-Web, TLS, packed tarball)"
