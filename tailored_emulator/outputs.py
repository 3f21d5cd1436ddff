"""Result files of generation calls: ready or placeholder URLs, zero-byte moderated outputs."""
from __future__ import annotations

import math
import random
import uuid
from typing import Any

from . import errors, media, moderation
from .context import Ctx
from .imageinfo import ImageInfo
from .store import StoredFile

BLOCKED_ITEM = {"blocked": True, "error_code": 422,
                "description": "The generated visual did not pass content moderation"}
ALL_BLOCKED = "All generated visuals failed content moderation"


def size_like(info: ImageInfo | None, aspect_ratio: str) -> tuple[int, int]:
    """~1 MP output keeping the reference image's aspect ratio when there is one."""
    if info is None or not info.width or not info.height:
        return media.ASPECT_SIZES.get(aspect_ratio, (1024, 1024))
    ratio = info.width / info.height
    width = int(round(math.sqrt(1024 * 1024 * ratio) / 16) * 16)
    return max(16, width), max(16, int(round(width / ratio / 16) * 16))


def result_file(ctx: Ctx, kind: str, size: tuple[int, int], ready_at: float, blocked: bool,
                key: int) -> StoredFile:
    width, height = size
    color = media.color_for(key)
    if kind == "svg":
        return ctx.store.add_file(f"seed_{key}.svg", "image/svg+xml", ready_at, zero=blocked,
                                  render=lambda: media.svg(width, height, color))
    if kind == "mp4":
        return ctx.store.add_file(f"video_{key}.mp4", "video/mp4", ready_at, zero=blocked,
                                  render=lambda: media.mp4(5, width, height))
    return ctx.store.add_file(f"seed_{key}.png", "image/png", ready_at, zero=blocked,
                              render=lambda: media.png(width, height, color))


def seeds(count: int, seed: int | None, rng: random.Random) -> list[int]:
    if seed is not None:
        return [seed + i for i in range(count)]
    return [rng.randrange(1, 2**31 - 1) for _ in range(count)]


def v1_results(ctx: Ctx, *, count: int, seed: int | None, prompt: str | None, moderate: bool,
               sync: bool, kind: str, size: tuple[int, int], item: str = "urls") -> list[dict[str, Any]]:
    """The `result` list: sync -> ready files (+ blocked items); async -> placeholders."""
    ready_at = ctx.now if sync else ctx.now + ctx.durations.v1_placeholder
    batch = uuid.uuid4().hex
    blocked = [moderate and moderation.v1_blocked(prompt, i) for i in range(count)]
    if sync and count and all(blocked):
        raise errors.bare(422, ALL_BLOCKED)
    items: list[dict[str, Any]] = []
    for index, value in enumerate(seeds(count, seed, ctx.emu.rng)):
        if sync and blocked[index]:
            items.append(dict(BLOCKED_ITEM))
            continue
        stored = result_file(ctx, kind, size, ready_at, blocked[index], value)
        url = ctx.file_url(stored.id, stored.name)
        items.append({"urls": [url], "seed": value, "uuid": f"{batch}_{value}"} if item == "urls"
                     else {"image_url": url})
    return items
