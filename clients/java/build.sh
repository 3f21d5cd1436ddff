#!/usr/bin/env bash
# Compiles the generated stubs and the client with plain javac against Debian's jars, into
# .tmp/java/ (at the repository root) with one folder per content hash, so an unchanged tree
# compiles once. Prints the classpath to use (client classes, stubs, jars) on stdout.
#   clients/java/build.sh            -> classpath
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
out="${JAVA_BUILD_DIR:-$root/.tmp/java}"

# Debian's jars (libgrpc-java, libprotobuf-java, libnetty-java, libperfmark-java,
# libgoogle-gson-java, libguava-java). google.rpc is generated into gen/ (see generate.sh).
jars=(grpc-api grpc-context grpc-core grpc-netty grpc-protobuf grpc-protobuf-lite grpc-stub
      protobuf guava perfmark-api gson error_prone_annotations
      geronimo-annotation-1.3-spec netty-buffer netty-codec netty-codec-http netty-codec-http2
      netty-codec-socks netty-common netty-handler netty-handler-proxy netty-resolver
      netty-transport netty-transport-native-unix-common)
cp=""
for jar in "${jars[@]}"; do
  path="/usr/share/java/$jar.jar"
  [ -f "$path" ] || { echo "build.sh: $path is missing (run clients/java/setup.sh)" >&2; exit 1; }
  cp="$cp:$path"
done
cp="${cp#:}"

hash_tree() { (cd "$1" && find . -name '*.java' -type f | LC_ALL=C sort | xargs sha256sum) | { cat; echo "$cp"; javac -version 2>&1; } | sha256sum | cut -c1-16; }

compile() { # compile <source dir> <dest dir> <classpath>
  local src="$1" dest="$2" classpath="$3"
  [ -f "$dest/.ok" ] && return 0
  rm -rf "$dest.partial" && mkdir -p "$dest.partial"
  find "$src" -name '*.java' -type f > "$dest.partial/.sources"
  javac -nowarn -encoding UTF-8 --release 17 -d "$dest.partial" -cp "$classpath" "@$dest.partial/.sources" >&2
  touch "$dest.partial/.ok"
  rm -rf "$dest" && mv "$dest.partial" "$dest"
}

gen_hash="$(hash_tree "$here/gen")"
gen_dir="$out/gen-$gen_hash"
compile "$here/gen" "$gen_dir" "$cp"

client_hash="$( { hash_tree "$here/src"; echo "$gen_hash"; } | sha256sum | cut -c1-16)"
client_dir="$out/client-$client_hash"
compile "$here/src" "$client_dir" "$gen_dir:$cp"
echo "$client_dir:$gen_dir:$cp"
