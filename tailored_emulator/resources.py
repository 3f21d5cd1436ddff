"""JSON shapes of projects, datasets, images and models (documented field sets, ISO times)."""
from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

from . import lifecycle
from .config import Durations
from .store import Dataset, Image, Model, Project, Store, family


def iso(ts: float) -> str:
    """RFC 3339 with microseconds and Z (the docs show both; Z keeps date-time validators happy)."""
    return datetime.fromtimestamp(ts, timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def project(p: Project, with_updated: bool = True) -> dict[str, Any]:
    body = {
        "id": p.id, "project_name": p.project_name, "project_description": p.project_description,
        "ip_name": p.ip_name, "ip_description": p.ip_description, "ip_medium": p.ip_medium,
        "ip_type": p.ip_type, "training_version": p.training_version, "status": "active",
        "created_at": iso(p.created_at),
    }
    if with_updated:
        body["updated_at"] = iso(p.updated_at)
    return body


def dataset(d: Dataset, store: Store, now: float, with_images: int | None = None) -> dict[str, Any]:
    legacy = family(d.training_version) == "legacy"
    body: dict[str, Any] = {
        "id": d.id, "project_id": d.project_id, "name": d.name,
        "caption_prefix": d.caption_prefix if legacy else None,
        "visual_schema": None if legacy else d.visual_schema,
        "training_version": d.training_version, "status": d.status,
        "captions_update_status": lifecycle.captions_status(d, store, now),
        "upload_type": d.upload_type, "captions_source": d.captions_source,
        "images_count": len(d.image_ids),
        "created_at": iso(d.created_at), "updated_at": iso(d.updated_at),
    }
    if with_images is not None:
        ids = d.image_ids[:with_images]
        body["images"] = [image(store.images[i]) for i in ids]
    return body


def image(i: Image) -> dict[str, Any]:
    return {
        "id": i.id, "dataset_id": i.dataset_id, "caption": i.caption,
        "caption_source": i.caption_source, "upload_source_url": i.upload_source_url,
        "image_name": i.image_name, "image_url": i.image_url, "thumbnail_url": i.thumbnail_url,
        "created_at": iso(i.created_at), "updated_at": iso(i.updated_at),
    }


def model(m: Model, now: float, durations: Durations, *, training: bool = True,
          metadata: bool = False) -> dict[str, Any]:
    status = lifecycle.model_status(m, now, durations)
    body: dict[str, Any] = {
        "id": m.id, "name": m.name, "description": m.description, "status": status,
        "training_mode": m.training_mode, "training_version": m.training_version,
        "generation_prefix": m.generation_prefix,
        "active_model_version": lifecycle.active_version(m, now, durations),
        "project_id": m.project_id, "dataset_id": m.dataset_id,
        "created_at": iso(m.created_at),
        "updated_at": iso(lifecycle.model_updated_at(m, now, durations)),
    }
    if training:
        body["training_parameters"] = dict(m.params)
        steps = lifecycle.checkpoints(m, now)
        body["checkpoint_steps"] = [str(s) for s, _ in reversed(steps)]
    if metadata:
        body["custom_metadata"] = ""
    return body


def uploaded_model(m: Model, now: float, durations: Durations) -> dict[str, Any]:
    return {
        "id": m.id, "name": m.name, "description": m.description,
        "status": lifecycle.model_status(m, now, durations),
        "training_version": m.training_version, "generation_prefix": m.generation_prefix,
        "project_id": m.project_id, "dataset_id": m.dataset_id, "created_at": iso(m.created_at),
    }
