import datetime

from tailored_client._pb.bria.tailored.v1 import annotations_pb2 as _annotations_pb2
from tailored_client._pb.bria.tailored.v1 import common_pb2 as _common_pb2
from tailored_client._pb.bria.tailored.v1 import models_pb2 as _models_pb2
from tailored_client._pb.buf.validate import validate_pb2 as _validate_pb2
from google.api import annotations_pb2 as _annotations_pb2_1
from google.api import field_behavior_pb2 as _field_behavior_pb2
from google.protobuf import timestamp_pb2 as _timestamp_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class DatasetStatus(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    DATASET_STATUS_UNSPECIFIED: _ClassVar[DatasetStatus]
    DATASET_STATUS_DRAFT: _ClassVar[DatasetStatus]
    DATASET_STATUS_COMPLETED: _ClassVar[DatasetStatus]

class CaptionsUpdateStatus(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    CAPTIONS_UPDATE_STATUS_UNSPECIFIED: _ClassVar[CaptionsUpdateStatus]
    CAPTIONS_UPDATE_STATUS_EMPTY: _ClassVar[CaptionsUpdateStatus]
    CAPTIONS_UPDATE_STATUS_IN_PROGRESS: _ClassVar[CaptionsUpdateStatus]
    CAPTIONS_UPDATE_STATUS_COMPLETED: _ClassVar[CaptionsUpdateStatus]

class UploadType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    UPLOAD_TYPE_UNSPECIFIED: _ClassVar[UploadType]
    UPLOAD_TYPE_BASIC: _ClassVar[UploadType]
    UPLOAD_TYPE_ADVANCED: _ClassVar[UploadType]

class CaptionSource(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    CAPTION_SOURCE_UNSPECIFIED: _ClassVar[CaptionSource]
    CAPTION_SOURCE_AUTOMATIC: _ClassVar[CaptionSource]
    CAPTION_SOURCE_MANUAL: _ClassVar[CaptionSource]
    CAPTION_SOURCE_UNKNOWN: _ClassVar[CaptionSource]
    CAPTION_SOURCE_PENDING: _ClassVar[CaptionSource]

class BulkUploadState(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    BULK_UPLOAD_STATE_UNSPECIFIED: _ClassVar[BulkUploadState]
    BULK_UPLOAD_STATE_PENDING: _ClassVar[BulkUploadState]
    BULK_UPLOAD_STATE_PROCESSING: _ClassVar[BulkUploadState]
    BULK_UPLOAD_STATE_COMPLETED: _ClassVar[BulkUploadState]
    BULK_UPLOAD_STATE_FAILED: _ClassVar[BulkUploadState]
DATASET_STATUS_UNSPECIFIED: DatasetStatus
DATASET_STATUS_DRAFT: DatasetStatus
DATASET_STATUS_COMPLETED: DatasetStatus
CAPTIONS_UPDATE_STATUS_UNSPECIFIED: CaptionsUpdateStatus
CAPTIONS_UPDATE_STATUS_EMPTY: CaptionsUpdateStatus
CAPTIONS_UPDATE_STATUS_IN_PROGRESS: CaptionsUpdateStatus
CAPTIONS_UPDATE_STATUS_COMPLETED: CaptionsUpdateStatus
UPLOAD_TYPE_UNSPECIFIED: UploadType
UPLOAD_TYPE_BASIC: UploadType
UPLOAD_TYPE_ADVANCED: UploadType
CAPTION_SOURCE_UNSPECIFIED: CaptionSource
CAPTION_SOURCE_AUTOMATIC: CaptionSource
CAPTION_SOURCE_MANUAL: CaptionSource
CAPTION_SOURCE_UNKNOWN: CaptionSource
CAPTION_SOURCE_PENDING: CaptionSource
BULK_UPLOAD_STATE_UNSPECIFIED: BulkUploadState
BULK_UPLOAD_STATE_PENDING: BulkUploadState
BULK_UPLOAD_STATE_PROCESSING: BulkUploadState
BULK_UPLOAD_STATE_COMPLETED: BulkUploadState
BULK_UPLOAD_STATE_FAILED: BulkUploadState

class Dataset(_message.Message):
    __slots__ = ("id", "project_id", "name", "caption_prefix", "visual_schema", "training_version", "status", "captions_update_status", "upload_type", "captions_source", "images_count", "images", "models", "model_ids", "description", "created_at", "updated_at")
    ID_FIELD_NUMBER: _ClassVar[int]
    PROJECT_ID_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    CAPTION_PREFIX_FIELD_NUMBER: _ClassVar[int]
    VISUAL_SCHEMA_FIELD_NUMBER: _ClassVar[int]
    TRAINING_VERSION_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    CAPTIONS_UPDATE_STATUS_FIELD_NUMBER: _ClassVar[int]
    UPLOAD_TYPE_FIELD_NUMBER: _ClassVar[int]
    CAPTIONS_SOURCE_FIELD_NUMBER: _ClassVar[int]
    IMAGES_COUNT_FIELD_NUMBER: _ClassVar[int]
    IMAGES_FIELD_NUMBER: _ClassVar[int]
    MODELS_FIELD_NUMBER: _ClassVar[int]
    MODEL_IDS_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_FIELD_NUMBER: _ClassVar[int]
    UPDATED_AT_FIELD_NUMBER: _ClassVar[int]
    id: int
    project_id: int
    name: str
    caption_prefix: str
    visual_schema: str
    training_version: _common_pb2.TrainingVersion
    status: DatasetStatus
    captions_update_status: CaptionsUpdateStatus
    upload_type: UploadType
    captions_source: CaptionSource
    images_count: int
    images: _containers.RepeatedCompositeFieldContainer[Image]
    models: _containers.RepeatedCompositeFieldContainer[_models_pb2.Model]
    model_ids: _containers.RepeatedScalarFieldContainer[str]
    description: str
    created_at: _timestamp_pb2.Timestamp
    updated_at: _timestamp_pb2.Timestamp
    def __init__(self, id: _Optional[int] = ..., project_id: _Optional[int] = ..., name: _Optional[str] = ..., caption_prefix: _Optional[str] = ..., visual_schema: _Optional[str] = ..., training_version: _Optional[_Union[_common_pb2.TrainingVersion, str]] = ..., status: _Optional[_Union[DatasetStatus, str]] = ..., captions_update_status: _Optional[_Union[CaptionsUpdateStatus, str]] = ..., upload_type: _Optional[_Union[UploadType, str]] = ..., captions_source: _Optional[_Union[CaptionSource, str]] = ..., images_count: _Optional[int] = ..., images: _Optional[_Iterable[_Union[Image, _Mapping]]] = ..., models: _Optional[_Iterable[_Union[_models_pb2.Model, _Mapping]]] = ..., model_ids: _Optional[_Iterable[str]] = ..., description: _Optional[str] = ..., created_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., updated_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class Image(_message.Message):
    __slots__ = ("id", "dataset_id", "caption", "caption_source", "upload_source_url", "image_name", "image_url", "thumbnail_url", "created_at", "updated_at")
    ID_FIELD_NUMBER: _ClassVar[int]
    DATASET_ID_FIELD_NUMBER: _ClassVar[int]
    CAPTION_FIELD_NUMBER: _ClassVar[int]
    CAPTION_SOURCE_FIELD_NUMBER: _ClassVar[int]
    UPLOAD_SOURCE_URL_FIELD_NUMBER: _ClassVar[int]
    IMAGE_NAME_FIELD_NUMBER: _ClassVar[int]
    IMAGE_URL_FIELD_NUMBER: _ClassVar[int]
    THUMBNAIL_URL_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_FIELD_NUMBER: _ClassVar[int]
    UPDATED_AT_FIELD_NUMBER: _ClassVar[int]
    id: int
    dataset_id: int
    caption: str
    caption_source: CaptionSource
    upload_source_url: str
    image_name: str
    image_url: str
    thumbnail_url: str
    created_at: _timestamp_pb2.Timestamp
    updated_at: _timestamp_pb2.Timestamp
    def __init__(self, id: _Optional[int] = ..., dataset_id: _Optional[int] = ..., caption: _Optional[str] = ..., caption_source: _Optional[_Union[CaptionSource, str]] = ..., upload_source_url: _Optional[str] = ..., image_name: _Optional[str] = ..., image_url: _Optional[str] = ..., thumbnail_url: _Optional[str] = ..., created_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., updated_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class BulkUploadStatus(_message.Message):
    __slots__ = ("status", "progress_percentage", "total_processed", "done", "failed", "failed_images")
    STATUS_FIELD_NUMBER: _ClassVar[int]
    PROGRESS_PERCENTAGE_FIELD_NUMBER: _ClassVar[int]
    TOTAL_PROCESSED_FIELD_NUMBER: _ClassVar[int]
    DONE_FIELD_NUMBER: _ClassVar[int]
    FAILED_FIELD_NUMBER: _ClassVar[int]
    FAILED_IMAGES_FIELD_NUMBER: _ClassVar[int]
    status: BulkUploadState
    progress_percentage: int
    total_processed: int
    done: int
    failed: int
    failed_images: _containers.RepeatedCompositeFieldContainer[FailedImage]
    def __init__(self, status: _Optional[_Union[BulkUploadState, str]] = ..., progress_percentage: _Optional[int] = ..., total_processed: _Optional[int] = ..., done: _Optional[int] = ..., failed: _Optional[int] = ..., failed_images: _Optional[_Iterable[_Union[FailedImage, _Mapping]]] = ...) -> None: ...

class FailedImage(_message.Message):
    __slots__ = ("filename", "error_code", "error_message")
    FILENAME_FIELD_NUMBER: _ClassVar[int]
    ERROR_CODE_FIELD_NUMBER: _ClassVar[int]
    ERROR_MESSAGE_FIELD_NUMBER: _ClassVar[int]
    filename: str
    error_code: int
    error_message: str
    def __init__(self, filename: _Optional[str] = ..., error_code: _Optional[int] = ..., error_message: _Optional[str] = ...) -> None: ...

class CreateDatasetRequest(_message.Message):
    __slots__ = ("project_id", "name", "upload_type", "training_version")
    PROJECT_ID_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    UPLOAD_TYPE_FIELD_NUMBER: _ClassVar[int]
    TRAINING_VERSION_FIELD_NUMBER: _ClassVar[int]
    project_id: int
    name: str
    upload_type: UploadType
    training_version: _common_pb2.TrainingVersion
    def __init__(self, project_id: _Optional[int] = ..., name: _Optional[str] = ..., upload_type: _Optional[_Union[UploadType, str]] = ..., training_version: _Optional[_Union[_common_pb2.TrainingVersion, str]] = ...) -> None: ...

class CreateDatasetResponse(_message.Message):
    __slots__ = ("dataset",)
    DATASET_FIELD_NUMBER: _ClassVar[int]
    dataset: Dataset
    def __init__(self, dataset: _Optional[_Union[Dataset, _Mapping]] = ...) -> None: ...

class ListDatasetsRequest(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class ListDatasetsResponse(_message.Message):
    __slots__ = ("datasets",)
    DATASETS_FIELD_NUMBER: _ClassVar[int]
    datasets: _containers.RepeatedCompositeFieldContainer[Dataset]
    def __init__(self, datasets: _Optional[_Iterable[_Union[Dataset, _Mapping]]] = ...) -> None: ...

class ListProjectDatasetsRequest(_message.Message):
    __slots__ = ("project_id", "include_models", "include_models_ids")
    PROJECT_ID_FIELD_NUMBER: _ClassVar[int]
    INCLUDE_MODELS_FIELD_NUMBER: _ClassVar[int]
    INCLUDE_MODELS_IDS_FIELD_NUMBER: _ClassVar[int]
    project_id: int
    include_models: bool
    include_models_ids: bool
    def __init__(self, project_id: _Optional[int] = ..., include_models: _Optional[bool] = ..., include_models_ids: _Optional[bool] = ...) -> None: ...

class ListProjectDatasetsResponse(_message.Message):
    __slots__ = ("datasets",)
    DATASETS_FIELD_NUMBER: _ClassVar[int]
    datasets: _containers.RepeatedCompositeFieldContainer[Dataset]
    def __init__(self, datasets: _Optional[_Iterable[_Union[Dataset, _Mapping]]] = ...) -> None: ...

class GetDatasetRequest(_message.Message):
    __slots__ = ("dataset_id", "max_images")
    DATASET_ID_FIELD_NUMBER: _ClassVar[int]
    MAX_IMAGES_FIELD_NUMBER: _ClassVar[int]
    dataset_id: int
    max_images: int
    def __init__(self, dataset_id: _Optional[int] = ..., max_images: _Optional[int] = ...) -> None: ...

class GetDatasetResponse(_message.Message):
    __slots__ = ("dataset",)
    DATASET_FIELD_NUMBER: _ClassVar[int]
    dataset: Dataset
    def __init__(self, dataset: _Optional[_Union[Dataset, _Mapping]] = ...) -> None: ...

class UpdateDatasetRequest(_message.Message):
    __slots__ = ("dataset_id", "name", "caption_prefix", "visual_schema", "status")
    DATASET_ID_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    CAPTION_PREFIX_FIELD_NUMBER: _ClassVar[int]
    VISUAL_SCHEMA_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    dataset_id: int
    name: str
    caption_prefix: str
    visual_schema: str
    status: DatasetStatus
    def __init__(self, dataset_id: _Optional[int] = ..., name: _Optional[str] = ..., caption_prefix: _Optional[str] = ..., visual_schema: _Optional[str] = ..., status: _Optional[_Union[DatasetStatus, str]] = ...) -> None: ...

class UpdateDatasetResponse(_message.Message):
    __slots__ = ("dataset",)
    DATASET_FIELD_NUMBER: _ClassVar[int]
    dataset: Dataset
    def __init__(self, dataset: _Optional[_Union[Dataset, _Mapping]] = ...) -> None: ...

class DeleteDatasetRequest(_message.Message):
    __slots__ = ("dataset_id",)
    DATASET_ID_FIELD_NUMBER: _ClassVar[int]
    dataset_id: int
    def __init__(self, dataset_id: _Optional[int] = ...) -> None: ...

class DeleteDatasetResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class CloneDatasetRequest(_message.Message):
    __slots__ = ("dataset_id", "name", "description")
    DATASET_ID_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    dataset_id: int
    name: str
    description: str
    def __init__(self, dataset_id: _Optional[int] = ..., name: _Optional[str] = ..., description: _Optional[str] = ...) -> None: ...

class CloneDatasetResponse(_message.Message):
    __slots__ = ("dataset",)
    DATASET_FIELD_NUMBER: _ClassVar[int]
    dataset: Dataset
    def __init__(self, dataset: _Optional[_Union[Dataset, _Mapping]] = ...) -> None: ...

class UploadImageRequest(_message.Message):
    __slots__ = ("dataset_id", "file", "image_url", "image_name", "increase_resolution", "content_moderation")
    DATASET_ID_FIELD_NUMBER: _ClassVar[int]
    FILE_FIELD_NUMBER: _ClassVar[int]
    IMAGE_URL_FIELD_NUMBER: _ClassVar[int]
    IMAGE_NAME_FIELD_NUMBER: _ClassVar[int]
    INCREASE_RESOLUTION_FIELD_NUMBER: _ClassVar[int]
    CONTENT_MODERATION_FIELD_NUMBER: _ClassVar[int]
    dataset_id: int
    file: bytes
    image_url: str
    image_name: str
    increase_resolution: bool
    content_moderation: bool
    def __init__(self, dataset_id: _Optional[int] = ..., file: _Optional[bytes] = ..., image_url: _Optional[str] = ..., image_name: _Optional[str] = ..., increase_resolution: _Optional[bool] = ..., content_moderation: _Optional[bool] = ...) -> None: ...

class UploadImageResponse(_message.Message):
    __slots__ = ("image",)
    IMAGE_FIELD_NUMBER: _ClassVar[int]
    image: Image
    def __init__(self, image: _Optional[_Union[Image, _Mapping]] = ...) -> None: ...

class ListImagesRequest(_message.Message):
    __slots__ = ("dataset_id",)
    DATASET_ID_FIELD_NUMBER: _ClassVar[int]
    dataset_id: int
    def __init__(self, dataset_id: _Optional[int] = ...) -> None: ...

class ListImagesResponse(_message.Message):
    __slots__ = ("images",)
    IMAGES_FIELD_NUMBER: _ClassVar[int]
    images: _containers.RepeatedCompositeFieldContainer[Image]
    def __init__(self, images: _Optional[_Iterable[_Union[Image, _Mapping]]] = ...) -> None: ...

class RegenerateCaptionsRequest(_message.Message):
    __slots__ = ("dataset_id",)
    DATASET_ID_FIELD_NUMBER: _ClassVar[int]
    dataset_id: int
    def __init__(self, dataset_id: _Optional[int] = ...) -> None: ...

class RegenerateCaptionsResponse(_message.Message):
    __slots__ = ("dataset",)
    DATASET_FIELD_NUMBER: _ClassVar[int]
    dataset: Dataset
    def __init__(self, dataset: _Optional[_Union[Dataset, _Mapping]] = ...) -> None: ...

class GetImageRequest(_message.Message):
    __slots__ = ("dataset_id", "image_id")
    DATASET_ID_FIELD_NUMBER: _ClassVar[int]
    IMAGE_ID_FIELD_NUMBER: _ClassVar[int]
    dataset_id: int
    image_id: int
    def __init__(self, dataset_id: _Optional[int] = ..., image_id: _Optional[int] = ...) -> None: ...

class GetImageResponse(_message.Message):
    __slots__ = ("image",)
    IMAGE_FIELD_NUMBER: _ClassVar[int]
    image: Image
    def __init__(self, image: _Optional[_Union[Image, _Mapping]] = ...) -> None: ...

class UpdateImageRequest(_message.Message):
    __slots__ = ("dataset_id", "image_id", "caption", "regenerate_caption")
    DATASET_ID_FIELD_NUMBER: _ClassVar[int]
    IMAGE_ID_FIELD_NUMBER: _ClassVar[int]
    CAPTION_FIELD_NUMBER: _ClassVar[int]
    REGENERATE_CAPTION_FIELD_NUMBER: _ClassVar[int]
    dataset_id: int
    image_id: int
    caption: str
    regenerate_caption: bool
    def __init__(self, dataset_id: _Optional[int] = ..., image_id: _Optional[int] = ..., caption: _Optional[str] = ..., regenerate_caption: _Optional[bool] = ...) -> None: ...

class UpdateImageResponse(_message.Message):
    __slots__ = ("image",)
    IMAGE_FIELD_NUMBER: _ClassVar[int]
    image: Image
    def __init__(self, image: _Optional[_Union[Image, _Mapping]] = ...) -> None: ...

class DeleteImageRequest(_message.Message):
    __slots__ = ("dataset_id", "image_id")
    DATASET_ID_FIELD_NUMBER: _ClassVar[int]
    IMAGE_ID_FIELD_NUMBER: _ClassVar[int]
    dataset_id: int
    image_id: int
    def __init__(self, dataset_id: _Optional[int] = ..., image_id: _Optional[int] = ...) -> None: ...

class DeleteImageResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class StartBulkUploadRequest(_message.Message):
    __slots__ = ("dataset_id", "zip_url", "automatic_captioning", "content_moderation")
    DATASET_ID_FIELD_NUMBER: _ClassVar[int]
    ZIP_URL_FIELD_NUMBER: _ClassVar[int]
    AUTOMATIC_CAPTIONING_FIELD_NUMBER: _ClassVar[int]
    CONTENT_MODERATION_FIELD_NUMBER: _ClassVar[int]
    dataset_id: int
    zip_url: str
    automatic_captioning: bool
    content_moderation: bool
    def __init__(self, dataset_id: _Optional[int] = ..., zip_url: _Optional[str] = ..., automatic_captioning: _Optional[bool] = ..., content_moderation: _Optional[bool] = ...) -> None: ...

class StartBulkUploadResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class GetBulkUploadStatusRequest(_message.Message):
    __slots__ = ("dataset_id",)
    DATASET_ID_FIELD_NUMBER: _ClassVar[int]
    dataset_id: int
    def __init__(self, dataset_id: _Optional[int] = ...) -> None: ...

class GetBulkUploadStatusResponse(_message.Message):
    __slots__ = ("status",)
    STATUS_FIELD_NUMBER: _ClassVar[int]
    status: BulkUploadStatus
    def __init__(self, status: _Optional[_Union[BulkUploadStatus, _Mapping]] = ...) -> None: ...

class GetDatasetDownloadRequest(_message.Message):
    __slots__ = ("dataset_id",)
    DATASET_ID_FIELD_NUMBER: _ClassVar[int]
    dataset_id: int
    def __init__(self, dataset_id: _Optional[int] = ...) -> None: ...

class GetDatasetDownloadResponse(_message.Message):
    __slots__ = ("download_url", "captions_url")
    DOWNLOAD_URL_FIELD_NUMBER: _ClassVar[int]
    CAPTIONS_URL_FIELD_NUMBER: _ClassVar[int]
    download_url: str
    captions_url: str
    def __init__(self, download_url: _Optional[str] = ..., captions_url: _Optional[str] = ...) -> None: ...

class GenerateCaptionPrefixRequest(_message.Message):
    __slots__ = ("image_urls", "images", "ip_type", "ip_medium", "ip_name", "content_moderation")
    IMAGE_URLS_FIELD_NUMBER: _ClassVar[int]
    IMAGES_FIELD_NUMBER: _ClassVar[int]
    IP_TYPE_FIELD_NUMBER: _ClassVar[int]
    IP_MEDIUM_FIELD_NUMBER: _ClassVar[int]
    IP_NAME_FIELD_NUMBER: _ClassVar[int]
    CONTENT_MODERATION_FIELD_NUMBER: _ClassVar[int]
    image_urls: _containers.RepeatedScalarFieldContainer[str]
    images: _containers.RepeatedScalarFieldContainer[bytes]
    ip_type: _common_pb2.IpType
    ip_medium: _common_pb2.IpMedium
    ip_name: str
    content_moderation: bool
    def __init__(self, image_urls: _Optional[_Iterable[str]] = ..., images: _Optional[_Iterable[bytes]] = ..., ip_type: _Optional[_Union[_common_pb2.IpType, str]] = ..., ip_medium: _Optional[_Union[_common_pb2.IpMedium, str]] = ..., ip_name: _Optional[str] = ..., content_moderation: _Optional[bool] = ...) -> None: ...

class GenerateCaptionPrefixResponse(_message.Message):
    __slots__ = ("prefix",)
    PREFIX_FIELD_NUMBER: _ClassVar[int]
    prefix: str
    def __init__(self, prefix: _Optional[str] = ...) -> None: ...

class GenerateVisualSchemaRequest(_message.Message):
    __slots__ = ("images", "content_moderation")
    IMAGES_FIELD_NUMBER: _ClassVar[int]
    CONTENT_MODERATION_FIELD_NUMBER: _ClassVar[int]
    images: _containers.RepeatedCompositeFieldContainer[_common_pb2.ImageSource]
    content_moderation: bool
    def __init__(self, images: _Optional[_Iterable[_Union[_common_pb2.ImageSource, _Mapping]]] = ..., content_moderation: _Optional[bool] = ...) -> None: ...

class GenerateVisualSchemaResponse(_message.Message):
    __slots__ = ("visual_schema",)
    VISUAL_SCHEMA_FIELD_NUMBER: _ClassVar[int]
    visual_schema: str
    def __init__(self, visual_schema: _Optional[str] = ...) -> None: ...

class RefineStructuredPromptRequest(_message.Message):
    __slots__ = ("dataset_id", "structured_prompt", "instruction", "context_images")
    DATASET_ID_FIELD_NUMBER: _ClassVar[int]
    STRUCTURED_PROMPT_FIELD_NUMBER: _ClassVar[int]
    INSTRUCTION_FIELD_NUMBER: _ClassVar[int]
    CONTEXT_IMAGES_FIELD_NUMBER: _ClassVar[int]
    dataset_id: int
    structured_prompt: str
    instruction: str
    context_images: _containers.RepeatedCompositeFieldContainer[_common_pb2.ImageSource]
    def __init__(self, dataset_id: _Optional[int] = ..., structured_prompt: _Optional[str] = ..., instruction: _Optional[str] = ..., context_images: _Optional[_Iterable[_Union[_common_pb2.ImageSource, _Mapping]]] = ...) -> None: ...

class RefineStructuredPromptResponse(_message.Message):
    __slots__ = ("structured_prompt",)
    STRUCTURED_PROMPT_FIELD_NUMBER: _ClassVar[int]
    structured_prompt: str
    def __init__(self, structured_prompt: _Optional[str] = ...) -> None: ...
