"""Shared lookups and image creation used by the dataset, image and bulk-upload operations."""
from __future__ import annotations

import zlib

from . import captions, errors, media
from .context import Ctx
from .store import Dataset, Image, Model, family


def owned_dataset(ctx: Ctx, dataset_id: int | None = None) -> Dataset:
    key = ctx.path_id("dataset_id") if dataset_id is None else dataset_id
    found = ctx.store.owned(ctx.store.datasets, key, ctx.org)
    if found is None:
        raise errors.v1(404, "Dataset not found")
    return found


def owned_model(ctx: Ctx, model_id: int | None = None) -> Model | None:
    key = ctx.path_id("model_id") if model_id is None else model_id
    return ctx.store.owned(ctx.store.models, key, ctx.org)


def auto_caption(dataset: Dataset, image_name: str) -> tuple[str | None, str]:
    """(caption, caption_source) the captioner gives an image of this dataset right now."""
    if family(dataset.training_version) == "legacy":
        return captions.legacy_caption(dataset.caption_prefix, image_name), "automatic"
    if dataset.visual_schema is None:
        return None, "pending"
    return captions.fibo_caption(dataset.visual_schema, image_name), "automatic"


def add_image(ctx: Ctx, dataset: Dataset, name: str, source_url: str | None,
              caption: str | None = None, caption_source: str | None = None,
              at: float | None = None) -> Image:
    """Store an image as the API does: a centred 1024x1024 PNG plus a 256x256 thumbnail."""
    store, now = ctx.store, ctx.now if at is None else at
    color = media.color_for(zlib.crc32(name.encode()))
    full = store.add_file(name.rsplit(".", 1)[0] + ".png", "image/png", now,
                          render=lambda: media.png(1024, 1024, color))
    thumb = store.add_file("thumb.png", "image/png", now, render=lambda: media.png(256, 256, color))
    if caption_source is None:
        caption, caption_source = auto_caption(dataset, name)
    record = Image(store.next_id("image"), dataset.id, name, caption, caption_source, source_url,
                   full.id, thumb.id, ctx.file_url(full.id, full.name),
                   ctx.file_url(thumb.id, thumb.name), now, now)
    store.images[record.id] = record
    dataset.image_ids.append(record.id)
    dataset.updated_at = now
    return record


def copy_image(ctx: Ctx, source: Image, target: Dataset) -> Image:
    return add_image(ctx, target, source.image_name, source.upload_source_url, source.caption,
                     source.caption_source)


def regenerate_captions(dataset: Dataset, ctx: Ctx, at: float) -> None:
    for image_id in dataset.image_ids:
        image = ctx.store.images.get(image_id)
        if image is not None:
            image.caption, image.caption_source = auto_caption(dataset, image.image_name)
            image.updated_at = at
