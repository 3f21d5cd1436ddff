#!/usr/bin/env bash
# `buf breaking` over the contract's history: each commit that changed protos/ since the newest
# release tag v* (or among the newest 20 such commits) against its parent, the uncommitted
# changes against HEAD, and the working tree against the release. A deliberate break passes only
# with a reason in protos/CHANGELOG.md. Details: tools/buf_breaking.py; arguments go to it.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
py=python3
[ -x "$root/.venv/bin/python" ] && py="$root/.venv/bin/python"
exec "$py" "$root/tools/buf_breaking.py" "$@"
