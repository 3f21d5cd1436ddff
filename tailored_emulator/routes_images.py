"""Dataset images (#13-#20): single uploads, captions, regeneration and bulk upload."""
from __future__ import annotations

import json
from urllib.parse import urlsplit

from . import bulk, errors, lifecycle
from .catalog import add_image, auto_caption, owned_dataset, regenerate_captions
from .context import Ctx, v1_fail
from .errors import V1
from .http import Reply, empty_reply, json_reply, route
from .imageinput import ImageProblem, resolve
from .resources import dataset as dataset_json, image as image_json
from .store import BulkJob, Dataset, Image, family

BASIC_CAP = 200


def upload(ctx: Ctx) -> Reply:
    dataset = owned_dataset(ctx)
    if dataset.upload_type != "basic":
        raise errors.v1(400, "Single image upload is only available for basic datasets")
    _require_draft(dataset)
    if len(dataset.image_ids) >= BASIC_CAP:
        raise errors.v1(409, f"Dataset already holds the maximum of {BASIC_CAP} images")
    body = ctx.body(v1_fail)
    url, data = body.str("image_url"), body.str("file")
    if not url and not data:
        raise errors.v1(400, "One of 'file' or 'image_url' is required")
    grow = body.bool("increase_resolution", True)
    moderate = body.bool("content_moderation", False)
    param = "image_url" if url else "file"
    try:
        image = resolve(url or data or "", ctx.store.files, ctx.now)
    except ImageProblem as problem:
        raise errors.v1(problem.status, problem.message) from None
    floor = 256 if grow else 1024
    if image.info.width < floor or image.info.height < floor:
        raise errors.v1(412, f"Image resolution {image.info.width}x{image.info.height} is below "
                             f"the minimum of {floor}x{floor}")
    if moderate and image.flagged:
        raise errors.bare(422, f"The visual in the '{param}' parameter did not pass content moderation")
    name = body.str("image_name") or _name_from(url) or f"image_{len(dataset.image_ids) + 1}.png"
    return json_reply(201, image_json(add_image(ctx, dataset, name, url)))


def _name_from(url: str | None) -> str | None:
    return urlsplit(url).path.rsplit("/", 1)[-1] or None if url else None


def _require_draft(dataset: Dataset) -> None:
    if dataset.status == "completed":
        raise errors.v1(409, "Dataset is completed and can no longer be modified")


def list_images(ctx: Ctx) -> Reply:
    dataset = owned_dataset(ctx)
    return json_reply(200, [image_json(ctx.store.images[i]) for i in dataset.image_ids])


def regenerate_all(ctx: Ctx) -> Reply:
    # Not locked by completion: the docs lock uploads, deletes and caption edits, not this.
    dataset = owned_dataset(ctx)
    until = ctx.now + ctx.durations.captions
    dataset.captions_until = until
    ctx.emu.scheduler.at(until, lambda: _finish_captions(ctx, dataset, until))
    body = dataset_json(dataset, ctx.store, ctx.now)
    return json_reply(202, body)


def _finish_captions(ctx: Ctx, dataset: Dataset, until: float) -> None:
    if dataset.captions_until == until and dataset.id in ctx.store.datasets:
        regenerate_captions(dataset, ctx, until)


def owned_image(ctx: Ctx, dataset: Dataset) -> Image:
    image_id = ctx.path_id("image_id")
    if image_id not in dataset.image_ids:
        raise errors.v1(404, "Image not found")
    return ctx.store.images[image_id]


def get_image(ctx: Ctx) -> Reply:
    return json_reply(200, image_json(owned_image(ctx, owned_dataset(ctx))))


def update_caption(ctx: Ctx) -> Reply:
    dataset = owned_dataset(ctx)
    image = owned_image(ctx, dataset)
    if dataset.status == "completed":
        raise errors.ApiError(409, {"error": "Dataset is completed; captions cannot change"})
    body = ctx.body(lambda f, m, v: errors.caption_error(f"{f}: {m}"))
    caption, regenerate = body.str("caption"), body.bool("regenerate_caption", False)
    if (caption is not None) == regenerate:
        raise errors.caption_error("Provide exactly one of 'caption' or 'regenerate_caption'")
    if caption is not None:
        if family(dataset.training_version) == "fibo" and not _is_json_object(caption):
            raise errors.caption_error("caption must be a valid JSON object string")
        image.caption, image.caption_source = caption, "manual"
    else:
        image.caption, image.caption_source = auto_caption(dataset, image.image_name)
    image.updated_at = ctx.now
    return json_reply(200, image_json(image))


def _is_json_object(text: str) -> bool:
    try:
        return isinstance(json.loads(text), dict)
    except ValueError:
        return False


def delete_image(ctx: Ctx) -> Reply:
    dataset = owned_dataset(ctx)
    image = owned_image(ctx, dataset)
    _require_draft(dataset)
    dataset.image_ids.remove(image.id)
    ctx.store.images.pop(image.id, None)
    ctx.store.files.pop(image.file_id, None)
    ctx.store.files.pop(image.thumb_id, None)
    return empty_reply(204)


def bulk_upload(ctx: Ctx) -> Reply:
    dataset = owned_dataset(ctx)
    body = ctx.body(v1_fail)
    url = body.str("zip_url", required=True)
    automatic = body.bool("automatic_captioning", True)
    moderate = body.bool("content_moderation", False)
    _check_bulk_allowed(dataset, url or "")
    needs_captions = family(dataset.training_version) == "legacy" and not automatic
    readable, entries = bulk.plan(url or "", ctx.store.files, needs_captions, moderate)
    ends = ctx.now + ctx.durations.bulk_upload
    dataset.bulk = BulkJob(ctx.now, entries, readable, ends)
    ctx.emu.scheduler.at(ends, lambda: _finish_bulk(ctx, dataset, needs_captions, ends))
    return empty_reply(202)


def _check_bulk_allowed(dataset: Dataset, url: str) -> None:
    if dataset.upload_type != "advanced":
        raise errors.v1(400, "Bulk upload is only available for advanced datasets")
    if dataset.bulk is not None:
        raise errors.v1(400, "A bulk upload was already attempted on this dataset")
    if dataset.image_ids or dataset.status == "completed":
        raise errors.v1(400, "Bulk upload requires an empty draft dataset")
    if not url.startswith(("http://", "https://")):
        raise errors.v1(400, "zip_url must be an http(s) URL")
    if "TOO_LARGE" in url:
        raise errors.v1(413, "ZIP file exceeds the maximum size of 5 GB")


def _finish_bulk(ctx: Ctx, dataset: Dataset, manual: bool, at: float) -> None:
    job = dataset.bulk
    if job is None or dataset.id not in ctx.store.datasets or not job.readable:
        return
    for entry in (e for e in job.entries if e["ok"]):
        source = "manual" if manual else None
        add_image(ctx, dataset, entry["filename"], None, entry["caption"], source, at=at)
    dataset.captions_source = "manual" if manual else "automatic"


def bulk_status(ctx: Ctx) -> Reply:
    dataset = owned_dataset(ctx)
    if dataset.bulk is None:
        raise errors.v1(404, "No bulk upload was started for this dataset")
    return json_reply(200, lifecycle.bulk_status(dataset.bulk, ctx.now, ctx.durations))


ROUTES = [
    route("POST", "/v1/tailored-gen/datasets/{dataset_id}/images/bulk-upload", bulk_upload, V1),
    route("GET", "/v1/tailored-gen/datasets/{dataset_id}/images/bulk-upload/status", bulk_status, V1),
    route("POST", "/v1/tailored-gen/datasets/{dataset_id}/images", upload, V1),
    route("GET", "/v1/tailored-gen/datasets/{dataset_id}/images", list_images, V1),
    route("PUT", "/v1/tailored-gen/datasets/{dataset_id}/images", regenerate_all, V1),
    route("GET", "/v1/tailored-gen/datasets/{dataset_id}/images/{image_id}", get_image, V1),
    route("PUT", "/v1/tailored-gen/datasets/{dataset_id}/images/{image_id}", update_caption, V1),
    route("DELETE", "/v1/tailored-gen/datasets/{dataset_id}/images/{image_id}", delete_image, V1),
]
