#!/usr/bin/env bash
# Regenerates gen/ (committed, never edited by hand) from this language's block of the one
# recipe, protos/buf.gen.yaml, with tools/gen_clients.py (which CI runs with --check for all).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
exec "$root/.venv/bin/python" "$root/tools/gen_clients.py" --lang go "$@"
