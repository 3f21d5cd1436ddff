"""Prefix and schema helpers (#22-#24): generate_prefix, generate_visual_schema, refine."""
from __future__ import annotations

import json

from . import captions, errors
from .catalog import owned_dataset
from .context import Ctx, v1_fail
from .errors import V1
from .http import Reply, json_reply, route
from .imageinput import ImageProblem, ResolvedImage, resolve
from .routes_projects import IP_MEDIUMS

PREFIX_IP_TYPES = ("stylized_scene", "defined_character", "object_variants")


def _resolve_all(ctx: Ctx, values: list[str], param: str, moderate: bool) -> list[ResolvedImage]:
    """Resolve every image; the first failing one fails the whole request."""
    resolved = []
    for index, value in enumerate(values):
        try:
            image = resolve(value, ctx.store.files, ctx.now)
        except ImageProblem as problem:
            raise errors.v1(problem.status, f"{param}[{index}]: {problem.message}") from None
        if moderate and image.flagged:
            raise errors.bare(422, f"The visual in the '{param}' parameter did not pass content moderation")
        resolved.append(image)
    return resolved


def generate_prefix(ctx: Ctx) -> Reply:
    body = ctx.body(v1_fail)
    urls, images = body.str_list("image_urls"), body.str_list("images")
    if (urls is None) == (images is None):
        raise errors.v1(400, "Provide exactly one of 'image_urls' or 'images'")
    values = urls if urls is not None else images
    if not 1 <= len(values or []) <= 6:
        raise errors.v1(400, "Between 1 and 6 images are required")
    ip_type = body.enum("ip_type", PREFIX_IP_TYPES, required=True)
    ip_medium = body.enum("ip_medium", IP_MEDIUMS, required=True)
    ip_name = body.str("ip_name", default="") or ""
    if ip_type == "defined_character" and not ip_name.strip():
        raise errors.v1(400, "ip_name is required for defined_character")
    _resolve_all(ctx, values or [], "image_urls" if urls is not None else "images",
                 body.bool("content_moderation", False))
    prefix = captions.generation_prefix_from_images(ip_medium, ip_type, ip_name, len(values or []))
    return json_reply(200, {"prefix": prefix})


def generate_visual_schema(ctx: Ctx) -> Reply:
    body = ctx.body(v1_fail)
    values = body.str_list("images", required=True) or []
    if not 5 <= len(values) <= 10:
        raise errors.v1(400, "Between 5 and 10 images are required")
    resolved = _resolve_all(ctx, values, "images", body.bool("content_moderation", False))
    sizes = [(r.info.width, r.info.height) for r in resolved]
    return json_reply(200, {"visual_schema": captions.visual_schema(len(values), sizes)})


def refine_structured_prompt(ctx: Ctx) -> Reply:
    body = ctx.body(v1_fail)
    dataset_id = body.id("dataset_id")
    text = body.str("structured_prompt", required=True) or ""
    instruction = body.str("instruction", required=True) or ""
    context = body.str_list("context_images") or []
    dataset = owned_dataset(ctx, dataset_id)
    if dataset.status == "completed":
        raise errors.v1(400, "Refinement is disabled for completed datasets")
    try:
        structured = json.loads(text)
    except ValueError:
        raise errors.v1(400, "structured_prompt must be valid JSON") from None
    if not isinstance(structured, dict):
        raise errors.v1(400, "structured_prompt must be a JSON object")
    try:
        _resolve_all(ctx, context, "context_images", False)
    except errors.ApiError as problem:  # S26 lists only 400/404 for this operation
        raise errors.v1(400, str(problem.body)) from None
    return json_reply(200, {"structured_prompt": captions.refine(structured, instruction)})


ROUTES = [
    route("POST", "/v1/tailored-gen/generate_prefix", generate_prefix, V1),
    route("POST", "/v1/tailored-gen/generate_visual_schema", generate_visual_schema, V1),
    route("POST", "/v1/tailored-gen/refine_structured_prompt", refine_structured_prompt, V1),
]
