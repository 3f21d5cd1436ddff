"""v2 generation (#44-#46) and the Status Service (#47), with the v2 error envelope."""
from __future__ import annotations

import json
from typing import Any

from . import captions, errors, jobs, lifecycle, moderation
from .context import Ctx, v2_fail
from .errors import STATUS, V2
from .http import Reply, json_reply, route
from .imageinput import ImageProblem, resolve
from .media import ASPECT_SIZES
from .outputs import result_file
from .store import Model, family
from .validation import Reader, parse_id


def _model_id(body: Reader) -> Any:
    raw = body.body.get("tailored_model_id", body.body.get("model_id"))  # model_id: SDK/skill alias
    if raw is None or isinstance(raw, bool) or not isinstance(raw, (int, str)):
        raise errors.v2(400, "Bad Request", "tailored_model_id: Field required")
    return raw


def _fibo_model(ctx: Ctx, raw: Any) -> Model:
    model = ctx.store.models.get(parse_id(raw))  # type: ignore[arg-type]
    if model is None or model.org != ctx.org:
        raise errors.v2(403, "Forbidden", "model does not belong to organization")
    if family(model.training_version) != "fibo":
        raise errors.v2(400, "Bad Request", "tailored model is not a FIBO model")
    if not lifecycle.is_ready(model, ctx.now, ctx.durations):
        raise errors.v2(400, "Bad Request", "tailored model training is not completed")
    return model


def _schema_of(ctx: Ctx, model: Model) -> str | None:
    dataset = ctx.store.datasets.get(model.dataset_id)
    return dataset.visual_schema if dataset else None


def _webhook(body: Reader) -> str | None:
    url = body.str("webhook_url")
    if url is not None and not url.startswith(("http://", "https://")):
        raise errors.v2(400, "Bad Request", "webhook_url must be an http(s) URL")
    return url


def _check_structured(text: str | None) -> None:
    if text is None:
        return
    try:
        json.loads(text)
    except ValueError:
        raise errors.v2(400, "Bad Request", "structured_prompt must be a valid JSON string") from None


def generate_image(ctx: Ctx) -> Reply:
    body = ctx.body(v2_fail)
    model = _fibo_model(ctx, _model_id(body))
    prompt, structured = body.str("prompt"), body.str("structured_prompt")
    seed = body.int("seed")
    if prompt is None and structured is None:
        raise errors.v2(400, "Bad Request", "One of prompt or structured_prompt is required")
    if structured is not None and prompt is None and seed is None:
        raise errors.v2(400, "Bad Request", "structured_prompt without prompt requires seed")
    _check_structured(structured)
    body.float("tailored_model_influence", 0, 1.5)
    body.int("guidance_scale", 3, 5)
    body.int("steps_num", 20, 50)
    body.str("negative_prompt")
    ratio = body.enum("aspect_ratio", tuple(ASPECT_SIZES), default="1:1") or "1:1"
    sync, webhook = body.bool("sync", False), _webhook(body)
    if body.bool("prompt_content_moderation", True) and moderation.prompt_rejected(prompt):
        raise errors.v2(422, "Unprocessable Entity", "The prompt did not pass content moderation")
    blocked = body.bool("visual_output_content_moderation", True) and moderation.output_blocked(prompt)
    seed = seed if seed is not None else ctx.emu.rng.randrange(1, 2**31 - 1)
    sp = captions.structured_prompt(prompt, _schema_of(ctx, model), structured)
    outcome = moderation.job_outcome(prompt, structured)
    ready = ctx.now if sync else ctx.now + ctx.durations.v2_job
    stored = result_file(ctx, "png", ASPECT_SIZES[ratio], ready, blocked, seed)
    result = {"image_url": ctx.file_url(stored.id, stored.name), "seed": seed, "structured_prompt": sp}
    return _finish(ctx, sync, ready, outcome, blocked, result, webhook, moderation.ip_warning(prompt))


def _finish(ctx: Ctx, sync: bool, ready: float, outcome: str, blocked: bool,
            result: dict[str, Any], webhook: str | None, warning: str | None) -> Reply:
    """Sync: 200 with both the flat keys (S26) and the `result` envelope; async: 202."""
    if sync:
        if blocked:
            raise errors.v2(422, "Unprocessable Entity", "The output did not pass content moderation")
        if outcome != "COMPLETED":
            raise errors.v2(500, "Internal Server Error", "Generation failed")
        payload = {**result, "result": result, "request_id": errors.new_request_id()}
    else:
        job = jobs.submit(ctx, ready, outcome if not blocked else "ERROR",
                          result if outcome == "COMPLETED" and not blocked else None,
                          jobs.error_for(outcome, blocked), webhook)
        payload = jobs.accepted(ctx, job)
    if warning:
        payload["warning"] = warning
    return json_reply(200 if sync else 202, payload)


def generate_structured_prompt(ctx: Ctx) -> Reply:
    body = ctx.body(v2_fail)
    model = _fibo_model(ctx, _model_id(body))
    prompt, structured = body.str("prompt"), body.str("structured_prompt")
    if prompt is None:
        raise errors.v2(400, "Bad Request", "prompt is required (alone or with structured_prompt)")
    _check_structured(structured)
    seed, sync, webhook = body.int("seed"), body.bool("sync", False), _webhook(body)
    if body.bool("prompt_content_moderation", True) and moderation.prompt_rejected(prompt):
        raise errors.v2(422, "Unprocessable Entity", "The prompt did not pass content moderation")
    result: dict[str, Any] = {"structured_prompt": captions.structured_prompt(
        prompt, _schema_of(ctx, model), structured)}
    if seed is not None:
        result["seed"] = seed
    ready = ctx.now if sync else ctx.now + ctx.durations.v2_job
    outcome = moderation.job_outcome(prompt, structured)
    return _finish(ctx, sync, ready, outcome, False, result, webhook, moderation.ip_warning(prompt))


def generate_video(ctx: Ctx) -> Reply:
    body = ctx.body(v2_fail)
    raw = _model_id(body)
    image = body.str("image", required=True) or ""
    seed, webhook = body.int("seed"), _webhook(body)
    model = ctx.store.models.get(parse_id(raw))  # type: ignore[arg-type]
    if model is None:
        raise errors.v2(404, "Not Found", "The specified tailored_model_id does not exist")
    if model.org != ctx.org:
        raise errors.v2(403, "Forbidden", "model does not belong to organization")
    if not lifecycle.is_ready(model, ctx.now, ctx.durations):
        raise errors.v2(400, "Bad Request", "tailored model training is not completed")
    try:
        info = resolve(image, ctx.store.files, ctx.now).info
    except ImageProblem as problem:
        status = 422 if problem.status in (413, 422) else problem.status
        raise errors.v2(status, errors.REASONS.get(status, "Error"), problem.message) from None
    ready = ctx.now + ctx.durations.video_job
    outcome = moderation.job_outcome(image)
    stored = result_file(ctx, "mp4", (info.width, info.height), ready, False, seed or 0)
    result = {"video_url": ctx.file_url(stored.id, stored.name)}
    job = jobs.submit(ctx, ready, outcome, result if outcome == "COMPLETED" else None,
                      jobs.error_for(outcome, False), webhook)
    return json_reply(202, jobs.accepted(ctx, job))


def status(ctx: Ctx) -> Reply:
    job = ctx.store.jobs.get(ctx.params["request_id"])
    if job is None or job.org != ctx.org or jobs.expired(job, ctx.now, ctx.emu.config.job_retention_seconds):
        return json_reply(404, {"status": "NOT_FOUND"})
    return json_reply(200, jobs.status_body(job, ctx.now))


ROUTES = [
    route("POST", "/v2/image/generate/tailored", generate_image, V2),
    route("POST", "/v2/structured_prompt/generate/tailored", generate_structured_prompt, V2),
    route("POST", "/v2/video/generate/tailored/image-to-video", generate_video, V2),
    route("GET", "/v2/status/{request_id}", status, STATUS),
]
