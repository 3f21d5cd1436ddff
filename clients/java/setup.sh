#!/usr/bin/env bash
# The Java client's toolchain, all from Debian (no Maven Central): a JDK, protoc 3.21 (which the
# recipe's java block uses: protobuf-java 3.21 needs code from the same protoc), grpc-java's
# protoc plugin and the jars clients/java/build.sh compiles against. Installs only what is
# missing (apt-get, as root or with sudo) and returns at once when everything is there.
# scripts/setup.sh runs it; a failure fails the set-up.
set -euo pipefail

missing=()
need() { # need <package> <file or command>...
  local package="$1"; shift
  for item in "$@"; do
    if [[ "$item" == /* ]]; then [ -e "$item" ] || { missing+=("$package"); return; }
    else command -v "$item" >/dev/null || { missing+=("$package"); return; }; fi
  done
}
need openjdk-17-jdk-headless java javac
need protobuf-compiler /usr/bin/protoc
need protobuf-compiler-grpc-java-plugin /usr/bin/grpc_java_plugin
need libgrpc-java /usr/share/java/grpc-netty.jar /usr/share/java/grpc-protobuf.jar /usr/share/java/grpc-stub.jar
need libprotobuf-java /usr/share/java/protobuf.jar
need libnetty-java /usr/share/java/netty-codec-http2.jar /usr/share/java/netty-handler-proxy.jar
need libperfmark-java /usr/share/java/perfmark-api.jar
need libgoogle-gson-java /usr/share/java/gson.jar
need libguava-java /usr/share/java/guava.jar

if ((${#missing[@]})); then
  echo "clients/java: installing ${missing[*]}"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  # Another set-up may hold the dpkg lock (clients install in turn): wait for it, bounded.
  $SUDO apt-get -o DPkg::Lock::Timeout=300 update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get -o DPkg::Lock::Timeout=300 install -y -qq \
    --no-install-recommends "${missing[@]}" >/dev/null
fi
protoc_version="$(/usr/bin/protoc --version)"
[[ "$protoc_version" == "libprotoc 3.21."* ]] || { echo "clients/java: /usr/bin/protoc is $protoc_version, not 3.21" >&2; exit 1; }
echo "clients/java: ok (javac $(javac -version 2>&1 | cut -d' ' -f2), $protoc_version, grpc-java $(readlink -f /usr/share/java/grpc-api.jar | sed 's/.*grpc-api-//; s/\.jar//'))"
