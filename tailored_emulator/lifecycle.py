"""State derived from timestamps at read time: model training, checkpoints, captions, bulk.

Deriving instead of storing keeps reads exact at any clock value and costs nothing between
requests; side effects that must happen at a moment are scheduled by the routes instead.
"""
from __future__ import annotations

from typing import Any

from .config import Durations
from .store import BulkJob, Dataset, Model, Store

TRAINING = ("InProgress", "Stopping")


def model_status(model: Model, now: float, durations: Durations) -> str:
    if model.uploaded:
        return "syncing" if now < (model.sync_until or 0) else "completed"
    if model.started_at is None:
        return "Created"
    if model.stop_at is not None:
        return "Stopping" if now < model.stop_at + durations.stopping else "Stopped"
    if now < (model.ends_at or 0):
        return "InProgress"
    return "Failed" if model.fails else "Completed"


def model_updated_at(model: Model, now: float, durations: Durations) -> float:
    moments = [model.updated_at]
    if model.uploaded and model.sync_until is not None:
        moments.append(model.sync_until)
    if model.stop_at is not None:
        moments.append(model.stop_at + durations.stopping)
    elif model.ends_at is not None:
        moments.append(model.ends_at)
    return max(m for m in moments if m <= now) if any(m <= now for m in moments) else model.updated_at


def is_ready(model: Model, now: float, durations: Durations) -> bool:
    return model_status(model, now, durations) in ("Completed", "completed")


def checkpoint_plan(model: Model) -> list[tuple[int, float]]:
    """Every (step, appears_at) an expert training will produce; the final step is always saved."""
    if model.training_mode != "expert" or model.started_at is None or not model.params:
        return []
    total = int(model.params["total_training_steps"])
    interval = max(1, int(model.params["checkpoint_interval"]))
    steps = list(range(interval, total + 1, interval))
    if not steps or steps[-1] != total:
        steps.append(total)
    span = (model.ends_at or model.started_at) - model.started_at
    return [(s, model.started_at + span * s / total) for s in steps]


def checkpoints(model: Model, now: float) -> list[tuple[int, float]]:
    cutoff = model.stop_at if model.stop_at is not None else float("inf")
    if model.fails and model.ends_at is not None:
        cutoff = min(cutoff, model.ends_at - 1e-9)  # a failed run keeps no final checkpoint
    return [(s, t) for s, t in checkpoint_plan(model)
            if t <= now and t < cutoff and s not in model.deleted_steps]


def active_version(model: Model, now: float, durations: Durations) -> str:
    """'default' until an expert training completes, then the last step of the run."""
    if model_status(model, now, durations) != "Completed" or model.training_mode != "expert":
        return "default"
    plan = checkpoint_plan(model)
    return str(plan[-1][0]) if plan else "default"


def captions_status(dataset: Dataset, store: Store, now: float) -> str:
    if dataset.captions_until is not None and now < dataset.captions_until:
        return "in_progress"
    if any(store.images[i].caption for i in dataset.image_ids if i in store.images):
        return "completed"
    return "empty"


def bulk_status(job: BulkJob, now: float, durations: Durations) -> dict[str, Any]:
    """The BulkUploadStatus body at `now`: pending, then linear progress, then the outcome."""
    total = len(job.entries)
    span = max(job.ends_at - job.started_at, 1e-9)
    fraction = min(1.0, max(0.0, (now - job.started_at) / span))
    pending_until = job.started_at + 0.1 * span
    if now < pending_until:
        state, processed = "pending", 0
    elif now < job.ends_at:
        state = "processing"
        processed = min(total, int(total * (now - pending_until) / (job.ends_at - pending_until)))
    else:
        ok = any(e["ok"] for e in job.entries)
        state, processed = ("completed" if job.readable and ok else "failed"), total
    seen = job.entries[:processed]
    failed = [e for e in seen if not e["ok"]]
    percent = 100 if now >= job.ends_at else int(fraction * 100)
    return {
        "status": state,
        "progress_percentage": percent if state != "pending" else 0,
        "total_processed": processed,
        "done": processed - len(failed),
        "failed": len(failed),
        "failed_images": [{"filename": e["filename"], "error_code": e["error_code"],
                           "error_message": e["error_message"]} for e in failed],
    }
