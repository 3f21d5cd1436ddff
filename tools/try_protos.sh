#!/usr/bin/env bash
# Scratch check for proto authors: lint, format, and generate Python into a private temp dir
# (never into gen/python, so parallel authors do not collide). Prints the dir to put on PYTHONPATH.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
. "$root/.venv/bin/activate"
(cd "$root/protos" && buf format -w proto && buf lint)
out=$(mktemp -d)
python -m grpc_tools.protoc -I"$root/protos/proto" -I"$root/protos/third_party" \
  --python_out="$out" --pyi_out="$out" \
  $(cd "$root/protos/proto" && find . -name '*.proto' | sed 's#^\./##') buf/validate/validate.proto
echo "$out"
