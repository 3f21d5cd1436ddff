from google.protobuf import descriptor_pb2 as _descriptor_pb2
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from typing import ClassVar as _ClassVar, Optional as _Optional

DESCRIPTOR: _descriptor.FileDescriptor
WIRE_VALUE_FIELD_NUMBER: _ClassVar[int]
wire_value: _descriptor.FieldDescriptor
ROUTE_FIELD_NUMBER: _ClassVar[int]
route: _descriptor.FieldDescriptor
WIRE_NAME_FIELD_NUMBER: _ClassVar[int]
wire_name: _descriptor.FieldDescriptor
WIRE_STRING_FIELD_NUMBER: _ClassVar[int]
wire_string: _descriptor.FieldDescriptor
WIRE_SPELLING_FIELD_NUMBER: _ClassVar[int]
wire_spelling: _descriptor.FieldDescriptor

class RouteOptions(_message.Message):
    __slots__ = ("hook", "cost", "cost_field")
    HOOK_FIELD_NUMBER: _ClassVar[int]
    COST_FIELD_NUMBER: _ClassVar[int]
    COST_FIELD_FIELD_NUMBER: _ClassVar[int]
    hook: str
    cost: int
    cost_field: str
    def __init__(self, hook: _Optional[str] = ..., cost: _Optional[int] = ..., cost_field: _Optional[str] = ...) -> None: ...

class WireSpelling(_message.Message):
    __slots__ = ("value", "wire_value")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    WIRE_VALUE_FIELD_NUMBER: _ClassVar[int]
    value: str
    wire_value: str
    def __init__(self, value: _Optional[str] = ..., wire_value: _Optional[str] = ...) -> None: ...
