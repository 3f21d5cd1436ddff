"""Projects, datasets, images and bulk upload over real sockets (ManualClock, no sleeps)."""
from __future__ import annotations

import io
import zipfile

import httpx
import pytest

from tailored_emulator import media
from .conftest import OTHER, make_dataset, make_project, png_b64

pytestmark = pytest.mark.asyncio
P = "/v1/tailored-gen"


async def test_auth_missing_and_revoked_token_are_401(emu):
    async with httpx.AsyncClient(base_url=emu.url) as bare:
        assert (await bare.get(f"{P}/projects")).status_code == 401
        r = await bare.get(f"{P}/projects", headers={"api_token": "revoked"})
        assert r.status_code == 401 and "message" in r.json()
        r = await bare.post("/v2/image/generate/tailored", json={})
        assert r.status_code == 401 and r.json()["error"]["code"] == 401


async def test_project_crud_and_validation(client):
    assert (await client.get(f"{P}/projects")).json() == []
    project = await make_project(client)
    assert project["status"] == "active" and isinstance(project["id"], int)
    assert project["training_version"] is None
    r = await client.put(f"{P}/projects/{project['id']}", json={"project_name": "Renamed"})
    assert r.status_code == 200 and r.json()["project_name"] == "Renamed"
    listed = (await client.get(f"{P}/projects")).json()
    assert [p["id"] for p in listed] == [project["id"]] and "updated_at" in listed[0]
    bad = [
        {"ip_medium": "illustration", "ip_type": "other"},  # no name
        {"project_name": "x", "ip_medium": "photography", "ip_type": "icons"},
        {"project_name": "x", "ip_medium": "illustration", "ip_type": "defined_character",
         "ip_description": "robot"},  # no ip_name
        {"project_name": "x", "ip_medium": "illustration", "ip_type": "object_variants",
         "ip_description": "one two three four five six seven"},
        {"project_name": "x", "ip_medium": "video", "ip_type": "other"},
    ]
    for body in bad:
        r = await client.post(f"{P}/projects", json=body)
        assert r.status_code == 400 and "message" in r.json(), body
    r = await client.post(f"{P}/projects", json={"project_name": "x", "ip_medium": "ILLUSTRATION",
                                                 "ip_type": "Other"})
    assert r.status_code == 201 and r.json()["ip_medium"] == "illustration"
    assert (await client.delete(f"{P}/projects/{project['id']}")).status_code == 204
    assert (await client.get(f"{P}/projects/{project['id']}")).status_code == 404


async def test_other_organisation_sees_nothing(client):
    project = await make_project(client)
    other = {"api_token": OTHER}
    assert (await client.get(f"{P}/projects", headers=other)).json() == []
    assert (await client.get(f"{P}/projects/{project['id']}", headers=other)).status_code == 404
    assert (await client.delete(f"{P}/projects/{project['id']}", headers=other)).status_code == 404


async def test_dataset_profiles_and_project_lock(client):
    project = await make_project(client)
    r = await client.post(f"{P}/datasets", json={"project_id": str(project["id"]), "name": "a",
                                                 "training_version": "max"})
    legacy = r.json()
    assert r.status_code == 201 and legacy["caption_prefix"].startswith("An illustration of a character named Pip")
    assert legacy["visual_schema"] is None and legacy["status"] == "draft"
    assert legacy["captions_update_status"] == "empty" and legacy["upload_type"] == "basic"
    assert (await client.get(f"{P}/projects/{project['id']}")).json()["training_version"] == "max"
    r = await client.post(f"{P}/datasets", json={"project_id": project["id"], "name": "b",
                                                 "training_version": "fibo"})
    assert r.status_code == 400
    r = await client.post(f"{P}/datasets", json={"project_id": project["id"], "name": "c",
                                                 "training_version": "light"})
    assert r.status_code == 201  # legacy versions are interchangeable
    assert (await client.post(f"{P}/datasets", json={"project_id": 999999, "name": "x"})).status_code == 404
    assert (await client.post(f"{P}/datasets", json={"name": "x"})).status_code == 400
    listed = (await client.get(f"{P}/projects/{project['id']}/datasets",
                                params={"include_models_ids": "true"})).json()
    assert len(listed) == 2 and listed[0]["model_ids"] == []


async def test_fibo_dataset_schema_captions_and_completion(client, emu):
    dataset = await make_dataset(client, "fibo")
    ds = f"{P}/datasets/{dataset['id']}"
    r = await client.post(f"{ds}/images", json={"file": png_b64()})
    assert r.status_code == 201 and r.json()["caption"] is None and r.json()["caption_source"] == "pending"
    assert (await client.put(ds, json={"visual_schema": "not json"})).status_code == 400
    assert (await client.put(ds, json={"caption_prefix": "x"})).status_code == 400
    assert (await client.put(ds, json={"visual_schema": '{"style": "flat"}'})).status_code == 200
    r = await client.put(f"{ds}/images")
    assert r.status_code == 202 and r.json()["captions_update_status"] == "in_progress"
    emu.advance(1.0)
    assert (await client.get(ds)).json()["captions_update_status"] == "in_progress"
    emu.advance(1.0)
    body = (await client.get(ds)).json()
    assert body["captions_update_status"] == "completed"
    assert body["images"][0]["caption_source"] == "automatic" and '"style"' in body["images"][0]["caption"]
    r = await client.put(ds, json={"status": "completed"})
    assert r.status_code == 409  # fibo needs 5 images
    for _ in range(4):
        await client.post(f"{ds}/images", json={"file": png_b64()})
    assert (await client.put(ds, json={"status": "Completed"})).json()["status"] == "completed"
    image_id = body["images"][0]["id"]
    assert (await client.post(f"{ds}/images", json={"file": png_b64()})).status_code == 409
    assert (await client.delete(f"{ds}/images/{image_id}")).status_code == 409
    assert (await client.put(f"{ds}/images/{image_id}", json={"caption": "{}"})).status_code == 409
    assert (await client.put(ds, json={"visual_schema": "{}"})).status_code == 409
    assert (await client.put(ds, json={"status": "draft"})).status_code == 409
    clone = await client.post(f"{ds}/clone", json={})
    assert clone.status_code == 201 and clone.json()["status"] == "draft"
    assert clone.json()["name"] == "Copy of set" and len(clone.json()["images"]) == 5


async def test_image_upload_rules(client):
    dataset = await make_dataset(client, "max")
    ds = f"{P}/datasets/{dataset['id']}/images"
    cases = [
        ({}, 400),
        ({"file": "!!!notbase64"}, 400),
        ({"file": png_b64(200, 200)}, 412),
        ({"file": png_b64(512, 512), "increase_resolution": False}, 412),
        ({"file": "R0lGODlhAQABAAAAACw="}, 415),
        ({"image_url": "https://unreachable.invalid/a.png"}, 422),
        ({"image_url": "https://example.com/a.gif"}, 415),
        ({"image_url": "https://example.com/page"}, 422),
        ({"image_url": "https://example.com/small_200x200.png"}, 412),
        ({"file": png_b64(text="UNSAFE"), "content_moderation": True}, 422),
    ]
    for body, status in cases:
        r = await client.post(ds, json=body)
        assert r.status_code == status, (body, r.text)
    r = await client.post(ds, json={"file": png_b64(512, 512)})
    assert r.status_code == 201
    image = r.json()
    assert image["caption_source"] == "automatic" and image["caption"].startswith("An illustration")
    png = await client.get(image["image_url"])
    assert png.status_code == 200 and png.content.startswith(b"\x89PNG")
    r = await client.post(ds, json={"image_url": "https://example.com/cat_2048x2048.jpg"})
    assert r.status_code == 201 and r.json()["upload_source_url"].endswith("cat_2048x2048.jpg")
    iid = image["id"]
    r = await client.put(f"{ds}/{iid}", json={"caption": "x", "regenerate_caption": True})
    assert r.status_code == 400 and "error" in r.json()
    r = await client.put(f"{ds}/{iid}", json={"caption": "hand written"})
    assert r.json()["caption_source"] == "manual"
    r = await client.put(f"{ds}/{iid}", json={"regenerate_caption": True})
    assert r.json()["caption_source"] == "automatic"
    assert (await client.get(f"{ds}/{iid}")).status_code == 200
    assert (await client.delete(f"{ds}/{iid}")).status_code == 204
    assert (await client.get(f"{ds}/{iid}")).status_code == 404
    assert len((await client.get(ds)).json()) == 1


def _zip(entries: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return buffer.getvalue()


async def test_bulk_upload_real_zip(client, emu):
    dataset = await make_dataset(client, "max", upload_type="advanced")
    ds = f"{P}/datasets/{dataset['id']}"
    assert (await client.post(f"{ds}/images", json={"file": png_b64()})).status_code == 400
    archive = _zip({"a.png": media.png(1024, 1024), "b.png": media.png(1200, 1100), "a.txt": b"cap a",
                    "small.png": media.png(300, 300), "anim.gif": b"GIF89a\x10\x00\x10\x00",
                    "nocap.png": media.png(1024, 1024)})
    upload = await client.post("/_emulator/files", params={"name": "set.zip"}, content=archive,
                               headers={"content-type": "application/zip"})
    url = upload.json()["url"]
    r = await client.post(f"{ds}/images/bulk-upload", json={"zip_url": url, "automatic_captioning": False})
    assert r.status_code == 202
    status = (await client.get(f"{ds}/images/bulk-upload/status")).json()
    assert status["status"] == "pending"
    emu.advance(1.5)
    assert (await client.get(f"{ds}/images/bulk-upload/status")).json()["status"] == "processing"
    emu.advance(2)
    status = (await client.get(f"{ds}/images/bulk-upload/status")).json()
    assert status["status"] == "completed" and status["progress_percentage"] == 100
    assert status["done"] == 1 and status["failed"] == 4
    codes = {f["filename"]: f["error_code"] for f in status["failed_images"]}
    assert codes == {"b.png": 400, "small.png": 412, "anim.gif": 415, "nocap.png": 400}
    body = (await client.get(ds)).json()
    assert body["images_count"] == 1 and body["images"][0]["caption"] == "cap a"
    assert body["captions_source"] == "manual"
    assert (await client.post(f"{ds}/images/bulk-upload", json={"zip_url": url})).status_code == 400
    download = (await client.get(f"/v1/datasets/{dataset['id']}/download")).json()
    assert "captions_url" not in download
    data = (await client.get(download["download_url"])).content
    assert zipfile.ZipFile(io.BytesIO(data)).namelist() == ["a.png"]


async def test_bulk_upload_synthetic_and_errors(client, emu):
    dataset = await make_dataset(client, "fibo", upload_type="advanced")
    ds = f"{P}/datasets/{dataset['id']}"
    assert (await client.get(f"{ds}/images/bulk-upload/status")).status_code == 404
    r = await client.post(f"{ds}/images/bulk-upload", json={"zip_url": "https://x.test/TOO_LARGE.zip"})
    assert r.status_code == 413
    r = await client.post(f"{ds}/images/bulk-upload", json={"zip_url": "https://x.test/images-20_bad-2.zip"})
    assert r.status_code == 202
    emu.advance(3)
    status = (await client.get(f"{ds}/images/bulk-upload/status")).json()
    assert (status["status"], status["done"], status["failed"]) == ("completed", 20, 2)
    download = (await client.get(f"/v1/datasets/{dataset['id']}/download")).json()
    assert "download_url" in download
    basic = await make_dataset(client, "fibo")
    assert (await client.get(f"/v1/datasets/{basic['id']}/download")).status_code == 409
    failed = await make_dataset(client, "fibo", upload_type="advanced")
    await client.post(f"{P}/datasets/{failed['id']}/images/bulk-upload",
                      json={"zip_url": "https://gone.invalid/x.zip"})
    emu.advance(3)
    status = (await client.get(f"{P}/datasets/{failed['id']}/images/bulk-upload/status")).json()
    assert status["status"] == "failed"


async def test_helpers_prefix_schema_refine(client):
    urls = [f"https://example.com/{i}.png" for i in range(5)]
    r = await client.post(f"{P}/generate_visual_schema", json={"images": urls})
    assert r.status_code == 200 and isinstance(r.json()["visual_schema"], str)
    assert (await client.post(f"{P}/generate_visual_schema", json={"images": urls[:4]})).status_code == 400
    r = await client.post(f"{P}/generate_visual_schema",
                          json={"images": urls[:4] + ["https://example.com/UNSAFE.png"], "content_moderation": True})
    assert r.status_code == 422
    r = await client.post(f"{P}/generate_prefix", json={"image_urls": urls[:2], "ip_type": "stylized_scene",
                                                        "ip_medium": "illustration"})
    assert r.status_code == 200 and r.json()["prefix"]
    r = await client.post(f"{P}/generate_prefix", json={"image_urls": urls[:2], "images": [png_b64()],
                                                        "ip_type": "stylized_scene", "ip_medium": "illustration"})
    assert r.status_code == 400
    dataset = await make_dataset(client, "fibo")
    r = await client.post(f"{P}/refine_structured_prompt", json={
        "dataset_id": dataset["id"], "structured_prompt": '{"a": 1}', "instruction": "name is Lucy"})
    assert r.status_code == 200 and "Lucy" in r.json()["structured_prompt"]
    r = await client.post(f"{P}/refine_structured_prompt", json={
        "dataset_id": dataset["id"], "structured_prompt": "nope", "instruction": "x"})
    assert r.status_code == 400
    r = await client.post(f"{P}/refine_structured_prompt", json={
        "dataset_id": dataset["id"], "structured_prompt": "{}", "instruction": "x"}, headers={"api_token": OTHER})
    assert r.status_code == 404
