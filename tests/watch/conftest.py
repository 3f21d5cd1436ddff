"""Watch fixtures: the real emulator (ManualClock) and a real gateway whose pollers sleep on a
ManualTimer, so a test moves upstream time and polling time on its own, without sleeping."""

from __future__ import annotations

import base64
from typing import Any

import grpc
import httpx
import pytest

from bria.tailored.v1 import watch_pb2 as W
from bria.tailored.v1 import watch_pb2_grpc
from gateway.app import Gateway
from tailored_emulator import media
from gateway.observability.logging import build_logger
from gateway.watch.timing import ManualTimer
from tests.conftest import METADATA, TOKEN, gateway_settings

M = "/v1/tailored-gen/models"
LONG = 1000.0  # more than any polling interval: one tick wakes a sleeping poller once


@pytest.fixture
def timer() -> ManualTimer:
    return ManualTimer()


@pytest.fixture
async def gateway(emulator, log_stream, timer):
    # The quota component runs on the same manual time as the pollers (epoch-based: the daily
    # budget needs a calendar), so cool-downs from upstream 429s pass when the test advances time.
    gw = Gateway(
        gateway_settings(emulator.url, metrics_port=-1),  # metrics read in-process; no HTTP server to stop
        logger=build_logger("debug", log_stream),
        watch_timer=timer,
        quota_clock=lambda: 1_767_225_600.0 + timer.now(),
    )
    await gw.start()
    yield gw
    await gw.stop(0)


@pytest.fixture
async def watch(channel) -> watch_pb2_grpc.WatchServiceStub:
    return watch_pb2_grpc.WatchServiceStub(channel)


@pytest.fixture
async def upstream(emulator):
    """A plain HTTP client on the emulator, for setting resources up (not under test)."""
    async with httpx.AsyncClient(base_url=emulator.url, headers={"api_token": TOKEN}, timeout=10) as client:
        yield client


async def tick(timer: ManualTimer, pollers: int = 1) -> None:
    """Let every sleeping poller poll exactly once, and wait until they sleep again."""
    await timer.wait_sleepers(pollers)
    timer.advance(LONG)
    await timer.wait_sleepers(pollers)


def png_b64() -> str:
    return base64.b64encode(media.png(1024, 1024)).decode()


async def make_dataset(client: httpx.AsyncClient, *, images: int = 5, upload_type: str = "basic",
                       version: str = "fibo") -> dict:
    project = await client.post("/v1/tailored-gen/projects", json={
        "project_name": "Watch", "ip_medium": "illustration", "ip_type": "defined_character",
        "ip_name": "Pip", "ip_description": "a small green robot", "training_version": version})
    assert project.status_code == 201, project.text
    dataset = (await client.post("/v1/tailored-gen/datasets", json={
        "project_id": project.json()["id"], "name": "set", "upload_type": upload_type})).json()
    if images and version == "fibo":
        await client.put(f"/v1/tailored-gen/datasets/{dataset['id']}", json={"visual_schema": '{"style": "flat"}'})
    for i in range(images):
        r = await client.post(f"/v1/tailored-gen/datasets/{dataset['id']}/images",
                              json={"file": png_b64(), "image_name": f"img{i}.png"})
        assert r.status_code == 201, r.text
    return dataset


async def make_model(client: httpx.AsyncClient, *, mode: str = "expert", name: str = "m",
                     params: dict[str, Any] | None = None, start: bool = True, version: str = "fibo") -> int:
    """A model on a completed dataset; `start` begins training (expert: 4 checkpoints)."""
    dataset = await make_dataset(client, version=version, images=5 if version == "fibo" else 1)
    r = await client.put(f"/v1/tailored-gen/datasets/{dataset['id']}", json={"status": "completed"})
    assert r.status_code == 200, r.text
    body = {"name": name, "dataset_id": dataset["id"], "training_mode": mode}
    if version != "fibo":
        body["training_version"] = version
    r = await client.post(M, json=body)
    assert r.status_code == 201, r.text
    model_id = r.json()["id"]
    if start:
        body = params if params is not None else (
            {"total_training_steps": 1000, "checkpoint_interval": 250} if mode == "expert" else {})
        r = await client.post(f"{M}/{model_id}/start_training", json=body)
        assert r.status_code == 200, r.text
    return model_id


async def trained_model(client: httpx.AsyncClient, emulator, version: str = "fibo") -> int:
    model_id = await make_model(client, mode="fully_automated", version=version)
    emulator.advance(emulator.emulator.config.durations.training)
    return model_id


def open_model_stream(watch, model_id: int, resume: str = "", metadata=METADATA, timeout=None):
    request = W.WatchModelTrainingRequest(model_id=model_id, resume_token=resume)
    return watch.WatchModelTraining(request, metadata=metadata, timeout=timeout)


async def read_all(call) -> list:
    """Every remaining message, until the stream ends (with any status)."""
    out = []
    while (message := await call.read()) is not grpc.aio.EOF:
        out.append(message)
    return out


async def status_of(call) -> grpc.StatusCode:
    return await call.code()
