#!/usr/bin/env bash
# Checks gen/ as CI does: regenerates it with the pinned tools, fails if that
# changes any file under gen/, then compiles what each language got against the
# runtime pinned in scripts/codegen-versions.env: `go build` and `go vet` in
# gen/go, an import of every Python module, and javac of gen/java. Prints how
# long each step took.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/codegen-versions.env

fail() { echo "check-generated-code: $*" >&2; exit 1; }
step_started=0
step() {
  finish_step
  echo "== $*"
  step_started=$(date +%s%N)
}
finish_step() {
  if ((step_started)); then
    echo "   ($((($(date +%s%N) - step_started) / 1000000)) ms)"
  fi
  step_started=0
}

step "codegen tools (scripts/install-codegen-tools.sh)"
bash scripts/install-codegen-tools.sh

step "gen/ is what buf generate makes"
PATH="$DBX_TOOL_CACHE/bin:$PATH" npx buf generate
if [ -n "$(git status --porcelain -- gen)" ]; then
  git status --porcelain -- gen | head -40
  fail "gen/ is stale: run bash scripts/generate.sh and commit gen/"
fi

step "gen/go builds and vets against the pinned runtime"
(
  cd gen/go
  # go.mod is hand-kept: hold it to the generators' versions, since generated
  # code needs a runtime at least as new as the generator.
  for pin in "google.golang.org/protobuf $PROTOC_GEN_GO_VERSION" "connectrpc.com/connect $PROTOC_GEN_CONNECT_GO_VERSION"; do
    read -r module version <<<"$pin"
    actual="$(go list -m -f '{{.Version}}' "$module")"
    [ "$actual" = "$version" ] || fail "gen/go/go.mod requires $module $actual, the generator is $version (scripts/codegen-versions.env)"
  done
  go build ./...
  go vet ./...
)

step "every gen/python module imports with protobuf $PYTHON_PROTOBUF_VERSION and grpcio $GRPCIO_VERSION"
PYTHONDONTWRITEBYTECODE=1 "$DBX_TOOL_CACHE/bin/dbx-codegen-python" - gen/python <<'EOF'
import importlib, pathlib, sys
root = pathlib.Path(sys.argv[1])
sys.path.insert(0, str(root))
modules = sorted(".".join(p.relative_to(root).with_suffix("").parts) for p in root.rglob("*.py"))
if not modules:
    sys.exit("check-generated-code: gen/python has no module")
for module in modules:
    importlib.import_module(module)
print(f"   imported {len(modules)} modules")
EOF

step "gen/java compiles against protobuf-java $PROTOBUF_JAVA_VERSION and grpc-java $GRPC_JAVA_VERSION"
mapfile -t java_sources < <(find gen/java -name '*.java' | sort)
((${#java_sources[@]})) || fail "gen/java has no source"
classpath="$(cat "$DBX_TOOL_CACHE/java-classpath.txt")"
# javac is the slow part (~15 s of 900 files on two cores): a run remembers
# each set of sources, classpath and compiler that compiled, and the next run
# with exactly those skips javac.
compiled_stamp="$DBX_TOOL_CACHE/javac-compiled/$(
  { javac -version 2>&1; echo "$classpath"; sha256sum "${java_sources[@]}"; } | sha256sum | cut -c1-64
)"
if [ -e "$compiled_stamp" ]; then
  echo "   ${#java_sources[@]} files, unchanged since they last compiled with this classpath and javac"
else
  classes="$(mktemp -d)"
  trap 'rm -rf "$classes"' EXIT
  # C1 only (TieredStopAtLevel=1): javac runs once, briefly, so the optimising
  # compiler never pays off; this halves the time on two cores.
  javac -J-XX:TieredStopAtLevel=1 -proc:none -nowarn -cp "$classpath" -d "$classes" "${java_sources[@]}"
  mkdir -p "$(dirname "$compiled_stamp")"
  touch "$compiled_stamp"
  echo "   compiled ${#java_sources[@]} files"
fi
finish_step
