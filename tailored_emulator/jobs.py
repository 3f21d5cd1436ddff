"""v2 asynchronous requests: creation, the Status Service body at any moment, expiry."""
from __future__ import annotations

import uuid
from typing import Any

from .context import Ctx
from .store import Job

UNKNOWN_ERROR = {"code": 500, "message": "Unknown error",
                 "details": "The request ended in an unknown state"}


def error_for(outcome: str, blocked: bool) -> dict[str, Any] | None:
    if blocked:
        return {"code": 422, "message": "Content moderation failure",
                "details": "The generated visual did not pass content moderation"}
    if outcome == "ERROR":
        return {"code": 500, "message": "Internal Server Error",
                "details": "Generation failed (FAIL_JOB trigger)"}
    return None


def submit(ctx: Ctx, ready_at: float, outcome: str, result: dict[str, Any] | None,
           error: dict[str, Any] | None, webhook_url: str | None) -> Job:
    job = Job(uuid.uuid4().hex, ctx.org, ctx.token, ctx.now, ready_at, outcome, result, error,
              webhook_url)
    ctx.store.jobs[job.id] = job
    if webhook_url:
        ctx.emu.webhooks.schedule(job)
    return job


def accepted(ctx: Ctx, job: Job) -> dict[str, Any]:
    return {"request_id": job.id, "status_url": f"{ctx.base_url}/v2/status/{job.id}"}


def status_body(job: Job, now: float) -> dict[str, Any]:
    """The Status Service body; callers check expiry first."""
    if now < job.ready_at:
        return {"status": "IN_PROGRESS", "request_id": job.id}
    if job.outcome == "COMPLETED":
        return {"status": "COMPLETED", "request_id": job.id, "result": job.result}
    if job.outcome == "UNKNOWN":
        return {"status": "UNKNOWN", "request_id": job.id, "error": dict(UNKNOWN_ERROR)}
    return {"status": "ERROR", "request_id": job.id, "error": job.error or dict(UNKNOWN_ERROR)}


def expired(job: Job, now: float, retention: float) -> bool:
    return now > job.ready_at + retention
