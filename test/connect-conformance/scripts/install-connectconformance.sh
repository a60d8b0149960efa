#!/usr/bin/env bash
# Installs the official Connect conformance runner, pinned, into .tmp/bin of
# the repository (or $CONNECTCONFORMANCE_BIN_DIR). Idempotent: does nothing
# when that version is already there. Prints the binary's path.
set -euo pipefail

CONFORMANCE_VERSION="v1.0.7"
MODULE="connectrpc.com/conformance"

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
bin_dir="${CONNECTCONFORMANCE_BIN_DIR:-$root/.tmp/bin}"
binary="$bin_dir/connectconformance"

installed() {
  [[ -x "$binary" ]] && [[ "$("$binary" --version 2>&1)" == *"${CONFORMANCE_VERSION}"* ]]
}

mkdir -p "$bin_dir"
# Test workers may run this at the same time: one installs, the others wait.
exec 9>"$bin_dir/.connectconformance.lock"
flock 9

if ! installed; then
  command -v go >/dev/null || { echo "install-connectconformance: Go is needed (https://go.dev/dl/)" >&2; exit 1; }
  # Fails clearly when the pinned version is not on the module proxy.
  go list -m "$MODULE@$CONFORMANCE_VERSION" >/dev/null
  GOBIN="$bin_dir" go install "$MODULE/cmd/connectconformance@$CONFORMANCE_VERSION"
  installed || { echo "install-connectconformance: $binary does not report $CONFORMANCE_VERSION" >&2; exit 1; }
fi
echo "$binary"
