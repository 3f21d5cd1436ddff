"""Deterministic stand-ins for Bria's captioner and VLM bridge: prefixes, captions, schemas.

Outputs depend only on their inputs (the docs promise regenerated captions are deterministic
for the same prefix), so tests can assert on them.
"""
from __future__ import annotations

import json
import zlib

_SUBJECTS = ("standing in a bright studio", "seen from a three-quarter angle",
             "on a plain background", "in a close-up shot", "in a wide composition",
             "with soft natural lighting")


def _pick(key: str, options: tuple[str, ...]) -> str:
    return options[zlib.crc32(key.encode()) % len(options)]


def default_prefix(ip_medium: str, ip_type: str, ip_name: str, ip_description: str) -> str:
    """Legacy caption_prefix built from the project's IP fields."""
    medium = "A photo" if ip_medium == "photography" else "An illustration"
    if ip_type == "defined_character" and ip_name:
        tail = f", {ip_description}" if ip_description else ""
        return f"{medium} of a character named {ip_name}{tail},"
    if ip_type == "object_variants" and ip_description:
        return f"{medium} of {ip_description},"
    return f"{medium} in the {ip_type.replace('_', ' ')} style,"


def legacy_caption(prefix: str | None, image_name: str) -> str:
    return f"{prefix or ''} {_pick(image_name, _SUBJECTS)}".strip()


def fibo_caption(visual_schema: str, image_name: str) -> str:
    """A JSON caption filling the visual schema's top-level keys."""
    try:
        schema = json.loads(visual_schema)
    except ValueError:
        schema = {}
    keys = list(schema) if isinstance(schema, dict) else []
    caption = {"short_description": f"{image_name} {_pick(image_name, _SUBJECTS)}"}
    caption.update({key: _pick(image_name + key, _SUBJECTS) for key in keys if key != "short_description"})
    return json.dumps(caption)


def visual_schema(image_count: int, sizes: list[tuple[int, int]]) -> str:
    wide = sum(1 for w, h in sizes if w > h)
    return json.dumps({
        "style_medium": "digital illustration",
        "artistic_style": "flat colours, clean outlines",
        "color_palette": "consistent brand palette",
        "lighting": "soft, even",
        "composition": "landscape-leaning" if wide * 2 > image_count else "centred",
        "sample_size": image_count,
    })


def structured_prompt(prompt: str | None, schema: str | None, base: str | None = None) -> str:
    """The VLM bridge: merge the model's visual schema, an earlier prompt and new text."""
    result: dict = {}
    for source in (schema, base):
        try:
            parsed = json.loads(source) if source else {}
        except ValueError:
            parsed = {}
        if isinstance(parsed, dict):
            result.update(parsed)
    if prompt:
        result["short_description"] = prompt
        result.setdefault("refinements", [])
        if base:
            result["refinements"] = list(result["refinements"]) + [prompt]
    return json.dumps(result)


def refine(structured: dict, instruction: str) -> str:
    refined = dict(structured)
    refined["instructions_applied"] = list(refined.get("instructions_applied", [])) + [instruction]
    return json.dumps(refined)


def generation_prefix_from_images(ip_medium: str, ip_type: str, ip_name: str, count: int) -> str:
    """generate_prefix's output (response field name is a guess: `prefix`)."""
    base = default_prefix(ip_medium, ip_type, ip_name, "")
    return f"{base[:-1]} drawn from {count} reference image{'s' if count != 1 else ''},"
