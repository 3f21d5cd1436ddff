"""Generates the Python code of the contract into gen/python/ with the protoc bundled in
grpcio-tools (the same protobuf version the gateway runs with).

Two trees are generated and both are committed, so that `git clone` + `pip install .` gives a
working package without any set-up step:
  * gen/python/bria/  our contract (protos/proto);
  * gen/python/buf/   the protovalidate rule messages our protos import (buf/validate), from
    protos/third_party/buf/validate/validate.proto, which tools/vendor_protos.py prints back from
    the pinned protovalidate wheel at set-up time (that .proto itself is not committed).

`--check` regenerates both into a scratch directory and fails if the committed code differs,
which is how CI catches stale generated code (or a protovalidate upgrade without regenerating).
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
VENDORED = "buf"
TREES = (OURS, VENDORED)  # top-level packages under gen/python, all committed


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
    if not a.is_dir():
        return [f"{a}/ (missing)"]
    cmp = filecmp.dircmp(a, b, ignore=["__pycache__"])
    found = [f"{a}/{n}" for n in cmp.left_only + cmp.right_only + cmp.diff_files]
    for sub in cmp.common_dirs:
        found += differences(a / sub, b / sub)
    return found


def ignored_by_git(trees: tuple[str, ...]) -> list[str]:
    """Generated files that git would not commit (an ignore rule over gen/python breaks a plain
    `git clone` + `pip install .`). Empty outside a git work tree."""
    files = [str(p.relative_to(ROOT)) for t in trees for p in (OUT / t).rglob("*")
             if p.is_file() and "__pycache__" not in p.parts]
    try:
        result = subprocess.run(["git", "check-ignore", "--no-index", "--stdin"], cwd=ROOT, input="\n".join(files),
                                capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired):
        return []
    return result.stdout.split() if result.returncode == 0 else []


def main(argv: list[str]) -> int:
    if "--check" in argv:
        with tempfile.TemporaryDirectory() as tmp:
            generate(pathlib.Path(tmp))
            stale = [d for tree in TREES for d in differences(OUT / tree, pathlib.Path(tmp) / tree)]
        if stale:
            print("generated code is stale; run python tools/gen_protos.py:\n  " + "\n  ".join(stale))
            return 1
        ignored = ignored_by_git(TREES)
        if ignored:
            print("generated code is git-ignored (it must be committed):\n  " + "\n  ".join(ignored))
            return 1
        print("generated code is up to date")
        return 0
    OUT.mkdir(parents=True, exist_ok=True)
    generate(OUT)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
