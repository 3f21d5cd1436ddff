"""Bria's own OpenAPI files, read leniently, for the tests that check against them (the
contract test and the emulator's schemathesis run). Two faults of the files are handled here,
once: some path items sit at the document root instead of under `paths` (the root copy, the
newer and fuller text, wins), and the API version lives in `servers` overrides (operation, then
path item, then document), so every path is returned with its `/v1` or `/v2` prefix."""

from __future__ import annotations

import os
import pathlib
from typing import Any
from urllib.parse import urlsplit

import yaml

ROOT = pathlib.Path(__file__).resolve().parents[1]
# The files live in shared/ beside the clone; TAILORED_SPEC_DIR overrides.
SPEC_DIR = pathlib.Path(os.environ.get("TAILORED_SPEC_DIR", ROOT.parent / "shared" / "spec"))
TAILORED = "bria-tailored-generation-openapi-original.yml"
STATUS = "bria-status-openapi-original.yml"
METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")


def load(name: str) -> dict[str, Any]:
    path = SPEC_DIR / name
    if not path.exists():
        raise FileNotFoundError(f"upstream spec {path} is missing (set TAILORED_SPEC_DIR to its directory)")
    return yaml.safe_load(path.read_text())


def _prefix(servers: Any) -> str:
    return urlsplit(servers[0]["url"]).path.rstrip("/") if servers else ""


def operations(doc: dict[str, Any]) -> dict[str, dict[str, dict[str, Any]]]:
    """{full path: {method: operation}} of one document, root-level path items included."""
    items = dict(doc.get("paths") or {})
    items.update({k: v for k, v in doc.items() if isinstance(k, str) and k.startswith("/")})
    doc_prefix = _prefix(doc.get("servers"))
    out: dict[str, dict[str, dict[str, Any]]] = {}
    for path, item in items.items():
        if not isinstance(item, dict):
            continue
        item_prefix = _prefix(item.get("servers")) or doc_prefix
        for method, operation in item.items():
            if method in METHODS and isinstance(operation, dict):
                prefix = _prefix(operation.get("servers")) or item_prefix
                out.setdefault(prefix + path, {})[method] = operation
    return out
