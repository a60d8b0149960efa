#!/usr/bin/env bash
# Installs what the Go SDK's tests need (sdks/go, scripts/test-sdk-go.sh): the
# Go modules sdks/go/go.mod pins, into the Go module cache (`go env
# GOMODCACHE`, ~/go/pkg/mod), which lives outside the clone, so a fresh clone
# on the same machine downloads nothing. Idempotent: a second run only checks.
#
# Also gcc from Debian, for the race detector. Go itself must already be on PATH (Debian's golang package is older than the
# go directive of gen/go/go.mod; install-codegen-tools.sh needs the same Go).
# The DBX server the tests start is the repository's own (node, npm ci).
set -Eeuo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$root/scripts/codegen-versions.env"

fail() { echo "install-sdk-go: $*" >&2; exit 1; }
trap 'echo "install-sdk-go: failed (line $LINENO: $BASH_COMMAND)" >&2' ERR

command -v go >/dev/null || fail "go is needed on PATH (https://go.dev/dl; Debian's golang is too old)"
command -v node >/dev/null || fail "node is needed on PATH: the tests start sdks/test-server.mjs"

# The go directive of the generated module is the oldest Go that builds it.
need_go="$(awk '$1 == "go" { print $2; exit }' "$root/gen/go/go.mod")"
have_go="$(go env GOVERSION)"
have_go="${have_go#go}"
[ "$(printf '%s\n%s\n' "$need_go" "$have_go" | sort -V | head -1)" = "$need_go" ] ||
  fail "Go $need_go or newer is needed (gen/go/go.mod); found $have_go"

# test-sdk-go.sh runs go test -race, which needs cgo, so a C compiler.
if ! command -v gcc >/dev/null; then
  echo "install-sdk-go: apt-get install gcc libc6-dev (go test -race needs cgo)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends gcc libc6-dev >/dev/null
fi

cd "$root/sdks/go"
# The generated code needs the runtimes it was generated for: the SDK pins
# exactly those (scripts/codegen-versions.env), and no dependency may raise them.
for pin in "connectrpc.com/connect $PROTOC_GEN_CONNECT_GO_VERSION" "google.golang.org/protobuf $PROTOC_GEN_GO_VERSION"; do
  [ "$(go list -m "${pin%% *}")" = "$pin" ] || fail "sdks/go must build with $pin (go list -m says $(go list -m "${pin%% *}"))"
done

go mod download
go mod verify >/dev/null
echo "install-sdk-go: Go $have_go, modules of sdks/go in $(go env GOMODCACHE)"
