#!/usr/bin/env bash
# The whole check, as CI runs it: install what tests need, typecheck, lint
# and format the contract, check gen/ is fresh, then every test against real
# servers that the tests start themselves.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-test-deps.sh

echo "== typecheck"
npx tsc --noEmit

echo "== buf lint / format"
npx buf lint
npx buf format --diff --exit-code >/dev/null || { npx buf format --diff; echo "proto/ is not buf-formatted: run npx buf format -w"; exit 1; }

echo "== buf breaking against the frozen v1 contract"
bash scripts/check-breaking.sh

echo "== gen/ (TypeScript, Go, Python, Java) is what buf generate makes, and compiles"
bash scripts/check-generated-code.sh

echo "== Dockerfile references files that exist"
bash scripts/check-dockerfile.sh

echo "== no regular expression in src/ can backtrack super-linearly (ReDoS)"
npm run --silent check:regexes

echo "== no contract name is a keyword or core type in a target language, or renamed by a generator"
npm run --silent check:contract-names

echo "== no array of started promises is awaited one by one (a rejection would go unhandled)"
npm run --silent check:eager-promises

echo "== tests"
mkdir -p .tmp
npx vitest run --reporter=default --reporter=json --outputFile.json=.tmp/vitest-results.json "$@"

echo "== SDKs: Python, Go, Java and TypeScript run sdks/SCENARIO.md against a DBX server they start"
sdks_failed=0
bash scripts/test-sdks.sh || sdks_failed=1

echo "== benchmark smoke (keeps npm run bench working; figures are not checked)"
npm run bench:smoke

# One plain closing line for whoever reads the end of the log, and the tests
# that did not run, by name. The only tests that may skip are those that
# need a real MongoDB (DBX_TEST_MONGODB_URL); any other skip fails the run,
# so "not run" is never mistaken for "passed".
node -e 'const r = JSON.parse(require("fs").readFileSync(".tmp/vitest-results.json", "utf8"));
const skipped = r.testResults.flatMap((f) => f.assertionResults.filter((t) => t.status !== "passed" && t.status !== "failed").map((t) => t.title));
const allowed = skipped.filter((t) => t.startsWith("needs a real MongoDB: "));
if (allowed.length > 0) console.log(`Not run: ${allowed.length} tests need a real MongoDB (set DBX_TEST_MONGODB_URL to a replica set):\n${allowed.map((t) => `  - ${t}`).join("\n")}`);
console.log(`${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numPendingTests + r.numTodoTests} skipped`);
const other = skipped.filter((t) => !allowed.includes(t));
if (other.length > 0) { console.error(`Skipped without needing a real MongoDB (a test must run or fail):\n${other.join("\n")}`); process.exit(1); }'
if ((sdks_failed)); then echo "An SDK's tests failed (see \"== SDK:\" above)."; exit 1; fi
