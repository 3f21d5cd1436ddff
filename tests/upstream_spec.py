"""Bria's own OpenAPI files, read leniently, for the tests that check against them (the
contract test and the emulator's schemathesis run). Two faults of the files are handled here,
once: some path items sit at the document root instead of under `paths` (the root copy, the
newer and fuller text, wins), and the API version lives in `servers` overrides (operation, then
path item, then document), so every path is returned with its `/v1` or `/v2` prefix.

Where the files are: they are Bria's, not ours, so they are not in the repository. Every test
that needs them gets them through `load` / `require` here, and nowhere else:
  * `TAILORED_SPEC_DIR` (a directory; relative paths are taken from the repository root), else
  * `../shared/spec` beside the repository (where CI puts a read-only copy).
Missing files skip the test outside CI, with a reason naming TAILORED_SPEC_DIR, and fail it in
CI (CI=true), where a silently skipped contract check would be a passed one."""

from __future__ import annotations

import os
import pathlib
from typing import Any, Mapping
from urllib.parse import urlsplit

import pytest
import yaml

ROOT = pathlib.Path(__file__).resolve().parents[1]
ENV = "TAILORED_SPEC_DIR"
DEFAULT_DIR = ROOT.parent / "shared" / "spec"
TAILORED = "bria-tailored-generation-openapi-original.yml"
STATUS = "bria-status-openapi-original.yml"
METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")


def spec_dir(environ: Mapping[str, str] = os.environ) -> pathlib.Path:
    """TAILORED_SPEC_DIR (relative to the repository root), else ../shared/spec beside it."""
    configured = environ.get(ENV, "").strip()
    return ROOT / pathlib.Path(configured).expanduser() if configured else DEFAULT_DIR


def in_ci(environ: Mapping[str, str] = os.environ) -> bool:
    return environ.get("CI", "").strip().lower() in ("true", "1", "yes")


def require(*names: str, environ: Mapping[str, str] = os.environ) -> pathlib.Path:
    """The directory holding the named spec files (default: both). When one is missing the
    calling test is skipped, or failed under CI=true."""
    directory = spec_dir(environ)
    missing = [n for n in names or (TAILORED, STATUS) if not (directory / n).is_file()]
    if missing:
        reason = (f"Bria's OpenAPI file(s) {', '.join(missing)} not found in {directory}: set {ENV} to the "
                  f"directory that holds them (default: ../shared/spec beside the repository)")
        if in_ci(environ):
            pytest.fail(f"{reason}; CI=true needs them", pytrace=False)
        pytest.skip(reason)
    return directory


def load(name: str) -> dict[str, Any]:
    return yaml.safe_load((require(name) / name).read_text())


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
