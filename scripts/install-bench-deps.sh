#!/usr/bin/env bash
# Installs the load tools and servers the benchmark (npm run bench) measures
# against, from Debian: wrk (HTTP/1.1 load), h2load (HTTP/2 load, in
# nghttp2-client), webdis (the HTTP-to-Redis reference) and redis-server.
# Idempotent: installs only what is missing, and updates the package lists
# only then.
set -euo pipefail

need_apt=()
command -v wrk >/dev/null || need_apt+=(wrk)
command -v h2load >/dev/null || need_apt+=(nghttp2-client)
command -v webdis >/dev/null || need_apt+=(webdis)
command -v redis-server >/dev/null || need_apt+=(redis-server)

if ((${#need_apt[@]})); then
  echo "install-bench-deps: apt-get install ${need_apt[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null
fi
# The Debian webdis package starts a system service on port 7379; the
# benchmark starts its own webdis on a free port, so stop that one if it runs.
if command -v systemctl >/dev/null && systemctl is-active --quiet webdis 2>/dev/null; then
  systemctl stop webdis || true
fi
