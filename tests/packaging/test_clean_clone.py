"""A plain `git clone` + `pip install` (no set-up script, no editable install, a fresh virtualenv)
gives a working `tailored-gateway`. Two variants, one virtualenv each, installed side by side:

- `pip install '.[emulator]'`: serves on the embedded emulator, reports SERVING on the health
  service, and exits 0 on SIGTERM;
- `pip install .` (no extra): neither the emulator's server (uvicorn, httptools) nor starlette
  comes along; `--help`, `serve --help` and `emulator --help` work, while `emulator`, `demo`
  and `serve --upstream embedded` exit 2 naming the extra (the command line imports the
  emulator only when it starts it).

This is what a container build does, so it must not depend on anything set-up time writes into
the working tree (gen/python/buf once did) or on files beside the clone.

pip uses the machine's configured index and cache. Everything listens on 127.0.0.1 only."""

from __future__ import annotations

import os
import pathlib
import signal
import socket
import subprocess
import sys
import time

import grpc
import pytest
from grpc_health.v1 import health_pb2, health_pb2_grpc

ROOT = pathlib.Path(__file__).resolve().parents[2]
INSTALL_TIMEOUT = 900  # a cold cache downloads grpcio, uvloop, ... once
START_TIMEOUT = 60
STOP_TIMEOUT = 30

pytestmark = pytest.mark.slow


def _run(args: list[str], cwd: pathlib.Path, timeout: float, env: dict[str, str] | None = None) -> str:
    result = subprocess.run(args, cwd=cwd, capture_output=True, text=True, timeout=timeout, env=env)
    assert result.returncode == 0, f"{' '.join(args)} failed ({result.returncode}):\n{result.stdout}{result.stderr}"
    return result.stdout


def _clean_env() -> dict[str, str]:
    """The caller's environment without anything that could point Python or the gateway at this
    checkout or its settings (PYTHONPATH, GATEWAY_*, a virtualenv)."""
    drop = ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV", "PYTHONSTARTUP")
    return {k: v for k, v in os.environ.items() if k not in drop and not k.startswith("GATEWAY_")}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


VARIANTS = {"emulator": ".[emulator]", "plain": "."}


def _pip(venv: pathlib.Path) -> list[str]:
    """pip acting on `venv` (pip's --python): the venv itself is made without pip, which saves
    bootstrapping pip into each one; what gets installed is the same."""
    return [sys.executable, "-m", "pip", "--python", str(venv / "bin" / "python"), "--disable-pip-version-check"]


@pytest.fixture(scope="module")
def venvs(tmp_path_factory, packaging_summary) -> dict[str, pathlib.Path]:
    """A virtualenv per variant, each with `pip install <spec>` from its own fresh clone of HEAD
    (pip builds in the source tree), installed concurrently; the clones are deleted first, so
    nothing can be imported from them afterwards."""
    base = tmp_path_factory.mktemp("clean-clone")
    env = _clean_env()
    started = time.monotonic()
    installs, paths = {}, {}
    for name, spec in VARIANTS.items():
        clone, venv = base / f"repo-{name}", base / f"venv-{name}"
        _run(["git", "clone", "--quiet", "--no-hardlinks", str(ROOT), str(clone)], base, 120, env)
        _run([sys.executable, "-m", "venv", "--without-pip", str(venv)], base, 120, env)
        log = (base / f"pip-{name}.log").open("w+")
        installs[name] = (subprocess.Popen(
            [*_pip(venv), "install", "--quiet", "--no-input", "--no-compile", spec],
            cwd=clone, env=env, stdout=log, stderr=subprocess.STDOUT), log)
        paths[name] = venv
    try:
        for name, (proc, log) in installs.items():
            code = proc.wait(timeout=INSTALL_TIMEOUT)
            log.seek(0)
            assert code == 0, f"pip install {VARIANTS[name]} failed ({code}):\n{log.read()}"
    finally:
        for proc, log in installs.values():
            if proc.poll() is None:
                proc.kill()
                proc.wait()
            log.close()
    packaging_summary(f"clean clone: git clone + fresh venv + pip install of {', '.join(VARIANTS.values())} "
                      f"(concurrently) took {time.monotonic() - started:.0f} s")
    for name in VARIANTS:
        subprocess.run(["rm", "-rf", str(base / f"repo-{name}")], check=True)
    return paths


@pytest.fixture(scope="module")
def installed(venvs) -> pathlib.Path:
    """The virtualenv with `pip install '.[emulator]'`."""
    return venvs["emulator"]


def test_the_installed_package_has_every_generated_module(installed):
    code = ("import pathlib, gateway, tailored_emulator.server as e, bria.tailored.v1.models_pb2,"
            " buf.validate.validate_pb2 as v; print(pathlib.Path(gateway.__file__).resolve());"
            " print(pathlib.Path(e.__file__).resolve()); print(pathlib.Path(v.__file__).resolve())")
    out = _run([str(installed / "bin" / "python"), "-c", code], installed, 60, _clean_env())
    venv = installed.resolve()
    for line in out.split():
        assert pathlib.Path(line).is_relative_to(venv), f"{line} is imported from outside the fresh venv"


def test_installed_gateway_serves_health_and_stops_cleanly_on_sigterm(installed, tmp_path):
    _serve_then_stop(installed, tmp_path, "--upstream", "embedded")


def _serve_then_stop(venv: pathlib.Path, tmp_path: pathlib.Path, *args: str) -> None:
    """`tailored-gateway serve ARGS` reports SERVING on the health service and exits 0 on SIGTERM."""
    port = _free_port()
    log = (tmp_path / "stderr.log").open("w+")
    proc = subprocess.Popen(
        [str(venv / "bin" / "tailored-gateway"), "serve", *args, "--host", "127.0.0.1",
         "--port", str(port), "--metrics-port", "-1"],
        cwd=tmp_path, env=_clean_env(), stdout=log, stderr=subprocess.STDOUT,
    )

    def output() -> str:
        log.flush()
        log.seek(0)
        return log.read()

    try:
        status = _wait_for_serving(proc, f"127.0.0.1:{port}")
        assert status == health_pb2.HealthCheckResponse.SERVING, output()
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=STOP_TIMEOUT) == 0, output()
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(timeout=STOP_TIMEOUT)
        log.close()


def _wait_for_serving(proc: subprocess.Popen, target: str) -> int:
    """Health of the empty service name, from the health Watch stream (current state first, then
    every change), waiting for the server to accept connections; bounded by START_TIMEOUT."""
    with grpc.insecure_channel(target) as channel:
        stream = health_pb2_grpc.HealthStub(channel).Watch(
            health_pb2.HealthCheckRequest(service=""), timeout=START_TIMEOUT, wait_for_ready=True)
        try:
            for reply in stream:
                if reply.status == health_pb2.HealthCheckResponse.SERVING:
                    return reply.status
        except grpc.RpcError as err:
            raise AssertionError(f"no SERVING from {target} (exit code {proc.poll()}): {err.code()}") from err
        finally:
            stream.cancel()
    raise AssertionError(f"health stream of {target} ended without SERVING (exit code {proc.poll()})")


def _cli(venv: pathlib.Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([str(venv / "bin" / "tailored-gateway"), *args], cwd=venv, env=_clean_env(),
                          capture_output=True, text=True, timeout=60)


def test_without_the_extra_serve_works_and_the_emulator_says_how_to_install_it(venvs, tmp_path):
    plain = venvs["plain"]
    python = str(plain / "bin" / "python")
    for module in ("uvicorn", "httptools", "starlette"):
        missing = subprocess.run([python, "-c", f"import {module}"], capture_output=True, text=True, timeout=60)
        assert missing.returncode != 0 and f"No module named '{module}'" in missing.stderr, module
    for args in (["--help"], ["serve", "--help"], ["emulator", "--help"]):
        result = _cli(plain, *args)
        assert result.returncode == 0 and result.stdout.startswith("usage: tailored-gateway"), (args, result.stderr)
    # The gateway serves (its own health; nothing listens at the upstream's address).
    _serve_then_stop(plain, tmp_path, "--upstream", f"http://127.0.0.1:{_free_port()}")
    for args in (["serve", "--upstream", "embedded", "--port", "0", "--metrics-port", "-1"], ["demo"],
                 ["emulator", "--port", "0"]):
        result = _cli(plain, *args)
        assert result.returncode == 2, (args, result.stdout, result.stderr)
        assert "pip install 'tailored-gateway[emulator]'" in result.stderr and "uvicorn" in result.stderr, args
        assert "Traceback" not in result.stderr, args
