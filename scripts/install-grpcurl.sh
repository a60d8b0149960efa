#!/usr/bin/env bash
# Installs grpcurl, pinned, into .tmp/bin of the repository (or $GRPCURL_BIN_DIR).
# Idempotent: does nothing when that version is already there. Prints the binary's path.
set -euo pipefail

GRPCURL_VERSION="v1.9.4"
MODULE="github.com/fullstorydev/grpcurl"

source "$(dirname "${BASH_SOURCE[0]}")/tool-bin-dir.sh" grpcurl "${GRPCURL_BIN_DIR:-}"

# `go install` builds report "dev build" to -version; the module version is in the build info.
# Read whole, not piped into `grep -q` (pipefail: see install-ferretdb.sh).
installed() {
  [[ -x "$binary" ]] && grep -Eq "^\s+mod\s+$MODULE\s+$GRPCURL_VERSION\s" <<<"$(go version -m "$binary" 2>/dev/null)"
}

if ! installed; then
  command -v go >/dev/null || { echo "install-grpcurl: Go is needed (https://go.dev/dl/)" >&2; exit 1; }
  # Fails clearly when the pinned version is not on the module proxy.
  go list -m "$MODULE@$GRPCURL_VERSION" >/dev/null
  GOBIN="$bin_dir" go install "$MODULE/cmd/grpcurl@$GRPCURL_VERSION"
  installed || { echo "install-grpcurl: $binary does not report $GRPCURL_VERSION" >&2; exit 1; }
fi
echo "$binary"
