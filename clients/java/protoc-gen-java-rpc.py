"""A buf plugin (the recipe's java block, `strategy: all`) that adds Java for google.rpc's status
and error details to clients/java/gen/. The contract does not import them, so buf never hands
them to a plugin, and Debian's proto-google-common-protos 1.16 predates ErrorInfo. It runs the
same Debian protoc 3.21 as the java block on protos/third_party/google/rpc and answers with the
files it wrote; the request's own files are the other plugins' business."""

from __future__ import annotations

import pathlib
import subprocess
import sys
import tempfile

from google.protobuf.compiler import plugin_pb2

THIRD_PARTY = pathlib.Path(__file__).resolve().parents[2] / "protos" / "third_party"
PROTOS = ["google/rpc/status.proto", "google/rpc/error_details.proto"]


def main() -> None:
    plugin_pb2.CodeGeneratorRequest.FromString(sys.stdin.buffer.read())
    response = plugin_pb2.CodeGeneratorResponse(
        supported_features=plugin_pb2.CodeGeneratorResponse.FEATURE_PROTO3_OPTIONAL)
    with tempfile.TemporaryDirectory() as out:
        done = subprocess.run(["/usr/bin/protoc", f"-I{THIRD_PARTY}", f"--java_out={out}", *PROTOS],
                              capture_output=True, text=True)
        if done.returncode:
            response.error = f"protoc failed on {PROTOS}: {done.stderr}"
        else:
            for path in sorted(pathlib.Path(out).rglob("*.java")):
                response.file.add(name=path.relative_to(out).as_posix(), content=path.read_text())
    sys.stdout.buffer.write(response.SerializeToString())


if __name__ == "__main__":
    main()
