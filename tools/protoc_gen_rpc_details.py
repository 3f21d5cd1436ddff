"""A buf plugin for the recipe (protos/buf.gen.yaml) that runs another plugin on google.rpc's
status and error-detail messages, which every client decodes from `grpc-status-details-bin` but
which the contract never imports (so buf never hands them to a plugin on its own).

Options: `plugin=<path of the real plugin, relative to protos/>`; every other option is passed
to that plugin unchanged. The messages are compiled from protos/third_party (vendored at set-up
from googleapis-common-protos) with the protoc of grpcio-tools, then sent to the real plugin as
an ordinary CodeGeneratorRequest; its answer is this plugin's answer. Use `strategy: all`."""

from __future__ import annotations

import pathlib
import subprocess
import sys
import tempfile

from google.protobuf import descriptor_pb2
from google.protobuf.compiler import plugin_pb2

PROTOS = pathlib.Path(__file__).resolve().parents[1] / "protos"
THIRD_PARTY = PROTOS / "third_party"
FILES = ["google/rpc/status.proto", "google/rpc/error_details.proto"]


def descriptors() -> descriptor_pb2.FileDescriptorSet:
    """The two files and everything they import, dependencies first."""
    with tempfile.TemporaryDirectory() as tmp:
        out = pathlib.Path(tmp) / "rpc.binpb"
        subprocess.run(
            [sys.executable, "-m", "grpc_tools.protoc", f"-I{THIRD_PARTY}", "--include_imports",
             "--include_source_info", f"--descriptor_set_out={out}", *FILES],
            check=True, capture_output=True,
        )
        return descriptor_pb2.FileDescriptorSet.FromString(out.read_bytes())


def main() -> None:
    outer = plugin_pb2.CodeGeneratorRequest.FromString(sys.stdin.buffer.read())
    options = [o for o in outer.parameter.split(",") if o]
    plugin = [o.split("=", 1)[1] for o in options if o.startswith("plugin=")]
    passed = ",".join(o for o in options if not o.startswith("plugin="))
    response = plugin_pb2.CodeGeneratorResponse()
    if len(plugin) != 1:
        response.error = "protoc_gen_rpc_details: name the real plugin once, as plugin=<path>"
        sys.stdout.buffer.write(response.SerializeToString())
        return
    request = plugin_pb2.CodeGeneratorRequest(
        file_to_generate=FILES, parameter=passed, proto_file=descriptors().file,
        compiler_version=outer.compiler_version,
    )
    done = subprocess.run([str((PROTOS / plugin[0]).resolve())], input=request.SerializeToString(), capture_output=True)
    if done.returncode:
        response.error = f"{plugin[0]} failed: {done.stderr.decode(errors='replace')[:2000]}"
        sys.stdout.buffer.write(response.SerializeToString())
        return
    sys.stdout.buffer.write(done.stdout)


if __name__ == "__main__":
    main()
