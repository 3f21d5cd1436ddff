"""Checkpoints and model download (#34-#37); checkpoint errors are bare JSON strings."""
from __future__ import annotations

from . import errors, lifecycle, media
from .catalog import owned_model
from .context import Ctx
from .errors import BARE, V1
from .http import Reply, empty_reply, json_reply, route
from .resources import iso
from .routes_models import require_model
from .store import Model

BASE_MODELS = {"fibo": "BRIA-FIBO", "max": "BRIA-2.3", "light": "BRIA-2.3-FAST",
               "bria-2.3": "BRIA-2.3", "bria-3.2": "BRIA-3.2"}


def _completed_expert(ctx: Ctx) -> Model:
    model = owned_model(ctx)
    if model is None:
        raise errors.bare(404, "Model not found")
    if lifecycle.model_status(model, ctx.now, ctx.durations) != "Completed":
        raise errors.bare(400, "The model status is not completed")
    if model.training_mode != "expert":
        raise errors.bare(400, "Checkpoints are only available for models trained in expert mode")
    return model


def _checkpoint_json(model: Model, step: int, created: float) -> dict:
    return {"checkpoint_step": step, "training_job_id": model.training_job_id, "created_at": iso(created)}


def list_checkpoints(ctx: Ctx) -> Reply:
    model = _completed_expert(ctx)
    found = lifecycle.checkpoints(model, ctx.now)
    return json_reply(200, {
        "checkpoints": [_checkpoint_json(model, s, t) for s, t in found],
        "active_model_version": lifecycle.active_version(model, ctx.now, ctx.durations),
    })


def _find(ctx: Ctx, model: Model) -> tuple[int, float]:
    step = ctx.path_id("checkpoint_step")
    for found, created in lifecycle.checkpoints(model, ctx.now):
        if found == step:
            return found, created
    raise errors.bare(404, "Checkpoint not found")


def get_checkpoint(ctx: Ctx) -> Reply:
    model = _completed_expert(ctx)
    step, created = _find(ctx, model)
    return json_reply(200, _checkpoint_json(model, step, created))


def delete_checkpoint(ctx: Ctx) -> Reply:
    model = _completed_expert(ctx)
    step, _ = _find(ctx, model)
    if str(step) == lifecycle.active_version(model, ctx.now, ctx.durations):
        raise errors.bare(400, "Cannot delete checkpoint currently selected for inference")
    model.deleted_steps.add(step)
    return empty_reply(204)


def download(ctx: Ctx) -> Reply:
    model = require_model(ctx)
    if not lifecycle.is_ready(model, ctx.now, ctx.durations):
        raise errors.v1(400, "Model training is not completed")
    name = f"tailored_model_{model.id}.safetensors"
    weights = ctx.store.add_file(name, "application/octet-stream", ctx.now,
                                 data=media.safetensors(model.name))
    base = BASE_MODELS.get(model.training_version, "BRIA-FIBO")
    return json_reply(200, {"download_url": ctx.file_url(weights.id, name), "base_model_name": base,
                            "base_model_card": f"https://huggingface.co/briaai/{base}"})


ROUTES = [
    route("GET", "/v1/tailored-gen/models/{model_id}/checkpoints", list_checkpoints, BARE),
    route("GET", "/v1/tailored-gen/models/{model_id}/checkpoints/{checkpoint_step}", get_checkpoint, BARE),
    route("DELETE", "/v1/tailored-gen/models/{model_id}/checkpoints/{checkpoint_step}",
          delete_checkpoint, BARE),
    route("GET", "/v1/tailored-gen/models/{model_id}/download", download, V1),
]
