#!/usr/bin/env bash
# Regenerates gen/ (TypeScript, Go, Python, Java) from proto/ with buf.gen.yaml,
# after installing the pinned generators (scripts/install-codegen-tools.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/codegen-versions.env

bash scripts/install-codegen-tools.sh
PATH="$DBX_TOOL_CACHE/bin:$PATH" npx buf generate "$@"
