#!/usr/bin/env bash
# Runs the Python SDK's whole test suite: the typed service clients are fresh
# from gen/python, mypy --strict passes on the package, tests, tools and
# example, and pytest runs sdks/SCENARIO.md with the sync and asyncio clients
# against a DBX test server it starts (node sdks/test-server.mjs), plus the
# value, filter, transport and packaging tests.
# Needs scripts/install-sdk-python.sh (and the repository's npm packages).
set -Eeuo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$root/scripts/codegen-versions.env"
sdk="$root/sdks/python"
venv="$root/.tmp/sdk-python-venv"
python="$venv/bin/python"

failed() { echo "test-sdk-python: FAILED ($1)"; exit 1; }
[ -x "$python" ] || failed "no venv at $venv: run scripts/install-sdk-python.sh"
[ -d "$root/node_modules" ] || failed "no node_modules: run npm ci (the test server is the DBX CLI)"

wheelhouse="$(ls -d "$DBX_TOOL_CACHE"/python-sdk-wheels-"$("$python" --version | tr -d ' ')"-* 2>/dev/null | head -1 || true)"
export DBX_PYTHON_WHEELHOUSE="$wheelhouse"
cd "$sdk"

echo "test-sdk-python: installing the SDK from the working tree"
"$python" -m pip install --quiet --disable-pip-version-check --no-index --no-deps --no-build-isolation \
  --force-reinstall . || failed "pip install ./sdks/python"

echo "test-sdk-python: typed service clients are fresh"
"$python" tools/generate_services.py --check || failed "src/dbx_client/services.py is stale"

echo "test-sdk-python: mypy --strict"
"$python" -m mypy || failed "mypy"

echo "test-sdk-python: pytest"
"$python" -m pytest -q -p no:cacheprovider || failed "pytest"

echo "test-sdk-python: all passed"
