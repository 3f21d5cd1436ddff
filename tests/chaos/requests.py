"""A valid request for every route, built from the descriptors alone (no per-RPC code), so the
chaos run covers whatever the contract holds: every field filled with a plausible value, then
the validator's own violations repaired until it accepts the request."""

from __future__ import annotations

from google.protobuf import descriptor as d
from google.protobuf.message import Message

from gateway.errors import GatewayError
from gateway.validation import RequestValidator

URL = "https://images.example.com/sample_0.png"
F = d.FieldDescriptor


def _scalar(field: d.FieldDescriptor, variant: int):
    name = field.name
    if field.enum_type is not None:
        values = [v.number for v in field.enum_type.values if v.number != 0]
        return values[variant % len(values)] if values else 0
    if field.type == F.TYPE_STRING:
        if "url" in name or "uri" in name or name in ("image", "file"):
            return URL
        if name.endswith("_id") or name == "id":
            return "12"
        return "a green robot" if "prompt" in name or "description" in name else "name1"
    if field.type == F.TYPE_BYTES:
        from tailored_emulator import media

        return media.png(64, 64)
    if field.type == F.TYPE_BOOL:
        return False
    if field.type in (F.TYPE_DOUBLE, F.TYPE_FLOAT):
        return 0.5
    return 1


def fill(msg: Message, depth: int = 0, variant: int = 0) -> Message:
    desc = msg.DESCRIPTOR
    chosen_oneofs: set[str] = set()
    for field in desc.fields:
        if field.containing_oneof is not None and not field.containing_oneof.name.startswith("_"):
            if field.containing_oneof.name in chosen_oneofs:
                continue
            chosen_oneofs.add(field.containing_oneof.name)
        if field.message_type is not None:
            if field.message_type.GetOptions().map_entry or depth > 3:
                continue
            if field.message_type.full_name == "google.protobuf.Timestamp":
                continue
            if field.message_type.full_name == "bria.tailored.v1.ImageSource":
                (getattr(msg, field.name).add() if field.is_repeated else getattr(msg, field.name)).url = URL
                continue
            target = getattr(msg, field.name).add() if field.is_repeated else getattr(msg, field.name)
            fill(target, depth + 1, variant)
            continue
        value = _scalar(field, variant)
        if field.is_repeated:
            getattr(msg, field.name).append(value)
        else:
            setattr(msg, field.name, value)
    return msg


def _strip(msg: Message, path: str) -> bool:
    """Clear the field a violation names (`a.b[0].c`); False if there is nothing to clear."""
    parts = [p.split("[", 1)[0] for p in path.split(".") if p]
    target = msg
    for part in parts[:-1]:
        if part not in target.DESCRIPTOR.fields_by_name:
            return False
        value = getattr(target, part)
        if target.DESCRIPTOR.fields_by_name[part].is_repeated:
            if not len(value):
                return False
            value = value[0]
        target = value
    if not parts or parts[-1] not in target.DESCRIPTOR.fields_by_name:
        return False
    if not target.HasField(parts[-1]) if _has_presence(target, parts[-1]) else False:
        return False
    target.ClearField(parts[-1])
    return True


def _repair(msg: Message, violation) -> bool:
    """Fix the rules clearing cannot: too few items, a pattern, a value outside a list."""
    name = violation.field.split("[", 1)[0]
    if "." in name or name not in msg.DESCRIPTOR.fields_by_name:
        return False
    field = msg.DESCRIPTOR.fields_by_name[name]
    if violation.reason == "repeated.min_items" and len(getattr(msg, name)):
        items = getattr(msg, name)
        first = items[0]
        for _ in range(8):
            items.add().CopyFrom(first) if field.message_type is not None else items.append(first)
        return True
    if violation.reason == "string.pattern" and "safetensors" in violation.description:
        setattr(msg, name, "https://models.example.com/model.safetensors")
        return True
    if violation.reason == "enum.in" and field.enum_type is not None and not field.is_repeated:
        values = [v.number for v in field.enum_type.values]
        current = getattr(msg, name)
        later = [v for v in values if v > current]
        if later:
            setattr(msg, name, later[0])
            return True
    return False


def _has_presence(msg: Message, name: str) -> bool:
    return msg.DESCRIPTOR.fields_by_name[name].has_presence


def valid_request(cls: type[Message], validator: RequestValidator) -> Message | None:
    """A request of `cls` the validator accepts (optional fields dropped one by one where they
    break a rule), or None if none is found that way."""
    for variant in range(3):
        msg = fill(cls(), variant=variant)
        for _ in range(40):
            try:
                validator.check(msg)
                return msg
            except GatewayError as err:
                found = [v for detail in err.details for v in getattr(detail, "field_violations", [])]
                if not any(v.field and (_repair(msg, v) or _strip(msg, v.field)) for v in found):
                    break
    return None
