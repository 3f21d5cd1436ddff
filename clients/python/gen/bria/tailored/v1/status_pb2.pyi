from tailored_client._pb.bria.tailored.v1 import annotations_pb2 as _annotations_pb2
from tailored_client._pb.buf.validate import validate_pb2 as _validate_pb2
from google.api import annotations_pb2 as _annotations_pb2_1
from google.api import field_behavior_pb2 as _field_behavior_pb2
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class RequestState(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    REQUEST_STATE_UNSPECIFIED: _ClassVar[RequestState]
    REQUEST_STATE_IN_PROGRESS: _ClassVar[RequestState]
    REQUEST_STATE_COMPLETED: _ClassVar[RequestState]
    REQUEST_STATE_ERROR: _ClassVar[RequestState]
    REQUEST_STATE_UNKNOWN: _ClassVar[RequestState]
    REQUEST_STATE_FAILED: _ClassVar[RequestState]
REQUEST_STATE_UNSPECIFIED: RequestState
REQUEST_STATE_IN_PROGRESS: RequestState
REQUEST_STATE_COMPLETED: RequestState
REQUEST_STATE_ERROR: RequestState
REQUEST_STATE_UNKNOWN: RequestState
REQUEST_STATE_FAILED: RequestState

class GetRequestStatusRequest(_message.Message):
    __slots__ = ("request_id",)
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    def __init__(self, request_id: _Optional[str] = ...) -> None: ...

class RequestResult(_message.Message):
    __slots__ = ("image_url", "video_url", "seed", "prompt", "refined_prompt", "structured_prompt")
    IMAGE_URL_FIELD_NUMBER: _ClassVar[int]
    VIDEO_URL_FIELD_NUMBER: _ClassVar[int]
    SEED_FIELD_NUMBER: _ClassVar[int]
    PROMPT_FIELD_NUMBER: _ClassVar[int]
    REFINED_PROMPT_FIELD_NUMBER: _ClassVar[int]
    STRUCTURED_PROMPT_FIELD_NUMBER: _ClassVar[int]
    image_url: str
    video_url: str
    seed: int
    prompt: str
    refined_prompt: str
    structured_prompt: str
    def __init__(self, image_url: _Optional[str] = ..., video_url: _Optional[str] = ..., seed: _Optional[int] = ..., prompt: _Optional[str] = ..., refined_prompt: _Optional[str] = ..., structured_prompt: _Optional[str] = ...) -> None: ...

class RequestError(_message.Message):
    __slots__ = ("code", "message", "details")
    CODE_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_FIELD_NUMBER: _ClassVar[int]
    DETAILS_FIELD_NUMBER: _ClassVar[int]
    code: int
    message: str
    details: str
    def __init__(self, code: _Optional[int] = ..., message: _Optional[str] = ..., details: _Optional[str] = ...) -> None: ...

class GetRequestStatusResponse(_message.Message):
    __slots__ = ("status", "request_id", "result", "error")
    STATUS_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    RESULT_FIELD_NUMBER: _ClassVar[int]
    ERROR_FIELD_NUMBER: _ClassVar[int]
    status: RequestState
    request_id: str
    result: RequestResult
    error: RequestError
    def __init__(self, status: _Optional[_Union[RequestState, str]] = ..., request_id: _Optional[str] = ..., result: _Optional[_Union[RequestResult, _Mapping]] = ..., error: _Optional[_Union[RequestError, _Mapping]] = ...) -> None: ...
