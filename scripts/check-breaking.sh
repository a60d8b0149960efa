#!/usr/bin/env bash
# Fails when proto/ breaks the frozen v1 contract (proto/v1.binpb, written by
# scripts/freeze-contract.sh) under buf.yaml's `breaking` rules (FILE: what
# breaks generated code breaks too), naming each break.
# Usage: bash scripts/check-breaking.sh [ROOT]   (default this repository)
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(cd "${1:-.}" && pwd)"
image="$root/proto/v1.binpb"

if [ ! -f "$image" ]; then
  echo "check-breaking: $image is missing: freeze v1 with bash scripts/freeze-contract.sh and commit it" >&2
  exit 1
fi
npx buf breaking "$root" --against "$image"
