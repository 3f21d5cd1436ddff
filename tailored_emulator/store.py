"""In-memory records of one emulator: resources per organisation, result files and v2 jobs.

Records hold timestamps rather than states; `lifecycle.py` derives the state at read time.
"""
from __future__ import annotations

import itertools
import secrets
from dataclasses import dataclass, field
from typing import Any, Callable

LEGACY_VERSIONS = ("max", "light", "3.2", "2.3")
MODEL_LEGACY_VERSIONS = ("max", "light", "bria-2.3", "bria-3.2")


def family(version: str | None) -> str | None:
    """'fibo' or 'legacy' for any dataset/model/project training_version (None = unlocked)."""
    if version is None:
        return None
    return "fibo" if version == "fibo" else "legacy"


@dataclass
class Project:
    id: int
    org: str
    project_name: str
    project_description: str
    ip_name: str
    ip_description: str
    ip_medium: str
    ip_type: str
    training_version: str | None
    created_at: float
    updated_at: float


@dataclass
class BulkJob:
    started_at: float
    entries: list[dict[str, Any]]  # {"filename", "ok", "error_code", "error_message", "caption"}
    readable: bool
    ends_at: float


@dataclass
class Dataset:
    id: int
    org: str
    project_id: int
    name: str
    upload_type: str
    training_version: str
    caption_prefix: str | None
    visual_schema: str | None
    status: str
    created_at: float
    updated_at: float
    image_ids: list[int] = field(default_factory=list)
    captions_until: float | None = None
    bulk: BulkJob | None = None
    captions_source: str | None = None
    description: str = ""


@dataclass
class Image:
    id: int
    dataset_id: int
    image_name: str
    caption: str | None
    caption_source: str | None
    upload_source_url: str | None
    file_id: str
    thumb_id: str
    image_url: str
    thumbnail_url: str
    created_at: float
    updated_at: float


@dataclass
class Model:
    id: int
    org: str
    project_id: int
    dataset_id: int
    name: str
    description: str
    training_mode: str
    training_version: str
    created_at: float
    updated_at: float
    uploaded: bool = False
    sync_until: float | None = None
    started_at: float | None = None
    ends_at: float | None = None
    stop_at: float | None = None
    fails: bool = False
    training_job_id: int | None = None
    params: dict[str, Any] = field(default_factory=dict)
    generation_prefix: str | None = None
    deleted_steps: set[int] = field(default_factory=set)


@dataclass
class StoredFile:
    """A file served under /files/; `render` builds bytes lazily (cached after first read)."""

    id: str
    name: str
    content_type: str
    ready_at: float
    zero: bool = False
    data: bytes | None = None
    render: Callable[[], bytes] | None = None

    def body(self) -> bytes:
        if self.zero:
            return b""
        if self.data is None and self.render is not None:
            self.data = self.render()
        return self.data or b""


@dataclass
class Job:
    """A v2 asynchronous request and its predetermined outcome."""

    id: str
    org: str
    token: str
    created_at: float
    ready_at: float
    outcome: str  # COMPLETED | ERROR | UNKNOWN
    result: dict[str, Any] | None
    error: dict[str, Any] | None
    webhook_url: str | None = None


class Store:
    def __init__(self) -> None:
        self.projects: dict[int, Project] = {}
        self.datasets: dict[int, Dataset] = {}
        self.images: dict[int, Image] = {}
        self.models: dict[int, Model] = {}
        self.files: dict[str, StoredFile] = {}
        self.jobs: dict[str, Job] = {}
        self._ids = {k: itertools.count(start) for k, start in
                     (("project", 1001), ("dataset", 2001), ("image", 30001),
                      ("model", 4001), ("job", 50001))}

    def next_id(self, kind: str) -> int:
        return next(self._ids[kind])

    def add_file(self, name: str, content_type: str, ready_at: float, **kw: Any) -> StoredFile:
        file_id = secrets.token_hex(8)
        stored = StoredFile(file_id, name, content_type, ready_at, **kw)
        self.files[file_id] = stored
        return stored

    def owned(self, table: dict[int, Any], key: Any, org: str) -> Any | None:
        """The record if it exists and belongs to `org`; other organisations see nothing."""
        record = table.get(key) if isinstance(key, int) else None
        return record if record is not None and record.org == org else None

    def project_models(self, project_id: int) -> list[Model]:
        return [m for m in self.models.values() if m.project_id == project_id]

    def dataset_models(self, dataset_id: int) -> list[Model]:
        return [m for m in self.models.values() if m.dataset_id == dataset_id]

    def delete_dataset(self, dataset: Dataset) -> None:
        for image_id in dataset.image_ids:
            image = self.images.pop(image_id, None)
            if image is not None:
                self.files.pop(image.file_id, None)
                self.files.pop(image.thumb_id, None)
        self.datasets.pop(dataset.id, None)

    def delete_project(self, project: Project) -> None:
        for dataset in [d for d in self.datasets.values() if d.project_id == project.id]:
            self.delete_dataset(dataset)
        for model in self.project_models(project.id):
            self.models.pop(model.id, None)
        self.projects.pop(project.id, None)
