"""`tailored-gateway health` (gateway/healthcheck.py), the image's HEALTHCHECK: exit 0 only when
the health service answers SERVING; 1 for everything else (not serving, unknown service, nothing
listening, no answer in time, bad arguments), with one line on stderr and never a traceback.
Against a plain health server on 127.0.0.1, the CLI wiring, and a real gateway."""

from __future__ import annotations

import asyncio
import socket
import subprocess
import sys
import time
from concurrent import futures

import grpc
import pytest
from grpc_health.v1 import health, health_pb2, health_pb2_grpc

from gateway import healthcheck
from gateway.__main__ import Invocation, build_parser, main as cli_main, parse

SERVING = health_pb2.HealthCheckResponse.SERVING
NOT_SERVING = health_pb2.HealthCheckResponse.NOT_SERVING


@pytest.fixture(scope="module")
def health_server():
    """A threaded gRPC server with the standard health service: "" SERVING, `bria.upstream`
    NOT_SERVING. (Threaded, so the synchronous probe never shares an event loop with it.)"""
    server = grpc.server(futures.ThreadPoolExecutor(max_workers=2))
    servicer = health.HealthServicer()
    servicer.set("", SERVING)
    servicer.set("bria.upstream", NOT_SERVING)
    health_pb2_grpc.add_HealthServicer_to_server(servicer, server)
    port = server.add_insecure_port("127.0.0.1:0")
    server.start()
    yield f"127.0.0.1:{port}"
    server.stop(None)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def run(argv: list[str], capsys, env: dict[str, str] | None = None) -> tuple[int, str, str]:
    status = healthcheck.main(argv, env={} if env is None else env)
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return status, out, err


def test_serving_exits_0(health_server, capsys):
    status, out, err = run(["--address", health_server], capsys)
    assert (status, err) == (0, "")
    assert out.strip() == f"{health_server} service '': SERVING"


def test_a_service_not_serving_exits_1(health_server, capsys):
    status, out, err = run(["--address", health_server, "--service", "bria.upstream"], capsys)
    assert (status, out) == (1, "")
    assert err.strip() == f"tailored-gateway health: {health_server} service 'bria.upstream': NOT_SERVING"


def test_an_unknown_service_exits_1(health_server, capsys):
    status, _, err = run(["--address", health_server, "--service", "no.such.Service"], capsys)
    assert status == 1 and "NOT_FOUND" in err


def test_nothing_listening_exits_1_at_once(capsys):
    started = time.monotonic()
    status, _, err = run(["--address", f"127.0.0.1:{free_port()}", "--timeout", "10"], capsys)
    assert status == 1 and "UNAVAILABLE" in err
    assert time.monotonic() - started < 5  # a refused connection does not wait for the deadline


def test_no_answer_within_the_timeout_exits_1(capsys):
    with socket.socket() as silent:  # accepts connections (the kernel does), never speaks HTTP/2
        silent.bind(("127.0.0.1", 0))
        silent.listen()
        started = time.monotonic()
        status, _, err = run(["--address", f"127.0.0.1:{silent.getsockname()[1]}", "--timeout", "0.3"], capsys)
    elapsed = time.monotonic() - started
    assert status == 1 and "DEADLINE_EXCEEDED" in err
    assert 0.3 <= elapsed < 5


def test_the_default_address_is_loopback_on_gateway_port(health_server, capsys):
    assert healthcheck.build_parser({}).parse_args([]).address == "127.0.0.1:50051"
    port = health_server.rsplit(":", 1)[1]
    status, out, _ = run([], capsys, env={"GATEWAY_PORT": port})
    assert status == 0 and out.startswith(f"127.0.0.1:{port} service '': SERVING")
    args = healthcheck.build_parser({"GATEWAY_PORT": port}).parse_args([])
    assert (args.service, float(args.timeout)) == ("", healthcheck.DEFAULT_TIMEOUT)


@pytest.mark.parametrize("value", ["0", "-1", "abc", "nan", "inf", ""])
def test_a_bad_timeout_exits_1_naming_it(value, capsys):
    status, _, err = run(["--address", "127.0.0.1:1", "--timeout", value], capsys)
    assert status == 1
    assert err.startswith("tailored-gateway health: error: --timeout: not a positive number")


@pytest.mark.parametrize("argv", [["--bogus"], ["--timeout"], ["extra"]])
def test_usage_errors_exit_1_not_2(argv, capsys):
    status, _, err = run(argv, capsys)  # argparse would exit 2, which Docker reserves
    assert status == 1 and err.startswith("tailored-gateway health: error: ")


def test_help_exits_0(capsys):
    status, out, _ = run(["--help"], capsys)
    assert status == 0 and out.startswith("usage: tailored-gateway health ")
    for flag in ("--address", "--service", "--timeout"):
        assert flag in out


# ---- the CLI wiring ------------------------------------------------------------------------------

def test_the_cli_lists_health_and_passes_its_arguments_on():
    assert "health" in build_parser().format_usage()
    argv = ["health", "--address", "127.0.0.1:1", "--bogus"]
    assert parse(argv, {}) == Invocation("health", argv=tuple(argv[1:]))


def test_the_cli_runs_it(health_server, capsys, monkeypatch):
    monkeypatch.delenv("GATEWAY_PORT", raising=False)
    assert cli_main(["health", "--address", health_server]) == 0
    assert cli_main(["health", "--address", health_server, "--service", "bria.upstream"]) == 1
    assert cli_main(["health", "--timeout"]) == 1  # the top-level parser lets it say so, with 1
    out, err = capsys.readouterr()
    assert "SERVING" in out and "Traceback" not in err


def test_the_console_script_fails_cleanly_when_nothing_listens():
    result = subprocess.run([sys.executable, "-m", "gateway", "health", "--address", f"127.0.0.1:{free_port()}"],
                            capture_output=True, text=True, timeout=30)
    assert result.returncode == 1, result.stderr
    assert result.stdout == "" and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


async def test_a_real_gateway_is_serving(gateway):
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "gateway", "health", "--address", f"127.0.0.1:{gateway.port}",
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    out, err = await asyncio.wait_for(proc.communicate(), 30)
    assert proc.returncode == 0, err.decode()
    assert out.decode().strip().endswith("SERVING")
