"""Codec: request messages -> upstream JSON, upstream JSON -> response messages."""

from __future__ import annotations

import base64

import pytest
from google.protobuf import descriptor_pb2, descriptor_pool, message_factory, timestamp_pb2, wrappers_pb2

from bria.tailored.v1 import (
    annotations_pb2,
    common_pb2,
    datasets_pb2,
    generation_pb2,
    legacy_generation_pb2,
    models_pb2,
    projects_pb2,
    status_pb2,
)
from gateway.routing.codec import parse_timestamp

PNG = b"\x89PNG\r\n\x1a\n\x00\x01"
PNG_B64 = base64.b64encode(PNG).decode()


def ts(text: str) -> timestamp_pb2.Timestamp:
    out = timestamp_pb2.Timestamp()
    out.FromJsonString(text)
    return out


def _fixture_message():
    """A message the contract does not have: float32 fields, a `(wire_name)` key and a map."""
    F = descriptor_pb2.FieldDescriptorProto
    name = "tests_unit_codec_fixture.proto"
    pool = descriptor_pool.Default()
    try:
        pool.FindFileByName(name)
    except KeyError:
        fdp = descriptor_pb2.FileDescriptorProto(
            name=name, package="codectest", syntax="proto3", dependency=["bria/tailored/v1/annotations.proto"]
        )
        m = fdp.message_type.add(name="Odd")
        f = m.field.add(name="guidance_1", number=1, type=F.TYPE_FLOAT, label=F.LABEL_OPTIONAL)
        f.options.Extensions[annotations_pb2.wire_name] = "guidance-1"
        m.field.add(name="ratios", number=2, type=F.TYPE_FLOAT, label=F.LABEL_REPEATED)
        entry = m.nested_type.add(name="ScoresEntry")
        entry.options.map_entry = True
        entry.field.add(name="key", number=1, type=F.TYPE_STRING, label=F.LABEL_OPTIONAL)
        entry.field.add(name="value", number=2, type=F.TYPE_INT64, label=F.LABEL_OPTIONAL)
        m.field.add(
            name="scores", number=3, type=F.TYPE_MESSAGE, label=F.LABEL_REPEATED, type_name=".codectest.Odd.ScoresEntry"
        )
        pool.Add(fdp)
    return message_factory.GetMessageClass(pool.FindMessageTypeByName("codectest.Odd"))


Odd = _fixture_message()


def _odd(**kwargs):
    scores = kwargs.pop("scores", {})
    msg = Odd(**kwargs)
    msg.scores.update(scores)
    return msg


# ---- encoding ---------------------------------------------------------------------------------
ENCODE = [
    pytest.param(
        projects_pb2.CreateProjectRequest(
            project_name="Mascots",
            ip_medium=common_pb2.IP_MEDIUM_ILLUSTRATION,
            ip_type=common_pb2.IP_TYPE_MULTI_OBJECT_SET,
        ),
        {"project_name": "Mascots", "ip_medium": "illustration", "ip_type": "multi_object_set"},
        id="enums-wire-spelling+optional-unset-not-sent",
    ),
    pytest.param(
        projects_pb2.CreateProjectRequest(project_name="p", project_description=""),
        {"project_name": "p", "project_description": ""},
        id="optional-set-to-empty-is-sent",
    ),
    pytest.param(
        generation_pb2.GenerateImageRequest(
            tailored_model_id=77, prompt="a cat", aspect_ratio=common_pb2.ASPECT_RATIO_16_9, seed=0, sync=False
        ),
        {"tailored_model_id": "77", "prompt": "a cat", "aspect_ratio": "16:9", "seed": 0, "sync": False},
        id="optional-zero-and-false-are-sent",
    ),
    pytest.param(
        datasets_pb2.CreateDatasetRequest(
            project_id=12, name="d", training_version=common_pb2.TRAINING_VERSION_3_2
        ),
        {"project_id": 12, "name": "d", "training_version": "3.2"},
        id="int64-and-enum-3.2",
    ),
    pytest.param(
        models_pb2.CreateModelRequest(dataset_id=4, name="m", training_version=common_pb2.TRAINING_VERSION_3_2),
        {"dataset_id": 4, "name": "m", "training_version": "bria-3.2"},
        id="wire-spelling-override-on-models",
    ),
    pytest.param(
        models_pb2.UploadModelRequest(model_url="https://w.example/a.safetensors", training_version=common_pb2.TRAINING_VERSION_2_3),
        {"model_url": "https://w.example/a.safetensors", "training_version": "bria-2.3"},
        id="wire-spelling-override-on-upload",
    ),
    pytest.param(
        legacy_generation_pb2.ReimagineRequest(prompt="p", tailored_model_id=9007199254740993),
        {"prompt": "p", "tailored_model_id": "9007199254740993"},
        id="wire-string-int64",
    ),
    pytest.param(
        models_pb2.Model(status=models_pb2.MODEL_STATUS_IN_PROGRESS, checkpoint_steps=[100, 200]),
        {"status": "InProgress", "checkpoint_steps": [100, 200]},
        id="InProgress+repeated-int64",
    ),
    pytest.param(
        datasets_pb2.UploadImageRequest(dataset_id=3, file=PNG),
        {"dataset_id": 3, "file": PNG_B64},
        id="bytes-base64",
    ),
    pytest.param(
        datasets_pb2.GenerateCaptionPrefixRequest(images=[PNG, b"xyz"], ip_type=common_pb2.IP_TYPE_ICONS),
        {"images": [PNG_B64, "eHl6"], "ip_type": "icons"},
        id="repeated-bytes-base64",
    ),
    pytest.param(
        generation_pb2.GenerateVideoRequest(
            tailored_model_id=5, image=common_pb2.ImageSource(url="https://img.example/a.png")
        ),
        {"tailored_model_id": "5", "image": "https://img.example/a.png"},
        id="image-source-url-is-one-string",
    ),
    pytest.param(
        generation_pb2.GenerateVideoRequest(tailored_model_id=5, image=common_pb2.ImageSource(data=PNG)),
        {"tailored_model_id": "5", "image": PNG_B64},
        id="image-source-data-is-base64",
    ),
    pytest.param(
        datasets_pb2.GenerateVisualSchemaRequest(
            images=[common_pb2.ImageSource(data=PNG), common_pb2.ImageSource(url="https://x/y.jpg")]
        ),
        {"images": [PNG_B64, "https://x/y.jpg"]},
        id="repeated-image-sources",
    ),
    pytest.param(
        datasets_pb2.GenerateVisualSchemaRequest(images=[common_pb2.ImageSource(), common_pb2.ImageSource(url="u")]),
        {"images": ["u"]},
        id="empty-image-source-dropped",
    ),
    pytest.param(
        models_pb2.UploadModelRequest(
            model_url="https://m/x.safetensors",
            project_parameters=models_pb2.ProjectParameters(
                project_name="p", ip_medium=common_pb2.IP_MEDIUM_PHOTOGRAPHY
            ),
        ),
        {"model_url": "https://m/x.safetensors", "project_parameters": {"project_name": "p", "ip_medium": "photography"}},
        id="nested-message",
    ),
    pytest.param(
        projects_pb2.Project(id=5, created_at=ts("2024-01-02T03:04:05Z")),
        {"id": 5, "created_at": "2024-01-02T03:04:05Z"},
        id="timestamp-rfc3339",
    ),
    pytest.param(
        projects_pb2.Project(created_at=ts("2024-01-02T03:04:05.250Z")),
        {"created_at": "2024-01-02T03:04:05.250Z"},
        id="timestamp-fraction",
    ),
    pytest.param(wrappers_pb2.FloatValue(value=0.1), {"value": 0.1}, id="float32-shortest-decimal"),
    pytest.param(wrappers_pb2.FloatValue(value=1 / 3), {"value": 0.3333333}, id="float32-7-digits"),
    pytest.param(wrappers_pb2.DoubleValue(value=0.1), {"value": 0.1}, id="double-unchanged"),
    pytest.param(_odd(ratios=[0.2, 0.7]), {"ratios": [0.2, 0.7]}, id="repeated-float32"),
    pytest.param(_odd(guidance_1=0.5), {"guidance-1": 0.5}, id="wire-name-option"),
    pytest.param(_odd(scores={"a": 3}), {"scores": {"a": 3}}, id="map"),
    pytest.param(projects_pb2.ListProjectsRequest(), {}, id="empty"),
]


@pytest.mark.parametrize("message, expected", ENCODE)
def test_encode(codec, message, expected):
    assert codec.encode(message) == expected


def test_encode_excludes_fields(codec):
    msg = datasets_pb2.GetDatasetRequest(dataset_id=3, max_images=10)
    assert codec.encode(msg, frozenset({"dataset_id"})) == {"max_images": 10}


def test_encode_float32_exact_when_the_value_is_exact(codec):
    assert codec.encode(wrappers_pb2.FloatValue(value=0.75)) == {"value": 0.75}


# ---- decoding ---------------------------------------------------------------------------------
DECODE = [
    # enums: wire spellings, any casing; unknown spellings leave the field unset
    pytest.param(models_pb2.Model, {"status": "InProgress"}, models_pb2.Model(status=models_pb2.MODEL_STATUS_IN_PROGRESS), id="enum-InProgress"),
    pytest.param(models_pb2.Model, {"status": "inprogress"}, models_pb2.Model(status=models_pb2.MODEL_STATUS_IN_PROGRESS), id="enum-inprogress"),
    pytest.param(models_pb2.Model, {"status": "Completed"}, models_pb2.Model(status=models_pb2.MODEL_STATUS_COMPLETED), id="enum-Completed"),
    pytest.param(models_pb2.Model, {"status": "completed"}, models_pb2.Model(status=models_pb2.MODEL_STATUS_COMPLETED), id="enum-completed"),
    pytest.param(models_pb2.Model, {"status": "SYNCING"}, models_pb2.Model(status=models_pb2.MODEL_STATUS_SYNCING), id="enum-SYNCING"),
    pytest.param(datasets_pb2.Dataset, {"status": "Completed"}, datasets_pb2.Dataset(status=datasets_pb2.DATASET_STATUS_COMPLETED), id="enum-dataset-Completed"),
    pytest.param(status_pb2.GetRequestStatusResponse, {"status": "in_progress"}, status_pb2.GetRequestStatusResponse(status=status_pb2.REQUEST_STATE_IN_PROGRESS), id="enum-in_progress"),
    pytest.param(models_pb2.Model, {"status": "Exploded"}, models_pb2.Model(), id="enum-unknown-skipped"),
    pytest.param(projects_pb2.Project, {"training_version": "fibo"}, projects_pb2.Project(training_version=common_pb2.TRAINING_VERSION_FIBO), id="enum-project-training-version"),
    pytest.param(datasets_pb2.Dataset, {"training_version": "3.2"}, datasets_pb2.Dataset(training_version=common_pb2.TRAINING_VERSION_3_2), id="enum-dataset-3.2"),
    pytest.param(models_pb2.Model, {"training_version": "bria-3.2"}, models_pb2.Model(training_version=common_pb2.TRAINING_VERSION_3_2), id="enum-model-bria-3.2"),
    pytest.param(models_pb2.Model, {"training_version": "2.3"}, models_pb2.Model(training_version=common_pb2.TRAINING_VERSION_2_3), id="enum-model-reads-the-wire-value-too"),
    pytest.param(datasets_pb2.Dataset, {"training_version": "bria-2.3"}, datasets_pb2.Dataset(), id="enum-dataset-does-not-read-the-model-spelling"),
    pytest.param(datasets_pb2.Dataset, {"captions_source": "manual"}, datasets_pb2.Dataset(captions_source=datasets_pb2.CAPTION_SOURCE_MANUAL), id="enum-captions-source"),
    pytest.param(generation_pb2.GenerateImageRequest, {"tailored_model_id": "77"}, generation_pb2.GenerateImageRequest(tailored_model_id=77), id="wire-string-decodes"),
    pytest.param(
        projects_pb2.Project, {"id": 1, "created_at": "2024-05-01T10:20:30Z"},
        projects_pb2.Project(id=1, created_at=ts("2024-05-01T10:20:30Z"), updated_at=ts("2024-05-01T10:20:30Z")),
        id="resource-without-updated_at-was-updated-at-creation",
    ),
    pytest.param(
        projects_pb2.Project, {"created_at": "2024-05-01T10:20:30Z", "updated_at": "2024-06-01T00:00:00Z"},
        projects_pb2.Project(created_at=ts("2024-05-01T10:20:30Z"), updated_at=ts("2024-06-01T00:00:00Z")),
        id="resource-updated_at-kept",
    ),
    pytest.param(projects_pb2.Project, {"ip_type": "DEFINED_CHARACTER"}, projects_pb2.Project(ip_type=common_pb2.IP_TYPE_DEFINED_CHARACTER), id="enum-upper"),
    # int64 from numbers and numeric strings
    pytest.param(projects_pb2.Project, {"id": 12}, projects_pb2.Project(id=12), id="int-number"),
    pytest.param(projects_pb2.Project, {"id": "12"}, projects_pb2.Project(id=12), id="int-string"),
    pytest.param(projects_pb2.Project, {"id": " 12 "}, projects_pb2.Project(id=12), id="int-string-spaces"),
    pytest.param(projects_pb2.Project, {"id": 12.0}, projects_pb2.Project(id=12), id="int-float"),
    pytest.param(projects_pb2.Project, {"id": "9007199254740993"}, projects_pb2.Project(id=9007199254740993), id="int64-beyond-double"),
    pytest.param(projects_pb2.Project, {"id": "abc"}, projects_pb2.Project(), id="int-garbage-skipped"),
    pytest.param(status_pb2.RequestResult, {"seed": "42"}, status_pb2.RequestResult(seed=42), id="seed-as-string"),
    # timestamps: Z, offset, no zone (= UTC) with microseconds, epoch seconds
    pytest.param(models_pb2.Checkpoint, {"created_at": "2024-05-01T10:20:30Z"}, models_pb2.Checkpoint(created_at=ts("2024-05-01T10:20:30Z")), id="ts-Z"),
    pytest.param(models_pb2.Checkpoint, {"created_at": "2024-05-01T12:20:30+02:00"}, models_pb2.Checkpoint(created_at=ts("2024-05-01T10:20:30Z")), id="ts-offset"),
    pytest.param(models_pb2.Checkpoint, {"created_at": "2024-05-01T10:20:30.123456"}, models_pb2.Checkpoint(created_at=ts("2024-05-01T10:20:30.123456Z")), id="ts-naive-micros"),
    pytest.param(models_pb2.Checkpoint, {"created_at": "2024-05-01 10:20:30"}, models_pb2.Checkpoint(created_at=ts("2024-05-01T10:20:30Z")), id="ts-space"),
    pytest.param(models_pb2.Checkpoint, {"created_at": 1714558830}, models_pb2.Checkpoint(created_at=ts("2024-05-01T10:20:30Z")), id="ts-epoch"),
    pytest.param(models_pb2.Checkpoint, {"created_at": "yesterday"}, models_pb2.Checkpoint(), id="ts-garbage-skipped"),
    # bytes, bools, floats
    pytest.param(wrappers_pb2.BytesValue, {"value": PNG_B64}, wrappers_pb2.BytesValue(value=PNG), id="bytes-base64"),
    pytest.param(wrappers_pb2.BoolValue, {"value": "true"}, wrappers_pb2.BoolValue(value=True), id="bool-string"),
    pytest.param(wrappers_pb2.BoolValue, {"value": 1}, wrappers_pb2.BoolValue(value=True), id="bool-number"),
    pytest.param(wrappers_pb2.BoolValue, {"value": "maybe"}, wrappers_pb2.BoolValue(), id="bool-garbage"),
    pytest.param(models_pb2.TrainingParameters, {"learning_rate": "0.0001"}, models_pb2.TrainingParameters(learning_rate=0.0001), id="double-string"),
    pytest.param(Odd, {"guidance-1": 0.25}, _odd(guidance_1=0.25), id="wire-name-key"),
    pytest.param(Odd, {"guidance_1": 0.25}, _odd(), id="proto-name-is-not-the-wire-key"),
    pytest.param(Odd, {"scores": {"a": "7", "b": None}}, _odd(scores={"a": 7}), id="map"),
    # ImageSource from one string
    pytest.param(generation_pb2.GenerateVideoRequest, {"image": "https://img.example/a.png"}, generation_pb2.GenerateVideoRequest(image=common_pb2.ImageSource(url="https://img.example/a.png")), id="image-source-url"),
    pytest.param(generation_pb2.GenerateVideoRequest, {"image": PNG_B64}, generation_pb2.GenerateVideoRequest(image=common_pb2.ImageSource(data=PNG)), id="image-source-base64"),
    pytest.param(generation_pb2.GenerateVideoRequest, {"image": {"url": "x"}}, generation_pb2.GenerateVideoRequest(), id="image-source-not-a-string"),
    # unknown keys, nulls
    pytest.param(projects_pb2.Project, {"id": 1, "brand_new_key": {"x": 1}}, projects_pb2.Project(id=1), id="unknown-keys-ignored"),
    pytest.param(projects_pb2.Project, {"id": None, "project_name": None, "created_at": None}, projects_pb2.Project(), id="nulls-skipped"),
    pytest.param(models_pb2.Model, {"checkpoint_steps": [100, None, "200"]}, models_pb2.Model(checkpoint_steps=[100, 200]), id="null-items-skipped"),
    # nested and repeated messages
    pytest.param(
        models_pb2.Model,
        {"id": "9", "training_parameters": {"learning_rate": 0.0001, "lr_scheduler": "Cosine", "rank": "16"}},
        models_pb2.Model(
            id=9,
            training_parameters=models_pb2.TrainingParameters(
                learning_rate=0.0001, lr_scheduler=models_pb2.LR_SCHEDULER_COSINE, rank=16
            ),
        ),
        id="nested",
    ),
    pytest.param(models_pb2.Model, {"training_parameters": "n/a"}, models_pb2.Model(), id="nested-not-an-object"),
    pytest.param(
        projects_pb2.ListProjectsResponse,
        {"projects": [{"id": 1}, {"id": "2", "status": "active"}]},
        projects_pb2.ListProjectsResponse(
            projects=[projects_pb2.Project(id=1), projects_pb2.Project(id=2, status=projects_pb2.PROJECT_STATUS_ACTIVE)]
        ),
        id="repeated-messages",
    ),
    pytest.param(
        projects_pb2.ListProjectsResponse,
        {"projects": {"id": 1}},
        projects_pb2.ListProjectsResponse(projects=[projects_pb2.Project(id=1)]),
        id="single-object-for-repeated",
    ),
    pytest.param(datasets_pb2.Dataset, {"model_ids": ["1", "2"]}, datasets_pb2.Dataset(model_ids=["1", "2"]), id="repeated-strings"),
    # JSON text fields that arrive parsed are re-encoded as JSON
    pytest.param(datasets_pb2.Dataset, {"visual_schema": {"a": 1, "b": [1, 2]}}, datasets_pb2.Dataset(visual_schema='{"a":1,"b":[1,2]}'), id="json-object-for-string"),
    pytest.param(models_pb2.Model, {"custom_metadata": ["x", {"y": None}]}, models_pb2.Model(custom_metadata='["x",{"y":null}]'), id="json-array-for-string"),
    pytest.param(datasets_pb2.Dataset, {"visual_schema": '{"a": 1}'}, datasets_pb2.Dataset(visual_schema='{"a": 1}'), id="json-text-unchanged"),
]


@pytest.mark.parametrize("cls, data, expected", DECODE)
def test_decode(codec, cls, data, expected):
    assert codec.decode(data, cls) == expected


@pytest.mark.parametrize("data", [None, [], [{"id": 1}], "text", 3])
def test_decode_non_objects_give_an_empty_message(codec, data):
    assert codec.decode(data, projects_pb2.Project) == projects_pb2.Project()


@pytest.mark.parametrize(
    "source",
    [
        common_pb2.ImageSource(url="https://img.example/a.png"),
        common_pb2.ImageSource(url="http://img.example/a.png"),
        common_pb2.ImageSource(data=PNG),
    ],
    ids=["https", "http", "data"],
)
def test_image_source_round_trip(codec, source):
    request = generation_pb2.GenerateVideoRequest(image=source)
    wire = codec.encode(request)
    assert isinstance(wire["image"], str)
    assert codec.decode(wire, generation_pb2.GenerateVideoRequest) == request


def test_enum_round_trip_for_every_wire_value(codec):
    for value in models_pb2.ModelStatus.DESCRIPTOR.values[1:]:
        msg = models_pb2.Model(status=value.number)
        assert codec.decode(codec.encode(msg), models_pb2.Model) == msg


@pytest.mark.parametrize(
    "raw, iso",
    [
        ("2024-05-01T10:20:30Z", "2024-05-01T10:20:30Z"),
        ("2024-05-01T10:20:30.5+00:00", "2024-05-01T10:20:30.500Z"),
        ("2024-05-01T05:20:30-05:00", "2024-05-01T10:20:30Z"),
        ("2024-05-01T10:20:30.000001", "2024-05-01T10:20:30.000001Z"),
        ("2024-05-01", "2024-05-01T00:00:00Z"),
    ],
)
def test_parse_timestamp(raw, iso):
    assert parse_timestamp(raw).ToJsonString() == iso
