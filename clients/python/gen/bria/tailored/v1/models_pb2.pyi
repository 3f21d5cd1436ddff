import datetime

from tailored_client._pb.bria.tailored.v1 import annotations_pb2 as _annotations_pb2
from tailored_client._pb.bria.tailored.v1 import common_pb2 as _common_pb2
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

class ModelStatus(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    MODEL_STATUS_UNSPECIFIED: _ClassVar[ModelStatus]
    MODEL_STATUS_CREATED: _ClassVar[ModelStatus]
    MODEL_STATUS_IN_PROGRESS: _ClassVar[ModelStatus]
    MODEL_STATUS_COMPLETED: _ClassVar[ModelStatus]
    MODEL_STATUS_FAILED: _ClassVar[ModelStatus]
    MODEL_STATUS_STOPPING: _ClassVar[ModelStatus]
    MODEL_STATUS_STOPPED: _ClassVar[ModelStatus]
    MODEL_STATUS_DELETED: _ClassVar[ModelStatus]
    MODEL_STATUS_SYNCING: _ClassVar[ModelStatus]

class TrainingMode(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    TRAINING_MODE_UNSPECIFIED: _ClassVar[TrainingMode]
    TRAINING_MODE_FULLY_AUTOMATED: _ClassVar[TrainingMode]
    TRAINING_MODE_EXPERT: _ClassVar[TrainingMode]

class LrScheduler(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    LR_SCHEDULER_UNSPECIFIED: _ClassVar[LrScheduler]
    LR_SCHEDULER_LINEAR: _ClassVar[LrScheduler]
    LR_SCHEDULER_COSINE: _ClassVar[LrScheduler]
    LR_SCHEDULER_COSINE_WITH_RESTARTS: _ClassVar[LrScheduler]
    LR_SCHEDULER_POLYNOMIAL: _ClassVar[LrScheduler]
    LR_SCHEDULER_CONSTANT: _ClassVar[LrScheduler]
    LR_SCHEDULER_CONSTANT_WITH_WARMUP: _ClassVar[LrScheduler]
MODEL_STATUS_UNSPECIFIED: ModelStatus
MODEL_STATUS_CREATED: ModelStatus
MODEL_STATUS_IN_PROGRESS: ModelStatus
MODEL_STATUS_COMPLETED: ModelStatus
MODEL_STATUS_FAILED: ModelStatus
MODEL_STATUS_STOPPING: ModelStatus
MODEL_STATUS_STOPPED: ModelStatus
MODEL_STATUS_DELETED: ModelStatus
MODEL_STATUS_SYNCING: ModelStatus
TRAINING_MODE_UNSPECIFIED: TrainingMode
TRAINING_MODE_FULLY_AUTOMATED: TrainingMode
TRAINING_MODE_EXPERT: TrainingMode
LR_SCHEDULER_UNSPECIFIED: LrScheduler
LR_SCHEDULER_LINEAR: LrScheduler
LR_SCHEDULER_COSINE: LrScheduler
LR_SCHEDULER_COSINE_WITH_RESTARTS: LrScheduler
LR_SCHEDULER_POLYNOMIAL: LrScheduler
LR_SCHEDULER_CONSTANT: LrScheduler
LR_SCHEDULER_CONSTANT_WITH_WARMUP: LrScheduler

class Model(_message.Message):
    __slots__ = ("id", "name", "description", "status", "training_mode", "training_version", "generation_prefix", "active_model_version", "training_parameters", "checkpoint_steps", "custom_metadata", "project_id", "dataset_id", "created_at", "updated_at")
    ID_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    TRAINING_MODE_FIELD_NUMBER: _ClassVar[int]
    TRAINING_VERSION_FIELD_NUMBER: _ClassVar[int]
    GENERATION_PREFIX_FIELD_NUMBER: _ClassVar[int]
    ACTIVE_MODEL_VERSION_FIELD_NUMBER: _ClassVar[int]
    TRAINING_PARAMETERS_FIELD_NUMBER: _ClassVar[int]
    CHECKPOINT_STEPS_FIELD_NUMBER: _ClassVar[int]
    CUSTOM_METADATA_FIELD_NUMBER: _ClassVar[int]
    PROJECT_ID_FIELD_NUMBER: _ClassVar[int]
    DATASET_ID_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_FIELD_NUMBER: _ClassVar[int]
    UPDATED_AT_FIELD_NUMBER: _ClassVar[int]
    id: int
    name: str
    description: str
    status: ModelStatus
    training_mode: TrainingMode
    training_version: _common_pb2.TrainingVersion
    generation_prefix: str
    active_model_version: str
    training_parameters: TrainingParameters
    checkpoint_steps: _containers.RepeatedScalarFieldContainer[int]
    custom_metadata: str
    project_id: int
    dataset_id: int
    created_at: _timestamp_pb2.Timestamp
    updated_at: _timestamp_pb2.Timestamp
    def __init__(self, id: _Optional[int] = ..., name: _Optional[str] = ..., description: _Optional[str] = ..., status: _Optional[_Union[ModelStatus, str]] = ..., training_mode: _Optional[_Union[TrainingMode, str]] = ..., training_version: _Optional[_Union[_common_pb2.TrainingVersion, str]] = ..., generation_prefix: _Optional[str] = ..., active_model_version: _Optional[str] = ..., training_parameters: _Optional[_Union[TrainingParameters, _Mapping]] = ..., checkpoint_steps: _Optional[_Iterable[int]] = ..., custom_metadata: _Optional[str] = ..., project_id: _Optional[int] = ..., dataset_id: _Optional[int] = ..., created_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., updated_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class TrainingParameters(_message.Message):
    __slots__ = ("learning_rate", "lr_scheduler", "rank", "total_training_steps", "checkpoint_interval", "lr_warmup_steps")
    LEARNING_RATE_FIELD_NUMBER: _ClassVar[int]
    LR_SCHEDULER_FIELD_NUMBER: _ClassVar[int]
    RANK_FIELD_NUMBER: _ClassVar[int]
    TOTAL_TRAINING_STEPS_FIELD_NUMBER: _ClassVar[int]
    CHECKPOINT_INTERVAL_FIELD_NUMBER: _ClassVar[int]
    LR_WARMUP_STEPS_FIELD_NUMBER: _ClassVar[int]
    learning_rate: float
    lr_scheduler: LrScheduler
    rank: int
    total_training_steps: int
    checkpoint_interval: int
    lr_warmup_steps: int
    def __init__(self, learning_rate: _Optional[float] = ..., lr_scheduler: _Optional[_Union[LrScheduler, str]] = ..., rank: _Optional[int] = ..., total_training_steps: _Optional[int] = ..., checkpoint_interval: _Optional[int] = ..., lr_warmup_steps: _Optional[int] = ...) -> None: ...

class Checkpoint(_message.Message):
    __slots__ = ("checkpoint_step", "training_job_id", "created_at")
    CHECKPOINT_STEP_FIELD_NUMBER: _ClassVar[int]
    TRAINING_JOB_ID_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_FIELD_NUMBER: _ClassVar[int]
    checkpoint_step: int
    training_job_id: int
    created_at: _timestamp_pb2.Timestamp
    def __init__(self, checkpoint_step: _Optional[int] = ..., training_job_id: _Optional[int] = ..., created_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class ModelDownload(_message.Message):
    __slots__ = ("download_url", "base_model_name", "base_model_card")
    DOWNLOAD_URL_FIELD_NUMBER: _ClassVar[int]
    BASE_MODEL_NAME_FIELD_NUMBER: _ClassVar[int]
    BASE_MODEL_CARD_FIELD_NUMBER: _ClassVar[int]
    download_url: str
    base_model_name: str
    base_model_card: str
    def __init__(self, download_url: _Optional[str] = ..., base_model_name: _Optional[str] = ..., base_model_card: _Optional[str] = ...) -> None: ...

class ProjectParameters(_message.Message):
    __slots__ = ("project_name", "ip_medium", "project_description", "ip_type")
    PROJECT_NAME_FIELD_NUMBER: _ClassVar[int]
    IP_MEDIUM_FIELD_NUMBER: _ClassVar[int]
    PROJECT_DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    IP_TYPE_FIELD_NUMBER: _ClassVar[int]
    project_name: str
    ip_medium: _common_pb2.IpMedium
    project_description: str
    ip_type: _common_pb2.IpType
    def __init__(self, project_name: _Optional[str] = ..., ip_medium: _Optional[_Union[_common_pb2.IpMedium, str]] = ..., project_description: _Optional[str] = ..., ip_type: _Optional[_Union[_common_pb2.IpType, str]] = ...) -> None: ...

class CreateModelRequest(_message.Message):
    __slots__ = ("name", "dataset_id", "training_mode", "training_version", "description")
    NAME_FIELD_NUMBER: _ClassVar[int]
    DATASET_ID_FIELD_NUMBER: _ClassVar[int]
    TRAINING_MODE_FIELD_NUMBER: _ClassVar[int]
    TRAINING_VERSION_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    name: str
    dataset_id: int
    training_mode: TrainingMode
    training_version: _common_pb2.TrainingVersion
    description: str
    def __init__(self, name: _Optional[str] = ..., dataset_id: _Optional[int] = ..., training_mode: _Optional[_Union[TrainingMode, str]] = ..., training_version: _Optional[_Union[_common_pb2.TrainingVersion, str]] = ..., description: _Optional[str] = ...) -> None: ...

class CreateModelResponse(_message.Message):
    __slots__ = ("model",)
    MODEL_FIELD_NUMBER: _ClassVar[int]
    model: Model
    def __init__(self, model: _Optional[_Union[Model, _Mapping]] = ...) -> None: ...

class ListModelsRequest(_message.Message):
    __slots__ = ("include_training_parameters",)
    INCLUDE_TRAINING_PARAMETERS_FIELD_NUMBER: _ClassVar[int]
    include_training_parameters: bool
    def __init__(self, include_training_parameters: _Optional[bool] = ...) -> None: ...

class ListModelsResponse(_message.Message):
    __slots__ = ("models",)
    MODELS_FIELD_NUMBER: _ClassVar[int]
    models: _containers.RepeatedCompositeFieldContainer[Model]
    def __init__(self, models: _Optional[_Iterable[_Union[Model, _Mapping]]] = ...) -> None: ...

class ListProjectModelsRequest(_message.Message):
    __slots__ = ("project_id", "include_training_parameters")
    PROJECT_ID_FIELD_NUMBER: _ClassVar[int]
    INCLUDE_TRAINING_PARAMETERS_FIELD_NUMBER: _ClassVar[int]
    project_id: int
    include_training_parameters: bool
    def __init__(self, project_id: _Optional[int] = ..., include_training_parameters: _Optional[bool] = ...) -> None: ...

class ListProjectModelsResponse(_message.Message):
    __slots__ = ("models",)
    MODELS_FIELD_NUMBER: _ClassVar[int]
    models: _containers.RepeatedCompositeFieldContainer[Model]
    def __init__(self, models: _Optional[_Iterable[_Union[Model, _Mapping]]] = ...) -> None: ...

class GetModelRequest(_message.Message):
    __slots__ = ("model_id",)
    MODEL_ID_FIELD_NUMBER: _ClassVar[int]
    model_id: int
    def __init__(self, model_id: _Optional[int] = ...) -> None: ...

class GetModelResponse(_message.Message):
    __slots__ = ("model",)
    MODEL_FIELD_NUMBER: _ClassVar[int]
    model: Model
    def __init__(self, model: _Optional[_Union[Model, _Mapping]] = ...) -> None: ...

class UpdateModelRequest(_message.Message):
    __slots__ = ("model_id", "name", "description")
    MODEL_ID_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    model_id: int
    name: str
    description: str
    def __init__(self, model_id: _Optional[int] = ..., name: _Optional[str] = ..., description: _Optional[str] = ...) -> None: ...

class UpdateModelResponse(_message.Message):
    __slots__ = ("model",)
    MODEL_FIELD_NUMBER: _ClassVar[int]
    model: Model
    def __init__(self, model: _Optional[_Union[Model, _Mapping]] = ...) -> None: ...

class DeleteModelRequest(_message.Message):
    __slots__ = ("model_id",)
    MODEL_ID_FIELD_NUMBER: _ClassVar[int]
    model_id: int
    def __init__(self, model_id: _Optional[int] = ...) -> None: ...

class DeleteModelResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class StartTrainingRequest(_message.Message):
    __slots__ = ("model_id", "lr_scheduler", "learning_rate", "total_training_steps", "rank", "checkpoint_interval", "lr_warmup_steps", "max_train_steps")
    MODEL_ID_FIELD_NUMBER: _ClassVar[int]
    LR_SCHEDULER_FIELD_NUMBER: _ClassVar[int]
    LEARNING_RATE_FIELD_NUMBER: _ClassVar[int]
    TOTAL_TRAINING_STEPS_FIELD_NUMBER: _ClassVar[int]
    RANK_FIELD_NUMBER: _ClassVar[int]
    CHECKPOINT_INTERVAL_FIELD_NUMBER: _ClassVar[int]
    LR_WARMUP_STEPS_FIELD_NUMBER: _ClassVar[int]
    MAX_TRAIN_STEPS_FIELD_NUMBER: _ClassVar[int]
    model_id: int
    lr_scheduler: LrScheduler
    learning_rate: float
    total_training_steps: int
    rank: int
    checkpoint_interval: int
    lr_warmup_steps: int
    max_train_steps: int
    def __init__(self, model_id: _Optional[int] = ..., lr_scheduler: _Optional[_Union[LrScheduler, str]] = ..., learning_rate: _Optional[float] = ..., total_training_steps: _Optional[int] = ..., rank: _Optional[int] = ..., checkpoint_interval: _Optional[int] = ..., lr_warmup_steps: _Optional[int] = ..., max_train_steps: _Optional[int] = ...) -> None: ...

class StartTrainingResponse(_message.Message):
    __slots__ = ("model",)
    MODEL_FIELD_NUMBER: _ClassVar[int]
    model: Model
    def __init__(self, model: _Optional[_Union[Model, _Mapping]] = ...) -> None: ...

class StopTrainingRequest(_message.Message):
    __slots__ = ("model_id",)
    MODEL_ID_FIELD_NUMBER: _ClassVar[int]
    model_id: int
    def __init__(self, model_id: _Optional[int] = ...) -> None: ...

class StopTrainingResponse(_message.Message):
    __slots__ = ("model",)
    MODEL_FIELD_NUMBER: _ClassVar[int]
    model: Model
    def __init__(self, model: _Optional[_Union[Model, _Mapping]] = ...) -> None: ...

class UploadModelRequest(_message.Message):
    __slots__ = ("model_url", "model_name", "training_version", "caption_prefix", "project_id", "project_parameters")
    MODEL_URL_FIELD_NUMBER: _ClassVar[int]
    MODEL_NAME_FIELD_NUMBER: _ClassVar[int]
    TRAINING_VERSION_FIELD_NUMBER: _ClassVar[int]
    CAPTION_PREFIX_FIELD_NUMBER: _ClassVar[int]
    PROJECT_ID_FIELD_NUMBER: _ClassVar[int]
    PROJECT_PARAMETERS_FIELD_NUMBER: _ClassVar[int]
    model_url: str
    model_name: str
    training_version: _common_pb2.TrainingVersion
    caption_prefix: str
    project_id: int
    project_parameters: ProjectParameters
    def __init__(self, model_url: _Optional[str] = ..., model_name: _Optional[str] = ..., training_version: _Optional[_Union[_common_pb2.TrainingVersion, str]] = ..., caption_prefix: _Optional[str] = ..., project_id: _Optional[int] = ..., project_parameters: _Optional[_Union[ProjectParameters, _Mapping]] = ...) -> None: ...

class UploadModelResponse(_message.Message):
    __slots__ = ("model",)
    MODEL_FIELD_NUMBER: _ClassVar[int]
    model: Model
    def __init__(self, model: _Optional[_Union[Model, _Mapping]] = ...) -> None: ...

class ListCheckpointsRequest(_message.Message):
    __slots__ = ("model_id",)
    MODEL_ID_FIELD_NUMBER: _ClassVar[int]
    model_id: int
    def __init__(self, model_id: _Optional[int] = ...) -> None: ...

class ListCheckpointsResponse(_message.Message):
    __slots__ = ("checkpoints", "active_model_version")
    CHECKPOINTS_FIELD_NUMBER: _ClassVar[int]
    ACTIVE_MODEL_VERSION_FIELD_NUMBER: _ClassVar[int]
    checkpoints: _containers.RepeatedCompositeFieldContainer[Checkpoint]
    active_model_version: str
    def __init__(self, checkpoints: _Optional[_Iterable[_Union[Checkpoint, _Mapping]]] = ..., active_model_version: _Optional[str] = ...) -> None: ...

class GetCheckpointRequest(_message.Message):
    __slots__ = ("model_id", "checkpoint_step")
    MODEL_ID_FIELD_NUMBER: _ClassVar[int]
    CHECKPOINT_STEP_FIELD_NUMBER: _ClassVar[int]
    model_id: int
    checkpoint_step: int
    def __init__(self, model_id: _Optional[int] = ..., checkpoint_step: _Optional[int] = ...) -> None: ...

class GetCheckpointResponse(_message.Message):
    __slots__ = ("checkpoint",)
    CHECKPOINT_FIELD_NUMBER: _ClassVar[int]
    checkpoint: Checkpoint
    def __init__(self, checkpoint: _Optional[_Union[Checkpoint, _Mapping]] = ...) -> None: ...

class DeleteCheckpointRequest(_message.Message):
    __slots__ = ("model_id", "checkpoint_step")
    MODEL_ID_FIELD_NUMBER: _ClassVar[int]
    CHECKPOINT_STEP_FIELD_NUMBER: _ClassVar[int]
    model_id: int
    checkpoint_step: int
    def __init__(self, model_id: _Optional[int] = ..., checkpoint_step: _Optional[int] = ...) -> None: ...

class DeleteCheckpointResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class GetModelDownloadRequest(_message.Message):
    __slots__ = ("model_id",)
    MODEL_ID_FIELD_NUMBER: _ClassVar[int]
    model_id: int
    def __init__(self, model_id: _Optional[int] = ...) -> None: ...

class GetModelDownloadResponse(_message.Message):
    __slots__ = ("download",)
    DOWNLOAD_FIELD_NUMBER: _ClassVar[int]
    download: ModelDownload
    def __init__(self, download: _Optional[_Union[ModelDownload, _Mapping]] = ...) -> None: ...
