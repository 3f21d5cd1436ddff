"""Legacy v1 generators (#38-#43, #48): text-to-image/vector, restyle_portrait, reimagine."""
from __future__ import annotations

from typing import Any

from . import errors, lifecycle, moderation
from .catalog import owned_model
from .context import Ctx, v1_fail
from .errors import V1
from .http import Reply, json_reply, route
from .imageinput import ImageProblem, ResolvedImage, resolve
from .media import ASPECT_SIZES
from .outputs import size_like, v1_results
from .store import Model, family
from .validation import Reader, parse_id

GUIDANCE = ("controlnet_canny", "controlnet_depth", "controlnet_recoloring", "controlnet_color_grid")
RESTYLE_OK = ("light",)


def legacy_model(ctx: Ctx, raw_id: Any) -> Model:
    model = owned_model(ctx, parse_id(raw_id))
    if model is None:
        raise errors.v1(404, "Model not found")
    if family(model.training_version) == "fibo":
        raise errors.v1(400, "FIBO models are not supported here; use /v2/image/generate/tailored")
    if not lifecycle.is_ready(model, ctx.now, ctx.durations):
        status = lifecycle.model_status(model, ctx.now, ctx.durations)
        raise errors.v1(400, f"Model is not ready for generation (status {status})")
    return model


def require_checkpoint(ctx: Ctx, model: Model, step: int | None) -> None:
    if step is None:
        return
    if not any(s == step for s, _ in lifecycle.checkpoints(model, ctx.now)):
        raise errors.v1(404, "Checkpoint not found")


def image_param(ctx: Ctx, value: str, param: str, moderate: bool) -> ResolvedImage:
    try:
        image = resolve(value, ctx.store.files, ctx.now)
    except ImageProblem as problem:
        raise errors.v1(problem.status, f"{param}: {problem.message}") from None
    if moderate and image.flagged:
        raise errors.bare(422, f"The visual in the '{param}' parameter did not pass content moderation")
    return image


def _speed(body: Reader, model: Model) -> tuple[bool, int, int]:
    """(fast, num_results, steps_num) with the fast/non-fast ranges and Max's restrictions."""
    is_max = model.training_version == "max"
    fast = body.bool("fast", not is_max)
    if fast and is_max:
        raise errors.v1(400, "fast mode is not supported for Max models")
    count = body.int("num_results", 1, 4 if fast else 2, default=4 if fast else 2)
    steps = body.int("steps_num", 4 if fast else 20, 20 if fast else 50, default=8 if fast else 30)
    return fast, count or 1, steps or 8


def _guidance(ctx: Ctx, body: Reader, model: Model, moderate: bool) -> ResolvedImage | None:
    methods = [body.enum(f"guidance_method_{i}", GUIDANCE) for i in (1, 2)]
    if methods[1] and not methods[0]:
        raise errors.v1(400, "guidance_method_2 requires guidance_method_1")
    uses_prompt_image = body.has("image_prompt_file") or body.has("image_prompt_urls")
    if model.training_version == "max" and (methods[0] or uses_prompt_image):
        raise errors.v1(400, "Guidance methods and image prompts are not supported for Max models")
    images = []
    for index, method in enumerate(methods, start=1):
        body.float(f"guidance_method_{index}_scale", 0, 1)
        if method:
            file = body.str(f"guidance_method_{index}_image_file")
            if not file:
                raise errors.v1(400, f"guidance_method_{index}_image_file is required")
            images.append(image_param(ctx, file, f"guidance_method_{index}_image_file", moderate))
    if len({round(i.info.width / i.info.height, 3) for i in images}) > 1:
        raise errors.v1(400, "All guidance images must have the same aspect ratio")
    body.enum("image_prompt_mode", ("regular", "style_only"))
    body.float("image_prompt_scale", 0, 1)
    if body.has("image_prompt_file"):
        image_param(ctx, body.str("image_prompt_file") or "", "image_prompt_file", moderate)
    for url in body.str_list("image_prompt_urls") or []:
        image_param(ctx, url, "image_prompt_urls", moderate)
    return images[0] if images else None


def _text_to(ctx: Ctx, kind: str, sync_default: bool) -> Reply:
    model = legacy_model(ctx, ctx.params["model_id"])
    require_checkpoint(ctx, model, ctx.path_id("checkpoint_step") if "checkpoint_step" in ctx.params else None)
    body = ctx.body(v1_fail)
    prompt = body.str("prompt", required=True)
    _, count, _ = _speed(body, model)
    ratio = body.enum("aspect_ratio", tuple(ASPECT_SIZES), default="1:1") or "1:1"
    body.float("model_influence", 0, 1.5)
    seed, sync = body.int("seed"), body.bool("sync", sync_default)
    moderate = body.bool("content_moderation", False)
    for flag in ("include_generation_prefix", "faces_refiner", "prompt_enhancement"):
        body.bool(flag, False)
    reference = _guidance(ctx, body, model, moderate)
    results = v1_results(ctx, count=count, seed=seed, prompt=prompt, moderate=moderate, sync=sync,
                         kind=kind, size=size_like(reference.info if reference else None, ratio))
    return _with_warning({"result": results}, prompt)


def _with_warning(payload: dict, *prompts: str | None) -> Reply:
    warning = moderation.ip_warning(*prompts)
    if warning:
        payload["warning"] = warning
    return json_reply(200, payload)


def text_to_image(ctx: Ctx) -> Reply:
    return _text_to(ctx, "png", sync_default=False)


def text_to_vector(ctx: Ctx) -> Reply:
    return _text_to(ctx, "svg", sync_default=True)


def restyle_portrait(ctx: Ctx) -> Reply:
    body = ctx.body(v1_fail)
    raw_id = body.body.get("tailored_model_id")
    if raw_id is None:
        raise errors.v1(400, "tailored_model_id: Field required")
    model = legacy_model(ctx, raw_id)
    if not (model.training_version == "light" or (model.training_version == "bria-2.3"
            and (model.training_mode == "expert" or model.uploaded))):
        raise errors.v1(400, "restyle_portrait supports Light models and expert or uploaded "
                             "Bria 2.3 models only")
    url, file = body.str("id_image_url"), body.str("id_image_file")
    if not url and not file:
        raise errors.v1(400, "One of 'id_image_url' or 'id_image_file' is required")
    body.float("tailored_model_influence", 0, 1.2)
    body.float("id_strength", 0, 1)
    body.int("steps_num", 1, 50)
    body.bool("enhance_image", False)
    moderate, sync = body.bool("content_moderation", False), body.bool("sync", True)
    reference = image_param(ctx, url or file or "", "id_image_url" if url else "id_image_file", moderate)
    results = v1_results(ctx, count=1, seed=body.int("seed"), prompt=None, moderate=moderate,
                         sync=sync, kind="png", size=size_like(reference.info, "1:1"), item="image_url")
    payload: dict[str, Any] = {"result": results}
    if results and "image_url" in results[0]:
        payload["image_res"] = results[0]["image_url"]  # what Bria's ComfyUI nodes read
    return json_reply(200, payload)


def _reimagine(ctx: Ctx, body: Reader, model_id: Any) -> Reply:
    prompt = body.str("prompt", required=True)
    model = legacy_model(ctx, model_id) if model_id is not None else None
    if model is not None:
        require_checkpoint(ctx, model, body.int("tailored_checkpoint_step"))
    body.float("structure_ref_influence", 0, 1)
    body.float("tailored_model_influence", 0, 1.5)
    fast = body.bool("fast", True)
    count = body.int("num_results", 1, 4, default=1) or 1
    body.int("steps_num", 4 if fast else 20, 20 if fast else 50)
    moderate = body.bool("content_moderation", False)
    url, file = body.str("structure_image_url"), body.str("structure_image_file")
    reference = None
    if url or file:
        param = "structure_image_url" if url else "structure_image_file"
        reference = image_param(ctx, url or file or "", param, moderate).info
    results = v1_results(ctx, count=count, seed=body.int("seed"), prompt=prompt, moderate=moderate,
                         sync=body.bool("sync", False), kind="png", size=size_like(reference, "1:1"))
    payload: dict[str, Any] = {"result": results}
    if body.bool("ip_signal", False) and moderation.ip_warning(prompt):
        payload["warning"] = moderation.IP_WARNING
    return json_reply(200, payload)


def reimagine(ctx: Ctx) -> Reply:
    body = ctx.body(v1_fail)
    return _reimagine(ctx, body, body.body.get("tailored_model_id"))


def reimagine_tailored(ctx: Ctx) -> Reply:
    return _reimagine(ctx, ctx.body(v1_fail), ctx.params["model_id"])


ROUTES = [
    route("POST", "/v1/text-to-image/tailored/{model_id}", text_to_image, V1),
    route("POST", "/v1/text-to-image/tailored/{model_id}/{checkpoint_step}", text_to_image, V1),
    route("POST", "/v1/text-to-vector/tailored/{model_id}", text_to_vector, V1),
    route("POST", "/v1/text-to-vector/tailored/{model_id}/{checkpoint_step}", text_to_vector, V1),
    route("POST", "/v1/tailored-gen/restyle_portrait", restyle_portrait, V1),
    route("POST", "/v1/reimagine", reimagine, V1),
    route("POST", "/v1/reimagine/tailored/{model_id}", reimagine_tailored, V1),
]
