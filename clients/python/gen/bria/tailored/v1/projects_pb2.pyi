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

class ProjectStatus(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    PROJECT_STATUS_UNSPECIFIED: _ClassVar[ProjectStatus]
    PROJECT_STATUS_ACTIVE: _ClassVar[ProjectStatus]
PROJECT_STATUS_UNSPECIFIED: ProjectStatus
PROJECT_STATUS_ACTIVE: ProjectStatus

class Project(_message.Message):
    __slots__ = ("id", "project_name", "project_description", "ip_name", "ip_description", "ip_medium", "ip_type", "training_version", "status", "created_at", "updated_at")
    ID_FIELD_NUMBER: _ClassVar[int]
    PROJECT_NAME_FIELD_NUMBER: _ClassVar[int]
    PROJECT_DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    IP_NAME_FIELD_NUMBER: _ClassVar[int]
    IP_DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    IP_MEDIUM_FIELD_NUMBER: _ClassVar[int]
    IP_TYPE_FIELD_NUMBER: _ClassVar[int]
    TRAINING_VERSION_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_FIELD_NUMBER: _ClassVar[int]
    UPDATED_AT_FIELD_NUMBER: _ClassVar[int]
    id: int
    project_name: str
    project_description: str
    ip_name: str
    ip_description: str
    ip_medium: _common_pb2.IpMedium
    ip_type: _common_pb2.IpType
    training_version: _common_pb2.TrainingVersion
    status: ProjectStatus
    created_at: _timestamp_pb2.Timestamp
    updated_at: _timestamp_pb2.Timestamp
    def __init__(self, id: _Optional[int] = ..., project_name: _Optional[str] = ..., project_description: _Optional[str] = ..., ip_name: _Optional[str] = ..., ip_description: _Optional[str] = ..., ip_medium: _Optional[_Union[_common_pb2.IpMedium, str]] = ..., ip_type: _Optional[_Union[_common_pb2.IpType, str]] = ..., training_version: _Optional[_Union[_common_pb2.TrainingVersion, str]] = ..., status: _Optional[_Union[ProjectStatus, str]] = ..., created_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., updated_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class CreateProjectRequest(_message.Message):
    __slots__ = ("project_name", "project_description", "ip_name", "ip_description", "ip_medium", "ip_type", "training_version")
    PROJECT_NAME_FIELD_NUMBER: _ClassVar[int]
    PROJECT_DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    IP_NAME_FIELD_NUMBER: _ClassVar[int]
    IP_DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    IP_MEDIUM_FIELD_NUMBER: _ClassVar[int]
    IP_TYPE_FIELD_NUMBER: _ClassVar[int]
    TRAINING_VERSION_FIELD_NUMBER: _ClassVar[int]
    project_name: str
    project_description: str
    ip_name: str
    ip_description: str
    ip_medium: _common_pb2.IpMedium
    ip_type: _common_pb2.IpType
    training_version: _common_pb2.TrainingVersion
    def __init__(self, project_name: _Optional[str] = ..., project_description: _Optional[str] = ..., ip_name: _Optional[str] = ..., ip_description: _Optional[str] = ..., ip_medium: _Optional[_Union[_common_pb2.IpMedium, str]] = ..., ip_type: _Optional[_Union[_common_pb2.IpType, str]] = ..., training_version: _Optional[_Union[_common_pb2.TrainingVersion, str]] = ...) -> None: ...

class CreateProjectResponse(_message.Message):
    __slots__ = ("project",)
    PROJECT_FIELD_NUMBER: _ClassVar[int]
    project: Project
    def __init__(self, project: _Optional[_Union[Project, _Mapping]] = ...) -> None: ...

class ListProjectsRequest(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class ListProjectsResponse(_message.Message):
    __slots__ = ("projects",)
    PROJECTS_FIELD_NUMBER: _ClassVar[int]
    projects: _containers.RepeatedCompositeFieldContainer[Project]
    def __init__(self, projects: _Optional[_Iterable[_Union[Project, _Mapping]]] = ...) -> None: ...

class GetProjectRequest(_message.Message):
    __slots__ = ("project_id",)
    PROJECT_ID_FIELD_NUMBER: _ClassVar[int]
    project_id: int
    def __init__(self, project_id: _Optional[int] = ...) -> None: ...

class GetProjectResponse(_message.Message):
    __slots__ = ("project",)
    PROJECT_FIELD_NUMBER: _ClassVar[int]
    project: Project
    def __init__(self, project: _Optional[_Union[Project, _Mapping]] = ...) -> None: ...

class UpdateProjectRequest(_message.Message):
    __slots__ = ("project_id", "project_name", "project_description", "ip_name", "ip_description")
    PROJECT_ID_FIELD_NUMBER: _ClassVar[int]
    PROJECT_NAME_FIELD_NUMBER: _ClassVar[int]
    PROJECT_DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    IP_NAME_FIELD_NUMBER: _ClassVar[int]
    IP_DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    project_id: int
    project_name: str
    project_description: str
    ip_name: str
    ip_description: str
    def __init__(self, project_id: _Optional[int] = ..., project_name: _Optional[str] = ..., project_description: _Optional[str] = ..., ip_name: _Optional[str] = ..., ip_description: _Optional[str] = ...) -> None: ...

class UpdateProjectResponse(_message.Message):
    __slots__ = ("project",)
    PROJECT_FIELD_NUMBER: _ClassVar[int]
    project: Project
    def __init__(self, project: _Optional[_Union[Project, _Mapping]] = ...) -> None: ...

class DeleteProjectRequest(_message.Message):
    __slots__ = ("project_id",)
    PROJECT_ID_FIELD_NUMBER: _ClassVar[int]
    project_id: int
    def __init__(self, project_id: _Optional[int] = ...) -> None: ...

class DeleteProjectResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...
