#!/usr/bin/env bash
# Installs FerretDB (a MongoDB wire-protocol server; MongoDB itself is not
# packaged for these machines), pinned, into .tmp/bin of the repository (or
# $FERRETDB_BIN_DIR). Idempotent: does nothing when that version is already
# there. Prints the binary's path.
#
# A plain `go install` of FerretDB builds a binary that panics at start: its
# version file is generated at release, not in the module. So the module is
# downloaded, copied somewhere writable, given its version file, and built.
set -euo pipefail

FERRETDB_VERSION="v1.24.2"
MODULE="github.com/FerretDB/FerretDB"

source "$(dirname "${BASH_SOURCE[0]}")/tool-bin-dir.sh" ferretdb "${FERRETDB_BIN_DIR:-}"

# The output is read whole, not piped into `grep -q`: grep would stop at the
# match, FerretDB would die of SIGPIPE writing the rest, and pipefail would
# call a good binary missing (then rebuild it, and fail the same way).
installed() {
  [[ -x "$binary" ]] && [[ "$("$binary" --version 2>/dev/null)" == *"version: $FERRETDB_VERSION"* ]]
}

if ! installed; then
  command -v go >/dev/null || { echo "install-ferretdb: Go is needed (https://go.dev/dl/)" >&2; exit 1; }
  module_dir="$(go mod download -json "$MODULE@$FERRETDB_VERSION" | sed -n 's/^\s*"Dir": "\(.*\)",$/\1/p')"
  [[ -d "$module_dir" ]] || { echo "install-ferretdb: could not download $MODULE@$FERRETDB_VERSION" >&2; exit 1; }
  work="$(mktemp -d)"
  trap 'rm -rf "$work"' EXIT
  cp -r "$module_dir/." "$work"
  chmod -R u+w "$work"
  echo "$FERRETDB_VERSION" > "$work/build/version/version.txt"
  (cd "$work" && go build -o "$binary" ./cmd/ferretdb)
  installed || { echo "install-ferretdb: $binary does not report $FERRETDB_VERSION" >&2; exit 1; }
fi
echo "$binary"
