"""The production image, built from the real Dockerfile and run for real, without a Docker engine
(image_build.py): mmdebstrap makes a stand-in for the FROM image, `buildah bud` builds the
Dockerfile (cold, then again from its layer cache) and `buildah run --isolation chroot` runs the
image's own entrypoint and command as UID 10001 on 127.0.0.1, in front of an emulator this test
starts on the host, with every top-level directory but /tmp mounted read-only.

Checked: the image's configuration (user, entrypoint, command, ports, stop signal, healthcheck,
labels); its contents (no emulator, no installer, no compiler, bytecode compiled, nothing
writable but /tmp); the server answering health (SERVING), reflection (v1) and a real RPC
through to the emulator; the image's HEALTHCHECK command run inside the image; nothing written
outside /tmp; SIGTERM to the gateway process ending it with status 0 within the grace period.
The image's size and the build times are printed in the terminal summary.

In CI (CI=true) a missing buildah or mmdebstrap, or not being root, fails instead of skipping."""

from __future__ import annotations

import contextlib
import datetime
import json
import os
import pathlib
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from dataclasses import dataclass

import grpc
import pytest
from grpc_health.v1 import health_pb2, health_pb2_grpc
from grpc_reflection.v1alpha import reflection_pb2

from bria.tailored.v1 import common_pb2 as cm
from bria.tailored.v1 import projects_pb2 as pp
from bria.tailored.v1 import projects_pb2_grpc as pg
from image_build import (CACHE, ROOT, Buildah, base_image_name, build, cmdline, copy_context, descendants,
                         fail_or_skip, ids, make_standin, require_binary, snapshot, standin_tar)

pytestmark = pytest.mark.slow

UID = 10001
TAG = "localhost/tailored-gateway:image-test"
MMDEBSTRAP_TIMEOUT = 600
COLD_BUILD_TIMEOUT = 900  # downloads every wheel from the package index
WARM_BUILD_TIMEOUT = 300
RUN_TIMEOUT = 60  # one `buildah run` of a short command
START_TIMEOUT = 60  # the gateway answering SERVING
GRACE_SECONDS = 5.0  # GATEWAY_SHUTDOWN_GRACE_SECONDS of the run
TOKEN = "tok-image-test-7c1e"
METADATA = (("api_token", TOKEN),)
# Not part of the image's filesystem while it runs: kernel and buildah mounts, and /tmp (a tmpfs).
NOT_IMAGE = frozenset({"dev", "proc", "sys", "run", "tmp"})
COMPILERS = ("gcc", "cc", "c++", "g++", "clang", "make", "ld", "as", "cpp")
BIN_DIRS = ("usr/bin", "usr/sbin", "usr/local/bin", "usr/local/sbin", "opt/venv/bin")


@dataclass
class Image:
    buildah: Buildah
    tag: str
    config: dict  # the Docker config: User, Entrypoint, Cmd, Healthcheck, ...
    revision: str


@pytest.fixture(scope="module")
def image(image_summary):
    if os.geteuid() != 0:
        fail_or_skip("building and running the image with buildah needs root here")
    buildah_bin, mmdebstrap = require_binary("buildah"), require_binary("mmdebstrap")
    CACHE.mkdir(parents=True, exist_ok=True)
    store = pathlib.Path(tempfile.mkdtemp(prefix="store-", dir=CACHE))
    runroot = pathlib.Path(tempfile.mkdtemp(prefix="tailored-image-run-"))
    buildah = Buildah(buildah_bin, store, runroot)
    started = time.monotonic()
    try:
        tar, made_in = standin_tar(mmdebstrap, MMDEBSTRAP_TIMEOUT)
        base = base_image_name(ROOT / "Dockerfile")
        make_standin(buildah, tar, base, timeout=300)
        revision = subprocess.run(["git", "rev-parse", "HEAD"], cwd=ROOT, capture_output=True, text=True,
                                  timeout=30).stdout.strip() or "unknown"
        args = {"REVISION": revision,
                "CREATED": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")}
        context = copy_context(ROOT, store / "context")
        cold = build(buildah, context, TAG, COLD_BUILD_TIMEOUT, no_cache=True, build_args=args)
        warm = build(buildah, context, TAG, WARM_BUILD_TIMEOUT, no_cache=False, build_args=args)
        # Unchanged sources and arguments: every step comes from the cache, the very same image.
        assert warm.image_id == cold.image_id, warm.output
        size, base_size = buildah.image_size(TAG), buildah.image_size(base)
        stand_in = f"made by mmdebstrap in {made_in:.1f} s" if made_in is not None else "rootfs from .tmp/image"
        image_summary(f"stand-in base {base}: {base_size / 1e6:.0f} MB ({stand_in})")
        image_summary(f"image {TAG}: {size / 1e6:.0f} MB, of which the gateway's layers {(size - base_size) / 1e6:.0f} MB")
        image_summary(f"build: cold (no layer cache) {cold.seconds:.1f} s, warm (layer cache) {warm.seconds:.1f} s")
        yield Image(buildah, TAG, buildah.inspect("image", TAG)["Docker"]["config"], revision)
    finally:
        buildah.remove_everything()
        left = buildah("images", "--all", "--quiet", check=False).stdout.split()
        for path in (store, runroot):
            subprocess.run(["rm", "-rf", "--one-file-system", str(path)], timeout=120)
        image_summary(f"image tests: {time.monotonic() - started:.1f} s (stand-in, two builds, runs, clean-up)")
        assert not left, f"images left in the private store: {left}"


@contextlib.contextmanager
def container(image: Image):
    ctr = image.buildah.new_container(image.tag)
    try:
        yield ctr
    finally:
        image.buildah("rm", ctr)


def run_in(image: Image, ctr: str, *argv: str, env: dict[str, str] | None = None,
           extra: tuple[str, ...] = ()) -> subprocess.CompletedProcess:
    """`buildah run` of argv in the container as UID 10001; its exit status is the command's."""
    flags = [f"--env={k}={v}" for k, v in (env or {}).items()]
    return image.buildah("run", "--isolation", "chroot", "--user", str(UID), *flags, *extra, ctr, "--", *argv,
                         timeout=RUN_TIMEOUT, check=False)


# ---- what the image is ----------------------------------------------------------------------------

def test_the_image_configuration(image):
    c = image.config
    assert c["User"] == f"{UID}:{UID}"
    assert c["Entrypoint"] == ["tailored-gateway"] and c["Cmd"] == ["serve"]
    assert set(c["ExposedPorts"]) == {"50051/tcp", "9464/tcp", "8081/tcp"}
    assert c["StopSignal"] == "SIGTERM"
    test = c["Healthcheck"]["Test"]  # dropped by buildah's default OCI format: the build uses docker's
    assert test[0] == "CMD" and test[1:3] == ["tailored-gateway", "health"], test
    assert 0 < c["Healthcheck"]["Timeout"] <= c["Healthcheck"]["Interval"]
    env = dict(e.split("=", 1) for e in c["Env"])
    assert env["PYTHONDONTWRITEBYTECODE"] == "1" and env["HOME"] == "/tmp" and env["GATEWAY_PORT"] == "50051"
    assert env["PATH"].startswith("/opt/venv/bin:")
    labels = c["Labels"]
    assert labels["org.opencontainers.image.title"] == "tailored-gateway"
    assert labels["org.opencontainers.image.revision"] == image.revision
    assert labels["org.opencontainers.image.version"] and labels["org.opencontainers.image.created"]


def test_the_image_holds_the_gateway_only_compiled_and_read_only(image):
    with container(image) as ctr:
        root = pathlib.Path(image.buildah("mount", ctr).stdout.strip())
        try:
            files = snapshot(root, NOT_IMAGE)
            site = root / "opt/venv/lib/python3.11/site-packages"
            assert (site / "gateway" / "__main__.py").is_file() and (site / "bria").is_dir()
            # No emulator, no installer, no compiler.
            assert not [p for p in files if pathlib.PurePath(p).name == "tailored_emulator"]
            pips = [p for p in files if pathlib.PurePath(p).name == "pip" and (root / p / "__init__.py").exists()]
            assert pips == [], pips
            tools = [f"{d}/{name}" for d in BIN_DIRS if (root / d).is_dir() for name in os.listdir(root / d)
                     if name in COMPILERS or name.startswith("pip") or "gcc" in name or "clang" in name]
            assert tools == [], tools
            # Every module of the virtualenv compiled at build time: nothing to write at run time.
            sources = [p for p in files if p.startswith("opt/venv/") and p.endswith(".py")]
            missing = [p for p in sources if not any(
                (root / p).parent.joinpath("__pycache__").glob(f"{pathlib.PurePath(p).stem}.cpython-311*.pyc"))]
            assert len(sources) > 500 and missing == [], missing[:10]
            # Nothing the gateway's user owns, nothing world-writable but the temporary directories.
            assert not [p for p, (_, uid, *_rest) in files.items() if uid == UID]
            writable = sorted(p for p, (mode, *_rest) in files.items() if mode & 0o002 and not os.path.islink(root / p))
            assert set(writable) <= {"var/tmp"}, writable
        finally:
            image.buildah("umount", ctr)


def test_inside_the_image_there_is_no_emulator_and_no_pip(image):
    with container(image) as ctr:
        emulator = run_in(image, ctr, "python", "-c", "import tailored_emulator")
        assert emulator.returncode == 1 and "No module named 'tailored_emulator'" in emulator.stderr
        pip = run_in(image, ctr, "python", "-m", "pip", "--version")
        assert pip.returncode == 1 and "No module named pip" in pip.stderr
        # The command line says what is missing and how to get it (and the status comes through).
        cli = run_in(image, ctr, "tailored-gateway", "emulator")
        assert cli.returncode == 2 and "pip install 'tailored-gateway[emulator]'" in cli.stderr


# ---- the image running ----------------------------------------------------------------------------

def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def emulator_url(tmp_path):
    """The emulator on the host (this checkout's, from this Python), on a free loopback port."""
    port = free_port()
    log = open(tmp_path / "emulator.log", "w")
    proc = subprocess.Popen([sys.executable, "-m", "gateway", "emulator", "--host", "127.0.0.1", "--port", str(port)],
                            stdout=log, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 30
        while True:  # bounded wait for the port: a separate process
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                assert proc.poll() is None and time.monotonic() < deadline, (tmp_path / "emulator.log").read_text()
                time.sleep(0.05)
        yield f"http://127.0.0.1:{port}"
    finally:
        proc.terminate()
        proc.wait(10)
        log.close()


def read_only_mounts(root: pathlib.Path) -> list[str]:
    """Every top-level directory of the image bound read-only onto itself (buildah cannot make
    the root itself read-only: it creates /run/.containerenv), and a fresh tmpfs on /tmp: the
    Helm chart's readOnlyRootFilesystem with a writable /tmp."""
    mounts = []
    for entry in sorted(root.iterdir()):
        if entry.name not in NOT_IMAGE and entry.is_dir() and not entry.is_symlink():
            mounts += ["--mount", f"type=bind,source={entry},destination=/{entry.name},ro=true"]
    return [*mounts, "--mount", "type=tmpfs,destination=/tmp"]


def wait_serving(address: str, proc: subprocess.Popen, log: pathlib.Path) -> None:
    deadline = time.monotonic() + START_TIMEOUT
    with grpc.insecure_channel(address) as channel:
        stub = health_pb2_grpc.HealthStub(channel)
        while True:  # bounded poll: the gateway starts in another process
            assert proc.poll() is None, f"the container exited ({proc.returncode}):\n{log.read_text()}"
            try:
                if stub.Check(health_pb2.HealthCheckRequest(), timeout=1).status == health_pb2.HealthCheckResponse.SERVING:
                    return
            except grpc.RpcError:
                pass
            assert time.monotonic() < deadline, f"not SERVING after {START_TIMEOUT} s:\n{log.read_text()}"
            time.sleep(0.1)


def reflection_v1_services(channel: grpc.Channel) -> set[str]:
    """ListServices over grpc.reflection.v1 (the same messages as v1alpha under another name)."""
    call = channel.stream_stream("/grpc.reflection.v1.ServerReflection/ServerReflectionInfo",
                                 request_serializer=reflection_pb2.ServerReflectionRequest.SerializeToString,
                                 response_deserializer=reflection_pb2.ServerReflectionResponse.FromString)
    replies = list(call(iter([reflection_pb2.ServerReflectionRequest(list_services="")]), timeout=10))
    return {s.name for reply in replies for s in reply.list_services_response.service}


def gateway_process(buildah_pid: int) -> int:
    """The gateway itself: the innermost process under `buildah run` (buildah forwards no signal)."""
    ours = [p for p in descendants(buildah_pid) if any("tailored-gateway" in a for a in cmdline(p))]
    assert ours, f"no gateway process under {buildah_pid}"
    return ours[-1]


def test_the_image_serves_and_stops_on_sigterm(image, emulator_url, tmp_path, image_summary):
    port, metrics_port = free_port(), free_port()
    address = f"127.0.0.1:{port}"
    env = {
        "GATEWAY_HOST": "127.0.0.1",  # the container shares the host's network: loopback only
        "GATEWAY_PORT": str(port),
        "GATEWAY_METRICS_PORT": str(metrics_port),
        "GATEWAY_UPSTREAM_URL": emulator_url,
        "GATEWAY_SHUTDOWN_GRACE_SECONDS": str(GRACE_SECONDS),
    }
    command = [*image.config["Entrypoint"], *image.config["Cmd"]]  # exactly what a runtime starts
    healthcheck = image.config["Healthcheck"]["Test"][1:]
    log_path = tmp_path / "gateway.log"
    with container(image) as ctr, container(image) as probe_ctr, open(log_path, "w") as log:
        root = pathlib.Path(image.buildah("mount", ctr).stdout.strip())
        before = snapshot(root, NOT_IMAGE)
        flags = [f"--env={k}={v}" for k, v in env.items()]
        argv = image.buildah.cmd("run", "--isolation", "chroot", "--user", str(UID), *read_only_mounts(root),
                                 *flags, ctr, "--", *command)
        proc = subprocess.Popen(argv, stdout=log, stderr=subprocess.STDOUT)
        try:
            wait_serving(address, proc, log_path)
            gateway = gateway_process(proc.pid)
            uids, gids = ids(gateway)
            assert uids == [UID] * 4 and gids == [UID] * 4, (uids, gids)

            with grpc.insecure_channel(address) as channel:
                own = health_pb2_grpc.HealthStub(channel).Check(health_pb2.HealthCheckRequest(service=""), timeout=5)
                assert own.status == health_pb2.HealthCheckResponse.SERVING
                services = reflection_v1_services(channel)
                assert {"grpc.health.v1.Health", "grpc.reflection.v1.ServerReflection",
                        "bria.tailored.v1.ProjectService"} <= services, services
                projects = pg.ProjectServiceStub(channel)
                created = projects.CreateProject(pp.CreateProjectRequest(
                    project_name="Boxed", ip_medium=cm.IP_MEDIUM_ILLUSTRATION, ip_type=cm.IP_TYPE_DEFINED_CHARACTER,
                    ip_name="Pip", ip_description="a small green robot"), metadata=METADATA, timeout=10).project
                listed = projects.ListProjects(pp.ListProjectsRequest(), metadata=METADATA, timeout=10).projects
                assert [(p.id, p.project_name) for p in listed] == [(created.id, "Boxed")]
            # ... and it went through to the emulator, under the caller's token.
            request = urllib.request.Request(f"{emulator_url}/v1/tailored-gen/projects", headers={"api_token": TOKEN})
            with urllib.request.urlopen(request, timeout=10) as reply:
                assert [p["id"] for p in json.load(reply)] == [created.id]
            with urllib.request.urlopen(f"http://127.0.0.1:{metrics_port}/metrics", timeout=10) as reply:
                assert "grpc_server_handled_total" in reply.read().decode()

            # The image's HEALTHCHECK, run inside the image as a runtime runs it (same environment).
            probe = run_in(image, probe_ctr, *healthcheck, env=env)
            assert probe.returncode == 0 and probe.stdout.strip().endswith("SERVING"), probe.stdout + probe.stderr
            started = time.monotonic()
            os.kill(gateway, signal.SIGTERM)
            status = proc.wait(GRACE_SECONDS + 10)
            stopped_in = time.monotonic() - started
        finally:
            if proc.poll() is None:  # only on failure: end what this test started, innermost first
                for pid in reversed(descendants(proc.pid)):
                    with contextlib.suppress(ProcessLookupError):
                        os.kill(pid, signal.SIGKILL)
                proc.kill()
                proc.wait(30)
        output = log_path.read_text()
        assert status == 0 and stopped_in < GRACE_SECONDS, (status, stopped_in, output)
        assert "gateway_stopped" in output and "Traceback" not in output, output
        image_summary(f"run: SIGTERM to exit 0 in {stopped_in:.2f} s (grace {GRACE_SECONDS:.0f} s)")
        # Nothing was written outside /tmp (the directories were read-only: this checks it).
        after = snapshot(root, NOT_IMAGE)
        changed = sorted(p for p in before.keys() | after.keys() if before.get(p) != after.get(p))
        assert changed == [], changed
        # With the gateway gone, the same HEALTHCHECK fails.
        gone = run_in(image, probe_ctr, *healthcheck, env=env)
        assert gone.returncode == 1 and "UNAVAILABLE" in gone.stderr and "Traceback" not in gone.stderr, gone.stderr
        image.buildah("umount", ctr)

