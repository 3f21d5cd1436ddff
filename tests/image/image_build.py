"""Building and running the image without a Docker engine (README.md#container-image): Debian's
`mmdebstrap` makes a stand-in for the Dockerfile's FROM image, `buildah bud` builds the real
Dockerfile and `buildah run --isolation chroot` runs the result, sharing the host's network and
PID namespace.

Everything lives in a private buildah store (`--root`/`--runroot` in temporary directories), so
the tests never see or touch anyone else's images or containers and leave nothing behind. The
stand-in's root filesystem is cached under .tmp/image/, keyed by what goes into it."""

from __future__ import annotations

import hashlib
import json
import os
import pathlib
import re
import shutil
import subprocess
import time
from dataclasses import dataclass

from tests.support import fail_or_skip, in_ci, require_binary  # noqa: F401  (used by the image tests)

ROOT = pathlib.Path(__file__).resolve().parents[2]
CACHE = ROOT / ".tmp" / "image"

# The stand-in for python:3.11-slim-bookworm: Debian 12 with its CPython 3.11 (the official
# image is Debian 12 with CPython 3.11 built from source into /usr/local).
SUITE = "bookworm"
MIRROR = "http://deb.debian.org/debian"
STANDIN_PACKAGES = ("python3", "python3-venv", "python-is-python3", "ca-certificates", "passwd")
# Make Debian's Python behave like the official image's where the Dockerfile relies on it: not
# "externally managed", with pip and setuptools installed by pip (from Debian's own wheels) into
# /usr/local, so `pip uninstall` can remove them as it does in the official image.
STANDIN_PREPARE = """set -eu
rm -f /usr/lib/python3.*/EXTERNALLY-MANAGED
set -- /usr/share/python-wheels/pip-*.whl
python3 "$1/pip" install --quiet --no-index --disable-pip-version-check --root-user-action=ignore \
    /usr/share/python-wheels/pip-*.whl /usr/share/python-wheels/setuptools-*.whl
"""
STANDIN_ENV = ("PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", "LANG=C.UTF-8")
STANDIN_LABEL = "dev.tailored-gateway.standin"


def base_image_name(dockerfile: pathlib.Path) -> str:
    """The FROM image (the default of `ARG PYTHON_IMAGE`), fully qualified as buildah names it."""
    match = re.search(r"^ARG PYTHON_IMAGE=(\S+)$", dockerfile.read_text(), re.MULTILINE)
    assert match, "the Dockerfile declares its base as ARG PYTHON_IMAGE=..."
    name = match.group(1)
    first = name.split("/")[0]
    if "/" not in name:
        return f"docker.io/library/{name}"
    if "." not in first and ":" not in first and first != "localhost":
        return f"docker.io/{name}"
    return name


def _run(args: list[str], timeout: float, check: bool = True) -> subprocess.CompletedProcess:
    try:
        result = subprocess.run(args, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired as err:
        raise AssertionError(f"{' '.join(args[:6])} ... timed out after {timeout} s:\n{err.stdout}{err.stderr}")
    if check and result.returncode != 0:
        raise AssertionError(f"{' '.join(args)} failed ({result.returncode}):\n{result.stdout}{result.stderr}")
    return result


class Buildah:
    """buildah on a private store."""

    def __init__(self, binary: str, root: pathlib.Path, runroot: pathlib.Path):
        self.prefix = [binary, "--root", str(root), "--runroot", str(runroot), "--storage-driver", "overlay"]

    def cmd(self, *args: str) -> list[str]:
        return [*self.prefix, *args]

    def __call__(self, *args: str, timeout: float = 60, check: bool = True) -> subprocess.CompletedProcess:
        return _run(self.cmd(*args), timeout, check)

    def inspect(self, kind: str, name: str) -> dict:
        return json.loads(self("inspect", "--type", kind, name).stdout)

    def image_size(self, name: str) -> int:
        """Bytes of the image's layers, uncompressed (what `docker images` reports)."""
        manifest = json.loads(self.inspect("image", name)["Manifest"])
        return sum(layer["size"] for layer in manifest["layers"])

    def new_container(self, image: str) -> str:
        return self("from", "--pull=never", "--quiet", image).stdout.strip()

    def remove_everything(self) -> None:
        """Every container and image of this private store."""
        self("rm", "--all", timeout=120, check=False)
        self("rmi", "--all", "--force", timeout=300, check=False)


def standin_tar(mmdebstrap: str, timeout: float) -> tuple[pathlib.Path, float | None]:
    """The stand-in's root filesystem as a tar, made once per package list; (path, seconds it
    took to make, or None when it came from the cache)."""
    key = hashlib.sha256(json.dumps([SUITE, MIRROR, "minbase", sorted(STANDIN_PACKAGES)]).encode()).hexdigest()[:16]
    tar = CACHE / f"standin-{SUITE}-{key}.tar"
    if tar.exists():
        return tar, None
    CACHE.mkdir(parents=True, exist_ok=True)
    partial = CACHE / f"standin-{SUITE}-{key}.partial-{os.getpid()}.tar"  # mmdebstrap reads the format from .tar
    started = time.monotonic()
    try:
        _run([mmdebstrap, "--quiet", "--variant=minbase", f"--include={','.join(STANDIN_PACKAGES)}",
              SUITE, str(partial), MIRROR], timeout)
        os.replace(partial, tar)  # whole or not at all, even with two runs at once
    finally:
        partial.unlink(missing_ok=True)
    return tar, time.monotonic() - started


def make_standin(buildah: Buildah, tar: pathlib.Path, name: str, timeout: float) -> None:
    """Commit the stand-in under `name`, the name the Dockerfile's FROM uses."""
    ctr = buildah("from", "--quiet", "scratch").stdout.strip()
    buildah("add", "--quiet", ctr, str(tar), "/", timeout=timeout)  # a tar is unpacked
    buildah("run", "--isolation", "chroot", ctr, "--", "sh", "-c", STANDIN_PREPARE, timeout=timeout)
    config = ["config", "--cmd", "python3", "--label", f"{STANDIN_LABEL}={tar.name}"]
    for env in STANDIN_ENV:
        config += ["--env", env]
    buildah(*config, ctr)
    buildah("commit", "--quiet", "--format", "docker", ctr, name, timeout=timeout)
    buildah("rm", ctr)


def copy_context(root: pathlib.Path, dest: pathlib.Path) -> pathlib.Path:
    """The checkout as it is now (uncommitted changes too), without what is big and never part
    of a build context (.git, .venv, .tmp, caches): both builds see the same sources even while
    files change in the checkout, and the real .dockerignore still filters the rest."""
    ignore = shutil.ignore_patterns(".git", ".venv", ".tmp", "__pycache__", "*.pyc", ".pytest_cache", ".hypothesis",
                                    "node_modules")
    shutil.copytree(root, dest, ignore=ignore, symlinks=True)
    return dest


@dataclass
class Build:
    seconds: float
    image_id: str
    output: str


def build(buildah: Buildah, context: pathlib.Path, tag: str, timeout: float, *, no_cache: bool,
          build_args: dict[str, str]) -> Build:
    """`buildah bud` of the real Dockerfile, keeping its layers (the cache of the next build)."""
    args = ["bud", "--isolation", "chroot", "--pull=never", "--format", "docker", "--layers",
            "--volume", "/etc/ssl/certs:/etc/ssl/certs:ro", "--tag", tag, "--file", str(context / "Dockerfile")]
    if no_cache:
        args.append("--no-cache")
    for key, value in build_args.items():
        args += ["--build-arg", f"{key}={value}"]
    started = time.monotonic()
    result = buildah(*args, str(context), timeout=timeout)
    seconds = time.monotonic() - started
    return Build(seconds, buildah.inspect("image", tag)["FromImageID"], result.stdout + result.stderr)


# ---- processes and files ----------------------------------------------------------------------

def _parents() -> dict[int, int]:
    parents = {}
    for entry in pathlib.Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:  # gone meanwhile
                continue
            parents[int(entry.name)] = int(stat.rsplit(")", 1)[1].split()[1])
    return parents


def descendants(pid: int) -> list[int]:
    """Every process under `pid`, parents before their children."""
    parents = _parents()
    found, frontier = [], [pid]
    while frontier:
        children = sorted(p for p, parent in parents.items() if parent in frontier)
        found += children
        frontier = children
    return found


def cmdline(pid: int) -> list[str]:
    try:
        return (pathlib.Path("/proc") / str(pid) / "cmdline").read_bytes().decode().split("\0")[:-1]
    except OSError:
        return []


def ids(pid: int) -> tuple[list[int], list[int]]:
    """(real, effective, saved, filesystem) user and group ids of a process."""
    status = (pathlib.Path("/proc") / str(pid) / "status").read_text()
    uid = next(line for line in status.splitlines() if line.startswith("Uid:"))
    gid = next(line for line in status.splitlines() if line.startswith("Gid:"))
    return [int(x) for x in uid.split()[1:]], [int(x) for x in gid.split()[1:]]


def snapshot(root: pathlib.Path, skip: frozenset[str]) -> dict[str, tuple]:
    """Every path under `root` (but the top-level names in `skip`) with its type, mode, owner,
    size and modification time."""
    out = {}
    for dirpath, dirnames, filenames in os.walk(root):
        rel_dir = os.path.relpath(dirpath, root)
        if rel_dir == ".":
            dirnames[:] = [d for d in dirnames if d not in skip]
            filenames = [f for f in filenames if f not in skip]
        for name in dirnames + filenames:
            path = os.path.join(dirpath, name)
            st = os.lstat(path)
            out[os.path.normpath(os.path.join(rel_dir, name))] = (st.st_mode, st.st_uid, st.st_gid, st.st_size,
                                                                 st.st_mtime_ns)
    return out
