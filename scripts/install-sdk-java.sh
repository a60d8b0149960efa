#!/usr/bin/env bash
# Installs what the Java SDK's tests need (sdks/java, scripts/test-sdk-java.sh)
# on a fresh Debian machine, as root: a JDK 17 and Maven from Debian, openssl
# (the TLS test makes its own CA), and every Maven artifact of the build
# (dependencies, plugins, Surefire's JUnit provider) in the local repository,
# ~/.m2/repository, which lives outside the clone: a fresh clone on the same
# machine downloads nothing. Idempotent: a second run only checks.
#
# The DBX server the tests start is the repository's own (node, npm ci).
set -Eeuo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$root/scripts/codegen-versions.env"

fail() { echo "install-sdk-java: $*" >&2; exit 1; }
trap 'echo "install-sdk-java: failed (line $LINENO: $BASH_COMMAND)" >&2' ERR

need_apt=()
command -v javac >/dev/null || need_apt+=(openjdk-17-jdk-headless)
command -v mvn >/dev/null || need_apt+=(maven)
command -v openssl >/dev/null || need_apt+=(openssl)
if ((${#need_apt[@]})); then
  echo "install-sdk-java: apt-get install ${need_apt[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null
fi
command -v node >/dev/null || fail "node is needed on PATH: the tests start sdks/test-server.mjs"
java_major="$(javac -version 2>&1 | awk '{ split($2, v, "."); print v[1] }')"
((java_major >= 17)) || fail "JDK 17 or newer is needed (Spring Boot 3, records); javac says $(javac -version 2>&1)"

# The SDK's pom must pin the runtimes gen/java was generated for.
for pin in "protobuf.version>$PROTOBUF_JAVA_VERSION<" "grpc.version>$GRPC_JAVA_VERSION<"; do
  grep -q "<$pin" "$root/sdks/java/pom.xml" || fail "sdks/java/pom.xml must pin <$pin (scripts/codegen-versions.env)"
done

# A run that resolved these exact poms leaves a stamp; the next run checks it
# and the local repository, and stops there.
m2="$HOME/.m2/repository"
stamp_dir="$DBX_TOOL_CACHE/java-sdk-resolved"
stamp="$stamp_dir/$(cat "$root/sdks/java/pom.xml" "$root/sdks/java"/*/pom.xml "${BASH_SOURCE[0]}" | sha256sum | cut -c1-32)"
if [ -e "$stamp" ] && [ -d "$m2/io/grpc/grpc-netty-shaded/$GRPC_JAVA_VERSION" ]; then
  echo "install-sdk-java: Maven artifacts of sdks/java already in $m2"
  exit 0
fi

cd "$root/sdks/java"
surefire="$(grep -A1 '<artifactId>maven-surefire-plugin</artifactId>' pom.xml | sed -n 's:.*<version>\(.*\)</version>.*:\1:p')"
[ -n "$surefire" ] || fail "cannot read the maven-surefire-plugin version from sdks/java/pom.xml"
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
# Building without running the tests resolves every dependency and plugin;
# Surefire resolves its JUnit provider only when tests run, so fetch it too.
# Maven's log is shown only when it fails.
{
  mvn -B -DskipTests verify &&
    mvn -B "org.apache.maven.plugins:maven-dependency-plugin:$MAVEN_DEPENDENCY_PLUGIN_VERSION:get" \
      -Dartifact="org.apache.maven.surefire:surefire-junit-platform:$surefire"
} >"$log" 2>&1 || { cat "$log"; fail "Maven could not resolve the build of sdks/java"; }

mkdir -p "$stamp_dir"
touch "$stamp"
echo "install-sdk-java: $(javac -version 2>&1); Maven artifacts of sdks/java in $m2"
