"""Protobuf messages <-> upstream JSON, driven by the descriptors.

The upstream is loose: ids arrive as numbers or strings, enum casing varies between endpoints,
timestamps come with or without a zone, JSON text sometimes arrives parsed. Decoding accepts
all of that and ignores unknown keys; encoding sends only fields that are set, with the exact
upstream spellings from the contract's `(wire_value)` options (or a field's `(wire_spelling)`
overrides), and integers the upstream types as strings (`(wire_string)`) as decimal strings. Plans are built once per message
type so the per-call work is a loop over precomputed tuples.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import math
from typing import Any, Callable

from google.protobuf import descriptor as d
from google.protobuf import timestamp_pb2
from google.protobuf.message import Message

from bria.tailored.v1 import annotations_pb2

IMAGE_SOURCE = "bria.tailored.v1.ImageSource"
TIMESTAMP = "google.protobuf.Timestamp"
_INTS = {
    d.FieldDescriptor.TYPE_INT64, d.FieldDescriptor.TYPE_INT32, d.FieldDescriptor.TYPE_UINT32,
    d.FieldDescriptor.TYPE_UINT64, d.FieldDescriptor.TYPE_SINT32, d.FieldDescriptor.TYPE_SINT64,
    d.FieldDescriptor.TYPE_FIXED32, d.FieldDescriptor.TYPE_FIXED64,
    d.FieldDescriptor.TYPE_SFIXED32, d.FieldDescriptor.TYPE_SFIXED64,
}


class EnumWire:
    """Two-way map between an enum's numbers and their upstream spellings: each value's
    `(wire_value)`, overridden for one field by that field's `(wire_spelling)` entries (sent
    instead; both spellings are read)."""

    def __init__(self, enum: d.EnumDescriptor, field: d.FieldDescriptor | None = None):
        self.to_wire: dict[int, str] = {}
        self.from_wire: dict[str, int] = {}
        for v in enum.values:
            opts = v.GetOptions()
            if opts.HasExtension(annotations_pb2.wire_value):
                spelling = opts.Extensions[annotations_pb2.wire_value]
                self.to_wire[v.number] = spelling
                self.from_wire.setdefault(spelling.lower(), v.number)
        for name, spelling in field_spellings(field).items() if field is not None else ():
            value = enum.values_by_name.get(name)
            if value is None:
                raise ValueError(f"{field.full_name}: (wire_spelling) names {name!r}, not a value of {enum.full_name}")
            self.to_wire[value.number] = spelling
            self.from_wire[spelling.lower()] = value.number

    def decode(self, value: Any) -> int | None:
        return self.from_wire.get(str(value).lower())


def field_spellings(field: d.FieldDescriptor) -> dict[str, str]:
    """A field's `(wire_spelling)` overrides: enum value name -> upstream spelling."""
    opts = field.GetOptions()
    return {s.value: s.wire_value for s in opts.Extensions[annotations_pb2.wire_spelling]}


def wire_string(field: d.FieldDescriptor) -> bool:
    """Whether an integer field travels as a decimal JSON string (`(wire_string)`)."""
    opts = field.GetOptions()
    return opts.HasExtension(annotations_pb2.wire_string) and opts.Extensions[annotations_pb2.wire_string]


def wire_name(field: d.FieldDescriptor) -> str:
    opts = field.GetOptions()
    if opts.HasExtension(annotations_pb2.wire_name):
        return opts.Extensions[annotations_pb2.wire_name]
    return field.name


def _float32(value: float) -> float:
    """A float field's value as the shortest decimal that round-trips through float32."""
    return float(f"{value:.7g}") if math.isfinite(value) else value


def parse_timestamp(value: Any) -> timestamp_pb2.Timestamp | None:
    if isinstance(value, (int, float)):
        ts = timestamp_pb2.Timestamp()
        ts.FromNanoseconds(int(value * 1e9))
        return ts
    try:
        parsed = dt.datetime.fromisoformat(str(value))
    except ValueError:
        return None
    if parsed.tzinfo is None:  # the upstream omits the zone on some endpoints; it means UTC
        parsed = parsed.replace(tzinfo=dt.timezone.utc)
    ts = timestamp_pb2.Timestamp()
    ts.FromDatetime(parsed)
    return ts


def format_timestamp(ts: timestamp_pb2.Timestamp) -> str:
    return ts.ToJsonString()


class Codec:
    """Encodes request messages to JSON-ready dicts and decodes JSON into response messages."""

    def __init__(self) -> None:
        self._encoders: dict[str, list[tuple[str, str, Callable[[Any], Any]]]] = {}
        self._decoders: dict[str, dict[str, tuple[str, Callable[[Any], Any], bool]]] = {}
        self._stamped: dict[str, bool] = {}

    # ---- encoding -----------------------------------------------------------------------
    def encode(self, msg: Message, exclude: frozenset[str] = frozenset()) -> dict[str, Any]:
        """The set fields of `msg` (minus `exclude`) keyed by their upstream names."""
        plan = self._encode_plan(msg.DESCRIPTOR)
        out: dict[str, Any] = {}
        for field, value in msg.ListFields():
            if field.name in exclude:
                continue
            key, conv = plan[field.name]
            encoded = conv(value)
            if encoded is not None:
                out[key] = encoded
        return out

    def _encode_plan(self, desc: d.Descriptor) -> dict[str, tuple[str, Callable[[Any], Any]]]:
        plan = self._encoders.get(desc.full_name)
        if plan is None:
            plan = {f.name: (wire_name(f), self._encoder(f)) for f in desc.fields}
            self._encoders[desc.full_name] = plan
        return plan

    def _encoder(self, f: d.FieldDescriptor) -> Callable[[Any], Any]:
        one = self._scalar_encoder(f)
        if f.message_type is not None and f.message_type.GetOptions().map_entry:
            value_field = f.message_type.fields_by_name["value"]
            conv = self._scalar_encoder(value_field)
            return lambda m: {str(k): conv(v) for k, v in m.items()}
        if f.is_repeated:
            return lambda values: [x for x in map(one, values) if x is not None]
        return one

    def _scalar_encoder(self, f: d.FieldDescriptor) -> Callable[[Any], Any]:
        if f.enum_type is not None:
            return EnumWire(f.enum_type, f).to_wire.get
        if f.type in _INTS and wire_string(f):
            return str
        if f.type == f.TYPE_BYTES:
            return lambda b: base64.b64encode(b).decode("ascii")
        if f.type == f.TYPE_FLOAT:
            return _float32
        if f.message_type is not None:
            name = f.message_type.full_name
            if name == IMAGE_SOURCE:
                return _encode_image_source
            if name == TIMESTAMP:
                return format_timestamp
            return self.encode
        return _identity

    # ---- decoding -----------------------------------------------------------------------
    def decode(self, data: Any, cls: type[Message]) -> Message:
        """A `cls` message from a JSON object; unknown keys and nulls are skipped. A resource
        the upstream sends without `updated_at` (a Create answer) gets its `created_at` there:
        never updated since its creation, so Create and Get answers are filled alike."""
        msg = cls()
        if isinstance(data, dict):
            self._fill(msg, data)
            if self._stamps(msg.DESCRIPTOR) and msg.HasField("created_at") and not msg.HasField("updated_at"):
                msg.updated_at.CopyFrom(msg.created_at)
        return msg

    def _stamps(self, desc: d.Descriptor) -> bool:
        """Whether a message has the `created_at`/`updated_at` timestamp pair of a resource."""
        found = self._stamped.get(desc.full_name)
        if found is None:
            fields = desc.fields_by_name
            found = all(
                n in fields and fields[n].message_type is not None and fields[n].message_type.full_name == TIMESTAMP
                and not fields[n].is_repeated
                for n in ("created_at", "updated_at")
            )
            self._stamped[desc.full_name] = found
        return found

    def _fill(self, msg: Message, data: dict[str, Any]) -> None:
        plan = self._decode_plan(msg.DESCRIPTOR)
        for key, raw in data.items():
            entry = plan.get(key)
            if entry is None or raw is None:
                continue
            name, conv, kind = entry
            if kind == "repeated":
                items = raw if isinstance(raw, list) else [raw]
                target = getattr(msg, name)
                for item in items:
                    value = conv(item) if item is not None else None
                    if value is None:
                        continue
                    if isinstance(value, Message):
                        target.add().CopyFrom(value)
                    else:
                        target.append(value)
            elif kind == "message":
                value = conv(raw)
                if value is not None:
                    getattr(msg, name).CopyFrom(value)
            elif kind == "map":
                if isinstance(raw, dict):
                    target = getattr(msg, name)
                    for k, v in raw.items():
                        value = conv(v)
                        if value is not None:
                            target[k] = value
            else:
                value = conv(raw)
                if value is not None:
                    setattr(msg, name, value)

    def _decode_plan(self, desc: d.Descriptor) -> dict[str, tuple[str, Callable[[Any], Any], str]]:
        plan = self._decoders.get(desc.full_name)
        if plan is None:
            plan = {}
            for f in desc.fields:
                is_map = f.message_type is not None and f.message_type.GetOptions().map_entry
                if is_map:
                    conv = self._scalar_decoder(f.message_type.fields_by_name["value"])
                    kind = "map"
                else:
                    conv = self._scalar_decoder(f)
                    kind = "repeated" if f.is_repeated else ("message" if f.message_type else "scalar")
                plan[wire_name(f)] = (f.name, conv, kind)
            self._decoders[desc.full_name] = plan
        return plan

    def _scalar_decoder(self, f: d.FieldDescriptor) -> Callable[[Any], Any]:
        if f.enum_type is not None:
            return EnumWire(f.enum_type, f).decode
        if f.type in _INTS:
            return _decode_int
        if f.type in (f.TYPE_FLOAT, f.TYPE_DOUBLE):
            return _decode_float
        if f.type == f.TYPE_BOOL:
            return _decode_bool
        if f.type == f.TYPE_STRING:
            return _decode_string
        if f.type == f.TYPE_BYTES:
            return _decode_bytes
        name = f.message_type.full_name
        if name == TIMESTAMP:
            return parse_timestamp
        if name == IMAGE_SOURCE:
            return _decode_image_source
        cls = _message_class(f.message_type)
        return lambda raw: self.decode(raw, cls) if isinstance(raw, dict) else None


def _identity(value: Any) -> Any:
    return value


def _encode_image_source(src: Message) -> str | None:
    kind = src.WhichOneof("source")
    if kind == "data":
        return base64.b64encode(src.data).decode("ascii")
    return src.url if kind == "url" else None


def _decode_image_source(raw: Any) -> Message | None:
    from bria.tailored.v1 import common_pb2

    if not isinstance(raw, str):
        return None
    if raw.startswith(("http://", "https://")):
        return common_pb2.ImageSource(url=raw)
    return common_pb2.ImageSource(data=_decode_bytes(raw) or b"")


def _decode_int(raw: Any) -> int | None:
    if isinstance(raw, bool):
        return int(raw)
    if isinstance(raw, int):
        return raw
    try:
        return int(float(raw)) if isinstance(raw, float) else int(str(raw).strip())
    except ValueError:
        return None


def _decode_float(raw: Any) -> float | None:
    try:
        return float(raw)
    except (TypeError, ValueError):
        return None


def _decode_bool(raw: Any) -> bool | None:
    if isinstance(raw, bool):
        return raw
    if isinstance(raw, str):
        return {"true": True, "false": False}.get(raw.lower())
    return bool(raw) if isinstance(raw, (int, float)) else None


def _decode_string(raw: Any) -> str:
    # JSON text fields (structured prompts, schemas) sometimes arrive already parsed.
    return raw if isinstance(raw, str) else json.dumps(raw, separators=(",", ":"))


def _decode_bytes(raw: Any) -> bytes | None:
    try:
        return base64.b64decode(raw, validate=False)
    except (TypeError, ValueError):
        return None


def _message_class(desc: d.Descriptor) -> type[Message]:
    from google.protobuf import message_factory

    return message_factory.GetMessageClass(desc)
