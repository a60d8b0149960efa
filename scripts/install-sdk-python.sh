#!/usr/bin/env bash
# Installs what the Python SDK's tests need (scripts/test-sdk-python.sh): a
# venv at .tmp/sdk-python-venv with the exact versions of
# sdks/python/requirements-test.lock and the SDK itself with its test extras.
#
# The wheels are downloaded once into $DBX_TOOL_CACHE (a wheelhouse named by
# the lock file's hash), so a second run, or a fresh clone on this machine,
# installs offline. Idempotent: a second run only checks.
set -Eeuo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$root/scripts/codegen-versions.env"
sdk="$root/sdks/python"
lock="$sdk/requirements-test.lock"
venv="$root/.tmp/sdk-python-venv"
fail() { echo "install-sdk-python: $*" >&2; exit 1; }

if ! command -v python3 >/dev/null || ! python3 -c 'import ensurepip, venv' 2>/dev/null; then
  echo "install-sdk-python: apt-get install python3 python3-venv"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends python3 python3-venv python3-pip >/dev/null
fi
python3 -c 'import sys; sys.exit(sys.version_info < (3, 11))' || fail "the SDK needs Python 3.11 or newer, not $(python3 --version)"

# The generated code refuses runtimes older than its generators.
for pin in "protobuf==$PYTHON_PROTOBUF_VERSION" "grpcio==$GRPCIO_VERSION"; do
  grep -qx "$pin" "$lock" || fail "$lock must pin $pin (scripts/codegen-versions.env)"
done

key="$(python3 --version | tr -d ' ')-$(sha1sum "$lock" | cut -c1-12)"
wheelhouse="$DBX_TOOL_CACHE/python-sdk-wheels-$key"
if [ ! -f "$wheelhouse/.complete" ]; then
  echo "install-sdk-python: downloading wheels into $wheelhouse"
  rm -rf "$wheelhouse.partial"
  mkdir -p "$wheelhouse.partial"
  python3 -m pip download --quiet --disable-pip-version-check --only-binary=:all: \
    --dest "$wheelhouse.partial" -r "$lock"
  rm -rf "$wheelhouse"
  mv "$wheelhouse.partial" "$wheelhouse"
  touch "$wheelhouse/.complete"
fi

marker="$venv/.installed-$key"
if [ ! -f "$marker" ] || ! "$venv/bin/python" -c '' 2>/dev/null; then
  echo "install-sdk-python: creating $venv"
  rm -rf "$venv"
  python3 -m venv "$venv"
  offline=(--quiet --disable-pip-version-check --no-index --find-links "$wheelhouse")
  "$venv/bin/pip" install "${offline[@]}" -r "$lock"
  "$venv/bin/pip" install "${offline[@]}" --no-build-isolation "$sdk[test]"
  touch "$marker"
fi
echo "install-sdk-python: ok ($venv, wheels in $wheelhouse)"
