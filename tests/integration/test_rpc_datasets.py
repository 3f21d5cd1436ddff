"""DatasetService: every RPC through a real gateway against the emulator, success and
documented errors (NOT_FOUND + ResourceInfo, FAILED_PRECONDITION + PreconditionFailure for 409/412,
INVALID_ARGUMENT for 400/413/415/422, contract rules before any upstream call)."""

from __future__ import annotations

import io
import json
import zipfile

import grpc
import httpx
import pytest

from bria.tailored.v1 import common_pb2 as cm
from bria.tailored.v1 import datasets_pb2 as dp
from tailored_emulator import media
from tests.conftest import METADATA
from tests.conftest import shared_gateway as gateway  # noqa: F401 (fixture: these tests read no gateway state)
from tests.integration.rpc_builders import (OTHER_METADATA, PNG, SCHEMA, dataset, expect_invalid_before_upstream,
                                            expect_upstream_error, image_url, model, stubs)

NOT_FOUND = grpc.StatusCode.NOT_FOUND
INVALID = grpc.StatusCode.INVALID_ARGUMENT
PRECONDITION = grpc.StatusCode.FAILED_PRECONDITION
MISSING = 987654


async def _get(s, dataset_id, **kw) -> dp.Dataset:
    return (await s.datasets.GetDataset(dp.GetDatasetRequest(dataset_id=dataset_id, **kw), metadata=METADATA)).dataset


# --- CreateDataset / ListDatasets / ListProjectDatasets / GetDataset ----------------------------

async def test_create_dataset_legacy_and_fibo_profiles(channel):
    s = stubs(channel)
    legacy = await dataset(s, "legacy")
    assert legacy.status == dp.DATASET_STATUS_DRAFT
    assert legacy.captions_update_status == dp.CAPTIONS_UPDATE_STATUS_EMPTY
    assert legacy.upload_type == dp.UPLOAD_TYPE_BASIC and legacy.training_version == cm.TRAINING_VERSION_LIGHT
    assert legacy.HasField("caption_prefix") and "Pip" in legacy.caption_prefix
    assert not legacy.HasField("visual_schema")
    fibo = await dataset(s, "fibo", upload_type=dp.UPLOAD_TYPE_ADVANCED)
    assert fibo.training_version == cm.TRAINING_VERSION_FIBO and fibo.upload_type == dp.UPLOAD_TYPE_ADVANCED
    assert not fibo.HasField("visual_schema") and not fibo.HasField("caption_prefix")
    # the project is now locked to its family (upstream 400 -> INVALID_ARGUMENT)
    await expect_upstream_error(s.datasets.CreateDataset(
        dp.CreateDatasetRequest(project_id=fibo.project_id, name="x", training_version=cm.TRAINING_VERSION_MAX),
        metadata=METADATA), INVALID, "UPSTREAM_BAD_REQUEST", 400)
    await expect_upstream_error(s.datasets.CreateDataset(dp.CreateDatasetRequest(project_id=MISSING, name="x"),
                                                         metadata=METADATA), NOT_FOUND, "RESOURCE_NOT_FOUND", 404)


async def test_list_datasets_and_project_datasets_with_models(channel, emulator):
    s = stubs(channel)
    ds = await dataset(s, images=2)
    other = await dataset(s, "fibo")
    listed = (await s.datasets.ListDatasets(dp.ListDatasetsRequest(), metadata=METADATA)).datasets
    assert {d.id: d.images_count for d in listed} == {ds.id: 2, other.id: 0}
    assert all(len(d.images) == 0 for d in listed)
    await s.datasets.UpdateDataset(dp.UpdateDatasetRequest(dataset_id=ds.id, status=dp.DATASET_STATUS_COMPLETED),
                                   metadata=METADATA)
    trained = await model(s, emulator, train=False, dataset_id=ds.id)
    plain = (await s.datasets.ListProjectDatasets(dp.ListProjectDatasetsRequest(project_id=ds.project_id),
                                                  metadata=METADATA)).datasets
    assert [d.id for d in plain] == [ds.id] and not plain[0].models and not plain[0].model_ids
    rich = (await s.datasets.ListProjectDatasets(dp.ListProjectDatasetsRequest(
        project_id=ds.project_id, include_models=True, include_models_ids=True), metadata=METADATA)).datasets
    assert [m.id for m in rich[0].models] == [trained.id] and list(rich[0].model_ids) == [str(trained.id)]
    await expect_upstream_error(s.datasets.ListProjectDatasets(dp.ListProjectDatasetsRequest(project_id=MISSING),
                                                               metadata=METADATA), NOT_FOUND, "RESOURCE_NOT_FOUND")


async def test_get_dataset_with_images_and_errors(channel, emulator):
    s = stubs(channel)
    ds = await dataset(s, images=3)
    full = await _get(s, ds.id)
    assert full.images_count == 3 and len(full.images) == 3
    assert all(i.caption_source == dp.CAPTION_SOURCE_AUTOMATIC for i in full.images)
    assert full.captions_update_status == dp.CAPTIONS_UPDATE_STATUS_COMPLETED
    assert len((await _get(s, ds.id, max_images=1)).images) == 1
    await expect_upstream_error(s.datasets.GetDataset(dp.GetDatasetRequest(dataset_id=MISSING), metadata=METADATA),
                                NOT_FOUND, "RESOURCE_NOT_FOUND", 404)
    await expect_upstream_error(s.datasets.GetDataset(dp.GetDatasetRequest(dataset_id=ds.id),
                                                      metadata=OTHER_METADATA), NOT_FOUND)
    await expect_invalid_before_upstream(
        s.datasets.GetDataset(dp.GetDatasetRequest(dataset_id=ds.id, max_images=201), metadata=METADATA),
        emulator, "max_images")


# --- UpdateDataset / DeleteDataset / CloneDataset ---------------------------------------------

async def test_update_dataset_rename_prefix_schema_and_complete(channel):
    s = stubs(channel)
    legacy = await dataset(s, images=1)
    renamed = (await s.datasets.UpdateDataset(
        dp.UpdateDatasetRequest(dataset_id=legacy.id, name="Renamed", caption_prefix="A drawing of Pip,"),
        metadata=METADATA)).dataset
    assert renamed.name == "Renamed" and renamed.caption_prefix == "A drawing of Pip,"
    done = (await s.datasets.UpdateDataset(
        dp.UpdateDatasetRequest(dataset_id=legacy.id, status=dp.DATASET_STATUS_COMPLETED), metadata=METADATA)).dataset
    assert done.status == dp.DATASET_STATUS_COMPLETED
    fibo = await dataset(s, "fibo")
    stored = (await s.datasets.UpdateDataset(dp.UpdateDatasetRequest(dataset_id=fibo.id, visual_schema=SCHEMA),
                                             metadata=METADATA)).dataset
    assert json.loads(stored.visual_schema) == json.loads(SCHEMA)


async def test_update_dataset_errors(channel):
    s = stubs(channel)
    legacy = await dataset(s, images=1, complete=True)
    fibo = await dataset(s, "fibo", images=4)

    def update(**kw):
        return s.datasets.UpdateDataset(dp.UpdateDatasetRequest(**kw), metadata=METADATA)

    await expect_upstream_error(update(dataset_id=fibo.id, visual_schema="{not json"), INVALID, "UPSTREAM_BAD_REQUEST")
    await expect_upstream_error(update(dataset_id=fibo.id, caption_prefix="x"), INVALID, "UPSTREAM_BAD_REQUEST")
    await expect_upstream_error(update(dataset_id=legacy.id, caption_prefix="new"), PRECONDITION,
                                "RESOURCE_STATE_CONFLICT", 409)
    # a fibo dataset needs 5 images to be completed
    await expect_upstream_error(update(dataset_id=fibo.id, status=dp.DATASET_STATUS_COMPLETED), PRECONDITION,
                                "RESOURCE_STATE_CONFLICT", 409)
    await expect_upstream_error(update(dataset_id=MISSING, name="x"), NOT_FOUND, "RESOURCE_NOT_FOUND")


async def test_delete_dataset(channel, emulator):
    s = stubs(channel)
    ds = await dataset(s, images=1)
    assert await s.datasets.DeleteDataset(dp.DeleteDatasetRequest(dataset_id=ds.id),
                                          metadata=METADATA) == dp.DeleteDatasetResponse()
    await expect_upstream_error(s.datasets.GetDataset(dp.GetDatasetRequest(dataset_id=ds.id), metadata=METADATA),
                                NOT_FOUND)
    await expect_upstream_error(s.datasets.DeleteDataset(dp.DeleteDatasetRequest(dataset_id=ds.id),
                                                         metadata=METADATA), NOT_FOUND, "RESOURCE_NOT_FOUND", 404)
    training = await model(s, emulator, finish=False)
    await expect_upstream_error(s.datasets.DeleteDataset(dp.DeleteDatasetRequest(dataset_id=training.dataset_id),
                                                         metadata=METADATA), PRECONDITION, "RESOURCE_STATE_CONFLICT", 409)


async def test_clone_dataset_copies_images_into_a_draft(channel):
    s = stubs(channel)
    source = await dataset(s, images=2, complete=True)
    copy = (await s.datasets.CloneDataset(dp.CloneDatasetRequest(dataset_id=source.id, name="Edit me"),
                                          metadata=METADATA)).dataset
    assert copy.id != source.id and copy.name == "Edit me" and copy.status == dp.DATASET_STATUS_DRAFT
    assert copy.project_id == source.project_id and copy.caption_prefix == source.caption_prefix
    assert len(copy.images) == 2 and all(i.dataset_id == copy.id for i in copy.images)
    default = (await s.datasets.CloneDataset(dp.CloneDatasetRequest(dataset_id=source.id), metadata=METADATA)).dataset
    assert default.name == f"Copy of {source.name}"
    await expect_upstream_error(s.datasets.CloneDataset(dp.CloneDatasetRequest(dataset_id=MISSING), metadata=METADATA),
                                NOT_FOUND, "RESOURCE_NOT_FOUND", 404)


# --- images: UploadImage / ListImages / GetImage / UpdateImage / DeleteImage ------------------

async def test_upload_image_file_and_url(channel):
    s = stubs(channel)
    legacy = await dataset(s)
    from_file = (await s.datasets.UploadImage(dp.UploadImageRequest(dataset_id=legacy.id, file=PNG,
                                                                    image_name="pip.png"), metadata=METADATA)).image
    assert from_file.id > 0 and from_file.dataset_id == legacy.id and from_file.image_name == "pip.png"
    assert from_file.caption_source == dp.CAPTION_SOURCE_AUTOMATIC
    assert from_file.caption.startswith(legacy.caption_prefix.rstrip(",. "))
    assert from_file.image_url and from_file.thumbnail_url
    small = (await s.datasets.UploadImage(dp.UploadImageRequest(dataset_id=legacy.id, image_url=image_url(1, "_512x512")),
                                          metadata=METADATA)).image  # upscaled: increase_resolution defaults true
    assert small.upload_source_url == image_url(1, "_512x512")
    fibo = await dataset(s, "fibo")
    pending = (await s.datasets.UploadImage(dp.UploadImageRequest(dataset_id=fibo.id, file=PNG),
                                            metadata=METADATA)).image
    assert pending.caption_source == dp.CAPTION_SOURCE_PENDING and not pending.HasField("caption")


UPLOAD_ERRORS = [
    pytest.param("completed", dict(image_url=image_url()), PRECONDITION, "RESOURCE_STATE_CONFLICT", 409,
                 id="completed-dataset-409"),
    pytest.param("draft", dict(image_url=image_url(0, "_512x512"), increase_resolution=False), PRECONDITION,
                 "PRECONDITION_FAILED", 412, id="below-min-resolution-412"),
    pytest.param("draft", dict(image_url=image_url(0, ext="gif")), INVALID, "UNSUPPORTED_MEDIA_TYPE", 415,
                 id="gif-415"),
    pytest.param("draft", dict(file=b"GIF89a not an image we take"), INVALID, "UNSUPPORTED_MEDIA_TYPE", 415,
                 id="unsupported-bytes-415"),
    pytest.param("draft", dict(file=media.png(1024, 1024, text="UNSAFE"), content_moderation=True), INVALID,
                 "CONTENT_MODERATION_FAILED", 422, id="moderation-422"),
    pytest.param("draft", dict(image_url="https://cdn.unreachable.invalid/pic.png"), INVALID,
                 "UNPROCESSABLE_INPUT", 422, id="unusable-url-422"),
    pytest.param("advanced", dict(image_url=image_url()), INVALID, "UPSTREAM_BAD_REQUEST", 400,
                 id="advanced-dataset-400"),
    pytest.param("missing", dict(image_url=image_url()), NOT_FOUND, "RESOURCE_NOT_FOUND", 404, id="not-found-404"),
]


@pytest.mark.parametrize("state, fields, code, reason, status", UPLOAD_ERRORS)
async def test_upload_image_errors(channel, state, fields, code, reason, status):
    s = stubs(channel)
    if state == "missing":
        dataset_id = MISSING
    else:
        upload_type = dp.UPLOAD_TYPE_ADVANCED if state == "advanced" else dp.UPLOAD_TYPE_BASIC
        dataset_id = (await dataset(s, images=1 if state == "completed" else 0, complete=state == "completed",
                                    upload_type=upload_type)).id
    await expect_upstream_error(s.datasets.UploadImage(dp.UploadImageRequest(dataset_id=dataset_id, **fields),
                                                       metadata=METADATA), code, reason, status)


async def test_upload_image_needs_exactly_one_source_before_upstream(channel, emulator):
    await expect_invalid_before_upstream(
        stubs(channel).datasets.UploadImage(dp.UploadImageRequest(dataset_id=1), metadata=METADATA), emulator)


async def test_list_and_get_images(channel):
    s = stubs(channel)
    ds = await dataset(s, images=2)
    images = (await s.datasets.ListImages(dp.ListImagesRequest(dataset_id=ds.id), metadata=METADATA)).images
    assert len(images) == 2 and images[0].image_name == "sample_0.png"
    got = (await s.datasets.GetImage(dp.GetImageRequest(dataset_id=ds.id, image_id=images[1].id),
                                     metadata=METADATA)).image
    assert got == images[1] or (got.id == images[1].id and got.caption == images[1].caption)
    await expect_upstream_error(s.datasets.ListImages(dp.ListImagesRequest(dataset_id=MISSING), metadata=METADATA),
                                NOT_FOUND, "RESOURCE_NOT_FOUND", 404)
    found = await expect_upstream_error(s.datasets.GetImage(dp.GetImageRequest(dataset_id=ds.id, image_id=MISSING),
                                                            metadata=METADATA), NOT_FOUND, "RESOURCE_NOT_FOUND", 404)
    assert found["ResourceInfo"].resource_name == f"datasets/{ds.id}/images/{MISSING}"
    await expect_upstream_error(s.datasets.GetImage(dp.GetImageRequest(dataset_id=MISSING, image_id=images[0].id),
                                                    metadata=METADATA), NOT_FOUND)


async def test_update_image_caption_manual_then_regenerated(channel, emulator):
    s = stubs(channel)
    ds = await dataset(s, images=1)
    image = (await _get(s, ds.id)).images[0]
    manual = (await s.datasets.UpdateImage(dp.UpdateImageRequest(dataset_id=ds.id, image_id=image.id,
                                                                 caption="Pip waving hello"), metadata=METADATA)).image
    assert manual.caption == "Pip waving hello" and manual.caption_source == dp.CAPTION_SOURCE_MANUAL
    regenerated = (await s.datasets.UpdateImage(dp.UpdateImageRequest(dataset_id=ds.id, image_id=image.id,
                                                                      regenerate_caption=True), metadata=METADATA)).image
    assert regenerated.caption == image.caption and regenerated.caption_source == dp.CAPTION_SOURCE_AUTOMATIC
    fibo = await dataset(s, "fibo", images=1)
    fibo_image = (await _get(s, fibo.id)).images[0]
    await expect_upstream_error(s.datasets.UpdateImage(
        dp.UpdateImageRequest(dataset_id=fibo.id, image_id=fibo_image.id, caption="plain text, not JSON"),
        metadata=METADATA), INVALID, "UPSTREAM_BAD_REQUEST", 400)
    json_caption = (await s.datasets.UpdateImage(
        dp.UpdateImageRequest(dataset_id=fibo.id, image_id=fibo_image.id, caption='{"subject": "robot"}'),
        metadata=METADATA)).image
    assert json.loads(json_caption.caption) == {"subject": "robot"}
    await s.datasets.UpdateDataset(dp.UpdateDatasetRequest(dataset_id=ds.id, status=dp.DATASET_STATUS_COMPLETED),
                                   metadata=METADATA)
    await expect_upstream_error(s.datasets.UpdateImage(
        dp.UpdateImageRequest(dataset_id=ds.id, image_id=image.id, caption="late"), metadata=METADATA),
        PRECONDITION, "RESOURCE_STATE_CONFLICT", 409)
    await expect_upstream_error(s.datasets.UpdateImage(
        dp.UpdateImageRequest(dataset_id=ds.id, image_id=MISSING, caption="x"), metadata=METADATA), NOT_FOUND)


@pytest.mark.parametrize("request_fields, field", [
    pytest.param(dict(), "", id="neither-caption-nor-regenerate"),
    pytest.param(dict(regenerate_caption=False), "regenerate_caption", id="regenerate-must-be-true"),
    pytest.param(dict(caption=""), "caption", id="empty-caption"),
])
async def test_update_image_caption_xor_regenerate_before_upstream(channel, emulator, request_fields, field):
    call = stubs(channel).datasets.UpdateImage(dp.UpdateImageRequest(dataset_id=1, image_id=1, **request_fields),
                                               metadata=METADATA)
    await expect_invalid_before_upstream(call, emulator, *([field] if field else []))


async def test_delete_image(channel):
    s = stubs(channel)
    ds = await dataset(s, images=2)
    first, second = (await _get(s, ds.id)).images
    assert await s.datasets.DeleteImage(dp.DeleteImageRequest(dataset_id=ds.id, image_id=first.id),
                                        metadata=METADATA) == dp.DeleteImageResponse()
    left = (await s.datasets.ListImages(dp.ListImagesRequest(dataset_id=ds.id), metadata=METADATA)).images
    assert [i.id for i in left] == [second.id]
    await expect_upstream_error(s.datasets.DeleteImage(dp.DeleteImageRequest(dataset_id=ds.id, image_id=first.id),
                                                       metadata=METADATA), NOT_FOUND, "RESOURCE_NOT_FOUND", 404)
    await s.datasets.UpdateDataset(dp.UpdateDatasetRequest(dataset_id=ds.id, status=dp.DATASET_STATUS_COMPLETED),
                                   metadata=METADATA)
    await expect_upstream_error(s.datasets.DeleteImage(dp.DeleteImageRequest(dataset_id=ds.id, image_id=second.id),
                                                       metadata=METADATA), PRECONDITION, "RESOURCE_STATE_CONFLICT", 409)


# --- RegenerateCaptions ---------------------------------------------------------------------

async def test_regenerate_captions_in_progress_then_completed(channel, emulator):
    s = stubs(channel)
    fibo = await dataset(s, "fibo")
    await s.datasets.UploadImage(dp.UploadImageRequest(dataset_id=fibo.id, file=PNG), metadata=METADATA)
    assert (await _get(s, fibo.id)).images[0].caption_source == dp.CAPTION_SOURCE_PENDING
    await s.datasets.UpdateDataset(dp.UpdateDatasetRequest(dataset_id=fibo.id, visual_schema=SCHEMA), metadata=METADATA)
    started = (await s.datasets.RegenerateCaptions(dp.RegenerateCaptionsRequest(dataset_id=fibo.id),
                                                   metadata=METADATA)).dataset
    assert started.id == fibo.id and started.captions_update_status == dp.CAPTIONS_UPDATE_STATUS_IN_PROGRESS
    assert (await _get(s, fibo.id)).captions_update_status == dp.CAPTIONS_UPDATE_STATUS_IN_PROGRESS
    emulator.advance(1.5)
    done = await _get(s, fibo.id)
    assert done.captions_update_status == dp.CAPTIONS_UPDATE_STATUS_COMPLETED
    image = done.images[0]
    assert image.caption_source == dp.CAPTION_SOURCE_AUTOMATIC and set(json.loads(image.caption)) >= {"style"}
    await expect_upstream_error(s.datasets.RegenerateCaptions(dp.RegenerateCaptionsRequest(dataset_id=MISSING),
                                                              metadata=METADATA), NOT_FOUND, "RESOURCE_NOT_FOUND", 404)


# --- bulk upload: StartBulkUpload / GetBulkUploadStatus / GetDatasetDownload -----------------

def _zip() -> bytes:
    """3 importable images, one too small (412) and one unsupported file (415)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for i in range(3):
            archive.writestr(f"ok_{i}.png", media.png(1024, 1024, color=media.color_for(i)))
        archive.writestr("tiny.png", media.png(512, 512))
        archive.writestr("notes.gif", b"GIF89a....")
    return buffer.getvalue()


async def test_bulk_upload_progress_from_a_real_zip_and_download(channel, emulator):
    s = stubs(channel)
    ds = await dataset(s, upload_type=dp.UPLOAD_TYPE_ADVANCED)
    zip_url = emulator.url + emulator.put_file(_zip(), "set.zip", "application/zip")
    reply = await s.datasets.StartBulkUpload(dp.StartBulkUploadRequest(dataset_id=ds.id, zip_url=zip_url),
                                             metadata=METADATA)
    assert reply == dp.StartBulkUploadResponse()

    async def status() -> dp.BulkUploadStatus:
        return (await s.datasets.GetBulkUploadStatus(dp.GetBulkUploadStatusRequest(dataset_id=ds.id),
                                                     metadata=METADATA)).status

    pending = await status()
    assert pending.status == dp.BULK_UPLOAD_STATE_PENDING and pending.progress_percentage == 0
    emulator.advance(1.5)
    halfway = await status()
    assert halfway.status == dp.BULK_UPLOAD_STATE_PROCESSING and 0 < halfway.progress_percentage < 100
    assert halfway.total_processed == halfway.done + halfway.failed
    emulator.advance(1.5)
    done = await status()
    assert done.status == dp.BULK_UPLOAD_STATE_COMPLETED and done.progress_percentage == 100
    assert (done.total_processed, done.done, done.failed) == (5, 3, 2)
    assert {(f.filename, f.error_code) for f in done.failed_images} == {("tiny.png", 412), ("notes.gif", 415)}
    imported = await _get(s, ds.id)
    assert imported.images_count == 3 and imported.captions_source == dp.CAPTION_SOURCE_AUTOMATIC
    # a dataset accepts one bulk upload attempt ever
    await expect_upstream_error(s.datasets.StartBulkUpload(dp.StartBulkUploadRequest(dataset_id=ds.id, zip_url=zip_url),
                                                           metadata=METADATA), INVALID, "UPSTREAM_BAD_REQUEST", 400)
    download = await s.datasets.GetDatasetDownload(dp.GetDatasetDownloadRequest(dataset_id=ds.id), metadata=METADATA)
    assert download.download_url and download.HasField("captions_url")
    async with httpx.AsyncClient() as client:
        archive = (await client.get(download.download_url)).content
    assert len(zipfile.ZipFile(io.BytesIO(archive)).namelist()) == 3


@pytest.mark.parametrize("kind, zip_url, code, reason", [
    pytest.param("basic", "https://zips.example.com/images-3.zip", INVALID, "UPSTREAM_BAD_REQUEST", id="basic-400"),
    pytest.param("advanced", "https://zips.example.com/TOO_LARGE.zip", INVALID, "PAYLOAD_TOO_LARGE", id="zip-over-5gb-413"),
    pytest.param("missing", "https://zips.example.com/images-3.zip", NOT_FOUND, "RESOURCE_NOT_FOUND", id="not-found"),
])
async def test_start_bulk_upload_errors(channel, kind, zip_url, code, reason):
    s = stubs(channel)
    dataset_id = MISSING if kind == "missing" else (await dataset(
        s, upload_type=dp.UPLOAD_TYPE_ADVANCED if kind == "advanced" else dp.UPLOAD_TYPE_BASIC)).id
    await expect_upstream_error(s.datasets.StartBulkUpload(dp.StartBulkUploadRequest(dataset_id=dataset_id,
                                                                                     zip_url=zip_url),
                                                           metadata=METADATA), code, reason)


async def test_start_bulk_upload_needs_a_zip_url_before_upstream(channel, emulator):
    await expect_invalid_before_upstream(stubs(channel).datasets.StartBulkUpload(
        dp.StartBulkUploadRequest(dataset_id=1, zip_url="not a url"), metadata=METADATA), emulator, "zip_url")


async def test_bulk_status_and_download_errors(channel):
    s = stubs(channel)
    basic = await dataset(s, images=1)
    await expect_upstream_error(s.datasets.GetBulkUploadStatus(dp.GetBulkUploadStatusRequest(dataset_id=MISSING),
                                                               metadata=METADATA), NOT_FOUND, "RESOURCE_NOT_FOUND", 404)
    # no bulk upload was ever started on this dataset: the emulator answers 404 (see the report)
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await s.datasets.GetBulkUploadStatus(dp.GetBulkUploadStatusRequest(dataset_id=basic.id), metadata=METADATA)
    assert caught.value.code() in (NOT_FOUND, INVALID)
    await expect_upstream_error(s.datasets.GetDatasetDownload(dp.GetDatasetDownloadRequest(dataset_id=basic.id),
                                                              metadata=METADATA), PRECONDITION,
                                "RESOURCE_STATE_CONFLICT", 409)
    await expect_upstream_error(s.datasets.GetDatasetDownload(dp.GetDatasetDownloadRequest(dataset_id=MISSING),
                                                              metadata=METADATA), NOT_FOUND, "RESOURCE_NOT_FOUND", 404)


# --- helpers: GenerateCaptionPrefix / GenerateVisualSchema / RefineStructuredPrompt -----------

async def test_generate_caption_prefix(channel):
    s = stubs(channel)
    from_urls = await s.datasets.GenerateCaptionPrefix(dp.GenerateCaptionPrefixRequest(
        image_urls=[image_url(i) for i in range(6)], ip_type=cm.IP_TYPE_DEFINED_CHARACTER,
        ip_medium=cm.IP_MEDIUM_ILLUSTRATION, ip_name="Pip"), metadata=METADATA)
    assert from_urls.prefix
    from_files = await s.datasets.GenerateCaptionPrefix(dp.GenerateCaptionPrefixRequest(
        images=[PNG], ip_type=cm.IP_TYPE_STYLIZED_SCENE, ip_medium=cm.IP_MEDIUM_PHOTOGRAPHY), metadata=METADATA)
    assert from_files.prefix
    await expect_upstream_error(s.datasets.GenerateCaptionPrefix(dp.GenerateCaptionPrefixRequest(
        images=[PNG, media.png(1024, 1024, text="UNSAFE")], ip_type=cm.IP_TYPE_STYLIZED_SCENE,
        ip_medium=cm.IP_MEDIUM_ILLUSTRATION, content_moderation=True), metadata=METADATA),
        INVALID, "CONTENT_MODERATION_FAILED", 422)
    await expect_upstream_error(s.datasets.GenerateCaptionPrefix(dp.GenerateCaptionPrefixRequest(
        image_urls=[image_url(0, ext="bmp")], ip_type=cm.IP_TYPE_STYLIZED_SCENE,
        ip_medium=cm.IP_MEDIUM_ILLUSTRATION), metadata=METADATA), INVALID, "UNSUPPORTED_MEDIA_TYPE", 415)


@pytest.mark.parametrize("fields, field", [
    pytest.param(dict(image_urls=[image_url()], images=[PNG]), "image_urls", id="urls-and-files"),
    pytest.param(dict(), "image_urls", id="no-images"),
    pytest.param(dict(image_urls=[image_url()], ip_type=cm.IP_TYPE_DEFINED_CHARACTER), "ip_name",
                 id="defined-character-without-ip-name"),
    pytest.param(dict(image_urls=[image_url()], ip_type=cm.IP_TYPE_ICONS), "ip_type", id="unsupported-ip-type"),
    pytest.param(dict(image_urls=[image_url(i) for i in range(7)]), "image_urls", id="seven-images"),
])
async def test_generate_caption_prefix_rules_before_upstream(channel, emulator, fields, field):
    base = dict(ip_type=cm.IP_TYPE_STYLIZED_SCENE, ip_medium=cm.IP_MEDIUM_ILLUSTRATION)
    base.update(fields)
    await expect_invalid_before_upstream(stubs(channel).datasets.GenerateCaptionPrefix(
        dp.GenerateCaptionPrefixRequest(**base), metadata=METADATA), emulator, field)


async def test_generate_visual_schema(channel, emulator):
    s = stubs(channel)
    sources = [cm.ImageSource(data=PNG)] + [cm.ImageSource(url=image_url(i)) for i in range(4)]
    schema = (await s.datasets.GenerateVisualSchema(dp.GenerateVisualSchemaRequest(images=sources),
                                                    metadata=METADATA)).visual_schema
    assert isinstance(json.loads(schema), dict)
    await expect_upstream_error(s.datasets.GenerateVisualSchema(dp.GenerateVisualSchemaRequest(
        images=sources[:4] + [cm.ImageSource(url=image_url(9, ext="gif"))]), metadata=METADATA),
        INVALID, "UNSUPPORTED_MEDIA_TYPE", 415)
    await expect_upstream_error(s.datasets.GenerateVisualSchema(dp.GenerateVisualSchemaRequest(
        images=sources[:4] + [cm.ImageSource(url="https://images.example.com/UNSAFE.png")], content_moderation=True),
        metadata=METADATA), INVALID, "CONTENT_MODERATION_FAILED", 422)
    await expect_invalid_before_upstream(s.datasets.GenerateVisualSchema(
        dp.GenerateVisualSchemaRequest(images=sources[:4]), metadata=METADATA), emulator, "images")


async def test_refine_structured_prompt(channel, emulator):
    s = stubs(channel)
    fibo = await dataset(s, "fibo", images=5)
    refined = await s.datasets.RefineStructuredPrompt(dp.RefineStructuredPromptRequest(
        dataset_id=fibo.id, structured_prompt=SCHEMA, instruction="remove blue from the colours",
        context_images=[cm.ImageSource(url=image_url())]), metadata=METADATA)
    assert isinstance(json.loads(refined.structured_prompt), dict)

    def refine(dataset_id, text=SCHEMA, metadata=METADATA):
        return s.datasets.RefineStructuredPrompt(dp.RefineStructuredPromptRequest(
            dataset_id=dataset_id, structured_prompt=text, instruction="warmer"), metadata=metadata)

    await expect_upstream_error(refine(fibo.id, "{broken"), INVALID, "UPSTREAM_BAD_REQUEST", 400)
    await expect_upstream_error(refine(MISSING), NOT_FOUND, "RESOURCE_NOT_FOUND", 404)
    await expect_upstream_error(refine(fibo.id, metadata=OTHER_METADATA), NOT_FOUND)
    await s.datasets.UpdateDataset(dp.UpdateDatasetRequest(dataset_id=fibo.id, status=dp.DATASET_STATUS_COMPLETED),
                                   metadata=METADATA)
    with pytest.raises(grpc.aio.AioRpcError) as caught:  # completed: the upstream code is undocumented
        await refine(fibo.id)
    assert caught.value.code() in (INVALID, PRECONDITION)
    await expect_invalid_before_upstream(s.datasets.RefineStructuredPrompt(dp.RefineStructuredPromptRequest(
        dataset_id=fibo.id, structured_prompt=SCHEMA, instruction=""), metadata=METADATA), emulator, "instruction")
