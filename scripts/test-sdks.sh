#!/usr/bin/env bash
# Runs every SDK's test suite (sdks/SCENARIO.md and the rest) against a DBX
# server each suite starts itself: Python, Go, Java, TypeScript. Every suite
# runs even when an earlier one failed; the last line says which failed.
# Needs scripts/install-test-deps.sh, which runs each scripts/install-sdk-*.sh.
set -uo pipefail
cd "$(dirname "$0")/.."

failed=()
for language in python go java typescript; do
  echo "== SDK: $language (scripts/test-sdk-$language.sh)"
  started=$(date +%s)
  if bash "scripts/test-sdk-$language.sh"; then
    echo "   ($language: $(($(date +%s) - started)) s)"
  else
    echo "   ($language FAILED after $(($(date +%s) - started)) s)"
    failed+=("$language")
  fi
done

if ((${#failed[@]})); then
  echo "test-sdks: FAILED: ${failed[*]}"
  exit 1
fi
echo "test-sdks: every SDK passed (python, go, java, typescript)"
