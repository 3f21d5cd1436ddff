#!/usr/bin/env bash
# Regenerates clients/go/gen from the Go block of protos/buf.gen.yaml only (the one recipe; the
# other languages' plugins need not be installed). tools/gen_clients.py runs the whole recipe.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
buf="${BUF:-$repo/.venv/bin/buf}"
template="$(mktemp "$repo/protos/.buf.gen.go.XXXXXX.yaml")"
trap 'rm -f "$template"' EXIT
python3 - "$repo/protos/buf.gen.yaml" "$template" <<'PY'
import sys
lines = open(sys.argv[1]).read().splitlines(keepends=True)
head = lines[:lines.index("plugins:\n") + 1]
start = next(i for i, l in enumerate(lines) if l.startswith("  # --- go "))
end = next(i for i in range(start + 1, len(lines)) if lines[i].startswith("  # --- ") or not lines[i].startswith(" "))
open(sys.argv[2], "w").write("".join(head + lines[start:end]))
PY
rm -rf "$here/gen"
(cd "$repo/protos" && "$buf" generate --template "$(basename "$template")")
