"""LegacyGenerationService (v1), GenerationService (v2) and StatusService through a real gateway
against the emulator: v1 placeholder URLs, blocked items, all-blocked 422, IP warnings, v2 202 +
status polling by moving the clock, v2 sync results in `result`, permission and error mapping."""

from __future__ import annotations

import json

import grpc
import httpx
import pytest

from bria.tailored.v1 import common_pb2 as cm
from bria.tailored.v1 import generation_pb2 as gp
from bria.tailored.v1 import legacy_generation_pb2 as lp
from bria.tailored.v1 import status_pb2 as sp
from tailored_emulator import media
from tests.conftest import METADATA
from tests.conftest import shared_gateway as gateway  # noqa: F401 (fixture: these tests read no gateway state)
from tests.integration.rpc_builders import (OTHER_METADATA, PNG, expect_invalid_before_upstream,
                                            expect_upstream_error, image_url, model, stubs)

NOT_FOUND = grpc.StatusCode.NOT_FOUND
INVALID = grpc.StatusCode.INVALID_ARGUMENT
DENIED = grpc.StatusCode.PERMISSION_DENIED
MODERATED = "CONTENT_MODERATION_FAILED"
UNSAFE_PNG = media.png(1024, 1024, text="UNSAFE")


async def _fetch(url: str, **headers) -> httpx.Response:
    async with httpx.AsyncClient() as client:
        return await client.get(url, headers=headers)


@pytest.fixture
async def legacy_model(channel, emulator):
    """A completed expert `light` model with checkpoints 250, 500, 750 and 1000."""
    return await model(stubs(channel), emulator, "legacy")


@pytest.fixture
async def fibo_model(channel, emulator):
    return await model(stubs(channel), emulator, "fibo", expert=False)


# --- LegacyGenerationService: TextToImage / TextToImageAtCheckpoint ------------------------------

async def test_text_to_image_async_placeholders_become_readable(channel, emulator, legacy_model):
    s = stubs(channel)
    reply = await s.legacy.TextToImage(lp.TextToImageRequest(
        model_id=legacy_model.id, prompt="Pip waving", num_results=2, seed=41,
        aspect_ratio=cm.ASPECT_RATIO_16_9), metadata=METADATA)  # sync defaults to false here
    assert [item.seed for item in reply.result] == [41, 42] and not reply.HasField("warning")
    urls = [item.urls[0] for item in reply.result]
    assert all(len(item.urls) == 1 and item.uuid and not item.blocked for item in reply.result)
    assert (await _fetch(urls[0])).status_code == 404  # placeholder: not readable yet
    emulator.advance(1)
    ready = await _fetch(urls[1])
    assert ready.status_code == 200 and ready.content.startswith(b"\x89PNG")
    assert int.from_bytes(ready.content[16:20], "big") == 1344  # 16:9 width


async def test_text_to_image_moderation_warning_and_errors(channel, emulator, legacy_model, fibo_model):
    s = stubs(channel)
    model_id = legacy_model.id
    some = await s.legacy.TextToImage(lp.TextToImageRequest(
        model_id=model_id, prompt="Pip UNSAFE_SOME", num_results=4, sync=True, content_moderation=True),
        metadata=METADATA)
    assert [item.blocked for item in some.result] == [False, True, False, True]
    blocked = some.result[1]
    assert blocked.error_code == 422 and "moderation" in blocked.description and not blocked.urls
    assert not blocked.HasField("seed")
    assert (await _fetch(some.result[0].urls[0])).status_code == 200  # sync: ready at once
    await expect_upstream_error(s.legacy.TextToImage(lp.TextToImageRequest(
        model_id=model_id, prompt="Pip UNSAFE", num_results=2, sync=True, content_moderation=True), metadata=METADATA),
        INVALID, MODERATED, 422)
    async_some = await s.legacy.TextToImage(lp.TextToImageRequest(
        model_id=model_id, prompt="Pip UNSAFE_SOME", num_results=2, content_moderation=True), metadata=METADATA)
    emulator.advance(1)  # async: the blocked output becomes a zero-byte file
    sizes = [len((await _fetch(item.urls[0])).content) for item in async_some.result]
    assert sizes[0] > 0 and sizes[1] == 0
    warned = await s.legacy.TextToImage(lp.TextToImageRequest(model_id=model_id, prompt="Pikachu in a hat",
                                                              num_results=1, sync=True), metadata=METADATA)
    assert warned.HasField("warning") and "intellectual property" in warned.warning and len(warned.result) == 1
    await expect_upstream_error(s.legacy.TextToImage(lp.TextToImageRequest(model_id=fibo_model.id, prompt="x"),
                                                     metadata=METADATA), INVALID, "UPSTREAM_BAD_REQUEST", 400)
    await expect_upstream_error(s.legacy.TextToImage(lp.TextToImageRequest(model_id=999999, prompt="x"),
                                                     metadata=METADATA), NOT_FOUND, "RESOURCE_NOT_FOUND", 404)
    await expect_upstream_error(s.legacy.TextToImage(lp.TextToImageRequest(model_id=model_id, prompt="x"),
                                                     metadata=OTHER_METADATA), NOT_FOUND)


async def test_text_to_image_input_images(channel, legacy_model):
    s = stubs(channel)
    model_id = legacy_model.id
    guided = await s.legacy.TextToImage(lp.TextToImageRequest(
        model_id=model_id, prompt="Pip", num_results=1, sync=True,
        guidance_method_1=lp.GUIDANCE_METHOD_CONTROLNET_CANNY, guidance_method_1_image_file=media.png(1536, 1024),
        guidance_method_2=lp.GUIDANCE_METHOD_CONTROLNET_DEPTH, guidance_method_2_image_file=media.png(768, 512)),
        metadata=METADATA)
    png = (await _fetch(guided.result[0].urls[0])).content
    width, height = int.from_bytes(png[16:20], "big"), int.from_bytes(png[20:24], "big")
    assert width > height  # the guidance image sets the aspect ratio
    await expect_upstream_error(s.legacy.TextToImage(lp.TextToImageRequest(
        model_id=model_id, prompt="Pip", num_results=1, sync=True, guidance_method_1=lp.GUIDANCE_METHOD_CONTROLNET_CANNY,
        guidance_method_1_image_file=PNG, guidance_method_2=lp.GUIDANCE_METHOD_CONTROLNET_DEPTH,
        guidance_method_2_image_file=media.png(1536, 1024)), metadata=METADATA), INVALID, "UPSTREAM_BAD_REQUEST", 400)
    await expect_upstream_error(s.legacy.TextToImage(lp.TextToImageRequest(
        model_id=model_id, prompt="Pip", content_moderation=True, image_prompt_file=UNSAFE_PNG), metadata=METADATA),
        INVALID, MODERATED, 422)
    await expect_upstream_error(s.legacy.TextToImage(lp.TextToImageRequest(
        model_id=model_id, prompt="Pip", image_prompt_urls=[image_url(0, ext="gif")]), metadata=METADATA),
        INVALID, "UNSUPPORTED_MEDIA_TYPE", 415)
    await expect_upstream_error(s.legacy.TextToImage(lp.TextToImageRequest(
        model_id=model_id, prompt="Pip", image_prompt_urls=["https://images.example.com/page.html"]),
        metadata=METADATA), INVALID, "UNPROCESSABLE_INPUT", 422)


V1_RULES = [
    pytest.param(dict(guidance_method_2=lp.GUIDANCE_METHOD_CONTROLNET_DEPTH, guidance_method_2_image_file=PNG),
                 "guidance_method_2", id="guidance-2-without-1"),
    pytest.param(dict(guidance_method_1=lp.GUIDANCE_METHOD_CONTROLNET_CANNY), "guidance_method_1_image_file",
                 id="guidance-1-without-image"),
    pytest.param(dict(guidance_method_1_image_file=PNG), "guidance_method_1", id="guidance-image-without-method"),
    pytest.param(dict(fast=False), "num_results", id="not-fast-needs-num-results"),
    pytest.param(dict(fast=False, num_results=3), "num_results", id="not-fast-max-2-results"),
    pytest.param(dict(steps_num=30), "steps_num", id="fast-steps-over-20"),
    pytest.param(dict(image_prompt_file=PNG, image_prompt_urls=[image_url()]), "image_prompt_file",
                 id="image-prompt-file-and-urls"),
    pytest.param(dict(model_influence=1.6), "model_influence", id="influence-over-1.5"),
]


@pytest.mark.parametrize("fields, field", V1_RULES)
@pytest.mark.parametrize("rpc", ["TextToImage", "TextToImageAtCheckpoint", "TextToVector",
                                 "TextToVectorAtCheckpoint"])
async def test_v1_text_to_rules_before_upstream(channel, emulator, rpc, fields, field):
    request_cls = getattr(lp, f"{rpc}Request")
    extra = {"checkpoint_step": 500} if rpc.endswith("AtCheckpoint") else {}
    call = getattr(stubs(channel).legacy, rpc)(request_cls(model_id=7, prompt="Pip", **extra, **fields),
                                               metadata=METADATA)
    await expect_invalid_before_upstream(call, emulator, field)


async def test_text_to_image_at_checkpoint(channel, emulator, legacy_model):
    s = stubs(channel)
    reply = await s.legacy.TextToImageAtCheckpoint(lp.TextToImageAtCheckpointRequest(
        model_id=legacy_model.id, checkpoint_step=500, prompt="Pip", num_results=1, sync=True),
        metadata=METADATA)
    assert len(reply.result) == 1 and (await _fetch(reply.result[0].urls[0])).status_code == 200
    found = await expect_upstream_error(s.legacy.TextToImageAtCheckpoint(lp.TextToImageAtCheckpointRequest(
        model_id=legacy_model.id, checkpoint_step=300, prompt="Pip"), metadata=METADATA),
        NOT_FOUND, "RESOURCE_NOT_FOUND", 404)
    assert found["ResourceInfo"].resource_name == f"models/{legacy_model.id}/checkpoints/300"
    await expect_upstream_error(s.legacy.TextToImageAtCheckpoint(lp.TextToImageAtCheckpointRequest(
        model_id=999999, checkpoint_step=500, prompt="Pip"), metadata=METADATA), NOT_FOUND)


# --- TextToVector / TextToVectorAtCheckpoint -----------------------------------------------------

async def test_text_to_vector_is_sync_by_default(channel, legacy_model):
    s = stubs(channel)
    reply = await s.legacy.TextToVector(lp.TextToVectorRequest(model_id=legacy_model.id,
                                                               prompt="Pip icon for Starbucks", num_results=2),
                                        metadata=METADATA)
    assert len(reply.result) == 2 and reply.HasField("warning")
    svg = await _fetch(reply.result[0].urls[0])  # ready at once: sync defaults to true
    assert svg.status_code == 200 and svg.content.startswith(b"<svg")
    await expect_upstream_error(s.legacy.TextToVector(lp.TextToVectorRequest(
        model_id=legacy_model.id, prompt="Pip UNSAFE", content_moderation=True), metadata=METADATA),
        INVALID, MODERATED, 422)
    await expect_upstream_error(s.legacy.TextToVector(lp.TextToVectorRequest(model_id=999999, prompt="Pip"),
                                                      metadata=METADATA), NOT_FOUND, "RESOURCE_NOT_FOUND", 404)


async def test_text_to_vector_at_checkpoint(channel, legacy_model):
    s = stubs(channel)
    reply = await s.legacy.TextToVectorAtCheckpoint(lp.TextToVectorAtCheckpointRequest(
        model_id=legacy_model.id, checkpoint_step=250, prompt="Pip", num_results=1), metadata=METADATA)
    assert (await _fetch(reply.result[0].urls[0])).content.startswith(b"<svg")
    await expect_upstream_error(s.legacy.TextToVectorAtCheckpoint(lp.TextToVectorAtCheckpointRequest(
        model_id=legacy_model.id, checkpoint_step=999, prompt="Pip"), metadata=METADATA),
        NOT_FOUND, "RESOURCE_NOT_FOUND", 404)


# --- RestylePortrait / Reimagine / ReimagineTailored ---------------------------------------------

async def test_restyle_portrait(channel, legacy_model, fibo_model):
    s = stubs(channel)
    reply = await s.legacy.RestylePortrait(lp.RestylePortraitRequest(
        tailored_model_id=legacy_model.id, id_image_url=image_url(0, "_1024x1536"), id_strength=0.8),
        metadata=METADATA)
    assert len(reply.result) == 1 and reply.result[0].image_url and not reply.result[0].blocked
    assert reply.image_res == reply.result[0].image_url
    assert (await _fetch(reply.result[0].image_url)).status_code == 200  # sync defaults to true
    from_file = await s.legacy.RestylePortrait(lp.RestylePortraitRequest(
        tailored_model_id=legacy_model.id, id_image_file=PNG), metadata=METADATA)
    assert from_file.result[0].image_url
    await expect_upstream_error(s.legacy.RestylePortrait(lp.RestylePortraitRequest(
        tailored_model_id=legacy_model.id, id_image_file=UNSAFE_PNG, content_moderation=True),
        metadata=METADATA), INVALID, MODERATED, 422)
    await expect_upstream_error(s.legacy.RestylePortrait(lp.RestylePortraitRequest(
        tailored_model_id=fibo_model.id, id_image_url=image_url()), metadata=METADATA),
        INVALID, "UPSTREAM_BAD_REQUEST", 400)
    await expect_upstream_error(s.legacy.RestylePortrait(lp.RestylePortraitRequest(
        tailored_model_id=999999, id_image_url=image_url()), metadata=METADATA), NOT_FOUND, "RESOURCE_NOT_FOUND")


async def test_reimagine_and_reimagine_tailored(channel, legacy_model):
    s = stubs(channel)
    reply = await s.legacy.Reimagine(lp.ReimagineRequest(
        prompt="Pip in a Lego city", tailored_model_id=legacy_model.id, num_results=2, sync=True, ip_signal=True,
        structure_image_url=image_url(0, "_1536x1024")), metadata=METADATA)
    assert len(reply.result) == 2 and reply.HasField("warning")
    png = (await _fetch(reply.result[0].urls[0])).content
    assert int.from_bytes(png[16:20], "big") > int.from_bytes(png[20:24], "big")  # keeps the reference's ratio
    quiet = await s.legacy.Reimagine(lp.ReimagineRequest(prompt="Pip in a Lego city",
                                                         tailored_model_id=legacy_model.id), metadata=METADATA)
    assert len(quiet.result) == 1 and not quiet.HasField("warning")  # warning only with ip_signal
    at_step = await s.legacy.ReimagineTailored(lp.ReimagineTailoredRequest(
        model_id=legacy_model.id, prompt="Pip", structure_image_file=PNG, tailored_checkpoint_step=750,
        sync=True), metadata=METADATA)
    assert len(at_step.result) == 1 and at_step.result[0].seed
    await expect_upstream_error(s.legacy.ReimagineTailored(lp.ReimagineTailoredRequest(
        model_id=legacy_model.id, prompt="Pip", tailored_checkpoint_step=300), metadata=METADATA),
        NOT_FOUND, "RESOURCE_NOT_FOUND", 404)
    await expect_upstream_error(s.legacy.ReimagineTailored(lp.ReimagineTailoredRequest(model_id=999999, prompt="Pip"),
                                                           metadata=METADATA), NOT_FOUND, "RESOURCE_NOT_FOUND", 404)
    await expect_upstream_error(s.legacy.Reimagine(lp.ReimagineRequest(prompt="Pip", tailored_model_id=999999),
                                                   metadata=METADATA), NOT_FOUND, "RESOURCE_NOT_FOUND", 404)
    await expect_upstream_error(s.legacy.Reimagine(lp.ReimagineRequest(
        prompt="Pip", tailored_model_id=legacy_model.id, structure_image_url=image_url(0, ext="tiff")),
        metadata=METADATA), INVALID, "UNSUPPORTED_MEDIA_TYPE", 415)


@pytest.mark.parametrize("call, field", [
    pytest.param(lambda s: s.legacy.RestylePortrait(lp.RestylePortraitRequest(tailored_model_id=7),
                                                    metadata=METADATA), "", id="restyle-without-id-image"),
    pytest.param(lambda s: s.legacy.RestylePortrait(lp.RestylePortraitRequest(
        tailored_model_id=7, id_image_url=image_url(), tailored_model_influence=1.3), metadata=METADATA),
        "tailored_model_influence", id="restyle-influence-over-1.2"),
    pytest.param(lambda s: s.legacy.Reimagine(lp.ReimagineRequest(prompt="", tailored_model_id=7),
                                              metadata=METADATA), "prompt", id="reimagine-without-prompt"),
    pytest.param(lambda s: s.legacy.ReimagineTailored(lp.ReimagineTailoredRequest(
        model_id=7, prompt="Pip", structure_ref_influence=2), metadata=METADATA), "structure_ref_influence",
        id="reimagine-tailored-influence-over-1"),
])
async def test_restyle_and_reimagine_rules_before_upstream(channel, emulator, call, field):
    await expect_invalid_before_upstream(call(stubs(channel)), emulator, *([field] if field else []))


# --- GenerationService (v2) + StatusService --------------------------------------------------------

async def _status(s, request_id, metadata=METADATA) -> sp.GetRequestStatusResponse:
    return await s.status.GetRequestStatus(sp.GetRequestStatusRequest(request_id=request_id), metadata=metadata)


async def test_generate_image_async_then_status_in_progress_completed(channel, emulator, fibo_model):
    s = stubs(channel)
    accepted = await s.generation.GenerateImage(gp.GenerateImageRequest(
        tailored_model_id=fibo_model.id, prompt="Pip on a skateboard", seed=7,
        aspect_ratio=cm.ASPECT_RATIO_3_2), metadata=METADATA)
    assert accepted.request_id and accepted.status_url.endswith(f"/v2/status/{accepted.request_id}")
    assert not accepted.HasField("result") and not accepted.HasField("warning")
    running = await _status(s, accepted.request_id)
    assert running.status == sp.REQUEST_STATE_IN_PROGRESS and running.request_id == accepted.request_id
    assert not running.HasField("result")
    emulator.advance(1)
    done = await _status(s, accepted.request_id)
    assert done.status == sp.REQUEST_STATE_COMPLETED and done.result.seed == 7
    assert isinstance(json.loads(done.result.structured_prompt), dict)
    png = await _fetch(done.result.image_url)
    assert png.status_code == 200 and int.from_bytes(png.content[16:20], "big") == 1248  # 3:2


async def test_generate_image_sync_result_and_recreation(channel, fibo_model):
    s = stubs(channel)
    first = await s.generation.GenerateImage(gp.GenerateImageRequest(
        tailored_model_id=fibo_model.id, prompt="Pip reading", sync=True), metadata=METADATA)
    assert first.result.image_url and first.result.HasField("seed") and first.request_id
    structured = first.result.structured_prompt
    assert isinstance(json.loads(structured), dict) and not first.status_url
    again = await s.generation.GenerateImage(gp.GenerateImageRequest(
        tailored_model_id=fibo_model.id, structured_prompt=structured, seed=first.result.seed, sync=True),
        metadata=METADATA)
    assert again.result.seed == first.result.seed and again.result.image_url
    warned = await s.generation.GenerateImage(gp.GenerateImageRequest(
        tailored_model_id=fibo_model.id, prompt="Pip meets Mickey Mouse", sync=True), metadata=METADATA)
    assert warned.HasField("warning") and warned.result.image_url
    warned_async = await s.generation.GenerateImage(gp.GenerateImageRequest(
        tailored_model_id=fibo_model.id, prompt="Pip meets Mickey Mouse"), metadata=METADATA)
    assert warned_async.HasField("warning") and warned_async.request_id


async def test_generate_image_moderation_permission_and_errors(channel, emulator, fibo_model, legacy_model):
    s = stubs(channel)
    model_id = fibo_model.id

    def generate(metadata=METADATA, **fields):
        return s.generation.GenerateImage(gp.GenerateImageRequest(tailored_model_id=model_id, **fields),
                                          metadata=metadata)

    await expect_upstream_error(generate(prompt="Pip UNSAFE"), INVALID, MODERATED, 422)  # prompt, even async
    await expect_upstream_error(generate(prompt="Pip UNSAFE_OUTPUT", sync=True), INVALID, MODERATED, 422)
    blocked = await generate(prompt="Pip UNSAFE_OUTPUT")  # async: the job ends ERROR 422
    emulator.advance(1)
    failed = await _status(s, blocked.request_id)
    assert failed.status == sp.REQUEST_STATE_ERROR and failed.error.code == 422 and not failed.HasField("result")
    unmoderated = await generate(prompt="Pip UNSAFE", sync=True, prompt_content_moderation=False)
    assert unmoderated.result.image_url
    # another organisation's model: the upstream's 403 "model does not belong to organization"
    await expect_upstream_error(generate(prompt="Pip", metadata=OTHER_METADATA), DENIED, "ACCESS_DENIED", 403)
    await expect_upstream_error(s.generation.GenerateImage(gp.GenerateImageRequest(
        tailored_model_id=legacy_model.id, prompt="Pip"), metadata=METADATA), INVALID, "UPSTREAM_BAD_REQUEST", 400)
    await expect_upstream_error(generate(structured_prompt="{not json", seed=1), INVALID, "UPSTREAM_BAD_REQUEST", 400)


@pytest.mark.parametrize("fields, field", [
    pytest.param(dict(structured_prompt='{"a": 1}'), "seed", id="structured-prompt-only-without-seed"),
    pytest.param(dict(), "prompt", id="neither-prompt-nor-structured-prompt"),
    pytest.param(dict(prompt="Pip", guidance_scale=6), "guidance_scale", id="guidance-scale-over-5"),
    pytest.param(dict(prompt="Pip", steps_num=10), "steps_num", id="steps-under-20"),
    pytest.param(dict(prompt="Pip", webhook_url="not a url"), "webhook_url", id="webhook-not-a-uri"),
])
async def test_generate_image_rules_before_upstream(channel, emulator, fields, field):
    await expect_invalid_before_upstream(stubs(channel).generation.GenerateImage(
        gp.GenerateImageRequest(tailored_model_id=1, **fields), metadata=METADATA), emulator, field)


async def test_generate_structured_prompt_sync_and_async(channel, emulator, fibo_model):
    s = stubs(channel)
    sync = await s.generation.GenerateStructuredPrompt(gp.GenerateStructuredPromptRequest(
        tailored_model_id=fibo_model.id, prompt="Pip in the rain", seed=5, sync=True), metadata=METADATA)
    assert isinstance(json.loads(sync.result.structured_prompt), dict) and sync.result.seed == 5
    accepted = await s.generation.GenerateStructuredPrompt(gp.GenerateStructuredPromptRequest(
        tailored_model_id=fibo_model.id, prompt="make it sunny", structured_prompt=sync.result.structured_prompt),
        metadata=METADATA)
    assert accepted.request_id and accepted.status_url and not accepted.HasField("result")
    emulator.advance(1)
    done = await _status(s, accepted.request_id)
    assert done.status == sp.REQUEST_STATE_COMPLETED and json.loads(done.result.structured_prompt)
    assert not done.result.image_url
    await expect_upstream_error(s.generation.GenerateStructuredPrompt(gp.GenerateStructuredPromptRequest(
        tailored_model_id=fibo_model.id, prompt="Pip"), metadata=OTHER_METADATA), DENIED, "ACCESS_DENIED", 403)
    await expect_upstream_error(s.generation.GenerateStructuredPrompt(gp.GenerateStructuredPromptRequest(
        tailored_model_id=fibo_model.id, prompt="Pip UNSAFE"), metadata=METADATA), INVALID, MODERATED, 422)
    await expect_invalid_before_upstream(s.generation.GenerateStructuredPrompt(gp.GenerateStructuredPromptRequest(
        tailored_model_id=fibo_model.id, structured_prompt='{"a": 1}'), metadata=METADATA), emulator, "prompt")


async def test_generate_video_async_only(channel, emulator, fibo_model):
    s = stubs(channel)
    image = await s.generation.GenerateImage(gp.GenerateImageRequest(
        tailored_model_id=fibo_model.id, prompt="Pip", sync=True), metadata=METADATA)
    accepted = await s.generation.GenerateVideo(gp.GenerateVideoRequest(
        tailored_model_id=fibo_model.id, image=cm.ImageSource(url=image.result.image_url), seed=3),
        metadata=METADATA)
    assert accepted.request_id and accepted.status_url.endswith(accepted.request_id)
    assert (await _status(s, accepted.request_id)).status == sp.REQUEST_STATE_IN_PROGRESS
    emulator.advance(2)
    done = await _status(s, accepted.request_id)
    assert done.status == sp.REQUEST_STATE_COMPLETED and done.result.video_url and not done.result.image_url
    mp4 = (await _fetch(done.result.video_url)).content
    assert mp4[4:8] == b"ftyp"
    from_bytes = await s.generation.GenerateVideo(gp.GenerateVideoRequest(
        tailored_model_id=fibo_model.id, image=cm.ImageSource(data=PNG)), metadata=METADATA)
    assert from_bytes.request_id


async def test_generate_video_errors(channel, emulator, fibo_model):
    s = stubs(channel)

    def video(model_id=fibo_model.id, image=cm.ImageSource(url=image_url()), metadata=METADATA):
        return s.generation.GenerateVideo(gp.GenerateVideoRequest(tailored_model_id=model_id, image=image),
                                          metadata=metadata)

    await expect_upstream_error(video(model_id=999999), NOT_FOUND, "RESOURCE_NOT_FOUND", 404)
    await expect_upstream_error(video(metadata=OTHER_METADATA), DENIED, "ACCESS_DENIED", 403)
    await expect_upstream_error(video(image=cm.ImageSource(url=image_url(0, ext="gif"))), INVALID,
                                "UNSUPPORTED_MEDIA_TYPE", 415)
    await expect_upstream_error(video(image=cm.ImageSource(url="https://cdn.gone.invalid/p.png")), INVALID,
                                "UNPROCESSABLE_INPUT", 422)
    await expect_invalid_before_upstream(s.generation.GenerateVideo(gp.GenerateVideoRequest(
        tailored_model_id=fibo_model.id), metadata=METADATA), emulator, "image")


async def test_request_status_error_unknown_and_not_found(channel, emulator, fibo_model):
    s = stubs(channel)
    failing = await s.generation.GenerateImage(gp.GenerateImageRequest(
        tailored_model_id=fibo_model.id, prompt="Pip FAIL_JOB"), metadata=METADATA)
    odd = await s.generation.GenerateImage(gp.GenerateImageRequest(
        tailored_model_id=fibo_model.id, prompt="Pip UNKNOWN_JOB"), metadata=METADATA)
    emulator.advance(1)
    failed = await _status(s, failing.request_id)  # a failed job is not an RPC error
    assert failed.status == sp.REQUEST_STATE_ERROR and failed.error.code == 500 and failed.error.message
    unknown = await _status(s, odd.request_id)
    assert unknown.status == sp.REQUEST_STATE_UNKNOWN
    found = await expect_upstream_error(s.status.GetRequestStatus(sp.GetRequestStatusRequest(request_id="no-such-id"),
                                                                  metadata=METADATA), NOT_FOUND, "RESOURCE_NOT_FOUND", 404)
    assert found["ResourceInfo"].resource_name == "requests/no-such-id"
    await expect_upstream_error(s.status.GetRequestStatus(sp.GetRequestStatusRequest(request_id=failing.request_id),
                                                          metadata=OTHER_METADATA), NOT_FOUND)
    await expect_invalid_before_upstream(s.status.GetRequestStatus(sp.GetRequestStatusRequest(), metadata=METADATA),
                                         emulator, "request_id")


async def test_generating_with_a_model_still_training_is_a_failed_precondition_on_the_model(channel, emulator):
    """The upstream's 400 "... training is not completed" / "model is not ready" means the
    model's state forbids the call: FAILED_PRECONDITION, with the model as the subject where its
    id is in the upstream path (legacy generators)."""
    s = stubs(channel)
    training_fibo = await model(s, emulator, "fibo", expert=False, finish=False)
    found = await expect_upstream_error(s.generation.GenerateImage(gp.GenerateImageRequest(
        tailored_model_id=training_fibo.id, prompt="Pip"), metadata=METADATA),
        grpc.StatusCode.FAILED_PRECONDITION, "RESOURCE_STATE_CONFLICT", 400)
    (violation,) = found["PreconditionFailure"].violations  # the id travels in the body: still named
    assert (violation.type, violation.subject) == ("STATE", f"models/{training_fibo.id}")
    training_legacy = await model(s, emulator, "legacy", finish=False)
    found = await expect_upstream_error(s.legacy.TextToImage(lp.TextToImageRequest(
        model_id=training_legacy.id, prompt="Pip", sync=True), metadata=METADATA),
        grpc.StatusCode.FAILED_PRECONDITION, "RESOURCE_STATE_CONFLICT", 400)
    (violation,) = found["PreconditionFailure"].violations
    assert (violation.type, violation.subject) == ("STATE", f"models/{training_legacy.id}")
