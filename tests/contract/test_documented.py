"""The contract's documentation and option conventions (protos/README.md), read from the protos
themselves: compiled with source info, then walked element by element."""

from __future__ import annotations

import pathlib
import subprocess
import sys

import pytest
from google.api import annotations_pb2 as http_annotations
from google.protobuf import descriptor_pb2

from bria.tailored.v1 import annotations_pb2  # registers (wire_value) for option parsing
from buf.validate import validate_pb2  # registers (buf.validate.message) for option parsing
from gateway.native import NATIVE_SERVICES

ROOT = pathlib.Path(__file__).resolve().parents[2]
PROTO = ROOT / "protos" / "proto"
THIRD = ROOT / "protos" / "third_party"
PACKAGE = "bria.tailored.v1"
NOT_WIRE_ENUMS = {f"{PACKAGE}.ErrorReason"}  # the gateway's own error reasons, never on the wire

# SourceCodeInfo path numbers (descriptor.proto field numbers).
FILE_MESSAGE, FILE_ENUM, FILE_SERVICE, FILE_EXTENSION = 4, 5, 6, 7
MSG_FIELD, MSG_NESTED, MSG_ENUM, MSG_EXTENSION = 2, 3, 4, 6
ENUM_VALUE, SERVICE_METHOD = 2, 2


@pytest.fixture(scope="module")
def files(tmp_path_factory) -> list[descriptor_pb2.FileDescriptorProto]:
    """Our proto files (not their imports) with comments, compiled by grpcio-tools' protoc."""
    ours = sorted(str(p.relative_to(PROTO)) for p in PROTO.rglob("*.proto"))
    out = tmp_path_factory.mktemp("descriptors") / "contract.binpb"
    result = subprocess.run(
        [sys.executable, "-m", "grpc_tools.protoc", f"-I{PROTO}", f"-I{THIRD}", "--include_source_info",
         f"--descriptor_set_out={out}", *ours],
        capture_output=True, text=True,
    )
    assert result.returncode == 0, result.stderr
    fds = descriptor_pb2.FileDescriptorSet.FromString(out.read_bytes())
    assert fds.file, "no proto files compiled"
    return list(fds.file)


def _elements(f: descriptor_pb2.FileDescriptorProto):
    """(path, description) for every service, RPC, message, field, enum and enum value."""

    def enum(e, path, scope):
        yield path, f"enum {scope}{e.name}"
        for i, v in enumerate(e.value):
            yield path + (ENUM_VALUE, i), f"enum value {scope}{e.name}.{v.name}"

    def message(m, path, scope):
        if m.options.map_entry:  # synthetic map<K, V> entry, has no source of its own
            return
        name = f"{scope}{m.name}"
        yield path, f"message {name}"
        for i, fld in enumerate(m.field):
            yield path + (MSG_FIELD, i), f"field {name}.{fld.name}"
        for i, ext in enumerate(m.extension):
            yield path + (MSG_EXTENSION, i), f"extension {name}.{ext.name}"
        for i, nested in enumerate(m.nested_type):
            yield from message(nested, path + (MSG_NESTED, i), f"{name}.")
        for i, e in enumerate(m.enum_type):
            yield from enum(e, path + (MSG_ENUM, i), f"{name}.")

    for i, m in enumerate(f.message_type):
        yield from message(m, (FILE_MESSAGE, i), "")
    for i, e in enumerate(f.enum_type):
        yield from enum(e, (FILE_ENUM, i), "")
    for i, s in enumerate(f.service):
        yield (FILE_SERVICE, i), f"service {s.name}"
        for j, method in enumerate(s.method):
            yield (FILE_SERVICE, i, SERVICE_METHOD, j), f"rpc {s.name}.{method.name}"
    for i, ext in enumerate(f.extension):
        yield (FILE_EXTENSION, i), f"extension {ext.name}"


def test_every_element_has_a_leading_comment(files):
    missing = []
    count = 0
    for f in files:
        comments = {tuple(loc.path): loc.leading_comments for loc in f.source_code_info.location}
        for path, what in _elements(f):
            count += 1
            if not comments.get(path, "").strip():
                missing.append(f"{f.name}: {what}")
    assert count > 0
    assert not missing, f"{len(missing)} element(s) without a leading comment:\n  " + "\n  ".join(missing)


def _messages(files):
    """Every message of our files by full name (nested included)."""
    out = {}

    def walk(m, scope):
        full = f"{scope}.{m.name}"
        out[full] = m
        for nested in m.nested_type:
            walk(nested, full)

    for f in files:
        for m in f.message_type:
            walk(m, f.package)
    return out


def _enums(files):
    out = {}

    def walk(m, scope):
        for e in m.enum_type:
            out[f"{scope}.{m.name}.{e.name}"] = e
        for nested in m.nested_type:
            walk(nested, f"{scope}.{m.name}")

    for f in files:
        for e in f.enum_type:
            out[f"{f.package}.{e.name}"] = e
        for m in f.message_type:
            walk(m, f.package)
    return out


def _upstream_services(files):
    return [(f, s) for f in files for s in f.service if f"{f.package}.{s.name}" not in NATIVE_SERVICES]


def _wire_enums(files) -> set[str]:
    """Enums the codec puts on or reads from the wire: reachable from the messages of the
    upstream-facing RPCs."""
    messages = _messages(files)
    seen: set[str] = set()
    enums: set[str] = set()
    todo = [m.input_type.lstrip(".") for _, s in _upstream_services(files) for m in s.method]
    todo += [m.output_type.lstrip(".") for _, s in _upstream_services(files) for m in s.method]
    while todo:
        name = todo.pop()
        if name in seen or name not in messages:
            continue
        seen.add(name)
        for fld in messages[name].field:
            target = fld.type_name.lstrip(".")
            if fld.type == fld.TYPE_ENUM:
                enums.add(target)
            elif fld.type == fld.TYPE_MESSAGE:
                todo.append(target)
    return enums


def test_every_wire_enum_value_has_a_wire_value(files):
    """Every enum needs upstream spellings except ErrorReason and enums that only the gateway's
    own (native) services use."""
    enums = _enums(files)
    wire = _wire_enums(files)
    assert wire, "no enum reachable from the upstream-facing RPCs"
    assert not wire & NOT_WIRE_ENUMS, "ErrorReason must not appear in upstream messages"
    exempt = NOT_WIRE_ENUMS | (_native_only_enums(files) - wire)
    problems = []
    for name in sorted(set(enums) - exempt):
        for v in enums[name].value:
            has = v.options.HasExtension(annotations_pb2.wire_value)
            spelling = v.options.Extensions[annotations_pb2.wire_value] if has else ""
            if v.number == 0 and has:
                problems.append(f"{name}.{v.name}: the zero value must not have a wire spelling")
            elif v.number != 0 and not spelling:
                problems.append(f"{name}.{v.name}: no (bria.tailored.v1.wire_value)")
    assert not problems, f"{len(problems)} enum value problem(s):\n  " + "\n  ".join(problems)


def _native_only_enums(files) -> set[str]:
    """Enums used only by the gateway's own services (e.g. watch states): not wire enums."""
    messages = _messages(files)
    seen: set[str] = set()
    enums: set[str] = set()
    todo = [
        t.lstrip(".")
        for f in files
        for s in f.service
        if f"{f.package}.{s.name}" in NATIVE_SERVICES
        for m in s.method
        for t in (m.input_type, m.output_type)
    ]
    while todo:
        name = todo.pop()
        if name in seen or name not in messages:
            continue
        seen.add(name)
        for fld in messages[name].field:
            target = fld.type_name.lstrip(".")
            if fld.type == fld.TYPE_ENUM:
                enums.add(target)
            elif fld.type == fld.TYPE_MESSAGE:
                todo.append(target)
    return enums


def test_error_reason_is_not_a_wire_enum(files):
    enums = _enums(files)
    assert f"{PACKAGE}.ErrorReason" in enums
    spelled = [v.name for v in enums[f"{PACKAGE}.ErrorReason"].value if v.options.HasExtension(annotations_pb2.wire_value)]
    assert not spelled, f"ErrorReason values must not carry wire spellings: {spelled}"


def test_every_upstream_rpc_has_an_http_rule(files):
    services = _upstream_services(files)
    assert services
    missing = [
        f"{f.name}: {s.name}.{m.name}"
        for f, s in services
        for m in s.method
        if not m.options.HasExtension(http_annotations.http)
        or m.options.Extensions[http_annotations.http].WhichOneof("pattern") is None
    ]
    assert not missing, f"{len(missing)} upstream-facing RPC(s) without google.api.http:\n  " + "\n  ".join(missing)


def test_message_cel_rule_ids_start_with_a_field_name(files):
    checked = 0
    problems = []
    for name, m in sorted(_messages(files).items()):
        fields = {fld.name for fld in m.field}
        for rule in m.options.Extensions[validate_pb2.message].cel:
            checked += 1
            head, dot, rest = rule.id.partition(".")
            if not dot or not rest or head not in fields:
                problems.append(f"{name}: rule id {rule.id!r} is not `<field of {m.name}>.<rule>`")
    assert checked > 0, "no message-level CEL rules found: is the option extension registered?"
    assert not problems, f"{len(problems)} CEL rule id problem(s):\n  " + "\n  ".join(problems)
