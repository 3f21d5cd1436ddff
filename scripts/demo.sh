#!/usr/bin/env bash
# Sets up a fresh machine, then runs the end-to-end demo on the embedded emulator.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh >/dev/null
exec .venv/bin/tailored-gateway demo "$@"
