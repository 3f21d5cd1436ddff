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
from typing import Any

from tests import upstream_spec

METHODS = ("get", "put", "post", "delete", "patch")


def _prefixed_paths(doc: dict) -> dict[str, Any]:
    """Faults 1 and 2 (root-level path items; versions in `servers`), fixed by the shared
    lenient reader; the per-operation `servers` are dropped so one base URL serves all."""
    out: dict[str, Any] = {}
    for path, methods in upstream_spec.operations(doc).items():
        for method, operation in methods.items():
            if method in METHODS:
                operation = copy.deepcopy(operation)
                operation.pop("servers", None)
                out.setdefault(path, {})[method] = operation
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
    tailored = upstream_spec.load(upstream_spec.TAILORED)
    status = upstream_spec.load(upstream_spec.STATUS)
    _fix_status(status)
    paths = _prefixed_paths(tailored)
    paths.update(_prefixed_paths(status))
    _widen_model_status(paths)
    _fix_clone(paths)
    return {
        "openapi": "3.0.0",
        "info": {"title": "Bria Tailored Generation + Status (lenient)", "version": "1"},
        "servers": [{"url": base_url}],
        "paths": paths,
        "components": status["components"],
    }
