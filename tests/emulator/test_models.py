"""Model lifecycle, training parameters, checkpoints, upload_model and downloads."""
from __future__ import annotations

import pytest

from .conftest import OTHER, make_dataset, make_model

pytestmark = pytest.mark.asyncio
M = "/v1/tailored-gen/models"


async def test_model_training_lifecycle(client, emu):
    model = await make_model(client, emu, train=False)
    assert model["status"] == "Created" and model["training_parameters"] == {}
    assert model["checkpoint_steps"] == [] and model["active_model_version"] == "default"
    r = await client.post(f"{M}/{model['id']}/start_training")
    assert r.status_code == 200 and r.json()["status"] == "InProgress"
    assert (await client.post(f"{M}/{model['id']}/start_training")).status_code == 409
    assert (await client.delete(f"{M}/{model['id']}")).json() == {
        "message": "Cannot delete model while it is in training"}
    emu.advance(4.9)
    assert (await client.get(f"{M}/{model['id']}")).json()["status"] == "InProgress"
    emu.advance(0.2)
    assert (await client.get(f"{M}/{model['id']}")).json()["status"] == "Completed"
    assert (await client.post(f"{M}/{model['id']}/stop_training")).status_code == 409
    listed = (await client.get(M)).json()
    assert "training_parameters" not in listed[0]
    listed = (await client.get(M, params={"include_training_parameters": "true"})).json()
    assert "checkpoint_steps" in listed[0]
    r = await client.put(f"{M}/{model['id']}", json={"name": "renamed", "description": "d"})
    assert r.json()["name"] == "renamed"
    download = (await client.get(f"{M}/{model['id']}/download")).json()
    assert download["base_model_name"] == "BRIA-FIBO"
    weights = await client.get(download["download_url"])
    assert weights.status_code == 200 and b"__metadata__" in weights.content
    assert (await client.delete(f"{M}/{model['id']}")).status_code == 204
    assert (await client.get(f"{M}/{model['id']}")).status_code == 404


async def test_start_training_preconditions_and_errors(client, emu):
    dataset = await make_dataset(client, "fibo")
    r = await client.post(M, json={"name": "x", "dataset_id": dataset["id"]})
    model = r.json()
    assert r.status_code == 201 and model["training_mode"] == "fully_automated"
    assert (await client.post(f"{M}/{model['id']}/start_training")).status_code == 412
    assert (await client.post(M, json={"name": "x", "dataset_id": dataset["id"],
                                       "training_version": "max"})).status_code == 400
    assert (await client.post(M, json={"name": "x", "dataset_id": 1})).status_code == 404
    automated = await make_model(client, emu, train=False)
    r = await client.post(f"{M}/{automated['id']}/start_training", json={"rank": 8})
    assert r.status_code == 400 and "expert" in r.json()["message"]
    expert = await make_model(client, emu, mode="expert", train=False)
    r = await client.post(f"{M}/{expert['id']}/start_training", json={"total_training_steps": 1000000})
    assert r.status_code == 400
    assert r.json() == {"errors": [{"msg": "Input should be less than or equal to 5000",
                                    "field_name": "total_training_steps", "field_input": "1000000"}]}
    r = await client.post(f"{M}/{expert['id']}/start_training",
                          json={"total_training_steps": 300, "checkpoint_interval": 400})
    assert r.status_code == 400 and r.json()["errors"][0]["field_name"] == "checkpoint_interval"


async def test_expert_checkpoints(client, emu):
    model = await make_model(client, emu, mode="expert", train=False, version="max")
    mid = model["id"]
    assert (await client.get(f"{M}/{mid}/checkpoints")).json() == "The model status is not completed"
    r = await client.post(f"{M}/{mid}/start_training", json={"checkpoint_interval": 500})
    params = r.json()["training_parameters"]
    assert params == {"learning_rate": 0.0001, "lr_scheduler": "constant", "rank": 128,
                      "total_training_steps": 1500, "checkpoint_interval": 500, "lr_warmup_steps": None}
    assert r.json()["generation_prefix"].startswith("An illustration")
    emu.advance(2.0)  # 40% of 5 s: checkpoint 500 exists, 1000 not yet
    assert (await client.get(f"{M}/{mid}")).json()["checkpoint_steps"] == ["500"]
    emu.advance(3.0)
    body = (await client.get(f"{M}/{mid}")).json()
    assert body["checkpoint_steps"] == ["1500", "1000", "500"] and body["active_model_version"] == "1500"
    listing = (await client.get(f"{M}/{mid}/checkpoints")).json()
    assert [c["checkpoint_step"] for c in listing["checkpoints"]] == [500, 1000, 1500]
    assert listing["active_model_version"] == "1500"
    assert (await client.get(f"{M}/{mid}/checkpoints/1000")).json()["checkpoint_step"] == 1000
    assert (await client.get(f"{M}/{mid}/checkpoints/700")).json() == "Checkpoint not found"
    r = await client.delete(f"{M}/{mid}/checkpoints/1500")
    assert r.status_code == 400 and r.json() == "Cannot delete checkpoint currently selected for inference"
    assert (await client.delete(f"{M}/{mid}/checkpoints/500")).status_code == 204
    assert (await client.get(f"{M}/{mid}/checkpoints/500")).status_code == 404
    assert (await client.get(f"{M}/999999/checkpoints")).json() == "Model not found"
    assert (await client.get(f"{M}/{mid}/checkpoints", headers={"api_token": OTHER})).status_code == 404


async def test_stop_training_and_failure_trigger(client, emu):
    model = await make_model(client, emu, train=False)
    await client.post(f"{M}/{model['id']}/start_training")
    emu.advance(1)
    r = await client.post(f"{M}/{model['id']}/stop_training")
    assert r.status_code == 200 and r.json()["status"] == "Stopping"
    emu.advance(1.1)
    assert (await client.get(f"{M}/{model['id']}")).json()["status"] == "Stopped"
    assert (await client.post(f"{M}/{model['id']}/start_training")).status_code == 409
    failing = await make_model(client, emu, name="FAIL_TRAINING model")
    assert (await client.get(f"{M}/{failing['id']}")).json()["status"] == "Failed"


async def test_project_and_dataset_delete_blocked_while_training(client, emu):
    model = await make_model(client, emu, train=False)
    await client.post(f"{M}/{model['id']}/start_training")
    assert (await client.delete(f"/v1/tailored-gen/projects/{model['project_id']}")).status_code == 409
    assert (await client.delete(f"/v1/tailored-gen/datasets/{model['dataset_id']}")).status_code == 409
    emu.advance(10)
    assert (await client.delete(f"/v1/tailored-gen/projects/{model['project_id']}")).status_code == 204
    assert (await client.get(f"{M}/{model['id']}")).status_code == 404


async def test_upload_model(client, emu):
    body = {"model_url": "https://hf.example/weights.safetensors", "model_name": "up",
            "training_version": "bria-2.3",
            "project_parameters": {"project_name": "p", "ip_medium": "photography"}}
    r = await client.post(f"{M}/upload_model", json=body)
    assert r.status_code == 200 and r.json()["status"] == "syncing"
    uploaded = r.json()
    emu.advance(2)
    assert (await client.get(f"{M}/{uploaded['id']}")).json()["status"] == "completed"
    assert (await client.post(f"{M}/upload_model", json={**body, "model_url": "https://x/y.bin"})).status_code == 415
    assert (await client.post(f"{M}/upload_model", json={"model_url": "https://x/y.safetensors"})).status_code == 400
    r = await client.post(f"{M}/upload_model", json={**body, "model_url": "https://a.invalid/y.safetensors"})
    assert r.status_code == 422
    r = await client.post(f"{M}/upload_model", json={"model_url": "https://x/y.safetensors", "project_id": 12345})
    assert r.status_code == 404
