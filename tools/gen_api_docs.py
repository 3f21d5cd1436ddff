"""Generates the API reference (docs/api.md) from the contract's protos.

The protos are compiled with grpcio-tools' protoc into a descriptor set that keeps the source
info, and the page is written from it: every service and RPC (with its upstream call, from the
`google.api.http` rule, and its gateway options), every message with its fields (type, behaviour,
validation rules, upstream JSON key where it differs) and every enum value (with its upstream
spelling). The prose comes from the proto comments, which carry units, ranges, defaults and error
cases; the rules come from the protovalidate options, so the page says what the gateway enforces.

    python tools/gen_api_docs.py           # rewrite docs/api.md
    python tools/gen_api_docs.py --check   # CI: exit 1 when docs/api.md is stale
"""

from __future__ import annotations

import argparse
import pathlib
import subprocess
import sys
import tempfile

from google.api import annotations_pb2 as http_annotations
from google.api import field_behavior_pb2
from google.protobuf import descriptor_pb2

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "gen" / "python"))

from bria.tailored.v1 import annotations_pb2  # noqa: E402 (registers our options for parsing)
from buf.validate import validate_pb2  # noqa: E402 (registers the validation options)

PROTO = ROOT / "protos" / "proto"
THIRD = ROOT / "protos" / "third_party"
OUT = ROOT / "docs" / "api.md"
PACKAGE = "bria.tailored.v1"

# SourceCodeInfo path numbers (descriptor.proto field numbers).
FILE_MESSAGE, FILE_ENUM, FILE_SERVICE = 4, 5, 6
MSG_FIELD, MSG_NESTED, MSG_ENUM, MSG_ONEOF = 2, 3, 4, 8
ENUM_VALUE, SERVICE_METHOD = 2, 2

F = descriptor_pb2.FieldDescriptorProto
_SCALARS = {
    F.TYPE_DOUBLE: "double", F.TYPE_FLOAT: "float", F.TYPE_INT64: "int64", F.TYPE_UINT64: "uint64",
    F.TYPE_INT32: "int32", F.TYPE_FIXED64: "fixed64", F.TYPE_FIXED32: "fixed32", F.TYPE_BOOL: "bool",
    F.TYPE_STRING: "string", F.TYPE_BYTES: "bytes", F.TYPE_UINT32: "uint32", F.TYPE_SFIXED32: "sfixed32",
    F.TYPE_SFIXED64: "sfixed64", F.TYPE_SINT32: "sint32", F.TYPE_SINT64: "sint64",
}
_BEHAVIOURS = {
    field_behavior_pb2.REQUIRED: "required", field_behavior_pb2.OUTPUT_ONLY: "output only",
    field_behavior_pb2.IMMUTABLE: "immutable", field_behavior_pb2.OPTIONAL: "optional",
    field_behavior_pb2.INPUT_ONLY: "input only",
}


def compile_protos(out: pathlib.Path) -> descriptor_pb2.FileDescriptorSet:
    """Our proto files (their imports left out) as descriptors with comments."""
    ours = sorted(str(p.relative_to(PROTO)) for p in PROTO.rglob("*.proto"))
    subprocess.run(
        [sys.executable, "-m", "grpc_tools.protoc", f"-I{PROTO}", f"-I{THIRD}", "--include_source_info",
         f"--descriptor_set_out={out}", *ours],
        check=True,
    )
    return descriptor_pb2.FileDescriptorSet.FromString(out.read_bytes())


class Page:
    """The Markdown page for a set of file descriptors."""

    def __init__(self, files: list[descriptor_pb2.FileDescriptorProto]):
        self.files = files
        self.messages: dict[str, descriptor_pb2.DescriptorProto] = {}
        self.enums: dict[str, descriptor_pb2.EnumDescriptorProto] = {}
        for f in files:
            for m in f.message_type:
                self._index(m, f.package)
            for e in f.enum_type:
                self.enums[f"{f.package}.{e.name}"] = e
        self.lines: list[str] = []

    def _index(self, m: descriptor_pb2.DescriptorProto, scope: str) -> None:
        full = f"{scope}.{m.name}"
        self.messages[full] = m
        for nested in m.nested_type:
            self._index(nested, full)
        for e in m.enum_type:
            self.enums[f"{full}.{e.name}"] = e

    # ---- helpers ----------------------------------------------------------------------------
    def out(self, *lines: str) -> None:
        self.lines.extend(lines)

    @staticmethod
    def comments(f: descriptor_pb2.FileDescriptorProto) -> dict[tuple[int, ...], str]:
        def text(raw: str) -> str:  # protoc keeps the space after `//` on every line
            return "\n".join(line[1:] if line.startswith(" ") else line for line in raw.splitlines()).strip()

        return {tuple(loc.path): text(loc.leading_comments) for loc in f.source_code_info.location}

    @staticmethod
    def one_line(text: str) -> str:
        """A comment as one table cell: paragraphs joined, pipes escaped."""
        return " ".join(line.strip() for line in text.splitlines() if line.strip()).replace("|", "\\|")

    @staticmethod
    def anchor(full_name: str) -> str:
        return full_name.removeprefix(f"{PACKAGE}.").replace(".", "").lower()

    def link(self, type_name: str) -> str:
        name = type_name.lstrip(".")
        if name in self.messages or name in self.enums:
            return f"[`{name.removeprefix(PACKAGE + '.')}`](#{self.anchor(name)})"
        return f"`{name}`"

    def field_type(self, fld: descriptor_pb2.FieldDescriptorProto) -> str:
        if fld.type in (F.TYPE_MESSAGE, F.TYPE_ENUM):
            entry = self.messages.get(fld.type_name.lstrip("."))
            if entry is not None and entry.options.map_entry:
                key, value = entry.field
                return f"map<{self.field_type(key)}, {self.field_type(value)}>"
            base = self.link(fld.type_name)
        else:
            base = f"`{_SCALARS[fld.type]}`"
        if fld.label == F.LABEL_REPEATED:
            return f"repeated {base}"
        if fld.proto3_optional:
            return f"optional {base}"
        return base

    # ---- rules ------------------------------------------------------------------------------
    def rules(self, fld: descriptor_pb2.FieldDescriptorProto) -> list[str]:
        """The field's validation rules and wire options, as short phrases."""
        out: list[str] = []
        opts = fld.options
        behaviours = [_BEHAVIOURS.get(b, str(b)) for b in opts.Extensions[field_behavior_pb2.field_behavior]]
        rules = opts.Extensions[validate_pb2.field]
        if rules.required:
            out.append("required")
        elif "required" in behaviours:
            out.append("required (documented)")
        if rules.HasField("ignore") and rules.ignore != validate_pb2.IGNORE_UNSPECIFIED:
            out.append("checked only when set" if rules.ignore == validate_pb2.IGNORE_IF_ZERO_VALUE else
                       validate_pb2.Ignore.Name(rules.ignore))
        kind = rules.WhichOneof("type")
        if kind:
            out += self._typed_rules(kind, getattr(rules, kind), fld)
        for cel in rules.cel:
            out.append(cel.message or cel.expression)
        if opts.Extensions[annotations_pb2.wire_name]:
            out.append(f"upstream key `{opts.Extensions[annotations_pb2.wire_name]}`")
        if opts.Extensions[annotations_pb2.wire_string]:
            out.append("sent as a decimal string")
        for spelling in opts.Extensions[annotations_pb2.wire_spelling]:
            out.append(f"`{spelling.value}` spelled `{spelling.wire_value}` here")
        return out

    def _typed_rules(self, kind: str, typed, fld: descriptor_pb2.FieldDescriptorProto) -> list[str]:
        out: list[str] = []
        names = {}
        if kind == "enum":
            enum = self.enums.get(fld.type_name.lstrip("."))
            names = {v.number: v.name for v in enum.value} if enum else {}
        for desc, value in typed.ListFields():
            name = desc.name
            if desc.message_type is not None and not desc.is_repeated:  # repeated.items, map keys/values
                inner = value.WhichOneof("type") if hasattr(value, "WhichOneof") else None
                if inner:
                    out += [f"each item: {r}" for r in self._typed_rules(inner, getattr(value, inner), fld)]
                continue
            if desc.is_repeated:
                shown = ", ".join(f"`{names.get(v, v)}`" for v in value)
                out.append({"in": f"one of {shown}", "not_in": f"not {shown}"}.get(name, f"{name}: {shown}"))
            elif isinstance(value, bool):
                out.append({"defined_only": "defined values only", "uri": "an absolute URI"}.get(name, name))
            else:
                shown = value if not isinstance(value, bytes) else value.decode("utf-8", "replace")
                shown = f"`{shown}`".replace("|", "\\|") if isinstance(shown, str) else shown
                out.append(_BOUNDS.get(name, name + " {}").format(shown))
        return out

    # ---- sections ---------------------------------------------------------------------------
    def render(self) -> str:
        self.out(
            "# API reference: `bria.tailored.v1`",
            "",
            "<!-- Generated by tools/gen_api_docs.py from protos/proto; do not edit by hand. -->",
            "",
            "Generated from the protos (their comments, `google.api.http` rules, protovalidate rules and",
            "the contract's `(wire_value)`, `(wire_name)`, `(wire_string)` and `(wire_spelling)` options).",
            "Every upstream-facing RPC is one upstream REST call (the **Upstream** line); the gateway's",
            "own services (`WatchService`, `QuotaService`) have none. Errors follow the gateway's error",
            "model: each failed call carries one `google.rpc.ErrorInfo` whose `reason` is an",
            "[`ErrorReason`](#errorreason) value, plus the details listed there; each RPC lists its error",
            "cases. In the field tables, **Rules** are what the gateway checks before calling the",
            "upstream (INVALID_ARGUMENT, reason `REQUEST_INVALID`, when one fails) and how the field",
            "travels on the upstream wire.",
            "",
        )
        services = [(f, i, s) for f in self.files for i, s in enumerate(f.service)]
        self.out("## Services", "")
        for f, i, s in services:
            self.out(f"* [`{s.name}`](#{s.name.lower()}) ({len(s.method)} RPCs, `{f.name}`)")
        self.out("")
        for f, i, s in services:
            self.service(f, i, s)
        self.out("## Messages", "")
        for f in self.files:
            notes = self.comments(f)
            for i, m in enumerate(f.message_type):
                self.message(f, notes, m, (FILE_MESSAGE, i), f.package)
        self.out("## Enums", "")
        for f in self.files:
            notes = self.comments(f)
            for i, e in enumerate(f.enum_type):
                self.enum(notes, e, (FILE_ENUM, i), f"{f.package}.{e.name}")
        return "\n".join(self.lines).rstrip() + "\n"

    def service(self, f, index: int, s: descriptor_pb2.ServiceDescriptorProto) -> None:
        notes = self.comments(f)
        self.out(f"### {s.name}", "")
        if s.options.deprecated:
            self.out("**Deprecated.**", "")
        self.out(notes.get((FILE_SERVICE, index), ""), "")
        for j, m in enumerate(s.method):
            stream = "stream " if m.server_streaming else ""
            self.out(f"#### {s.name}.{m.name}", "")
            self.out(f"`rpc {m.name}({self.plain(m.input_type)}) returns ({stream}{self.plain(m.output_type)})`", "")
            self.out(f"Request: {self.link(m.input_type)}; response: {stream}{self.link(m.output_type)}.", "")
            if m.options.HasExtension(http_annotations.http):
                rule = m.options.Extensions[http_annotations.http]
                verb = rule.WhichOneof("pattern")
                parts = [f"**Upstream:** `{verb.upper()} {getattr(rule, verb)}`"]
                if rule.body:
                    parts.append("JSON body: every field not in the path" if rule.body == "*" else f"JSON body: `{rule.body}`")
                elif verb in ("get", "delete"):
                    parts.append("other fields as query parameters")
                if rule.response_body:
                    parts.append(f"the upstream body fills `{rule.response_body}`")
                route = m.options.Extensions[annotations_pb2.route]
                if route.hook:
                    parts.append(f"hook `{route.hook}`")
                if route.cost or route.cost_field:
                    cost = f"quota cost {route.cost or 1}" + (f" × `{route.cost_field}`" if route.cost_field else "")
                    parts.append(cost)
                self.out("; ".join(parts) + ".", "")
            else:
                self.out("**Served by the gateway** (no upstream call).", "")
            self.out(notes.get((FILE_SERVICE, index, SERVICE_METHOD, j), ""), "")

    @staticmethod
    def plain(type_name: str) -> str:
        return type_name.lstrip(".").removeprefix(PACKAGE + ".")

    def message(self, f, notes, m: descriptor_pb2.DescriptorProto, path: tuple[int, ...], scope: str) -> None:
        if m.options.map_entry:
            return
        full = f"{scope}.{m.name}"
        self.out(f'### {full.removeprefix(PACKAGE + ".")}', "")
        self.out(notes.get(path, ""), "")
        for cel in m.options.Extensions[validate_pb2.message].cel:
            self.out(f"* Rule `{cel.id}`: {cel.message or cel.expression}")
        real_oneofs = {}
        for k, o in enumerate(m.oneof_decl):
            members = [fld.name for fld in m.field if fld.HasField("oneof_index") and fld.oneof_index == k
                       and not fld.proto3_optional]
            if members:
                real_oneofs[k] = o.name
                required = o.options.Extensions[validate_pb2.oneof].required
                names = ", ".join(f"`{n}`" for n in members)
                self.out(f"* Oneof `{o.name}`: {'exactly' if required else 'at most'} one of {names}.")
        if m.options.Extensions[validate_pb2.message].cel or real_oneofs:
            self.out("")
        reserved = [str(r.start) if r.end - r.start == 1 else f"{r.start}–{r.end - 1}" for r in m.reserved_range]
        if reserved:
            self.out(f"Reserved field numbers: {', '.join(reserved)}.", "")
        if m.field:
            self.out("| Field | Number | Type | Rules and wire | Description |", "|---|---|---|---|---|")
            for k, fld in enumerate(m.field):
                name = f"`{fld.name}`"
                if fld.HasField("oneof_index") and fld.oneof_index in real_oneofs:
                    name += f" (oneof `{real_oneofs[fld.oneof_index]}`)"
                if fld.options.deprecated:
                    name += " (deprecated)"
                rules = "; ".join(self.rules(fld)) or "–"
                desc = self.one_line(notes.get(path + (MSG_FIELD, k), ""))
                self.out(f"| {name} | {fld.number} | {self.field_type(fld)} | {rules} | {desc} |")
            self.out("")
        else:
            self.out("No fields.", "")
        for k, nested in enumerate(m.nested_type):
            self.message(f, notes, nested, path + (MSG_NESTED, k), full)
        for k, e in enumerate(m.enum_type):
            self.enum(notes, e, path + (MSG_ENUM, k), f"{full}.{e.name}")

    def enum(self, notes, e: descriptor_pb2.EnumDescriptorProto, path: tuple[int, ...], full: str) -> None:
        self.out(f'### {full.removeprefix(PACKAGE + ".")}', "")
        self.out(notes.get(path, ""), "")
        self.out("| Value | Number | Upstream spelling | Description |", "|---|---|---|---|")
        for k, v in enumerate(e.value):
            spelling = v.options.Extensions[annotations_pb2.wire_value]
            shown = f"`{spelling}`" if spelling else "–"
            desc = self.one_line(notes.get(path + (ENUM_VALUE, k), ""))
            self.out(f"| `{v.name}` | {v.number} | {shown} | {desc} |")
        self.out("")


_BOUNDS = {
    "const": "must be {}", "len": "length {}", "min_len": "at least {} characters", "max_len": "at most {} characters",
    "min_bytes": "at least {} bytes", "max_bytes": "at most {} bytes", "pattern": "matches {}", "prefix": "starts with {}",
    "suffix": "ends with {}", "contains": "contains {}", "gt": "> {}", "gte": "≥ {}", "lt": "< {}", "lte": "≤ {}",
    "min_items": "at least {} items", "max_items": "at most {} items", "min_pairs": "at least {} entries",
    "max_pairs": "at most {} entries",
}


def render() -> str:
    with tempfile.TemporaryDirectory() as tmp:
        fds = compile_protos(pathlib.Path(tmp) / "contract.binpb")
    files = sorted(fds.file, key=lambda f: f.name)
    return Page(files).render()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="fail when docs/api.md differs from the protos")
    args = parser.parse_args(argv)
    text = render()
    if args.check:
        current = OUT.read_text() if OUT.exists() else ""
        if current != text:
            print(f"{OUT.relative_to(ROOT)} is stale: run python tools/gen_api_docs.py", file=sys.stderr)
            return 1
        return 0
    OUT.write_text(text)
    print(f"wrote {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
