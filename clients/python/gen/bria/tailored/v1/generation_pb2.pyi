from tailored_client._pb.bria.tailored.v1 import annotations_pb2 as _annotations_pb2
from tailored_client._pb.bria.tailored.v1 import common_pb2 as _common_pb2
from tailored_client._pb.buf.validate import validate_pb2 as _validate_pb2
from google.api import annotations_pb2 as _annotations_pb2_1
from google.api import field_behavior_pb2 as _field_behavior_pb2
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class GenerateImageRequest(_message.Message):
    __slots__ = ("tailored_model_id", "tailored_model_influence", "prompt", "structured_prompt", "negative_prompt", "guidance_scale", "aspect_ratio", "steps_num", "seed", "sync", "prompt_content_moderation", "visual_output_content_moderation", "webhook_url")
    TAILORED_MODEL_ID_FIELD_NUMBER: _ClassVar[int]
    TAILORED_MODEL_INFLUENCE_FIELD_NUMBER: _ClassVar[int]
    PROMPT_FIELD_NUMBER: _ClassVar[int]
    STRUCTURED_PROMPT_FIELD_NUMBER: _ClassVar[int]
    NEGATIVE_PROMPT_FIELD_NUMBER: _ClassVar[int]
    GUIDANCE_SCALE_FIELD_NUMBER: _ClassVar[int]
    ASPECT_RATIO_FIELD_NUMBER: _ClassVar[int]
    STEPS_NUM_FIELD_NUMBER: _ClassVar[int]
    SEED_FIELD_NUMBER: _ClassVar[int]
    SYNC_FIELD_NUMBER: _ClassVar[int]
    PROMPT_CONTENT_MODERATION_FIELD_NUMBER: _ClassVar[int]
    VISUAL_OUTPUT_CONTENT_MODERATION_FIELD_NUMBER: _ClassVar[int]
    WEBHOOK_URL_FIELD_NUMBER: _ClassVar[int]
    tailored_model_id: int
    tailored_model_influence: float
    prompt: str
    structured_prompt: str
    negative_prompt: str
    guidance_scale: int
    aspect_ratio: _common_pb2.AspectRatio
    steps_num: int
    seed: int
    sync: bool
    prompt_content_moderation: bool
    visual_output_content_moderation: bool
    webhook_url: str
    def __init__(self, tailored_model_id: _Optional[int] = ..., tailored_model_influence: _Optional[float] = ..., prompt: _Optional[str] = ..., structured_prompt: _Optional[str] = ..., negative_prompt: _Optional[str] = ..., guidance_scale: _Optional[int] = ..., aspect_ratio: _Optional[_Union[_common_pb2.AspectRatio, str]] = ..., steps_num: _Optional[int] = ..., seed: _Optional[int] = ..., sync: _Optional[bool] = ..., prompt_content_moderation: _Optional[bool] = ..., visual_output_content_moderation: _Optional[bool] = ..., webhook_url: _Optional[str] = ...) -> None: ...

class ImageResult(_message.Message):
    __slots__ = ("image_url", "seed", "structured_prompt")
    IMAGE_URL_FIELD_NUMBER: _ClassVar[int]
    SEED_FIELD_NUMBER: _ClassVar[int]
    STRUCTURED_PROMPT_FIELD_NUMBER: _ClassVar[int]
    image_url: str
    seed: int
    structured_prompt: str
    def __init__(self, image_url: _Optional[str] = ..., seed: _Optional[int] = ..., structured_prompt: _Optional[str] = ...) -> None: ...

class GenerateImageResponse(_message.Message):
    __slots__ = ("request_id", "status_url", "result", "warning")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    STATUS_URL_FIELD_NUMBER: _ClassVar[int]
    RESULT_FIELD_NUMBER: _ClassVar[int]
    WARNING_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    status_url: str
    result: ImageResult
    warning: str
    def __init__(self, request_id: _Optional[str] = ..., status_url: _Optional[str] = ..., result: _Optional[_Union[ImageResult, _Mapping]] = ..., warning: _Optional[str] = ...) -> None: ...

class GenerateStructuredPromptRequest(_message.Message):
    __slots__ = ("tailored_model_id", "prompt", "structured_prompt", "seed", "sync", "prompt_content_moderation", "webhook_url")
    TAILORED_MODEL_ID_FIELD_NUMBER: _ClassVar[int]
    PROMPT_FIELD_NUMBER: _ClassVar[int]
    STRUCTURED_PROMPT_FIELD_NUMBER: _ClassVar[int]
    SEED_FIELD_NUMBER: _ClassVar[int]
    SYNC_FIELD_NUMBER: _ClassVar[int]
    PROMPT_CONTENT_MODERATION_FIELD_NUMBER: _ClassVar[int]
    WEBHOOK_URL_FIELD_NUMBER: _ClassVar[int]
    tailored_model_id: int
    prompt: str
    structured_prompt: str
    seed: int
    sync: bool
    prompt_content_moderation: bool
    webhook_url: str
    def __init__(self, tailored_model_id: _Optional[int] = ..., prompt: _Optional[str] = ..., structured_prompt: _Optional[str] = ..., seed: _Optional[int] = ..., sync: _Optional[bool] = ..., prompt_content_moderation: _Optional[bool] = ..., webhook_url: _Optional[str] = ...) -> None: ...

class StructuredPromptResult(_message.Message):
    __slots__ = ("structured_prompt", "seed")
    STRUCTURED_PROMPT_FIELD_NUMBER: _ClassVar[int]
    SEED_FIELD_NUMBER: _ClassVar[int]
    structured_prompt: str
    seed: int
    def __init__(self, structured_prompt: _Optional[str] = ..., seed: _Optional[int] = ...) -> None: ...

class GenerateStructuredPromptResponse(_message.Message):
    __slots__ = ("request_id", "status_url", "result", "warning")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    STATUS_URL_FIELD_NUMBER: _ClassVar[int]
    RESULT_FIELD_NUMBER: _ClassVar[int]
    WARNING_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    status_url: str
    result: StructuredPromptResult
    warning: str
    def __init__(self, request_id: _Optional[str] = ..., status_url: _Optional[str] = ..., result: _Optional[_Union[StructuredPromptResult, _Mapping]] = ..., warning: _Optional[str] = ...) -> None: ...

class GenerateVideoRequest(_message.Message):
    __slots__ = ("tailored_model_id", "image", "seed", "webhook_url")
    TAILORED_MODEL_ID_FIELD_NUMBER: _ClassVar[int]
    IMAGE_FIELD_NUMBER: _ClassVar[int]
    SEED_FIELD_NUMBER: _ClassVar[int]
    WEBHOOK_URL_FIELD_NUMBER: _ClassVar[int]
    tailored_model_id: int
    image: _common_pb2.ImageSource
    seed: int
    webhook_url: str
    def __init__(self, tailored_model_id: _Optional[int] = ..., image: _Optional[_Union[_common_pb2.ImageSource, _Mapping]] = ..., seed: _Optional[int] = ..., webhook_url: _Optional[str] = ...) -> None: ...

class GenerateVideoResponse(_message.Message):
    __slots__ = ("request_id", "status_url", "warning")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    STATUS_URL_FIELD_NUMBER: _ClassVar[int]
    WARNING_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    status_url: str
    warning: str
    def __init__(self, request_id: _Optional[str] = ..., status_url: _Optional[str] = ..., warning: _Optional[str] = ...) -> None: ...
