"""Schemathesis against the running emulator with Bria's own OpenAPI files (loaded leniently).

Each of the 40 specified operations is exercised with random valid (positive) requests, once
with random path ids and once with ids of seeded resources, and every response must conform:
documented status code, content type and response schema, and never a 5xx.
"""
from __future__ import annotations

import asyncio
import base64
import threading

import httpx
import pytest
from hypothesis import HealthCheck, Phase, given, settings
from schemathesis import openapi
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (content_type_conformance, response_schema_conformance,
                                               status_code_conformance)

from tailored_emulator import Durations, EmulatorConfig, media, serve
from tests import upstream_spec
from .spec_loader import load_combined

TOKEN = "schemathesis-org"
CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance,
          response_schema_conformance]
MAX_EXAMPLES = 12


@pytest.fixture(scope="module")
def spec_files():
    """Bria's OpenAPI files are present (skip without them, fail in CI); asked before the
    emulator starts."""
    return upstream_spec.require(upstream_spec.TAILORED, upstream_spec.STATUS)


@pytest.fixture(scope="module")
def live_url():
    """The emulator on a real socket in its own thread (the schemathesis client is synchronous)."""
    ready, stopping, holder = threading.Event(), None, {}

    async def run() -> None:
        nonlocal stopping
        stopping = asyncio.Event()
        fast = Durations().scaled(0.01)
        running = await serve(EmulatorConfig(durations=fast))
        holder["url"] = running.url
        ready.set()
        await stopping.wait()
        await running.stop()

    loop = asyncio.new_event_loop()
    thread = threading.Thread(target=loop.run_until_complete, args=(run(),), daemon=True)
    thread.start()
    assert ready.wait(10)
    yield holder["url"]
    loop.call_soon_threadsafe(stopping.set)
    thread.join(10)


def _seed(url: str) -> dict[str, str]:
    """Create one of each resource so some generated requests hit real objects."""
    png = base64.b64encode(media.png(1024, 1024)).decode()
    with httpx.Client(base_url=url, headers={"api_token": TOKEN}) as c:
        project = c.post("/v1/tailored-gen/projects", json={
            "project_name": "seed", "ip_medium": "illustration", "ip_type": "other"}).json()
        dataset = c.post("/v1/tailored-gen/datasets", json={"project_id": project["id"], "name": "d"}).json()
        c.put(f"/v1/tailored-gen/datasets/{dataset['id']}", json={"visual_schema": '{"style": "flat"}'})
        images = [c.post(f"/v1/tailored-gen/datasets/{dataset['id']}/images", json={"file": png}).json()
                  for _ in range(5)]
        c.put(f"/v1/tailored-gen/datasets/{dataset['id']}", json={"status": "completed"})
        model = c.post("/v1/tailored-gen/models", json={"name": "m", "dataset_id": dataset["id"],
                                                        "training_mode": "expert"}).json()
        c.post(f"/v1/tailored-gen/models/{model['id']}/start_training", json={})
        c.post("/_emulator/clock/advance", json={"seconds": 60})
        job = c.post("/v2/image/generate/tailored", json={"tailored_model_id": str(model["id"]),
                                                          "prompt": "seed"}).json()
    return {"request_id": job["request_id"],"project_id": str(project["id"]), "dataset_id": str(dataset["id"]),
            "image_id": str(images[0]["id"]), "model_id": str(model["id"]), "checkpoint_step": "500"}


def _exercise(operation, url: str, path_parameters: dict | None) -> list[str]:
    problems: list[str] = []
    strategy = operation.as_strategy(headers={"api_token": TOKEN}, path_parameters=path_parameters)

    @settings(max_examples=MAX_EXAMPLES, deadline=None, database=None, derandomize=True,
              phases=[Phase.generate], suppress_health_check=list(HealthCheck))
    @given(case=strategy)
    def run(case) -> None:  # noqa: ANN001
        try:
            case.call_and_validate(base_url=url, checks=CHECKS)
        except Exception as exc:  # noqa: BLE001 - collect every operation's failure
            problems.append(f"{operation.label}: {type(exc).__name__}: {str(exc)[:600]}")
            raise

    try:
        run()
    except Exception:  # noqa: BLE001 - already recorded
        pass
    return problems


def test_emulator_conforms_to_bria_openapi(spec_files, live_url):
    schema = openapi.from_dict(load_combined(live_url))
    seeded = _seed(live_url)
    problems: list[str] = []
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) == 40
    for operation in operations:
        names = {p.name for p in operation.path_parameters}
        problems += _exercise(operation, live_url, None)
        if names:
            problems += _exercise(operation, live_url, {n: seeded[n] for n in names})
    assert not problems, "\n\n".join(problems)
