#!/usr/bin/env bash
# Runs the Java SDK's whole suite (sdks/java): `mvn verify` compiles gen/java,
# the client, the starter, their tests and the README's example (the type
# checks), then JUnit runs sdks/SCENARIO.md over gRPC against a DBX server the
# tests start (node sdks/test-server.mjs), the Reactive Streams publisher, read
# retries, TLS with a custom CA, value conversion, and the Spring Boot
# starter's application context. Exits non-zero on any failure; the last line
# says how many tests passed and failed.
set -Eeuo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root/sdks/java"

[ -d "$root/node_modules" ] || { echo "test-sdk-java: no node_modules: run scripts/install-test-deps.sh (or npm ci) first" >&2; exit 1; }

# Reports of an earlier run must not count.
rm -rf dbx-client/target/surefire-reports dbx-spring-boot-starter/target/surefire-reports
status=0
# Debian's Maven writes colour resets even in batch mode; strip them so the
# log (and its last line) stays plain text.
mvn -B -q verify 2>&1 | sed -u 's/\x1b\[[0-9;]*m//g' || status=$?

# Surefire's own summary is hidden by -q: count its reports.
read -r tests failures errors skipped < <(
  cat ./*/target/surefire-reports/TEST-*.xml 2>/dev/null |
    sed -n 's/.*<testsuite .* tests="\([0-9]*\)" errors="\([0-9]*\)" skipped="\([0-9]*\)" failures="\([0-9]*\)".*/\1 \4 \2 \3/p' |
    awk '{ t += $1; f += $2; e += $3; s += $4 } END { print t + 0, f + 0, e + 0, s + 0 }'
)
failed=$((failures + errors))
if ((status != 0 || failed > 0 || tests == 0)); then
  ((tests > 0)) || echo "test-sdk-java: no test ran" >&2
  echo "test-sdk-java: FAILED: $((tests - failed - skipped)) passed, $failed failed, $skipped skipped (mvn exited $status)"
  exit 1
fi
echo "test-sdk-java: $((tests - skipped)) passed, 0 failed, $skipped skipped"
