from tailored_client._pb.bria.tailored.v1 import annotations_pb2 as _annotations_pb2
from tailored_client._pb.bria.tailored.v1 import common_pb2 as _common_pb2
from tailored_client._pb.buf.validate import validate_pb2 as _validate_pb2
from google.api import annotations_pb2 as _annotations_pb2_1
from google.api import field_behavior_pb2 as _field_behavior_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class GuidanceMethod(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    GUIDANCE_METHOD_UNSPECIFIED: _ClassVar[GuidanceMethod]
    GUIDANCE_METHOD_CONTROLNET_CANNY: _ClassVar[GuidanceMethod]
    GUIDANCE_METHOD_CONTROLNET_DEPTH: _ClassVar[GuidanceMethod]
    GUIDANCE_METHOD_CONTROLNET_RECOLORING: _ClassVar[GuidanceMethod]
    GUIDANCE_METHOD_CONTROLNET_COLOR_GRID: _ClassVar[GuidanceMethod]

class ImagePromptMode(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    IMAGE_PROMPT_MODE_UNSPECIFIED: _ClassVar[ImagePromptMode]
    IMAGE_PROMPT_MODE_REGULAR: _ClassVar[ImagePromptMode]
    IMAGE_PROMPT_MODE_STYLE_ONLY: _ClassVar[ImagePromptMode]
GUIDANCE_METHOD_UNSPECIFIED: GuidanceMethod
GUIDANCE_METHOD_CONTROLNET_CANNY: GuidanceMethod
GUIDANCE_METHOD_CONTROLNET_DEPTH: GuidanceMethod
GUIDANCE_METHOD_CONTROLNET_RECOLORING: GuidanceMethod
GUIDANCE_METHOD_CONTROLNET_COLOR_GRID: GuidanceMethod
IMAGE_PROMPT_MODE_UNSPECIFIED: ImagePromptMode
IMAGE_PROMPT_MODE_REGULAR: ImagePromptMode
IMAGE_PROMPT_MODE_STYLE_ONLY: ImagePromptMode

class GenerationItem(_message.Message):
    __slots__ = ("urls", "seed", "uuid", "blocked", "error_code", "description")
    URLS_FIELD_NUMBER: _ClassVar[int]
    SEED_FIELD_NUMBER: _ClassVar[int]
    UUID_FIELD_NUMBER: _ClassVar[int]
    BLOCKED_FIELD_NUMBER: _ClassVar[int]
    ERROR_CODE_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    urls: _containers.RepeatedScalarFieldContainer[str]
    seed: int
    uuid: str
    blocked: bool
    error_code: int
    description: str
    def __init__(self, urls: _Optional[_Iterable[str]] = ..., seed: _Optional[int] = ..., uuid: _Optional[str] = ..., blocked: _Optional[bool] = ..., error_code: _Optional[int] = ..., description: _Optional[str] = ...) -> None: ...

class TextToImageRequest(_message.Message):
    __slots__ = ("model_id", "prompt", "num_results", "aspect_ratio", "sync", "fast", "seed", "steps_num", "model_influence", "include_generation_prefix", "faces_refiner", "content_moderation", "guidance_method_1", "guidance_method_1_scale", "guidance_method_1_image_file", "guidance_method_2", "guidance_method_2_scale", "guidance_method_2_image_file", "image_prompt_mode", "image_prompt_file", "image_prompt_urls", "image_prompt_scale", "negative_prompt", "prompt_enhancement")
    MODEL_ID_FIELD_NUMBER: _ClassVar[int]
    PROMPT_FIELD_NUMBER: _ClassVar[int]
    NUM_RESULTS_FIELD_NUMBER: _ClassVar[int]
    ASPECT_RATIO_FIELD_NUMBER: _ClassVar[int]
    SYNC_FIELD_NUMBER: _ClassVar[int]
    FAST_FIELD_NUMBER: _ClassVar[int]
    SEED_FIELD_NUMBER: _ClassVar[int]
    STEPS_NUM_FIELD_NUMBER: _ClassVar[int]
    MODEL_INFLUENCE_FIELD_NUMBER: _ClassVar[int]
    INCLUDE_GENERATION_PREFIX_FIELD_NUMBER: _ClassVar[int]
    FACES_REFINER_FIELD_NUMBER: _ClassVar[int]
    CONTENT_MODERATION_FIELD_NUMBER: _ClassVar[int]
    GUIDANCE_METHOD_1_FIELD_NUMBER: _ClassVar[int]
    GUIDANCE_METHOD_1_SCALE_FIELD_NUMBER: _ClassVar[int]
    GUIDANCE_METHOD_1_IMAGE_FILE_FIELD_NUMBER: _ClassVar[int]
    GUIDANCE_METHOD_2_FIELD_NUMBER: _ClassVar[int]
    GUIDANCE_METHOD_2_SCALE_FIELD_NUMBER: _ClassVar[int]
    GUIDANCE_METHOD_2_IMAGE_FILE_FIELD_NUMBER: _ClassVar[int]
    IMAGE_PROMPT_MODE_FIELD_NUMBER: _ClassVar[int]
    IMAGE_PROMPT_FILE_FIELD_NUMBER: _ClassVar[int]
    IMAGE_PROMPT_URLS_FIELD_NUMBER: _ClassVar[int]
    IMAGE_PROMPT_SCALE_FIELD_NUMBER: _ClassVar[int]
    NEGATIVE_PROMPT_FIELD_NUMBER: _ClassVar[int]
    PROMPT_ENHANCEMENT_FIELD_NUMBER: _ClassVar[int]
    model_id: int
    prompt: str
    num_results: int
    aspect_ratio: _common_pb2.AspectRatio
    sync: bool
    fast: bool
    seed: int
    steps_num: int
    model_influence: float
    include_generation_prefix: bool
    faces_refiner: bool
    content_moderation: bool
    guidance_method_1: GuidanceMethod
    guidance_method_1_scale: float
    guidance_method_1_image_file: bytes
    guidance_method_2: GuidanceMethod
    guidance_method_2_scale: float
    guidance_method_2_image_file: bytes
    image_prompt_mode: ImagePromptMode
    image_prompt_file: bytes
    image_prompt_urls: _containers.RepeatedScalarFieldContainer[str]
    image_prompt_scale: float
    negative_prompt: str
    prompt_enhancement: bool
    def __init__(self, model_id: _Optional[int] = ..., prompt: _Optional[str] = ..., num_results: _Optional[int] = ..., aspect_ratio: _Optional[_Union[_common_pb2.AspectRatio, str]] = ..., sync: _Optional[bool] = ..., fast: _Optional[bool] = ..., seed: _Optional[int] = ..., steps_num: _Optional[int] = ..., model_influence: _Optional[float] = ..., include_generation_prefix: _Optional[bool] = ..., faces_refiner: _Optional[bool] = ..., content_moderation: _Optional[bool] = ..., guidance_method_1: _Optional[_Union[GuidanceMethod, str]] = ..., guidance_method_1_scale: _Optional[float] = ..., guidance_method_1_image_file: _Optional[bytes] = ..., guidance_method_2: _Optional[_Union[GuidanceMethod, str]] = ..., guidance_method_2_scale: _Optional[float] = ..., guidance_method_2_image_file: _Optional[bytes] = ..., image_prompt_mode: _Optional[_Union[ImagePromptMode, str]] = ..., image_prompt_file: _Optional[bytes] = ..., image_prompt_urls: _Optional[_Iterable[str]] = ..., image_prompt_scale: _Optional[float] = ..., negative_prompt: _Optional[str] = ..., prompt_enhancement: _Optional[bool] = ...) -> None: ...

class TextToImageResponse(_message.Message):
    __slots__ = ("result", "warning")
    RESULT_FIELD_NUMBER: _ClassVar[int]
    WARNING_FIELD_NUMBER: _ClassVar[int]
    result: _containers.RepeatedCompositeFieldContainer[GenerationItem]
    warning: str
    def __init__(self, result: _Optional[_Iterable[_Union[GenerationItem, _Mapping]]] = ..., warning: _Optional[str] = ...) -> None: ...

class TextToImageAtCheckpointRequest(_message.Message):
    __slots__ = ("model_id", "checkpoint_step", "prompt", "num_results", "aspect_ratio", "sync", "fast", "seed", "steps_num", "model_influence", "include_generation_prefix", "faces_refiner", "content_moderation", "guidance_method_1", "guidance_method_1_scale", "guidance_method_1_image_file", "guidance_method_2", "guidance_method_2_scale", "guidance_method_2_image_file", "image_prompt_mode", "image_prompt_file", "image_prompt_urls", "image_prompt_scale", "negative_prompt", "prompt_enhancement")
    MODEL_ID_FIELD_NUMBER: _ClassVar[int]
    CHECKPOINT_STEP_FIELD_NUMBER: _ClassVar[int]
    PROMPT_FIELD_NUMBER: _ClassVar[int]
    NUM_RESULTS_FIELD_NUMBER: _ClassVar[int]
    ASPECT_RATIO_FIELD_NUMBER: _ClassVar[int]
    SYNC_FIELD_NUMBER: _ClassVar[int]
    FAST_FIELD_NUMBER: _ClassVar[int]
    SEED_FIELD_NUMBER: _ClassVar[int]
    STEPS_NUM_FIELD_NUMBER: _ClassVar[int]
    MODEL_INFLUENCE_FIELD_NUMBER: _ClassVar[int]
    INCLUDE_GENERATION_PREFIX_FIELD_NUMBER: _ClassVar[int]
    FACES_REFINER_FIELD_NUMBER: _ClassVar[int]
    CONTENT_MODERATION_FIELD_NUMBER: _ClassVar[int]
    GUIDANCE_METHOD_1_FIELD_NUMBER: _ClassVar[int]
    GUIDANCE_METHOD_1_SCALE_FIELD_NUMBER: _ClassVar[int]
    GUIDANCE_METHOD_1_IMAGE_FILE_FIELD_NUMBER: _ClassVar[int]
    GUIDANCE_METHOD_2_FIELD_NUMBER: _ClassVar[int]
    GUIDANCE_METHOD_2_SCALE_FIELD_NUMBER: _ClassVar[int]
    GUIDANCE_METHOD_2_IMAGE_FILE_FIELD_NUMBER: _ClassVar[int]
    IMAGE_PROMPT_MODE_FIELD_NUMBER: _ClassVar[int]
    IMAGE_PROMPT_FILE_FIELD_NUMBER: _ClassVar[int]
    IMAGE_PROMPT_URLS_FIELD_NUMBER: _ClassVar[int]
    IMAGE_PROMPT_SCALE_FIELD_NUMBER: _ClassVar[int]
    NEGATIVE_PROMPT_FIELD_NUMBER: _ClassVar[int]
    PROMPT_ENHANCEMENT_FIELD_NUMBER: _ClassVar[int]
    model_id: int
    checkpoint_step: int
    prompt: str
    num_results: int
    aspect_ratio: _common_pb2.AspectRatio
    sync: bool
    fast: bool
    seed: int
    steps_num: int
    model_influence: float
    include_generation_prefix: bool
    faces_refiner: bool
    content_moderation: bool
    guidance_method_1: GuidanceMethod
    guidance_method_1_scale: float
    guidance_method_1_image_file: bytes
    guidance_method_2: GuidanceMethod
    guidance_method_2_scale: float
    guidance_method_2_image_file: bytes
    image_prompt_mode: ImagePromptMode
    image_prompt_file: bytes
    image_prompt_urls: _containers.RepeatedScalarFieldContainer[str]
    image_prompt_scale: float
    negative_prompt: str
    prompt_enhancement: bool
    def __init__(self, model_id: _Optional[int] = ..., checkpoint_step: _Optional[int] = ..., prompt: _Optional[str] = ..., num_results: _Optional[int] = ..., aspect_ratio: _Optional[_Union[_common_pb2.AspectRatio, str]] = ..., sync: _Optional[bool] = ..., fast: _Optional[bool] = ..., seed: _Optional[int] = ..., steps_num: _Optional[int] = ..., model_influence: _Optional[float] = ..., include_generation_prefix: _Optional[bool] = ..., faces_refiner: _Optional[bool] = ..., content_moderation: _Optional[bool] = ..., guidance_method_1: _Optional[_Union[GuidanceMethod, str]] = ..., guidance_method_1_scale: _Optional[float] = ..., guidance_method_1_image_file: _Optional[bytes] = ..., guidance_method_2: _Optional[_Union[GuidanceMethod, str]] = ..., guidance_method_2_scale: _Optional[float] = ..., guidance_method_2_image_file: _Optional[bytes] = ..., image_prompt_mode: _Optional[_Union[ImagePromptMode, str]] = ..., image_prompt_file: _Optional[bytes] = ..., image_prompt_urls: _Optional[_Iterable[str]] = ..., image_prompt_scale: _Optional[float] = ..., negative_prompt: _Optional[str] = ..., prompt_enhancement: _Optional[bool] = ...) -> None: ...

class TextToImageAtCheckpointResponse(_message.Message):
    __slots__ = ("result", "warning")
    RESULT_FIELD_NUMBER: _ClassVar[int]
    WARNING_FIELD_NUMBER: _ClassVar[int]
    result: _containers.RepeatedCompositeFieldContainer[GenerationItem]
    warning: str
    def __init__(self, result: _Optional[_Iterable[_Union[GenerationItem, _Mapping]]] = ..., warning: _Optional[str] = ...) -> None: ...

class TextToVectorRequest(_message.Message):
    __slots__ = ("model_id", "prompt", "num_results", "aspect_ratio", "sync", "fast", "seed", "steps_num", "model_influence", "include_generation_prefix", "content_moderation", "guidance_method_1", "guidance_method_1_scale", "guidance_method_1_image_file", "guidance_method_2", "guidance_method_2_scale", "guidance_method_2_image_file", "image_prompt_mode", "image_prompt_file", "image_prompt_urls", "image_prompt_scale", "negative_prompt", "prompt_enhancement")
    MODEL_ID_FIELD_NUMBER: _ClassVar[int]
    PROMPT_FIELD_NUMBER: _ClassVar[int]
    NUM_RESULTS_FIELD_NUMBER: _ClassVar[int]
    ASPECT_RATIO_FIELD_NUMBER: _ClassVar[int]
    SYNC_FIELD_NUMBER: _ClassVar[int]
    FAST_FIELD_NUMBER: _ClassVar[int]
    SEED_FIELD_NUMBER: _ClassVar[int]
    STEPS_NUM_FIELD_NUMBER: _ClassVar[int]
    MODEL_INFLUENCE_FIELD_NUMBER: _ClassVar[int]
    INCLUDE_GENERATION_PREFIX_FIELD_NUMBER: _ClassVar[int]
    CONTENT_MODERATION_FIELD_NUMBER: _ClassVar[int]
    GUIDANCE_METHOD_1_FIELD_NUMBER: _ClassVar[int]
    GUIDANCE_METHOD_1_SCALE_FIELD_NUMBER: _ClassVar[int]
    GUIDANCE_METHOD_1_IMAGE_FILE_FIELD_NUMBER: _ClassVar[int]
    GUIDANCE_METHOD_2_FIELD_NUMBER: _ClassVar[int]
    GUIDANCE_METHOD_2_SCALE_FIELD_NUMBER: _ClassVar[int]
    GUIDANCE_METHOD_2_IMAGE_FILE_FIELD_NUMBER: _ClassVar[int]
    IMAGE_PROMPT_MODE_FIELD_NUMBER: _ClassVar[int]
    IMAGE_PROMPT_FILE_FIELD_NUMBER: _ClassVar[int]
    IMAGE_PROMPT_URLS_FIELD_NUMBER: _ClassVar[int]
    IMAGE_PROMPT_SCALE_FIELD_NUMBER: _ClassVar[int]
    NEGATIVE_PROMPT_FIELD_NUMBER: _ClassVar[int]
    PROMPT_ENHANCEMENT_FIELD_NUMBER: _ClassVar[int]
    model_id: int
    prompt: str
    num_results: int
    aspect_ratio: _common_pb2.AspectRatio
    sync: bool
    fast: bool
    seed: int
    steps_num: int
    model_influence: float
    include_generation_prefix: bool
    content_moderation: bool
    guidance_method_1: GuidanceMethod
    guidance_method_1_scale: float
    guidance_method_1_image_file: bytes
    guidance_method_2: GuidanceMethod
    guidance_method_2_scale: float
    guidance_method_2_image_file: bytes
    image_prompt_mode: ImagePromptMode
    image_prompt_file: bytes
    image_prompt_urls: _containers.RepeatedScalarFieldContainer[str]
    image_prompt_scale: float
    negative_prompt: str
    prompt_enhancement: bool
    def __init__(self, model_id: _Optional[int] = ..., prompt: _Optional[str] = ..., num_results: _Optional[int] = ..., aspect_ratio: _Optional[_Union[_common_pb2.AspectRatio, str]] = ..., sync: _Optional[bool] = ..., fast: _Optional[bool] = ..., seed: _Optional[int] = ..., steps_num: _Optional[int] = ..., model_influence: _Optional[float] = ..., include_generation_prefix: _Optional[bool] = ..., content_moderation: _Optional[bool] = ..., guidance_method_1: _Optional[_Union[GuidanceMethod, str]] = ..., guidance_method_1_scale: _Optional[float] = ..., guidance_method_1_image_file: _Optional[bytes] = ..., guidance_method_2: _Optional[_Union[GuidanceMethod, str]] = ..., guidance_method_2_scale: _Optional[float] = ..., guidance_method_2_image_file: _Optional[bytes] = ..., image_prompt_mode: _Optional[_Union[ImagePromptMode, str]] = ..., image_prompt_file: _Optional[bytes] = ..., image_prompt_urls: _Optional[_Iterable[str]] = ..., image_prompt_scale: _Optional[float] = ..., negative_prompt: _Optional[str] = ..., prompt_enhancement: _Optional[bool] = ...) -> None: ...

class TextToVectorResponse(_message.Message):
    __slots__ = ("result", "warning")
    RESULT_FIELD_NUMBER: _ClassVar[int]
    WARNING_FIELD_NUMBER: _ClassVar[int]
    result: _containers.RepeatedCompositeFieldContainer[GenerationItem]
    warning: str
    def __init__(self, result: _Optional[_Iterable[_Union[GenerationItem, _Mapping]]] = ..., warning: _Optional[str] = ...) -> None: ...

class TextToVectorAtCheckpointRequest(_message.Message):
    __slots__ = ("model_id", "checkpoint_step", "prompt", "num_results", "aspect_ratio", "sync", "fast", "seed", "steps_num", "model_influence", "include_generation_prefix", "content_moderation", "guidance_method_1", "guidance_method_1_scale", "guidance_method_1_image_file", "guidance_method_2", "guidance_method_2_scale", "guidance_method_2_image_file", "image_prompt_mode", "image_prompt_file", "image_prompt_urls", "image_prompt_scale", "negative_prompt", "prompt_enhancement")
    MODEL_ID_FIELD_NUMBER: _ClassVar[int]
    CHECKPOINT_STEP_FIELD_NUMBER: _ClassVar[int]
    PROMPT_FIELD_NUMBER: _ClassVar[int]
    NUM_RESULTS_FIELD_NUMBER: _ClassVar[int]
    ASPECT_RATIO_FIELD_NUMBER: _ClassVar[int]
    SYNC_FIELD_NUMBER: _ClassVar[int]
    FAST_FIELD_NUMBER: _ClassVar[int]
    SEED_FIELD_NUMBER: _ClassVar[int]
    STEPS_NUM_FIELD_NUMBER: _ClassVar[int]
    MODEL_INFLUENCE_FIELD_NUMBER: _ClassVar[int]
    INCLUDE_GENERATION_PREFIX_FIELD_NUMBER: _ClassVar[int]
    CONTENT_MODERATION_FIELD_NUMBER: _ClassVar[int]
    GUIDANCE_METHOD_1_FIELD_NUMBER: _ClassVar[int]
    GUIDANCE_METHOD_1_SCALE_FIELD_NUMBER: _ClassVar[int]
    GUIDANCE_METHOD_1_IMAGE_FILE_FIELD_NUMBER: _ClassVar[int]
    GUIDANCE_METHOD_2_FIELD_NUMBER: _ClassVar[int]
    GUIDANCE_METHOD_2_SCALE_FIELD_NUMBER: _ClassVar[int]
    GUIDANCE_METHOD_2_IMAGE_FILE_FIELD_NUMBER: _ClassVar[int]
    IMAGE_PROMPT_MODE_FIELD_NUMBER: _ClassVar[int]
    IMAGE_PROMPT_FILE_FIELD_NUMBER: _ClassVar[int]
    IMAGE_PROMPT_URLS_FIELD_NUMBER: _ClassVar[int]
    IMAGE_PROMPT_SCALE_FIELD_NUMBER: _ClassVar[int]
    NEGATIVE_PROMPT_FIELD_NUMBER: _ClassVar[int]
    PROMPT_ENHANCEMENT_FIELD_NUMBER: _ClassVar[int]
    model_id: int
    checkpoint_step: int
    prompt: str
    num_results: int
    aspect_ratio: _common_pb2.AspectRatio
    sync: bool
    fast: bool
    seed: int
    steps_num: int
    model_influence: float
    include_generation_prefix: bool
    content_moderation: bool
    guidance_method_1: GuidanceMethod
    guidance_method_1_scale: float
    guidance_method_1_image_file: bytes
    guidance_method_2: GuidanceMethod
    guidance_method_2_scale: float
    guidance_method_2_image_file: bytes
    image_prompt_mode: ImagePromptMode
    image_prompt_file: bytes
    image_prompt_urls: _containers.RepeatedScalarFieldContainer[str]
    image_prompt_scale: float
    negative_prompt: str
    prompt_enhancement: bool
    def __init__(self, model_id: _Optional[int] = ..., checkpoint_step: _Optional[int] = ..., prompt: _Optional[str] = ..., num_results: _Optional[int] = ..., aspect_ratio: _Optional[_Union[_common_pb2.AspectRatio, str]] = ..., sync: _Optional[bool] = ..., fast: _Optional[bool] = ..., seed: _Optional[int] = ..., steps_num: _Optional[int] = ..., model_influence: _Optional[float] = ..., include_generation_prefix: _Optional[bool] = ..., content_moderation: _Optional[bool] = ..., guidance_method_1: _Optional[_Union[GuidanceMethod, str]] = ..., guidance_method_1_scale: _Optional[float] = ..., guidance_method_1_image_file: _Optional[bytes] = ..., guidance_method_2: _Optional[_Union[GuidanceMethod, str]] = ..., guidance_method_2_scale: _Optional[float] = ..., guidance_method_2_image_file: _Optional[bytes] = ..., image_prompt_mode: _Optional[_Union[ImagePromptMode, str]] = ..., image_prompt_file: _Optional[bytes] = ..., image_prompt_urls: _Optional[_Iterable[str]] = ..., image_prompt_scale: _Optional[float] = ..., negative_prompt: _Optional[str] = ..., prompt_enhancement: _Optional[bool] = ...) -> None: ...

class TextToVectorAtCheckpointResponse(_message.Message):
    __slots__ = ("result", "warning")
    RESULT_FIELD_NUMBER: _ClassVar[int]
    WARNING_FIELD_NUMBER: _ClassVar[int]
    result: _containers.RepeatedCompositeFieldContainer[GenerationItem]
    warning: str
    def __init__(self, result: _Optional[_Iterable[_Union[GenerationItem, _Mapping]]] = ..., warning: _Optional[str] = ...) -> None: ...

class RestylePortraitRequest(_message.Message):
    __slots__ = ("id_image_url", "id_image_file", "tailored_model_id", "tailored_model_influence", "id_strength", "steps_num", "enhance_image", "content_moderation", "sync", "seed")
    ID_IMAGE_URL_FIELD_NUMBER: _ClassVar[int]
    ID_IMAGE_FILE_FIELD_NUMBER: _ClassVar[int]
    TAILORED_MODEL_ID_FIELD_NUMBER: _ClassVar[int]
    TAILORED_MODEL_INFLUENCE_FIELD_NUMBER: _ClassVar[int]
    ID_STRENGTH_FIELD_NUMBER: _ClassVar[int]
    STEPS_NUM_FIELD_NUMBER: _ClassVar[int]
    ENHANCE_IMAGE_FIELD_NUMBER: _ClassVar[int]
    CONTENT_MODERATION_FIELD_NUMBER: _ClassVar[int]
    SYNC_FIELD_NUMBER: _ClassVar[int]
    SEED_FIELD_NUMBER: _ClassVar[int]
    id_image_url: str
    id_image_file: bytes
    tailored_model_id: int
    tailored_model_influence: float
    id_strength: float
    steps_num: int
    enhance_image: bool
    content_moderation: bool
    sync: bool
    seed: int
    def __init__(self, id_image_url: _Optional[str] = ..., id_image_file: _Optional[bytes] = ..., tailored_model_id: _Optional[int] = ..., tailored_model_influence: _Optional[float] = ..., id_strength: _Optional[float] = ..., steps_num: _Optional[int] = ..., enhance_image: _Optional[bool] = ..., content_moderation: _Optional[bool] = ..., sync: _Optional[bool] = ..., seed: _Optional[int] = ...) -> None: ...

class RestyledImage(_message.Message):
    __slots__ = ("image_url", "blocked", "error_code", "description")
    IMAGE_URL_FIELD_NUMBER: _ClassVar[int]
    BLOCKED_FIELD_NUMBER: _ClassVar[int]
    ERROR_CODE_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    image_url: str
    blocked: bool
    error_code: int
    description: str
    def __init__(self, image_url: _Optional[str] = ..., blocked: _Optional[bool] = ..., error_code: _Optional[int] = ..., description: _Optional[str] = ...) -> None: ...

class RestylePortraitResponse(_message.Message):
    __slots__ = ("result", "image_res")
    RESULT_FIELD_NUMBER: _ClassVar[int]
    IMAGE_RES_FIELD_NUMBER: _ClassVar[int]
    result: _containers.RepeatedCompositeFieldContainer[RestyledImage]
    image_res: str
    def __init__(self, result: _Optional[_Iterable[_Union[RestyledImage, _Mapping]]] = ..., image_res: _Optional[str] = ...) -> None: ...

class ReimagineRequest(_message.Message):
    __slots__ = ("prompt", "structure_image_url", "structure_image_file", "structure_ref_influence", "num_results", "sync", "fast", "seed", "steps_num", "enhance_image", "content_moderation", "prompt_content_moderation", "ip_signal", "tailored_model_id", "tailored_model_influence", "tailored_checkpoint_step", "include_generation_prefix")
    PROMPT_FIELD_NUMBER: _ClassVar[int]
    STRUCTURE_IMAGE_URL_FIELD_NUMBER: _ClassVar[int]
    STRUCTURE_IMAGE_FILE_FIELD_NUMBER: _ClassVar[int]
    STRUCTURE_REF_INFLUENCE_FIELD_NUMBER: _ClassVar[int]
    NUM_RESULTS_FIELD_NUMBER: _ClassVar[int]
    SYNC_FIELD_NUMBER: _ClassVar[int]
    FAST_FIELD_NUMBER: _ClassVar[int]
    SEED_FIELD_NUMBER: _ClassVar[int]
    STEPS_NUM_FIELD_NUMBER: _ClassVar[int]
    ENHANCE_IMAGE_FIELD_NUMBER: _ClassVar[int]
    CONTENT_MODERATION_FIELD_NUMBER: _ClassVar[int]
    PROMPT_CONTENT_MODERATION_FIELD_NUMBER: _ClassVar[int]
    IP_SIGNAL_FIELD_NUMBER: _ClassVar[int]
    TAILORED_MODEL_ID_FIELD_NUMBER: _ClassVar[int]
    TAILORED_MODEL_INFLUENCE_FIELD_NUMBER: _ClassVar[int]
    TAILORED_CHECKPOINT_STEP_FIELD_NUMBER: _ClassVar[int]
    INCLUDE_GENERATION_PREFIX_FIELD_NUMBER: _ClassVar[int]
    prompt: str
    structure_image_url: str
    structure_image_file: bytes
    structure_ref_influence: float
    num_results: int
    sync: bool
    fast: bool
    seed: int
    steps_num: int
    enhance_image: bool
    content_moderation: bool
    prompt_content_moderation: bool
    ip_signal: bool
    tailored_model_id: int
    tailored_model_influence: float
    tailored_checkpoint_step: int
    include_generation_prefix: bool
    def __init__(self, prompt: _Optional[str] = ..., structure_image_url: _Optional[str] = ..., structure_image_file: _Optional[bytes] = ..., structure_ref_influence: _Optional[float] = ..., num_results: _Optional[int] = ..., sync: _Optional[bool] = ..., fast: _Optional[bool] = ..., seed: _Optional[int] = ..., steps_num: _Optional[int] = ..., enhance_image: _Optional[bool] = ..., content_moderation: _Optional[bool] = ..., prompt_content_moderation: _Optional[bool] = ..., ip_signal: _Optional[bool] = ..., tailored_model_id: _Optional[int] = ..., tailored_model_influence: _Optional[float] = ..., tailored_checkpoint_step: _Optional[int] = ..., include_generation_prefix: _Optional[bool] = ...) -> None: ...

class ReimagineResponse(_message.Message):
    __slots__ = ("result", "warning")
    RESULT_FIELD_NUMBER: _ClassVar[int]
    WARNING_FIELD_NUMBER: _ClassVar[int]
    result: _containers.RepeatedCompositeFieldContainer[GenerationItem]
    warning: str
    def __init__(self, result: _Optional[_Iterable[_Union[GenerationItem, _Mapping]]] = ..., warning: _Optional[str] = ...) -> None: ...

class ReimagineTailoredRequest(_message.Message):
    __slots__ = ("model_id", "prompt", "structure_image_url", "structure_image_file", "structure_ref_influence", "num_results", "sync", "fast", "seed", "steps_num", "enhance_image", "content_moderation", "prompt_content_moderation", "ip_signal", "tailored_model_influence", "tailored_checkpoint_step", "include_generation_prefix")
    MODEL_ID_FIELD_NUMBER: _ClassVar[int]
    PROMPT_FIELD_NUMBER: _ClassVar[int]
    STRUCTURE_IMAGE_URL_FIELD_NUMBER: _ClassVar[int]
    STRUCTURE_IMAGE_FILE_FIELD_NUMBER: _ClassVar[int]
    STRUCTURE_REF_INFLUENCE_FIELD_NUMBER: _ClassVar[int]
    NUM_RESULTS_FIELD_NUMBER: _ClassVar[int]
    SYNC_FIELD_NUMBER: _ClassVar[int]
    FAST_FIELD_NUMBER: _ClassVar[int]
    SEED_FIELD_NUMBER: _ClassVar[int]
    STEPS_NUM_FIELD_NUMBER: _ClassVar[int]
    ENHANCE_IMAGE_FIELD_NUMBER: _ClassVar[int]
    CONTENT_MODERATION_FIELD_NUMBER: _ClassVar[int]
    PROMPT_CONTENT_MODERATION_FIELD_NUMBER: _ClassVar[int]
    IP_SIGNAL_FIELD_NUMBER: _ClassVar[int]
    TAILORED_MODEL_INFLUENCE_FIELD_NUMBER: _ClassVar[int]
    TAILORED_CHECKPOINT_STEP_FIELD_NUMBER: _ClassVar[int]
    INCLUDE_GENERATION_PREFIX_FIELD_NUMBER: _ClassVar[int]
    model_id: int
    prompt: str
    structure_image_url: str
    structure_image_file: bytes
    structure_ref_influence: float
    num_results: int
    sync: bool
    fast: bool
    seed: int
    steps_num: int
    enhance_image: bool
    content_moderation: bool
    prompt_content_moderation: bool
    ip_signal: bool
    tailored_model_influence: float
    tailored_checkpoint_step: int
    include_generation_prefix: bool
    def __init__(self, model_id: _Optional[int] = ..., prompt: _Optional[str] = ..., structure_image_url: _Optional[str] = ..., structure_image_file: _Optional[bytes] = ..., structure_ref_influence: _Optional[float] = ..., num_results: _Optional[int] = ..., sync: _Optional[bool] = ..., fast: _Optional[bool] = ..., seed: _Optional[int] = ..., steps_num: _Optional[int] = ..., enhance_image: _Optional[bool] = ..., content_moderation: _Optional[bool] = ..., prompt_content_moderation: _Optional[bool] = ..., ip_signal: _Optional[bool] = ..., tailored_model_influence: _Optional[float] = ..., tailored_checkpoint_step: _Optional[int] = ..., include_generation_prefix: _Optional[bool] = ...) -> None: ...

class ReimagineTailoredResponse(_message.Message):
    __slots__ = ("result", "warning")
    RESULT_FIELD_NUMBER: _ClassVar[int]
    WARNING_FIELD_NUMBER: _ClassVar[int]
    result: _containers.RepeatedCompositeFieldContainer[GenerationItem]
    warning: str
    def __init__(self, result: _Optional[_Iterable[_Union[GenerationItem, _Mapping]]] = ..., warning: _Optional[str] = ...) -> None: ...
