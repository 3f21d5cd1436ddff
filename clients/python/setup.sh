#!/usr/bin/env bash
# Installs the Python client (tailored-client) into the project's virtualenv, editable, for the
# client tests (tests/clients). Idempotent; run by scripts/setup.sh. Its toolchain (grpcio-tools'
# protoc, buf) comes with the project's dev dependencies.
set -euo pipefail
cd "$(dirname "$0")/../.."
.venv/bin/python -m pip install -q --disable-pip-version-check -e clients/python
