import datetime

from tailored_client._pb.bria.tailored.v1 import datasets_pb2 as _datasets_pb2
from tailored_client._pb.bria.tailored.v1 import models_pb2 as _models_pb2
from tailored_client._pb.bria.tailored.v1 import status_pb2 as _status_pb2
from tailored_client._pb.buf.validate import validate_pb2 as _validate_pb2
from google.api import field_behavior_pb2 as _field_behavior_pb2
from google.protobuf import timestamp_pb2 as _timestamp_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class FileState(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    FILE_STATE_UNSPECIFIED: _ClassVar[FileState]
    FILE_STATE_PENDING: _ClassVar[FileState]
    FILE_STATE_READY: _ClassVar[FileState]
    FILE_STATE_BLOCKED: _ClassVar[FileState]
FILE_STATE_UNSPECIFIED: FileState
FILE_STATE_PENDING: FileState
FILE_STATE_READY: FileState
FILE_STATE_BLOCKED: FileState

class WatchModelTrainingRequest(_message.Message):
    __slots__ = ("model_id", "resume_token")
    MODEL_ID_FIELD_NUMBER: _ClassVar[int]
    RESUME_TOKEN_FIELD_NUMBER: _ClassVar[int]
    model_id: int
    resume_token: str
    def __init__(self, model_id: _Optional[int] = ..., resume_token: _Optional[str] = ...) -> None: ...

class WatchModelTrainingResponse(_message.Message):
    __slots__ = ("model", "terminal", "resume_token", "observed_at")
    MODEL_FIELD_NUMBER: _ClassVar[int]
    TERMINAL_FIELD_NUMBER: _ClassVar[int]
    RESUME_TOKEN_FIELD_NUMBER: _ClassVar[int]
    OBSERVED_AT_FIELD_NUMBER: _ClassVar[int]
    model: _models_pb2.Model
    terminal: bool
    resume_token: str
    observed_at: _timestamp_pb2.Timestamp
    def __init__(self, model: _Optional[_Union[_models_pb2.Model, _Mapping]] = ..., terminal: _Optional[bool] = ..., resume_token: _Optional[str] = ..., observed_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class WatchCaptionsRequest(_message.Message):
    __slots__ = ("dataset_id", "resume_token")
    DATASET_ID_FIELD_NUMBER: _ClassVar[int]
    RESUME_TOKEN_FIELD_NUMBER: _ClassVar[int]
    dataset_id: int
    resume_token: str
    def __init__(self, dataset_id: _Optional[int] = ..., resume_token: _Optional[str] = ...) -> None: ...

class WatchCaptionsResponse(_message.Message):
    __slots__ = ("dataset", "terminal", "resume_token", "observed_at")
    DATASET_FIELD_NUMBER: _ClassVar[int]
    TERMINAL_FIELD_NUMBER: _ClassVar[int]
    RESUME_TOKEN_FIELD_NUMBER: _ClassVar[int]
    OBSERVED_AT_FIELD_NUMBER: _ClassVar[int]
    dataset: _datasets_pb2.Dataset
    terminal: bool
    resume_token: str
    observed_at: _timestamp_pb2.Timestamp
    def __init__(self, dataset: _Optional[_Union[_datasets_pb2.Dataset, _Mapping]] = ..., terminal: _Optional[bool] = ..., resume_token: _Optional[str] = ..., observed_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class WatchBulkUploadRequest(_message.Message):
    __slots__ = ("dataset_id", "resume_token")
    DATASET_ID_FIELD_NUMBER: _ClassVar[int]
    RESUME_TOKEN_FIELD_NUMBER: _ClassVar[int]
    dataset_id: int
    resume_token: str
    def __init__(self, dataset_id: _Optional[int] = ..., resume_token: _Optional[str] = ...) -> None: ...

class WatchBulkUploadResponse(_message.Message):
    __slots__ = ("status", "terminal", "resume_token", "observed_at")
    STATUS_FIELD_NUMBER: _ClassVar[int]
    TERMINAL_FIELD_NUMBER: _ClassVar[int]
    RESUME_TOKEN_FIELD_NUMBER: _ClassVar[int]
    OBSERVED_AT_FIELD_NUMBER: _ClassVar[int]
    status: _datasets_pb2.BulkUploadStatus
    terminal: bool
    resume_token: str
    observed_at: _timestamp_pb2.Timestamp
    def __init__(self, status: _Optional[_Union[_datasets_pb2.BulkUploadStatus, _Mapping]] = ..., terminal: _Optional[bool] = ..., resume_token: _Optional[str] = ..., observed_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class PlaceholderUrls(_message.Message):
    __slots__ = ("urls",)
    URLS_FIELD_NUMBER: _ClassVar[int]
    urls: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, urls: _Optional[_Iterable[str]] = ...) -> None: ...

class WatchJobRequest(_message.Message):
    __slots__ = ("request_id", "placeholders", "resume_token")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    PLACEHOLDERS_FIELD_NUMBER: _ClassVar[int]
    RESUME_TOKEN_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    placeholders: PlaceholderUrls
    resume_token: str
    def __init__(self, request_id: _Optional[str] = ..., placeholders: _Optional[_Union[PlaceholderUrls, _Mapping]] = ..., resume_token: _Optional[str] = ...) -> None: ...

class PlaceholderFile(_message.Message):
    __slots__ = ("url", "state")
    URL_FIELD_NUMBER: _ClassVar[int]
    STATE_FIELD_NUMBER: _ClassVar[int]
    url: str
    state: FileState
    def __init__(self, url: _Optional[str] = ..., state: _Optional[_Union[FileState, str]] = ...) -> None: ...

class WatchJobResponse(_message.Message):
    __slots__ = ("status", "files", "terminal", "resume_token", "observed_at")
    STATUS_FIELD_NUMBER: _ClassVar[int]
    FILES_FIELD_NUMBER: _ClassVar[int]
    TERMINAL_FIELD_NUMBER: _ClassVar[int]
    RESUME_TOKEN_FIELD_NUMBER: _ClassVar[int]
    OBSERVED_AT_FIELD_NUMBER: _ClassVar[int]
    status: _status_pb2.GetRequestStatusResponse
    files: _containers.RepeatedCompositeFieldContainer[PlaceholderFile]
    terminal: bool
    resume_token: str
    observed_at: _timestamp_pb2.Timestamp
    def __init__(self, status: _Optional[_Union[_status_pb2.GetRequestStatusResponse, _Mapping]] = ..., files: _Optional[_Iterable[_Union[PlaceholderFile, _Mapping]]] = ..., terminal: _Optional[bool] = ..., resume_token: _Optional[str] = ..., observed_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...
