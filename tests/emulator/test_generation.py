"""v1 legacy generators (sync, placeholders, moderation) and v2 jobs, status and webhooks."""
from __future__ import annotations

import asyncio
import json
import socket

import uvicorn
import pytest
from starlette.applications import Starlette
from starlette.responses import Response
from starlette.routing import Route

from gateway import webhook_signing
from .conftest import OTHER, TOKEN, make_model, png_b64

pytestmark = pytest.mark.asyncio


async def test_v1_text_to_image_async_placeholders_and_range_polling(client, emu):
    model = await make_model(client, emu, version="light")
    r = await client.post(f"/v1/text-to-image/tailored/{model['id']}",
                          json={"prompt": "a robot UNSAFE_SOME", "num_results": 2, "content_moderation": True,
                                "aspect_ratio": "16:9", "seed": 7, "negative_prompt": "ignored"})
    assert r.status_code == 200
    result = r.json()["result"]
    assert [item["seed"] for item in result] == [7, 8] and isinstance(result[0]["urls"], list)
    first, second = result[0]["urls"][0], result[1]["urls"][0]
    poll = {"Range": "bytes=0-0"}
    assert (await client.get(first, headers=poll)).status_code == 404  # not ready yet
    emu.advance(1)
    ready = await client.get(first, headers=poll)
    assert ready.status_code == 206 and ready.headers["content-length"] == "1"
    full = await client.get(first)
    assert full.content.startswith(b"\x89PNG") and int.from_bytes(full.content[16:20], "big") == 1344
    blocked = await client.get(second, headers=poll)
    assert blocked.status_code == 416
    assert (await client.get(second)).content == b""


async def test_v1_sync_moderation_and_rules(client, emu):
    model = await make_model(client, emu, version="light")
    url = f"/v1/text-to-image/tailored/{model['id']}"
    r = await client.post(url, json={"prompt": "UNSAFE", "sync": True, "content_moderation": True})
    assert r.status_code == 422 and isinstance(r.json(), str)
    r = await client.post(url, json={"prompt": "cat UNSAFE_SOME", "sync": True, "num_results": 3,
                                     "content_moderation": True})
    assert [("blocked" in i) for i in r.json()["result"]] == [False, True, False]
    ready = await client.get(r.json()["result"][0]["urls"][0])
    assert ready.status_code == 200 and ready.content.startswith(b"\x89PNG")
    r = await client.post(url, json={"prompt": "Pikachu at the beach", "sync": True, "num_results": 1})
    assert r.json()["warning"].startswith("This prompt may contain intellectual property")
    for body in ({"prompt": "x", "num_results": 5}, {"prompt": "x", "steps_num": 30},
                 {"prompt": "x", "guidance_method_2": "controlnet_canny"},
                 {"prompt": "x", "guidance_method_1": "controlnet_canny"},
                 {"prompt": "x", "model_influence": 2}, {"num_results": 1}):
        assert (await client.post(url, json=body)).status_code == 400, body
    big = "A" * (17 * 1024 * 1024)
    r = await client.post(url, json={"prompt": "x", "guidance_method_1": "controlnet_depth",
                                     "guidance_method_1_image_file": big})
    assert r.status_code == 413
    r = await client.post(url, json={"prompt": "x", "guidance_method_1": "controlnet_depth", "sync": True,
                                     "guidance_method_1_image_file": png_b64(600, 300), "num_results": 1})
    assert r.status_code == 200
    assert (await client.post("/v1/text-to-image/tailored/999999", json={"prompt": "x"})).status_code == 404
    fibo = await make_model(client, emu)
    assert (await client.post(f"/v1/text-to-image/tailored/{fibo['id']}", json={"prompt": "x"})).status_code == 400


async def test_v1_max_vector_checkpoint_restyle_reimagine(client, emu):
    max_model = await make_model(client, emu, version="max", mode="expert")
    mid = max_model["id"]
    r = await client.post(f"/v1/text-to-vector/tailored/{mid}", json={"prompt": "icon", "num_results": 1})
    assert r.status_code == 200  # Max defaults to fast=false; t2v defaults to sync=true
    svg = await client.get(r.json()["result"][0]["urls"][0])
    assert svg.headers["content-type"] == "image/svg+xml" and svg.content.startswith(b"<svg")
    assert (await client.post(f"/v1/text-to-vector/tailored/{mid}", json={"prompt": "x", "fast": True})).status_code == 400
    r = await client.post(f"/v1/text-to-image/tailored/{mid}/1500", json={"prompt": "x", "num_results": 1})
    assert r.status_code == 200
    assert (await client.post(f"/v1/text-to-image/tailored/{mid}/1234", json={"prompt": "x"})).status_code == 404
    r = await client.post("/v1/tailored-gen/restyle_portrait", json={"tailored_model_id": mid,
                                                                      "id_image_file": png_b64()})
    assert r.status_code == 400  # Max is not restyle-compatible
    light = await make_model(client, emu, version="light")
    r = await client.post("/v1/tailored-gen/restyle_portrait", json={
        "tailored_model_id": light["id"], "id_image_url": "https://example.com/face.jpg"})
    assert r.status_code == 200 and r.json()["result"][0]["image_url"] == r.json()["image_res"]
    r = await client.post("/v1/tailored-gen/restyle_portrait", json={"tailored_model_id": str(light["id"])})
    assert r.status_code == 400
    r = await client.post("/v1/reimagine", json={"prompt": "a Disney castle", "tailored_model_id": str(light["id"]),
                                                 "structure_image_url": "https://example.com/s_1200x800.png",
                                                 "ip_signal": True, "sync": True})
    assert r.status_code == 200 and "warning" in r.json()
    image = await client.get(r.json()["result"][0]["urls"][0])
    assert int.from_bytes(image.content[16:20], "big") > int.from_bytes(image.content[20:24], "big")
    r = await client.post(f"/v1/reimagine/tailored/{light['id']}", json={"prompt": "x", "sync": True})
    assert r.status_code == 200


async def test_v2_image_async_status_and_sync(client, emu):
    model = await make_model(client, emu)
    r = await client.post("/v2/image/generate/tailored", json={"tailored_model_id": model["id"], "prompt": "cat"})
    assert r.status_code == 202
    accepted = r.json()
    assert accepted["status_url"] == f"{emu.url}/v2/status/{accepted['request_id']}"
    status = (await client.get(accepted["status_url"])).json()
    assert status == {"status": "IN_PROGRESS", "request_id": accepted["request_id"]}
    emu.advance(1)
    status = (await client.get(accepted["status_url"])).json()
    assert status["status"] == "COMPLETED" and set(status["result"]) == {"image_url", "seed", "structured_prompt"}
    assert (await client.get(status["result"]["image_url"])).content.startswith(b"\x89PNG")
    assert (await client.get(accepted["status_url"], headers={"api_token": OTHER})).status_code == 404
    missing = await client.get("/v2/status/nope")
    assert missing.status_code == 404 and missing.json() == {"status": "NOT_FOUND"}
    r = await client.post("/v2/image/generate/tailored", json={
        "tailored_model_id": f"model_{model['id']}", "structured_prompt": '{"a": 1}', "seed": 5, "sync": True})
    body = r.json()
    assert r.status_code == 200 and body["image_url"] == body["result"]["image_url"] and body["result"]["seed"] == 5
    assert "request_id" in body


async def test_v2_errors_and_triggers(client, emu):
    model = await make_model(client, emu)
    url = "/v2/image/generate/tailored"
    cases = [
        ({"prompt": "x"}, 400), ({"tailored_model_id": model["id"]}, 400),
        ({"tailored_model_id": model["id"], "structured_prompt": "{}"}, 400),
        ({"tailored_model_id": model["id"], "prompt": "x", "steps_num": 10}, 400),
        ({"tailored_model_id": model["id"], "prompt": "x", "guidance_scale": 6}, 400),
        ({"tailored_model_id": model["id"], "prompt": "UNSAFE thing"}, 422),
        ({"tailored_model_id": model["id"], "prompt": "UNSAFE_OUTPUT", "sync": True}, 422),
        ({"tailored_model_id": 999999, "prompt": "x"}, 403),
    ]
    for body, status in cases:
        r = await client.post(url, json=body)
        assert r.status_code == status, (body, r.text)
        assert set(r.json()) == {"error", "request_id"} and r.json()["error"]["code"] == status
    r = await client.post(url, json={"tailored_model_id": model["id"], "prompt": "x"}, headers={"api_token": OTHER})
    assert r.status_code == 403 and r.json()["error"]["details"] == "model does not belong to organization"
    legacy = await make_model(client, emu, version="max")
    assert (await client.post(url, json={"tailored_model_id": legacy["id"], "prompt": "x"})).status_code == 400
    ok = await client.post(url, json={"tailored_model_id": model["id"], "prompt": "UNSAFE",
                                      "prompt_content_moderation": False})
    assert ok.status_code == 202
    ids = {}
    for word in ("FAIL_JOB", "UNKNOWN_JOB", "UNSAFE_OUTPUT"):
        ids[word] = (await client.post(url, json={"tailored_model_id": model["id"], "prompt": word})).json()["request_id"]
    emu.advance(1)
    error = (await client.get(f"/v2/status/{ids['FAIL_JOB']}")).json()
    assert error["status"] == "ERROR" and error["error"]["code"] == 500
    assert (await client.get(f"/v2/status/{ids['UNKNOWN_JOB']}")).json()["status"] == "UNKNOWN"
    assert (await client.get(f"/v2/status/{ids['UNSAFE_OUTPUT']}")).json()["error"]["code"] == 422
    emu.advance(24 * 3600 + 1)
    assert (await client.get(f"/v2/status/{ids['FAIL_JOB']}")).status_code == 404


async def test_v2_structured_prompt_and_video(client, emu):
    model = await make_model(client, emu)
    url = "/v2/structured_prompt/generate/tailored"
    r = await client.post(url, json={"tailored_model_id": str(model["id"]), "prompt": "a cat", "sync": True})
    assert r.status_code == 200 and json.loads(r.json()["structured_prompt"])["short_description"] == "a cat"
    assert (await client.post(url, json={"tailored_model_id": model["id"], "structured_prompt": "{}"})).status_code == 400
    r = await client.post(url, json={"tailored_model_id": model["id"], "prompt": "x", "structured_prompt": "{}"})
    assert r.status_code == 202
    video = "/v2/video/generate/tailored/image-to-video"
    r = await client.post(video, json={"model_id": model["id"], "image": "https://example.com/out.png"})
    assert r.status_code == 202
    emu.advance(2)
    result = (await client.get(f"/v2/status/{r.json()['request_id']}")).json()["result"]
    mp4 = await client.get(result["video_url"])
    assert mp4.headers["content-type"] == "video/mp4" and mp4.content[4:8] == b"ftyp"
    assert (await client.post(video, json={"tailored_model_id": 999999, "image": png_b64()})).status_code == 404
    assert (await client.post(video, json={"tailored_model_id": model["id"], "image": "https://e.com/a.gif"})).status_code == 415
    assert (await client.post(video, json={"tailored_model_id": model["id"], "image": "https://x.invalid/a.png"})).status_code == 422
    r = await client.post(video, json={"tailored_model_id": model["id"], "image": png_b64()}, headers={"api_token": OTHER})
    assert r.status_code == 403


async def test_webhook_delivery_is_signed(client, emu):
    received: list[tuple[dict, bytes]] = []

    async def hook(request):
        received.append((dict(request.headers), await request.body()))
        return Response(status_code=503 if len(received) == 1 else 200)

    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    server = uvicorn.Server(uvicorn.Config(Starlette(routes=[Route("/hook", hook, methods=["POST"])]),
                                           log_level="warning", lifespan="off"))
    task = asyncio.create_task(server.serve(sockets=[sock]))
    try:
        hook_url = f"http://127.0.0.1:{sock.getsockname()[1]}/hook"
        model = await make_model(client, emu)
        r = await client.post("/v2/image/generate/tailored",
                              json={"tailored_model_id": model["id"], "prompt": "x", "webhook_url": hook_url})
        request_id = r.json()["request_id"]
        emu.advance(1)
        await emu.drain_webhooks()
        assert len(received) == 1  # first attempt answered 503 -> retried after 1 s
        emu.advance(1)
        await emu.drain_webhooks()
        headers, raw = received[-1]
        assert headers["bria-webhook-id"] == request_id
        assert webhook_signing.verify(TOKEN, request_id, headers["bria-webhook-timestamp"], raw,
                                      headers["bria-webhook-signature"])
        assert json.loads(raw)["status"] == "COMPLETED"
        deliveries = (await client.get("/_emulator/webhooks")).json()
        assert [d["status_code"] for d in deliveries] == [503, 200]
        # each attempt records when it began and when its request was on the receiver's socket
        assert all(d["time"] <= d["written"] for d in deliveries)
        assert deliveries[1]["written"] - deliveries[0]["written"] == 1
    finally:
        server.should_exit = True
        await task
