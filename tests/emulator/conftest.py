"""Fixtures: the session's emulator (tests/conftest.py) with a ManualClock, reset for each test
to start with CONFIG, and an httpx client for it."""
from __future__ import annotations

import base64
from typing import Any

import httpx
import pytest_asyncio

from tailored_emulator import EmulatorConfig, ManualClock
from tailored_emulator import media
from tests.conftest import SETTLE_SECONDS, fresh_emulator

TOKEN = "token-org-a"
OTHER = "token-org-b"


def png_b64(width: int = 1024, height: int = 1024, text: str = "") -> str:
    return base64.b64encode(media.png(width, height, text=text)).decode()


CONFIG = EmulatorConfig(invalid_tokens=frozenset({"revoked"}))


@pytest_asyncio.fixture
async def emu(shared_emulator):
    yield await fresh_emulator(shared_emulator, CONFIG)
    await shared_emulator.settle(SETTLE_SECONDS)


@pytest_asyncio.fixture
async def clock(emu) -> ManualClock:
    return emu.clock


@pytest_asyncio.fixture
async def client(emu):
    async with httpx.AsyncClient(base_url=emu.url, headers={"api_token": TOKEN}, timeout=10) as c:
        yield c


async def make_project(client: httpx.AsyncClient, version: str | None = None, **extra: Any) -> dict:
    body = {"project_name": "Mascot", "ip_medium": "illustration", "ip_type": "defined_character",
            "ip_name": "Pip", "ip_description": "a small green robot", **extra}
    if version:
        body["training_version"] = version
    response = await client.post("/v1/tailored-gen/projects", json=body)
    assert response.status_code == 201, response.text
    return response.json()


async def make_dataset(client: httpx.AsyncClient, version: str = "fibo", images: int = 0,
                       upload_type: str = "basic") -> dict:
    project = await make_project(client, version)
    response = await client.post("/v1/tailored-gen/datasets", json={
        "project_id": project["id"], "name": "set", "upload_type": upload_type})
    assert response.status_code == 201, response.text
    dataset = response.json()
    if version == "fibo" and images:
        await client.put(f"/v1/tailored-gen/datasets/{dataset['id']}",
                         json={"visual_schema": '{"style": "flat"}'})
    for i in range(images):
        r = await client.post(f"/v1/tailored-gen/datasets/{dataset['id']}/images",
                              json={"file": png_b64(), "image_name": f"img{i}.png"})
        assert r.status_code == 201, r.text
    return dataset


async def make_model(client: httpx.AsyncClient, emu, version: str = "fibo", mode: str = "fully_automated",
                     train: bool = True, name: str = "m", params: dict | None = None) -> dict:
    dataset = await make_dataset(client, version, images=5 if version == "fibo" else 1)
    r = await client.put(f"/v1/tailored-gen/datasets/{dataset['id']}", json={"status": "completed"})
    assert r.status_code == 200, r.text
    body = {"name": name, "dataset_id": dataset["id"], "training_mode": mode}
    if version != "fibo":
        body["training_version"] = {"max": "max", "light": "light", "2.3": "bria-2.3"}.get(version, version)
    r = await client.post("/v1/tailored-gen/models", json=body)
    assert r.status_code == 201, r.text
    model = r.json()
    if train:
        r = await client.post(f"/v1/tailored-gen/models/{model['id']}/start_training", json=params or {})
        assert r.status_code == 200, r.text
        emu.advance(emu.emulator.config.durations.training)
    return model
