"""Datasets (#6-#12, #21): profiles, completion rules and locks, clone, advanced download."""
from __future__ import annotations

import io
import json
import zipfile

from . import captions, errors, lifecycle
from .catalog import copy_image, owned_dataset
from .context import Ctx, bool_query, v1_fail
from .errors import V1
from .http import Reply, empty_reply, json_reply, route
from .resources import dataset as dataset_json, model as model_json
from .routes_projects import VERSIONS, normalise_version, owned_project
from .store import Dataset, family

MIN_IMAGES = {"legacy": 1, "fibo": 5}


def resolve_version(ctx: Ctx, project, requested: str | None) -> str:
    """The dataset's training_version, enforcing and then setting the project's lock (G3)."""
    locked = project.training_version
    if requested is not None and locked is not None and family(requested) != family(locked):
        raise errors.v1(400, f"Project is locked to training_version '{locked}'; "
                             f"cannot create a '{requested}' dataset")
    version = requested or locked or ctx.emu.config.default_training_version
    if locked is None:
        project.training_version = version
    return version


def create(ctx: Ctx) -> Reply:
    body = ctx.body(v1_fail)
    project_id = body.id("project_id")
    name = body.str("name", required=True)
    upload_type = body.enum("upload_type", ("basic", "advanced"), default="basic")
    requested = normalise_version(body.enum("training_version", VERSIONS))
    project = owned_project_by_id(ctx, project_id)
    version = resolve_version(ctx, project, requested)
    prefix = None
    if family(version) == "legacy":
        prefix = captions.default_prefix(project.ip_medium, project.ip_type, project.ip_name,
                                         project.ip_description)
    record = Dataset(ctx.store.next_id("dataset"), ctx.org, project.id, name, upload_type, version,
                     prefix, None, "draft", ctx.now, ctx.now)
    ctx.store.datasets[record.id] = record
    return json_reply(201, dataset_json(record, ctx.store, ctx.now))


def owned_project_by_id(ctx: Ctx, project_id: int | None):  # noqa: ANN201
    found = ctx.store.owned(ctx.store.projects, project_id, ctx.org)
    if found is None:
        raise errors.v1(404, "Project not found")
    return found


def list_all(ctx: Ctx) -> Reply:
    mine = [d for d in ctx.store.datasets.values() if d.org == ctx.org]
    return json_reply(200, [dataset_json(d, ctx.store, ctx.now) for d in mine])


def list_for_project(ctx: Ctx) -> Reply:
    project = owned_project(ctx)
    query = ctx.query()
    with_models = bool_query(query.get("include_models"))
    with_ids = bool_query(query.get("include_models_ids"))
    bodies = []
    for d in (d for d in ctx.store.datasets.values() if d.project_id == project.id):
        body = dataset_json(d, ctx.store, ctx.now)
        models = ctx.store.dataset_models(d.id)
        if with_models:
            body["models"] = [model_json(m, ctx.now, ctx.durations) for m in models]
        if with_ids:
            body["model_ids"] = [str(m.id) for m in models]
        bodies.append(body)
    return json_reply(200, bodies)


def get(ctx: Ctx) -> Reply:
    record = owned_dataset(ctx)
    raw = ctx.query().get("max_images", "200")
    if not raw.isdigit() or not 1 <= int(raw) <= 200:
        raise errors.v1(400, "max_images must be an integer between 1 and 200")
    return json_reply(200, dataset_json(record, ctx.store, ctx.now, with_images=int(raw)))


def update(ctx: Ctx) -> Reply:
    record = owned_dataset(ctx)
    body = ctx.body(v1_fail)
    name, prefix, schema = body.str("name"), body.str("caption_prefix"), body.str("visual_schema")
    status = body.enum("status", ("draft", "completed"))
    legacy = family(record.training_version) == "legacy"
    if prefix is not None and not legacy:
        raise errors.v1(400, "caption_prefix is only supported for legacy datasets")
    if schema is not None and legacy:
        raise errors.v1(400, "visual_schema is only supported for fibo datasets")
    if schema is not None and not _json_object(schema):
        raise errors.v1(400, "visual_schema must be a valid JSON object string")
    if record.status == "completed" and (prefix is not None or schema is not None):
        raise errors.v1(409, "Dataset is completed; caption_prefix/visual_schema cannot change")
    _check_status_change(record, status)
    record.name = name if name is not None else record.name
    record.caption_prefix = prefix if prefix is not None else record.caption_prefix
    record.visual_schema = schema if schema is not None else record.visual_schema
    record.status = status or record.status
    record.updated_at = ctx.now
    return json_reply(200, dataset_json(record, ctx.store, ctx.now))


def _check_status_change(record: Dataset, status: str | None) -> None:
    if status == "draft" and record.status == "completed":
        raise errors.v1(409, "A completed dataset cannot return to draft; clone it instead")
    if status == "completed" and record.status == "draft":
        needed = MIN_IMAGES[family(record.training_version) or "fibo"]
        if len(record.image_ids) < needed:
            raise errors.v1(409, f"Dataset needs at least {needed} image(s) to be completed")


def _json_object(text: str) -> bool:
    try:
        return isinstance(json.loads(text), dict)
    except ValueError:
        return False


def delete(ctx: Ctx) -> Reply:
    record = owned_dataset(ctx)
    for m in ctx.store.dataset_models(record.id):
        if lifecycle.model_status(m, ctx.now, ctx.durations) in lifecycle.TRAINING:
            raise errors.v1(409, "Cannot delete a dataset while a model using it is in training")
    ctx.store.delete_dataset(record)
    return empty_reply(204)


def clone(ctx: Ctx) -> Reply:
    source = owned_dataset(ctx)
    body = ctx.body(v1_fail)
    name = body.str("name") or f"Copy of {source.name}"
    copy = Dataset(ctx.store.next_id("dataset"), ctx.org, source.project_id, name,
                   source.upload_type, source.training_version, source.caption_prefix,
                   source.visual_schema, "draft", ctx.now, ctx.now,
                   captions_source=source.captions_source,
                   description=body.str("description", default="") or "")
    ctx.store.datasets[copy.id] = copy
    for image_id in source.image_ids:
        copy_image(ctx, ctx.store.images[image_id], copy)
    return json_reply(201, dataset_json(copy, ctx.store, ctx.now, with_images=200))


def download(ctx: Ctx) -> Reply:
    record = owned_dataset(ctx)
    if record.upload_type != "advanced":
        raise errors.v1(409, "Only advanced datasets can be downloaded")
    images = [ctx.store.images[i] for i in record.image_ids]
    files = ctx.store.files
    archive = ctx.store.add_file(f"dataset_{record.id}.zip", "application/zip", ctx.now,
                                 render=lambda: _zip_images(images, files))
    body = {"download_url": ctx.file_url(archive.id, archive.name)}
    if images and all(i.caption_source == "automatic" for i in images):
        text = json.dumps({i.image_name: i.caption for i in images}, indent=1).encode()
        caps = ctx.store.add_file(f"dataset_{record.id}_captions.json", "application/json",
                                  ctx.now, data=text)
        body["captions_url"] = ctx.file_url(caps.id, caps.name)
    return json_reply(200, body)


def _zip_images(images: list, files: dict) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as archive:
        for image in images:
            stored = files.get(image.file_id)
            if stored is not None:
                archive.writestr(image.image_name.rsplit(".", 1)[0] + ".png", stored.body())
    return buffer.getvalue()


ROUTES = [
    route("POST", "/v1/tailored-gen/datasets", create, V1),
    route("GET", "/v1/tailored-gen/datasets", list_all, V1),
    route("GET", "/v1/tailored-gen/projects/{project_id}/datasets", list_for_project, V1),
    route("GET", "/v1/tailored-gen/datasets/{dataset_id}", get, V1),
    route("PUT", "/v1/tailored-gen/datasets/{dataset_id}", update, V1),
    route("DELETE", "/v1/tailored-gen/datasets/{dataset_id}", delete, V1),
    route("POST", "/v1/tailored-gen/datasets/{dataset_id}/clone", clone, V1),
    route("GET", "/v1/datasets/{dataset_id}/download", download, V1),
]
