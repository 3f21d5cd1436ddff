#!/usr/bin/env bash
# Sets up a fresh clone on a Debian machine: system packages, the virtualenv with the project
# and its dev tools, and the vendored third-party protos the tools read. Idempotent.
set -euo pipefail
cd "$(dirname "$0")/.."

# System packages the tests start on loopback (Redis for shared quotas, Prometheus for the
# dashboard queries). Installed only when missing; in CI a failure here fails the run.
missing=()
command -v redis-server >/dev/null || missing+=(redis-server)
command -v prometheus >/dev/null || missing+=(prometheus)
# The container image is built and run without a Docker engine (tests/image, README).
command -v buildah >/dev/null || missing+=(buildah)
command -v mmdebstrap >/dev/null || missing+=(mmdebstrap)
if ((${#missing[@]})); then
  echo "setup: installing ${missing[*]}"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install -q --disable-pip-version-check --upgrade pip
.venv/bin/python -m pip install -q --disable-pip-version-check -e '.[dev]'
# protos/third_party (imports for buf and protoc) from the installed packages. Only the tools
# need it: the generated Python of every tree (gen/python/bria and gen/python/buf) is committed.
.venv/bin/python tools/vendor_protos.py
.venv/bin/python tools/gen_protos.py --check # committed generated code must be fresh
# Each client brings its own toolchain (system or npm packages) and installs itself for the tests.
for client_setup in clients/*/setup.sh; do
  [ -f "$client_setup" ] && bash "$client_setup"
done
echo "setup: ok"
