#!/usr/bin/env bash
# Installs the Go client's toolchain from Debian's packages (no module proxy: GOPATH mode, see
# README.md) when any is missing, then builds the client once into the cache in .tmp/go.
# Idempotent and quick when everything is present. Needs root or sudo to install; in CI
# (CI=true) a failure here fails the run, elsewhere it is a warning and the Go tests skip.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"

# golang-github-golang-protobuf-1-5-dev must be named: without it apt picks the 1.3 API, whose
# generated-code support panics on the first response. genproto has google.rpc's errdetails.
packages=(golang-go golang-google-grpc-dev golang-google-protobuf-dev golang-github-golang-protobuf-1-5-dev
  golang-google-genproto-dev protoc-gen-go protoc-gen-go-grpc protobuf-compiler)

fail() {
  if [ "${CI:-}" = "true" ]; then
    echo "clients/go: $1 (required in CI)" >&2
    exit 1
  fi
  echo "clients/go: $1; skipped (the Go client's tests will skip)" >&2
  exit 0
}

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  command -v apt-get >/dev/null || fail "apt-get is not available to install ${missing[*]}"
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || fail "root or sudo is needed to install ${missing[*]}"
    SUDO="sudo"
  fi
  echo "clients/go: installing ${missing[*]}"
  $SUDO apt-get update -qq || fail "apt-get update failed"
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null \
    || fail "apt-get install ${missing[*]} failed"
fi

# Warm the build cache (seconds the first time, instant afterwards) and prove the toolchain.
eval "$("$here/gopath.sh")"
go build tailored-gateway.bria.ai/clients/go/tailored || fail "the Go client does not build"
