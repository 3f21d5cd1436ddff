"""Projects (#1-#5): IP definition, profile lock (training_version), cascade delete."""
from __future__ import annotations

from . import errors, lifecycle
from .context import Ctx, v1_fail
from .errors import V1
from .http import Reply, empty_reply, json_reply, route
from .resources import project as project_json
from .store import LEGACY_VERSIONS, Project
from .validation import Reader, words

IP_MEDIUMS = ("photography", "illustration")
IP_TYPES = ("multi_object_set", "object_variants", "icons", "defined_character",
            "character_variants", "stylized_scene", "other")
ILLUSTRATION_ONLY = ("multi_object_set", "object_variants", "icons", "character_variants")
VERSIONS = ("fibo",) + LEGACY_VERSIONS + ("bria-2.3", "bria-3.2")


def normalise_version(version: str | None) -> str | None:
    return version.replace("bria-", "") if version else version


def check_ip_fields(ip_medium: str, ip_type: str, ip_name: str, ip_description: str) -> None:
    if ip_type in ILLUSTRATION_ONLY and ip_medium != "illustration":
        raise errors.v1(400, f"ip_type '{ip_type}' requires ip_medium 'illustration'")
    if ip_type == "defined_character" and not 1 <= words(ip_name) <= 3:
        raise errors.v1(400, "ip_name is required for defined_character (1-3 words)")
    if ip_type in ("defined_character", "object_variants"):
        if not ip_description.strip() or words(ip_description) > 6:
            raise errors.v1(400, f"ip_description is required for {ip_type} (up to 6 words)")


def read_project_fields(body: Reader) -> dict:
    fields = {
        "project_name": body.str("project_name", required=True),
        "project_description": body.str("project_description", default="") or "",
        "ip_name": body.str("ip_name", default="") or "",
        "ip_description": body.str("ip_description", default="") or "",
        "ip_medium": body.enum("ip_medium", IP_MEDIUMS, required=True),
        "ip_type": body.enum("ip_type", IP_TYPES, required=True),
    }
    check_ip_fields(fields["ip_medium"], fields["ip_type"], fields["ip_name"], fields["ip_description"])
    return fields


def new_project(ctx: Ctx, fields: dict, version: str | None) -> Project:
    store = ctx.store
    record = Project(store.next_id("project"), ctx.org, training_version=version,
                     created_at=ctx.now, updated_at=ctx.now, **fields)
    store.projects[record.id] = record
    return record


def create(ctx: Ctx) -> Reply:
    body = ctx.body(v1_fail)
    fields = read_project_fields(body)
    version = normalise_version(body.enum("training_version", VERSIONS))
    return json_reply(201, project_json(new_project(ctx, fields, version), with_updated=False))


def list_all(ctx: Ctx) -> Reply:
    mine = [p for p in ctx.store.projects.values() if p.org == ctx.org]
    return json_reply(200, [project_json(p) for p in mine])


def owned_project(ctx: Ctx) -> Project:
    found = ctx.store.owned(ctx.store.projects, ctx.path_id("project_id"), ctx.org)
    if found is None:
        raise errors.v1(404, "Project not found")
    return found


def get(ctx: Ctx) -> Reply:
    return json_reply(200, project_json(owned_project(ctx)))


def update(ctx: Ctx) -> Reply:
    record = owned_project(ctx)
    body = ctx.body(v1_fail)
    changes = {k: body.str(k) for k in ("project_name", "project_description", "ip_name",
                                        "ip_description") if body.has(k)}
    merged = {"ip_name": record.ip_name, "ip_description": record.ip_description, **changes}
    check_ip_fields(record.ip_medium, record.ip_type, merged["ip_name"], merged["ip_description"])
    for key, value in changes.items():
        setattr(record, key, value)
    record.updated_at = ctx.now
    return json_reply(200, project_json(record))


def delete(ctx: Ctx) -> Reply:
    record = owned_project(ctx)
    statuses = {lifecycle.model_status(m, ctx.now, ctx.durations)
                for m in ctx.store.project_models(record.id)}
    if statuses & set(lifecycle.TRAINING):
        raise errors.v1(409, "Cannot delete a project while one of its models is in training")
    ctx.store.delete_project(record)
    return empty_reply(204)


ROUTES = [
    route("POST", "/v1/tailored-gen/projects", create, V1),
    route("GET", "/v1/tailored-gen/projects", list_all, V1),
    route("GET", "/v1/tailored-gen/projects/{project_id}", get, V1),
    route("PUT", "/v1/tailored-gen/projects/{project_id}", update, V1),
    route("DELETE", "/v1/tailored-gen/projects/{project_id}", delete, V1),
]
