"""Fills protos/third_party/ with the .proto files our contract imports, taken from installed
PyPI packages: googleapis-common-protos (google/api, google/rpc) and protovalidate
(buf/validate, printed back from its embedded descriptor). Run by scripts/setup.sh."""

from __future__ import annotations

import pathlib
import shutil
import sys

import google.api.annotations_pb2 as _api  # noqa: F401  (locates the package directory)

sys.path.insert(0, str(pathlib.Path(__file__).parent))
import descriptor_to_proto  # noqa: E402

GOOGLE_FILES = [
    "google/api/annotations.proto",
    "google/api/http.proto",
    "google/api/field_behavior.proto",
    "google/rpc/status.proto",
    "google/rpc/code.proto",
    "google/rpc/error_details.proto",
]


def main() -> None:
    root = pathlib.Path(__file__).resolve().parent.parent / "protos" / "third_party"
    site = pathlib.Path(_api.__file__).resolve().parent.parent.parent
    for rel in GOOGLE_FILES:
        dst = root / rel
        dst.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(site / rel, dst)
    descriptor_to_proto.main(["", str(root / "buf/validate/validate.proto")])


if __name__ == "__main__":
    main()
