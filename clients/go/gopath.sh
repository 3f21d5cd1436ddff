#!/usr/bin/env bash
# GOPATH mode without a module proxy (Debian's Go and its packages in /usr/share/gocode).
# Links this folder into a scratch GOPATH as tailored-gateway.bria.ai/clients/go and prints the
# environment to build with; use it as:  eval "$(clients/go/gopath.sh)"
# The scratch tree and the build cache live in <repo>/.tmp/go (override with TAILORED_GO_WORK).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
work="${TAILORED_GO_WORK:-$(cd "$here/../.." && pwd)/.tmp/go}"
link="$work/gopath/src/tailored-gateway.bria.ai/clients/go"
mkdir -p "$(dirname "$link")" "$work/cache"
if [ "$(readlink "$link" 2>/dev/null)" != "$here" ]; then
  rm -f "$link"
  ln -s "$here" "$link"
fi
printf 'export GO111MODULE=off GOPROXY=off GOFLAGS= GOPATH=%q GOCACHE=%q\n' \
  "$work/gopath:/usr/share/gocode" "$work/cache"
