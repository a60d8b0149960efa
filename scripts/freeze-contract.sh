#!/usr/bin/env bash
# Freezes the v1 contract: writes proto/v1.binpb, the buf image of proto/ (every
# file, the vendored google/rpc and grpc ones included, since clients use them
# too) that scripts/check-breaking.sh holds every later change to. Run it once
# when v1 is final and commit the image. It refuses to overwrite an image:
# re-freezing would accept every break since, so that takes --force and a note
# in the changelog.
# Usage: bash scripts/freeze-contract.sh [--force] [ROOT]   (ROOT: a folder with
# buf.yaml and proto/, default this repository; the tests freeze a scratch copy)
set -euo pipefail
force=0
if [ "${1:-}" = "--force" ]; then
  force=1
  shift
fi
cd "$(dirname "$0")/.."
root="$(cd "${1:-.}" && pwd)"
image="$root/proto/v1.binpb"

if [ -e "$image" ] && ((!force)); then
  echo "freeze-contract: $image exists; v1 is frozen (--force re-freezes it, accepting every break since)" >&2
  exit 1
fi
# Source info (comments, positions) plays no part in compatibility.
npx buf build "$root" --exclude-source-info -o "$image"
echo "freeze-contract: wrote $image"
