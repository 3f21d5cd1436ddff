#!/usr/bin/env bash
# Regenerates gen/ (committed, never edited by hand) with the Java block of the one recipe,
# protos/buf.gen.yaml (the plugins whose `out` is this folder) on the contract, as the recipe's
# `inputs` say; its last plugin (protoc-gen-java-rpc.py) adds the google.rpc status and error
# details. tools/gen_clients.py does the same for every language (--check in CI).
# Needs /usr/bin/protoc 3.21 and /usr/bin/grpc_java_plugin (./setup.sh) and the venv's buf.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
buf="$root/.venv/bin/buf"
template="$("$root/.venv/bin/python" - "$root/protos/buf.gen.yaml" <<'PY'
import json, sys, yaml
recipe = yaml.safe_load(open(sys.argv[1]))
mine = [p for p in recipe["plugins"] if p.get("out") == "../clients/java/gen"]
if not mine:
    sys.exit("no java block in protos/buf.gen.yaml")
print(json.dumps({"version": recipe["version"], "plugins": mine}))
PY
)"
rm -rf "$here/gen"
cd "$root/protos"
"$buf" generate proto --template "$template" 2> >(grep -v 'images_count' >&2)
