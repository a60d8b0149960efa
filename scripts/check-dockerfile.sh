#!/usr/bin/env bash
# No Docker engine runs here, so check what can be checked without one: every
# path the Dockerfile copies exists in the checkout.
set -euo pipefail
cd "$(dirname "$0")/.."
status=0
while read -r src; do
  for path in $src; do
    if ! compgen -G "$path" >/dev/null; then
      echo "Dockerfile: COPY source '$path' does not exist"
      status=1
    fi
  done
done < <(grep -E '^COPY ' Dockerfile | grep -v -- '--from=' | sed -E 's/^COPY +(--[a-z]+=[^ ]+ +)*//' | awk '{ $NF=""; print }')
exit $status
