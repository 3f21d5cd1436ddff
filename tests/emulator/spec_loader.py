"""Load Bria's OpenAPI files leniently for conformance testing against the emulator.

Every fix below repairs a fault in the published spec; none relaxes what the emulator returns
beyond what Bria's own documents state:
1. Nine path items (models, upload_model, checkpoints, download) sit at the YAML document root
   instead of under `paths` (indentation fault). They are moved under `paths`; where both
   copies exist the root copy wins, because it is the richer, newer text.
2. Operations override `servers` with `.../v1` or `.../v2` while the document server is
   `.../v2/`. Paths are prefixed with their operation's version so one base URL serves all.
3. Status spec: the 200 `oneOf` has no schema for `IN_PROGRESS` (its own prose documents it),
   and `ImageResult` requires `image_url`, which structured-prompt results (its own example
   `completed_structured_prompt`) do not carry. Both variants are added.
4. Model `status` enums omit `syncing`/`completed`, which the upload_model operation text
   names as the statuses of uploaded models; they are added.
5. The clone response's image `caption_source` enum is just `automatic` (taken from the
   example); clones copy captions, so the Image enum (`automatic`, `manual`) is used.
"""
from __future__ import annotations

import copy
import os
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml

# Bria's OpenAPI files live in shared/ beside the clone (TAILORED_SPEC_DIR overrides).
SPEC_DIR = Path(os.environ.get("TAILORED_SPEC_DIR", Path(__file__).resolve().parents[3] / "shared" / "spec"))
METHODS = ("get", "put", "post", "delete", "patch")


def _version_prefix(operation: dict, default: str) -> str:
    servers = operation.get("servers") or []
    path = urlsplit(servers[0]["url"]).path.rstrip("/") if servers else default
    return path or default


def _prefixed_paths(doc: dict, default: str) -> dict[str, Any]:
    paths = dict(doc.get("paths") or {})
    for key, value in list(doc.items()):
        if key.startswith("/"):  # fault 1
            paths[key] = value
    out: dict[str, Any] = {}
    for path, item in paths.items():
        for method, operation in item.items():
            if method not in METHODS:
                continue
            operation = copy.deepcopy(operation)
            operation.pop("servers", None)
            prefix = _version_prefix(item[method], default)  # fault 2
            out.setdefault(prefix + path, {})[method] = operation
    return out


def _walk(node: Any):  # noqa: ANN202
    if isinstance(node, dict):
        yield node
        for value in node.values():
            yield from _walk(value)
    elif isinstance(node, list):
        for value in node:
            yield from _walk(value)


def _widen_model_status(paths: dict) -> None:
    for node in _walk(paths):  # fault 4
        enum = node.get("enum")
        if enum and "InProgress" in enum and "syncing" not in enum:
            node["enum"] = enum + ["syncing", "completed"]


def _fix_clone(paths: dict) -> None:
    clone = paths["/v1/tailored-gen/datasets/{dataset_id}/clone"]["post"]
    for node in _walk(clone["responses"]):  # fault 5
        if node.get("enum") == ["automatic"]:
            node["enum"] = ["automatic", "manual"]


def _fix_status(status: dict) -> None:
    schemas = status["components"]["schemas"]  # fault 3
    schemas["StatusInProgressResponse"] = {
        "type": "object", "required": ["status", "request_id"],
        "properties": {"status": {"type": "string", "enum": ["IN_PROGRESS"]},
                       "request_id": {"type": "string"}}}
    result = schemas["StatusSuccessResponse"]["properties"]["result"]
    result["oneOf"].append({"title": "StructuredPromptResult", "type": "object",
                            "required": ["structured_prompt"],
                            "properties": {"structured_prompt": {"type": "string"}},
                            "not": {"anyOf": [{"required": ["image_url"]}, {"required": ["video_url"]}]}})
    ok = status["paths"]["/status/{request_id}"]["get"]["responses"]["200"]
    ok["content"]["application/json"]["schema"]["oneOf"].append(
        {"$ref": "#/components/schemas/StatusInProgressResponse"})


def load_combined(base_url: str) -> dict[str, Any]:
    tailored = yaml.safe_load((SPEC_DIR / "bria-tailored-generation-openapi-original.yml").read_text())
    status = yaml.safe_load((SPEC_DIR / "bria-status-openapi-original.yml").read_text())
    _fix_status(status)
    paths = _prefixed_paths(tailored, "/v2")
    paths.update(_prefixed_paths(status, "/v2"))
    _widen_model_status(paths)
    _fix_clone(paths)
    return {
        "openapi": "3.0.0",
        "info": {"title": "Bria Tailored Generation + Status (lenient)", "version": "1"},
        "servers": [{"url": base_url}],
        "paths": paths,
        "components": status["components"],
    }
