"""What a serving process loads: `serve` imports only what its configuration uses (each
unused package costs resident memory in every replica). Checked in a fresh interpreter."""

from __future__ import annotations

import json
import os
import subprocess
import sys

# Parse `serve` and build (not start) a Gateway, then list the loaded modules under `prefixes`.
PROBE = """
import asyncio, json, sys
from gateway.__main__ import parse

async def build():
    from gateway.app import Gateway
    Gateway(parse(["serve", "--metrics-port", "-1", *sys.argv[2:]], {}).settings)

asyncio.run(build())
prefixes = tuple(json.loads(sys.argv[1]))
print(json.dumps(sorted(m for m in sys.modules if m.split(".")[0] in prefixes or m.startswith(prefixes))))
"""


def _loaded(prefixes: list[str], *flags: str) -> list[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OTEL_", "GATEWAY_"))}
    result = subprocess.run([sys.executable, "-c", PROBE, json.dumps(prefixes), *flags],
                            capture_output=True, text=True, timeout=60, env=env)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_serve_never_loads_the_emulator():
    assert _loaded(["tailored_emulator"]) == []



def test_serve_without_redis_or_traces_loads_neither_redis_nor_the_opentelemetry_sdk():
    """redis-py imports the OpenTelemetry metrics SDK whenever it is installed: ~7.5 MB RSS that
    a gateway without GATEWAY_REDIS_URL never needs; the trace SDK and the exporter load only
    with an OTLP endpoint (observability/tracing.py)."""
    assert _loaded(["redis", "opentelemetry.sdk", "opentelemetry.exporter"]) == []


def test_serve_without_a_webhook_key_secret_loads_no_sealing_library():
    """Sealing webhook keys (webhook_keys.KeyWrap, PyNaCl: ~1.1 MB RSS) is for a key secret only;
    `cryptography` (6.4 MB, what sealed them before) is loaded by nothing."""
    assert _loaded(["nacl", "cryptography"]) == []


def test_serve_loads_the_webhook_server_only_with_a_public_callback_url():
    """aiohttp's server side (1.6 MB RSS) serves only the webhook endpoint."""
    assert _loaded(["aiohttp.web"]) == []


def test_a_replica_sealing_webhook_keys_still_loads_no_cryptography(tmp_path):
    secret = tmp_path / "secret"
    secret.write_bytes(b"a secret of at least sixteen bytes")
    flags = ("--redis-url", "redis://127.0.0.1:9", "--webhook-key-secret-file", str(secret),
             "--public-callback-url", "https://gateway.example/webhooks/bria", "--webhook-port", "0")
    loaded = _loaded(["nacl", "cryptography"], *flags)
    # redis-py imports the bare `cryptography` package, when installed, to note that it is there.
    assert "nacl.secret" in loaded and not [m for m in loaded if m.startswith("cryptography.hazmat")]
