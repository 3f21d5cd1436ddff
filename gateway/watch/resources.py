"""What each Watch RPC follows: for every resource kind, the key that identifies it, how one
poll reads its state (through the same route table as the unary RPCs), what the state looks
like in the response message, and which states are terminal."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Awaitable, Callable, Protocol

from google.protobuf.message import Message

from bria.tailored.v1 import datasets_pb2, models_pb2, status_pb2, watch_pb2

M, D, S, W = models_pb2, datasets_pb2, status_pb2, watch_pb2

GET_MODEL = "/bria.tailored.v1.ModelService/GetModel"
GET_DATASET = "/bria.tailored.v1.DatasetService/GetDataset"
GET_BULK = "/bria.tailored.v1.DatasetService/GetBulkUploadStatus"
GET_STATUS = "/bria.tailored.v1.StatusService/GetRequestStatus"


class Source(Protocol):
    """How a poll reaches the upstream (implemented by the poller's fetcher)."""

    async def get(self, full_method: str, request: Message, token: str) -> Message: ...

    async def probe(self, url: str) -> int: ...  # a FileState for one placeholder URL


@dataclass(frozen=True)
class Kind:
    """One kind of watched resource. `read` returns the state as a response message holding
    only the state fields (no terminal flag, token or timestamp)."""

    name: str
    response_cls: type
    read: Callable[[tuple, str, Source, Message | None], Awaitable[Message]]
    terminal: Callable[[Message], bool]
    route: str = ""  # the upstream RPC a poll makes ("" for v1 files, which are not API calls)


@dataclass(frozen=True, slots=True)
class Target:
    """A concrete watched resource: its kind and the key the upstream knows it by."""

    kind: Kind
    key: tuple[Any, ...]


_MODEL_DONE = frozenset({M.MODEL_STATUS_COMPLETED, M.MODEL_STATUS_FAILED, M.MODEL_STATUS_STOPPED, M.MODEL_STATUS_DELETED})
_CAPTIONS_DONE = frozenset({D.CAPTIONS_UPDATE_STATUS_COMPLETED, D.CAPTIONS_UPDATE_STATUS_EMPTY})
_BULK_DONE = frozenset({D.BULK_UPLOAD_STATE_COMPLETED, D.BULK_UPLOAD_STATE_FAILED})
_JOB_DONE = frozenset({S.REQUEST_STATE_COMPLETED, S.REQUEST_STATE_ERROR, S.REQUEST_STATE_UNKNOWN, S.REQUEST_STATE_FAILED})
_FILE_DONE = frozenset({W.FILE_STATE_READY, W.FILE_STATE_BLOCKED})


async def _read_model(key, token, source, previous):
    # The single-model GET carries training parameters and checkpoint steps (only the list
    # calls need `include_training_parameters`; GetModelRequest has no such field).
    reply = await source.get(GET_MODEL, M.GetModelRequest(model_id=key[0]), token)
    return W.WatchModelTrainingResponse(model=reply.model)


async def _read_captions(key, token, source, previous):
    reply = await source.get(GET_DATASET, D.GetDatasetRequest(dataset_id=key[0], max_images=1), token)
    reply.dataset.ClearField("images")
    return W.WatchCaptionsResponse(dataset=reply.dataset)


async def _read_bulk(key, token, source, previous):
    reply = await source.get(GET_BULK, D.GetBulkUploadStatusRequest(dataset_id=key[0]), token)
    return W.WatchBulkUploadResponse(status=reply.status)


async def _read_v2_job(key, token, source, previous):
    reply = await source.get(GET_STATUS, S.GetRequestStatusRequest(request_id=key[0]), token)
    return W.WatchJobResponse(status=reply)


async def _read_v1_job(key, token, source, previous):
    """One ranged GET per placeholder that is still pending; ready or blocked files are final."""
    known = list(previous.files) if previous is not None else []
    files = []
    for i, url in enumerate(key):
        state = known[i].state if i < len(known) else W.FILE_STATE_PENDING
        if state not in _FILE_DONE:
            state = await source.probe(url)
        files.append(W.PlaceholderFile(url=url, state=state))
    return W.WatchJobResponse(files=files)


MODEL = Kind(
    "model", W.WatchModelTrainingResponse, _read_model, lambda m: m.model.status in _MODEL_DONE, GET_MODEL
)
CAPTIONS = Kind(
    "captions",
    W.WatchCaptionsResponse,
    _read_captions,
    lambda m: m.dataset.captions_update_status in _CAPTIONS_DONE,
    GET_DATASET,
)
BULK = Kind("bulk_upload", W.WatchBulkUploadResponse, _read_bulk, lambda m: m.status.status in _BULK_DONE, GET_BULK)
V2_JOB = Kind("v2_job", W.WatchJobResponse, _read_v2_job, lambda m: m.status.status in _JOB_DONE, GET_STATUS)
V1_JOB = Kind("v1_job", W.WatchJobResponse, _read_v1_job, lambda m: all(f.state in _FILE_DONE for f in m.files))


def target(request: Message) -> Target:
    """The watched resource a Watch request names."""
    if isinstance(request, W.WatchModelTrainingRequest):
        return Target(MODEL, (request.model_id,))
    if isinstance(request, W.WatchCaptionsRequest):
        return Target(CAPTIONS, (request.dataset_id,))
    if isinstance(request, W.WatchBulkUploadRequest):
        return Target(BULK, (request.dataset_id,))
    if request.WhichOneof("job") == "request_id":
        return Target(V2_JOB, (request.request_id,))
    return Target(V1_JOB, tuple(request.placeholders.urls))


def file_state(status: int, length: int) -> int:
    """The SDK's rule for a `Range: bytes=0-0` probe: 200/206 with bytes → ready; 200/206 with
    zero bytes, or 416 → blocked by moderation; anything else → not ready yet."""
    if status in (200, 206):
        return W.FILE_STATE_READY if length > 0 else W.FILE_STATE_BLOCKED
    if status == 416:
        return W.FILE_STATE_BLOCKED
    return W.FILE_STATE_PENDING
