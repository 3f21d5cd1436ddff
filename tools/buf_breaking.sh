#!/usr/bin/env bash
# `buf breaking` of the working tree's contract against a git ref (default: main). The ref's
# protos are exported to a scratch dir and given the same vendored third_party/, because
# third_party/ is generated at set-up time and not in git.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
ref=${1:-main}
cd "$root"
git rev-parse --verify -q "$ref^{commit}" >/dev/null || { echo "buf_breaking: no ref $ref"; exit 0; }
git cat-file -e "$ref:protos/buf.yaml" 2>/dev/null || { echo "buf_breaking: $ref has no contract yet"; exit 0; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
git archive "$ref" protos | tar -x -C "$tmp"
cp -r protos/third_party "$tmp/protos/third_party"
cd protos && buf breaking --against "$tmp/protos"
