"""Writes buf/validate/validate.proto back out as .proto source from the descriptor that the
protovalidate wheel (installed from PyPI) embeds, so buf and protoc can import it offline.

This runs at set-up time only (it reads the wheel's generated module as text, it does not import
it); the gateway never touches protovalidate's private modules at run time, it imports the
committed gen/python/buf code generated from the printed file.

Only the constructs that file uses are printed: proto2 messages, oneofs, enums, extensions,
extension ranges, reserved ranges, default values and (aggregate) field options.
"""

from __future__ import annotations

import ast
import pathlib
import sys

from google.protobuf import descriptor_pb2, text_format
from google.protobuf import descriptor_pool, message_factory

FDP = descriptor_pb2.FieldDescriptorProto
_SCALARS = {
    FDP.TYPE_DOUBLE: "double", FDP.TYPE_FLOAT: "float", FDP.TYPE_INT64: "int64",
    FDP.TYPE_UINT64: "uint64", FDP.TYPE_INT32: "int32", FDP.TYPE_FIXED64: "fixed64",
    FDP.TYPE_FIXED32: "fixed32", FDP.TYPE_BOOL: "bool", FDP.TYPE_STRING: "string",
    FDP.TYPE_BYTES: "bytes", FDP.TYPE_UINT32: "uint32", FDP.TYPE_SFIXED32: "sfixed32",
    FDP.TYPE_SFIXED64: "sfixed64", FDP.TYPE_SINT32: "sint32", FDP.TYPE_SINT64: "sint64",
}
_LABELS = {FDP.LABEL_OPTIONAL: "optional", FDP.LABEL_REQUIRED: "required", FDP.LABEL_REPEATED: "repeated"}


def embedded_descriptor(module_path: pathlib.Path) -> bytes:
    """The serialized FileDescriptorProto passed to file_desc() in a protobuf-py module."""
    tree = ast.parse(module_path.read_text())
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "file_desc":
            return ast.literal_eval(node.args[0])
    raise SystemExit(f"no file_desc() call in {module_path}")


class Printer:
    def __init__(self, fdp: descriptor_pb2.FileDescriptorProto, pool: descriptor_pool.DescriptorPool):
        self.fdp = fdp
        self.pool = pool
        self.lines: list[str] = []

    def out(self, depth: int, text: str) -> None:
        self.lines.append("  " * depth + text)

    def field_type(self, f: FDP) -> str:
        return _SCALARS.get(f.type) or f.type_name  # type_name is fully qualified (".pkg.Msg")

    def options(self, opts) -> str:
        """Render set options (plain and extension) in the bracket form of a field declaration."""
        parts = []
        for fd, value in opts.ListFields():
            name = f"({fd.full_name})" if fd.is_extension else fd.name
            values = value if fd.is_repeated else [value]
            for v in values:
                if fd.message_type is not None:
                    body = text_format.MessageToString(v, as_one_line=True)
                    parts.append(f"{name} = {{{body}}}")
                elif fd.type == fd.TYPE_STRING:
                    parts.append(f"{name} = {repr_str(v)}")
                elif fd.type == fd.TYPE_BOOL:
                    parts.append(f"{name} = {'true' if v else 'false'}")
                elif fd.enum_type is not None:
                    parts.append(f"{name} = {fd.enum_type.values_by_number[v].name}")
                else:
                    parts.append(f"{name} = {v}")
        return parts

    def reparse(self, raw, full_name: str):
        """Re-read an options message through the pool so its extensions become known fields."""
        cls = message_factory.GetMessageClass(self.pool.FindMessageTypeByName(full_name))
        return cls.FromString(raw.SerializeToString())

    def field(self, depth: int, f: FDP, in_oneof: bool) -> None:
        label = "" if in_oneof else _LABELS[f.label] + " "
        opts = []
        if f.HasField("default_value"):
            dv = f.default_value
            opts.append("default = " + (repr_str(dv) if f.type in (FDP.TYPE_STRING, FDP.TYPE_BYTES) else dv))
        if f.HasField("json_name") and f.json_name != _camel(f.name):
            opts.append(f"json_name = {repr_str(f.json_name)}")
        if f.HasField("options"):
            opts += self.options(self.reparse(f.options, "google.protobuf.FieldOptions"))
        suffix = f" [{', '.join(opts)}]" if opts else ""
        self.out(depth, f"{label}{self.field_type(f)} {f.name} = {f.number}{suffix};")

    def message(self, depth: int, m: descriptor_pb2.DescriptorProto) -> None:
        self.out(depth, f"message {m.name} {{")
        if m.HasField("options"):
            for o in self.options(self.reparse(m.options, "google.protobuf.MessageOptions")):
                self.out(depth + 1, f"option {o};")
        for e in m.enum_type:
            self.enum(depth + 1, e)
        for n in m.nested_type:
            self.message(depth + 1, n)
        printed_oneofs = set()
        for f in m.field:
            if f.HasField("oneof_index") and not f.proto3_optional:
                idx = f.oneof_index
                if idx in printed_oneofs:
                    continue
                printed_oneofs.add(idx)
                od = m.oneof_decl[idx]
                self.out(depth + 1, f"oneof {od.name} {{")
                if od.HasField("options"):
                    for o in self.options(self.reparse(od.options, "google.protobuf.OneofOptions")):
                        self.out(depth + 2, f"option {o};")
                for g in m.field:
                    if g.HasField("oneof_index") and g.oneof_index == idx:
                        self.field(depth + 2, g, True)
                self.out(depth + 1, "}")
            else:
                self.field(depth + 1, f, False)
        for r in m.extension_range:
            end = "max" if r.end >= 536870912 else str(r.end - 1)
            self.out(depth + 1, f"extensions {r.start} to {end};")
        for r in m.reserved_range:
            self.out(depth + 1, f"reserved {r.start}" + (f" to {r.end - 1};" if r.end - 1 != r.start else ";"))
        for name in m.reserved_name:
            self.out(depth + 1, f"reserved {repr_str(name)};")
        for x in m.extension:
            self.extension_block(depth + 1, [x])
        self.out(depth, "}")

    def enum(self, depth: int, e: descriptor_pb2.EnumDescriptorProto) -> None:
        self.out(depth, f"enum {e.name} {{")
        for v in e.value:
            self.out(depth + 1, f"{v.name} = {v.number};")
        for r in e.reserved_range:
            self.out(depth + 1, f"reserved {r.start}" + (f" to {r.end};" if r.end != r.start else ";"))
        for name in e.reserved_name:
            self.out(depth + 1, f"reserved {repr_str(name)};")
        self.out(depth, "}")

    def extension_block(self, depth: int, exts) -> None:
        by_extendee: dict[str, list] = {}
        for x in exts:
            by_extendee.setdefault(x.extendee, []).append(x)
        for extendee, fields in by_extendee.items():
            self.out(depth, f"extend {extendee} {{")
            for f in fields:
                self.field(depth + 1, f, False)
            self.out(depth, "}")

    def render(self) -> str:
        fdp = self.fdp
        self.out(0, "// Generated at set-up time by tools/descriptor_to_proto.py from the descriptor embedded")
        self.out(0, "// in the protovalidate package installed from PyPI (Apache-2.0, Buf Technologies, Inc.).")
        self.out(0, "// Not committed (its generated Python in gen/python/buf is); do not edit.")
        self.out(0, f'syntax = "{fdp.syntax or "proto2"}";')
        self.out(0, f"package {fdp.package};")
        for dep in fdp.dependency:
            self.out(0, f'import "{dep}";')
        for o in self.options(self.reparse(fdp.options, "google.protobuf.FileOptions")):
            self.out(0, f"option {o};")
        self.extension_block(0, fdp.extension)
        for e in fdp.enum_type:
            self.enum(0, e)
        for m in fdp.message_type:
            self.message(0, m)
        return "\n".join(self.lines) + "\n"


def repr_str(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(p[:1].upper() + p[1:] for p in rest)


def main(argv: list[str]) -> None:
    import protovalidate  # the installed wheel is the source of truth

    src = pathlib.Path(protovalidate.__file__).parent / "_gen/buf/validate/validate_pb.py"
    fdp = descriptor_pb2.FileDescriptorProto.FromString(embedded_descriptor(src))
    pool = descriptor_pool.DescriptorPool()
    from google.protobuf import descriptor_pb2 as d, duration_pb2, field_mask_pb2, timestamp_pb2

    for mod in (d, duration_pb2, field_mask_pb2, timestamp_pb2):
        fp = descriptor_pb2.FileDescriptorProto()
        mod.DESCRIPTOR.CopyToProto(fp)
        pool.Add(fp)
    pool.Add(fdp)
    out = pathlib.Path(argv[1])
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(Printer(fdp, pool).render())


if __name__ == "__main__":
    main(sys.argv)
