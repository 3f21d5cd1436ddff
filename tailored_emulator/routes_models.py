"""Models (#25-#33): creation with family rules, training lifecycle, stop, upload_model."""
from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from . import errors, lifecycle
from .catalog import owned_dataset, owned_model
from .context import Ctx, bool_query, v1_fail
from .errors import V1
from .http import Reply, empty_reply, json_reply, route
from .moderation import training_fails
from .resources import model as model_json, uploaded_model
from .routes_projects import IP_MEDIUMS, IP_TYPES, new_project, owned_project
from .store import Dataset, Model, family
from .validation import Reader

MODEL_VERSIONS = ("light", "max", "bria-2.3", "bria-3.2", "fibo", "2.3", "3.2")
DATASET_TO_MODEL = {"max": "max", "light": "light", "2.3": "bria-2.3", "3.2": "bria-3.2", "fibo": "fibo"}
SCHEDULERS = ("linear", "cosine", "cosine_with_restarts", "polynomial", "constant",
              "constant_with_warmup")
EXPERT_FIELDS = ("lr_scheduler", "learning_rate", "total_training_steps", "rank",
                 "checkpoint_interval", "lr_warmup_steps", "max_train_steps")


def _model_version(value: str | None) -> str | None:
    return f"bria-{value}" if value in ("2.3", "3.2") else value


def require_model(ctx: Ctx) -> Model:
    found = owned_model(ctx)
    if found is None:
        raise errors.v1(404, "Model not found")
    return found


def create(ctx: Ctx) -> Reply:
    body = ctx.body(v1_fail)
    name = body.str("name", required=True) or ""
    dataset_id = body.id("dataset_id")
    mode = body.enum("training_mode", ("fully_automated", "expert"), default="fully_automated")
    requested = _model_version(body.enum("training_version", MODEL_VERSIONS))
    dataset = owned_dataset(ctx, dataset_id)
    version = requested or DATASET_TO_MODEL[dataset.training_version]
    if family(version) != family(dataset.training_version):
        raise errors.v1(400, f"training_version '{version}' is not compatible with a "
                             f"'{dataset.training_version}' dataset")
    project = ctx.store.projects[dataset.project_id]
    if version == "max" and project.ip_medium == "photography":
        raise errors.v1(400, "training_version 'max' is not available for photography projects")
    record = Model(ctx.store.next_id("model"), ctx.org, dataset.project_id, dataset.id, name,
                   body.str("description", default="") or "", mode or "fully_automated",
                   version, ctx.now, ctx.now)
    ctx.store.models[record.id] = record
    return json_reply(201, model_json(record, ctx.now, ctx.durations, metadata=True))


def _list(ctx: Ctx, models: list[Model]) -> Reply:
    training = bool_query(ctx.query().get("include_training_parameters"))
    return json_reply(200, [model_json(m, ctx.now, ctx.durations, training=training) for m in models])


def list_all(ctx: Ctx) -> Reply:
    return _list(ctx, [m for m in ctx.store.models.values() if m.org == ctx.org])


def list_for_project(ctx: Ctx) -> Reply:
    return _list(ctx, ctx.store.project_models(owned_project(ctx).id))


def get(ctx: Ctx) -> Reply:
    return json_reply(200, model_json(require_model(ctx), ctx.now, ctx.durations))


def update(ctx: Ctx) -> Reply:
    record = require_model(ctx)
    body = ctx.body(v1_fail)
    record.name = body.str("name") or record.name
    description = body.str("description")
    record.description = record.description if description is None else description
    record.updated_at = ctx.now
    return json_reply(200, model_json(record, ctx.now, ctx.durations))


def delete(ctx: Ctx) -> Reply:
    record = require_model(ctx)
    if lifecycle.model_status(record, ctx.now, ctx.durations) in lifecycle.TRAINING:
        raise errors.v1(409, "Cannot delete model while it is in training")
    del ctx.store.models[record.id]
    return empty_reply(204)


def start_training(ctx: Ctx) -> Reply:
    record = require_model(ctx)
    if record.uploaded or lifecycle.model_status(record, ctx.now, ctx.durations) != "Created":
        raise errors.v1(409, "Model training was already started and cannot be started again")
    dataset = ctx.store.datasets.get(record.dataset_id)
    if dataset is None or dataset.status != "completed":
        raise errors.v1(412, "The dataset must be completed before training can start")
    body = ctx.body(_field_error)
    sent = [f for f in EXPERT_FIELDS if body.has(f)]
    if sent and record.training_mode != "expert":
        raise errors.v1(400, "Advanced training parameters are only supported when "
                             "training_mode is set to 'expert'.")
    if record.training_mode == "expert":
        record.params = _training_params(body, dataset)
    record.started_at, record.ends_at = ctx.now, ctx.now + ctx.durations.training
    record.fails = training_fails(record.name)
    record.training_job_id = ctx.store.next_id("job")
    record.generation_prefix = dataset.caption_prefix if family(dataset.training_version) == "legacy" else None
    record.updated_at = ctx.now
    return json_reply(200, model_json(record, ctx.now, ctx.durations, metadata=True))


def _field_error(field: str, message: str, value: Any) -> errors.ApiError:
    shown = "" if value is None else str(value)
    return errors.field_errors([{"msg": message, "field_name": field, "field_input": shown}])


def _training_params(body: Reader, dataset: Dataset) -> dict[str, Any]:
    fibo = family(dataset.training_version) == "fibo"
    scheduler = body.enum("lr_scheduler", SCHEDULERS,
                          default="constant_with_warmup" if fibo else "constant")
    legacy_total = body.int("max_train_steps", 1, 5000)  # deprecated alias (G2)
    total = body.int("total_training_steps", 1, 5000, default=legacy_total or (750 if fibo else 1500))
    interval = body.int("checkpoint_interval", 100, None, default=min(500, total or 500))
    if interval is not None and total is not None and interval > total:
        raise _field_error("checkpoint_interval",
                           "Input should be less than or equal to total_training_steps", interval)
    warmup = body.int("lr_warmup_steps", 0, 1000, default=100)
    return {
        "learning_rate": body.float("learning_rate", 1e-6, 1e-3, default=1e-4),
        "lr_scheduler": scheduler, "rank": body.int("rank", 4, 256, default=128),
        "total_training_steps": total, "checkpoint_interval": interval,
        "lr_warmup_steps": warmup if scheduler == "constant_with_warmup" else None,
    }


def stop_training(ctx: Ctx) -> Reply:
    record = require_model(ctx)
    if record.uploaded or lifecycle.model_status(record, ctx.now, ctx.durations) != "InProgress":
        raise errors.v1(409, "Model is not training")
    record.stop_at = ctx.now
    return json_reply(200, model_json(record, ctx.now, ctx.durations))


def upload_model(ctx: Ctx) -> Reply:
    body = ctx.body(v1_fail)
    url = body.str("model_url", required=True) or ""
    version = _model_version(body.enum("training_version", ("bria-2.3", "bria-3.2", "2.3", "3.2"),
                                       default="bria-2.3"))
    prefix = body.str("caption_prefix")
    project_id = body.id("project_id", required=False)
    params = body.body.get("project_parameters")
    if not urlsplit(url).path.lower().endswith(".safetensors"):
        raise errors.v1(415, "model_url must point to a .safetensors file")
    if not url.startswith(("http://", "https://")) or (urlsplit(url).hostname or "").endswith(".invalid"):
        raise errors.v1(422, "model_url is not reachable")
    if "TOO_LARGE" in url:
        raise errors.v1(422, "Model file exceeds the maximum size of 3 GB")
    project = _upload_project(ctx, project_id, params, version or "bria-2.3")
    dataset_version = (version or "bria-2.3").replace("bria-", "")
    dataset = Dataset(ctx.store.next_id("dataset"), ctx.org, project.id,
                      f"{body.str('model_name') or 'uploaded model'} (uploaded)", "basic",
                      dataset_version, prefix, None, "completed", ctx.now, ctx.now)
    ctx.store.datasets[dataset.id] = dataset
    record = Model(ctx.store.next_id("model"), ctx.org, project.id, dataset.id,
                   body.str("model_name") or "Uploaded model", "", "fully_automated",
                   version or "bria-2.3", ctx.now, ctx.now, uploaded=True,
                   sync_until=ctx.now + ctx.durations.model_sync, generation_prefix=prefix)
    ctx.store.models[record.id] = record
    return json_reply(200, uploaded_model(record, ctx.now, ctx.durations))


def _upload_project(ctx: Ctx, project_id: int | None, params: Any, version: str):  # noqa: ANN202
    if project_id is not None:
        project = ctx.store.owned(ctx.store.projects, project_id, ctx.org)
        if project is None:
            raise errors.v1(404, "Project not found")
        if family(project.training_version) == "fibo":
            raise errors.v1(400, "Project is locked to fibo; uploaded models are legacy")
        project.training_version = project.training_version or version.replace("bria-", "")
        return project
    if not isinstance(params, dict):
        raise errors.v1(400, "project_parameters is required when project_id is omitted")
    reader = Reader(params, lambda f, m, v: errors.v1(400, f"project_parameters.{f}: {m}"))
    fields = {
        "project_name": reader.str("project_name", required=True),
        "project_description": reader.str("project_description", default="") or "",
        "ip_name": "", "ip_description": "",
        "ip_medium": reader.enum("ip_medium", IP_MEDIUMS, required=True),
        "ip_type": reader.enum("ip_type", IP_TYPES, default="other"),
    }
    return new_project(ctx, fields, version.replace("bria-", ""))


ROUTES = [
    route("POST", "/v1/tailored-gen/models/upload_model", upload_model, V1),
    route("POST", "/v1/tailored-gen/models", create, V1),
    route("GET", "/v1/tailored-gen/models", list_all, V1),
    route("GET", "/v1/tailored-gen/projects/{project_id}/models", list_for_project, V1),
    route("GET", "/v1/tailored-gen/models/{model_id}", get, V1),
    route("PUT", "/v1/tailored-gen/models/{model_id}", update, V1),
    route("DELETE", "/v1/tailored-gen/models/{model_id}", delete, V1),
    route("POST", "/v1/tailored-gen/models/{model_id}/start_training", start_training, V1),
    route("POST", "/v1/tailored-gen/models/{model_id}/stop_training", stop_training, V1),
]
