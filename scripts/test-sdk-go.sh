#!/usr/bin/env bash
# Runs the Go SDK's whole suite (sdks/go): formatting, go vet (type checks of
# the package, its tests and the example), the example's build, and go test
# -race, which starts a DBX server (node sdks/test-server.mjs) and runs
# sdks/SCENARIO.md over gRPC, Connect and gRPC-Web, plus the unit tests.
# Exits non-zero on any failure; the last line says which.
set -Eeuo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root/sdks/go"

step="setup"
trap 'echo "test-sdk-go: FAILED at step \"$step\"" >&2' ERR

[ -d "$root/node_modules" ] || { echo "test-sdk-go: no node_modules: run scripts/install-test-deps.sh (or npm ci) first" >&2; false; }

step="gofmt"
unformatted="$(gofmt -l .)"
[ -z "$unformatted" ] || { echo "test-sdk-go: not gofmt-formatted: $unformatted" >&2; false; }

step="go vet"
go vet ./...

step="example build"
go build -o /dev/null ./example

step="go test"
# With the race detector: streams, contexts and interceptors run concurrently.
# -p 1 keeps the build to one package at a time beside the server.
CGO_ENABLED=1 go test -race -p 1 -count=1 ./...

echo "test-sdk-go: passed (gofmt, go vet, example build, go test -race: SCENARIO.md over grpc, connect and grpcweb)"
