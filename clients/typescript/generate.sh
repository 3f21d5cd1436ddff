#!/usr/bin/env bash
# Regenerates gen/ (committed, never edited by hand) with the TypeScript block of the one recipe,
# protos/buf.gen.yaml: the plugins whose `out` is this folder, run (1) on the contract, as the
# recipe's `inputs` say, and (2) on the google.rpc error details the client decodes, which the
# contract does not import. Needs node_modules (./setup.sh) and the venv's buf (scripts/setup.sh).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
buf="$root/.venv/bin/buf"
template="$("$root/.venv/bin/python" - "$root/protos/buf.gen.yaml" <<'PY'
import json, sys, yaml
recipe = yaml.safe_load(open(sys.argv[1]))
mine = [p for p in recipe["plugins"] if p.get("out") == "../clients/typescript/gen"]
if not mine:
    sys.exit("no typescript block in protos/buf.gen.yaml")
print(json.dumps({"version": recipe["version"], "plugins": mine}))
PY
)"
rm -rf "$here/gen"
cd "$root/protos"
"$buf" generate proto --template "$template"
"$buf" generate third_party --path third_party/google/rpc/status.proto \
  --path third_party/google/rpc/error_details.proto --template "$template"
