from tailored_client._pb.bria.tailored.v1 import annotations_pb2 as _annotations_pb2
from tailored_client._pb.buf.validate import validate_pb2 as _validate_pb2
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from typing import ClassVar as _ClassVar, Optional as _Optional

DESCRIPTOR: _descriptor.FileDescriptor

class AspectRatio(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    ASPECT_RATIO_UNSPECIFIED: _ClassVar[AspectRatio]
    ASPECT_RATIO_1_1: _ClassVar[AspectRatio]
    ASPECT_RATIO_2_3: _ClassVar[AspectRatio]
    ASPECT_RATIO_3_2: _ClassVar[AspectRatio]
    ASPECT_RATIO_3_4: _ClassVar[AspectRatio]
    ASPECT_RATIO_4_3: _ClassVar[AspectRatio]
    ASPECT_RATIO_4_5: _ClassVar[AspectRatio]
    ASPECT_RATIO_5_4: _ClassVar[AspectRatio]
    ASPECT_RATIO_9_16: _ClassVar[AspectRatio]
    ASPECT_RATIO_16_9: _ClassVar[AspectRatio]

class IpMedium(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    IP_MEDIUM_UNSPECIFIED: _ClassVar[IpMedium]
    IP_MEDIUM_PHOTOGRAPHY: _ClassVar[IpMedium]
    IP_MEDIUM_ILLUSTRATION: _ClassVar[IpMedium]

class IpType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    IP_TYPE_UNSPECIFIED: _ClassVar[IpType]
    IP_TYPE_MULTI_OBJECT_SET: _ClassVar[IpType]
    IP_TYPE_OBJECT_VARIANTS: _ClassVar[IpType]
    IP_TYPE_ICONS: _ClassVar[IpType]
    IP_TYPE_DEFINED_CHARACTER: _ClassVar[IpType]
    IP_TYPE_CHARACTER_VARIANTS: _ClassVar[IpType]
    IP_TYPE_STYLIZED_SCENE: _ClassVar[IpType]
    IP_TYPE_OTHER: _ClassVar[IpType]

class TrainingVersion(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    TRAINING_VERSION_UNSPECIFIED: _ClassVar[TrainingVersion]
    TRAINING_VERSION_MAX: _ClassVar[TrainingVersion]
    TRAINING_VERSION_LIGHT: _ClassVar[TrainingVersion]
    TRAINING_VERSION_3_2: _ClassVar[TrainingVersion]
    TRAINING_VERSION_2_3: _ClassVar[TrainingVersion]
    TRAINING_VERSION_FIBO: _ClassVar[TrainingVersion]
ASPECT_RATIO_UNSPECIFIED: AspectRatio
ASPECT_RATIO_1_1: AspectRatio
ASPECT_RATIO_2_3: AspectRatio
ASPECT_RATIO_3_2: AspectRatio
ASPECT_RATIO_3_4: AspectRatio
ASPECT_RATIO_4_3: AspectRatio
ASPECT_RATIO_4_5: AspectRatio
ASPECT_RATIO_5_4: AspectRatio
ASPECT_RATIO_9_16: AspectRatio
ASPECT_RATIO_16_9: AspectRatio
IP_MEDIUM_UNSPECIFIED: IpMedium
IP_MEDIUM_PHOTOGRAPHY: IpMedium
IP_MEDIUM_ILLUSTRATION: IpMedium
IP_TYPE_UNSPECIFIED: IpType
IP_TYPE_MULTI_OBJECT_SET: IpType
IP_TYPE_OBJECT_VARIANTS: IpType
IP_TYPE_ICONS: IpType
IP_TYPE_DEFINED_CHARACTER: IpType
IP_TYPE_CHARACTER_VARIANTS: IpType
IP_TYPE_STYLIZED_SCENE: IpType
IP_TYPE_OTHER: IpType
TRAINING_VERSION_UNSPECIFIED: TrainingVersion
TRAINING_VERSION_MAX: TrainingVersion
TRAINING_VERSION_LIGHT: TrainingVersion
TRAINING_VERSION_3_2: TrainingVersion
TRAINING_VERSION_2_3: TrainingVersion
TRAINING_VERSION_FIBO: TrainingVersion

class ImageSource(_message.Message):
    __slots__ = ("data", "url")
    DATA_FIELD_NUMBER: _ClassVar[int]
    URL_FIELD_NUMBER: _ClassVar[int]
    data: bytes
    url: str
    def __init__(self, data: _Optional[bytes] = ..., url: _Optional[str] = ...) -> None: ...
