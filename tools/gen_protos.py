"""Generates the Python code of the contract into gen/python/ with the protoc bundled in
grpcio-tools (the same protobuf version the gateway runs with).

`--check` regenerates into a scratch directory and fails if the committed code differs,
which is how CI catches stale generated code.
"""

from __future__ import annotations

import filecmp
import pathlib
import subprocess
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
PROTO = ROOT / "protos" / "proto"
THIRD = ROOT / "protos" / "third_party"
OUT = ROOT / "gen" / "python"
OURS = "bria"


def generate(out: pathlib.Path) -> None:
    if not (THIRD / "buf" / "validate" / "validate.proto").exists():
        subprocess.run([sys.executable, str(ROOT / "tools" / "vendor_protos.py")], check=True)
    ours = sorted(str(p.relative_to(PROTO)) for p in PROTO.rglob("*.proto"))
    base = [sys.executable, "-m", "grpc_tools.protoc", f"-I{PROTO}", f"-I{THIRD}"]
    outs = [f"--python_out={out}", f"--pyi_out={out}"]
    subprocess.run(base + outs + [f"--grpc_python_out={out}"] + ours, check=True)
    # The validation rules' own messages; google/api and google/rpc come from
    # googleapis-common-protos at run time.
    subprocess.run(base + outs + ["buf/validate/validate.proto"], check=True)
    for pkg in {pathlib.Path(p).parent for p in ours} | {pathlib.Path("buf/validate")}:
        for d in [out / pkg, *(out / pkg).parents]:
            if d == out or d == out.parent:
                break
            (d / "__init__.py").touch()


def differences(a: pathlib.Path, b: pathlib.Path) -> list[str]:
    cmp = filecmp.dircmp(a, b, ignore=["__pycache__"])
    found = [f"{a}/{n}" for n in cmp.left_only + cmp.right_only + cmp.diff_files]
    for sub in cmp.common_dirs:
        found += differences(a / sub, b / sub)
    return found


def main(argv: list[str]) -> int:
    if "--check" in argv:
        with tempfile.TemporaryDirectory() as tmp:
            generate(pathlib.Path(tmp))
            stale = differences(OUT / OURS, pathlib.Path(tmp) / OURS)
        if stale:
            print("generated code is stale; run python tools/gen_protos.py:\n  " + "\n  ".join(stale))
            return 1
        print("generated code is up to date")
        return 0
    OUT.mkdir(parents=True, exist_ok=True)
    generate(OUT)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
