#!/usr/bin/env bash
# Installs the code generators that buf.gen.yaml runs, and the runtimes the
# generated code is compile-checked against, at the versions pinned in
# scripts/codegen-versions.env, into $DBX_TOOL_CACHE (default
# ~/.cache/dbx-tools). Each tool lives in a folder named after its version, so
# a second run downloads nothing and a changed pin installs afresh. Afterwards
# $DBX_TOOL_CACHE/bin holds what buf.gen.yaml names: protoc-gen-go,
# protoc-gen-connect-go, protoc-gen-grpc-java, protoc and dbx-codegen-python.
set -Eeuo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$root/scripts/codegen-versions.env"

cache="$DBX_TOOL_CACHE"
bin="$cache/bin"
maven_central="https://repo1.maven.org/maven2"
mkdir -p "$bin"
# Test workers or two checks may run this at once: one installs, the others wait.
exec 9>"$cache/.install.lock"
flock 9

fail() { echo "install-codegen-tools: $*" >&2; exit 1; }
trap 'echo "install-codegen-tools: failed (line $LINENO: $BASH_COMMAND)" >&2' ERR
for tool in go python3 java javac mvn curl sha1sum; do
  command -v "$tool" >/dev/null || fail "$tool is needed and not on PATH"
done

# Builds into a scratch folder and renames it into place, so a failed or
# interrupted install never leaves a folder that looks complete. (The step runs
# outside any `||` so that set -e stops it at its first failing command.)
install_into() {
  local dir="$1" step="$2"
  [ -d "$dir" ] && return 0
  echo "install-codegen-tools: installing $(basename "$dir")"
  rm -rf "$dir.partial"
  mkdir -p "$dir.partial"
  "$step" "$dir.partial"
  mv "$dir.partial" "$dir"
}

# A Maven Central file, checked against the .sha1 published beside it.
fetch_maven_file() {
  local url="$1" dest="$2" expected
  curl -fsSL --retry 3 -o "$dest" "$url" || fail "cannot download $url"
  expected="$(curl -fsSL --retry 3 "$url.sha1")" || fail "cannot download $url.sha1"
  echo "${expected:0:40}  $dest" | sha1sum -c --quiet - || fail "$url does not match its .sha1"
}

go_plugin() {
  local package="$1" version="$2" name
  name="$(basename "$package")"
  step() { GOBIN="$1" go install "$package@$version"; }
  install_into "$cache/$name-$version" step
  ln -sfn "$cache/$name-$version/$name" "$bin/$name"
}
go_plugin google.golang.org/protobuf/cmd/protoc-gen-go "$PROTOC_GEN_GO_VERSION"
go_plugin connectrpc.com/connect/cmd/protoc-gen-connect-go "$PROTOC_GEN_CONNECT_GO_VERSION"

protoc_step() {
  fetch_maven_file "$maven_central/com/google/protobuf/protoc/4.$PROTOC_VERSION/protoc-4.$PROTOC_VERSION-linux-x86_64.exe" "$1/protoc"
  chmod +x "$1/protoc"
  [ "$("$1/protoc" --version)" = "libprotoc $PROTOC_VERSION" ] || fail "protoc 4.$PROTOC_VERSION reports $("$1/protoc" --version)"
}
install_into "$cache/protoc-$PROTOC_VERSION" protoc_step
ln -sfn "$cache/protoc-$PROTOC_VERSION/protoc" "$bin/protoc"

grpc_java_step() {
  fetch_maven_file "$maven_central/io/grpc/protoc-gen-grpc-java/$GRPC_JAVA_VERSION/protoc-gen-grpc-java-$GRPC_JAVA_VERSION-linux-x86_64.exe" "$1/protoc-gen-grpc-java"
  chmod +x "$1/protoc-gen-grpc-java"
}
install_into "$cache/protoc-gen-grpc-java-$GRPC_JAVA_VERSION" grpc_java_step
ln -sfn "$cache/protoc-gen-grpc-java-$GRPC_JAVA_VERSION/protoc-gen-grpc-java" "$bin/protoc-gen-grpc-java"

# One venv both generates the Python code (grpcio-tools) and imports it with
# the oldest runtime that code accepts.
python_dir="$cache/python-grpcio-tools-$GRPCIO_TOOLS_VERSION-protobuf-$PYTHON_PROTOBUF_VERSION-grpcio-$GRPCIO_VERSION"
python_step() {
  python3 -m venv "$1"
  "$1/bin/pip" install --quiet --disable-pip-version-check \
    "grpcio-tools==$GRPCIO_TOOLS_VERSION" "protobuf==$PYTHON_PROTOBUF_VERSION" "grpcio==$GRPCIO_VERSION"
  [ "$("$1/bin/python" -m grpc_tools.protoc --version)" = "libprotoc $PROTOC_VERSION" ] ||
    fail "grpcio-tools $GRPCIO_TOOLS_VERSION bundles $("$1/bin/python" -m grpc_tools.protoc --version), not protoc $PROTOC_VERSION: update PROTOC_VERSION"
}
install_into "$python_dir" python_step
# A script, not a symlink: Python finds its venv from the path it was started by.
printf '#!/bin/sh\nexec "%s/bin/python" "$@"\n' "$python_dir" >"$bin/dbx-codegen-python"
chmod +x "$bin/dbx-codegen-python"

# The compile classpath of gen/java, resolved by Maven into the cache's own
# local repository.
java_dir="$cache/java-classpath-grpc-$GRPC_JAVA_VERSION-protobuf-$PROTOBUF_JAVA_VERSION"
java_step() {
  cat >"$1/pom.xml" <<EOF
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>dev.dbx.codegen</groupId>
  <artifactId>gen-java-classpath</artifactId>
  <version>1</version>
  <dependencies>
    <dependency><groupId>com.google.protobuf</groupId><artifactId>protobuf-java</artifactId><version>$PROTOBUF_JAVA_VERSION</version></dependency>
    <dependency><groupId>io.grpc</groupId><artifactId>grpc-protobuf</artifactId><version>$GRPC_JAVA_VERSION</version></dependency>
    <dependency><groupId>io.grpc</groupId><artifactId>grpc-stub</artifactId><version>$GRPC_JAVA_VERSION</version></dependency>
  </dependencies>
</project>
EOF
  # Maven's log is shown only when it fails.
  mvn --batch-mode --file "$1/pom.xml" -Dmaven.repo.local="$cache/m2" \
    "org.apache.maven.plugins:maven-dependency-plugin:$MAVEN_DEPENDENCY_PLUGIN_VERSION:build-classpath" \
    -Dmdep.outputFile="$1/classpath.txt" >"$1/mvn.log" 2>&1 || { cat "$1/mvn.log"; fail "Maven could not resolve the gen/java classpath"; }
  grep -q "protobuf-java-$PROTOBUF_JAVA_VERSION.jar" "$1/classpath.txt" ||
    fail "Maven resolved another protobuf-java than $PROTOBUF_JAVA_VERSION: $(cat "$1/classpath.txt")"
}
install_into "$java_dir" java_step
ln -sfn "$java_dir/classpath.txt" "$cache/java-classpath.txt"
