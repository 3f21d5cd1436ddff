"""Shared fixtures: a real emulator and a real gateway on 127.0.0.1 port 0, talking over real
sockets, with a manual clock for the emulator and the gateway's log captured in memory.

Every async test and fixture runs on one event loop per session (pyproject.toml), so one
emulator serves the whole session: the `emulator` fixture hands it out settled (no request in
flight) and reset to how it started (state, clock, config, faults, request log, webhooks);
tests/emulator/test_reset.py proves that reset forgets every kind of state. A test that needs
an emulator of its own (other config at start, or one it stops) calls `serve()` itself."""

from __future__ import annotations

import asyncio
import io
import json

import grpc
import pytest
from google.rpc import error_details_pb2, status_pb2

from gateway.app import Gateway
from tailored_emulator import EmulatorConfig, ManualClock, RunningEmulator, serve
from gateway.observability.logging import build_logger
from gateway.settings import Settings
from tests.support import summary_sections

# Tests that take seconds each on a quiet machine (a real install, a real Prometheus, the
# real-clock demo, fuzz and chaos volumes, buf over git history, 72 MB through the gateway):
# marked `slow`, so `-m "not slow"` skips them locally. CI runs everything. A name here that
# its module no longer defines fails the collection.
SLOW = {
    "tests/chaos/test_chaos_upstream.py::test_chaos_upstream",
    "tests/chaos/test_error_path_fuzz.py::test_the_error_path_is_total_and_bounded",
    "tests/chaos/test_error_path_fuzz.py::test_upstream_message_and_retry_after_are_total",
    "tests/contract/test_breaking.py::test_the_repository_has_no_unexplained_breaking_change",
    "tests/contract/test_breaking.py::test_after_a_release_only_later_commits_count_and_the_tag_is_compared",
    "tests/deploy/test_dashboard.py::test_every_query_returns_data_from_a_real_prometheus",
    "tests/emulator/test_spec_conformance.py::test_emulator_conforms_to_bria_openapi",
    "tests/integration/test_demo.py::test_demo_runs_end_to_end",
    "tests/integration/test_operations_server.py::test_six_twelve_megabyte_images_fit_in_one_call",
    "tests/integration/test_prometheus.py::test_dashboard_queries_on_a_real_prometheus",
    "tests/watch/test_lifecycle.py::test_ten_thousand_cancelled_streams_leak_nothing",
}


@pytest.hookimpl(tryfirst=True)  # before -k/-m deselect anything
def pytest_collection_modifyitems(config, items):
    modules = {}
    for item in items:
        path, _, name = item.nodeid.partition("::")
        if f"{path}::{name.split('[')[0]}" in SLOW:
            item.add_marker(pytest.mark.slow)
        module = item.getparent(pytest.Module)
        if module is not None:
            modules[path] = module.obj
    stale = sorted(key for key in SLOW if key.split("::")[0] in modules
                   and not hasattr(modules[key.split("::")[0]], key.split("::")[1]))
    if stale:
        raise pytest.UsageError(f"tests/conftest.py SLOW names tests that do not exist: {stale}")


TOKEN = "tok-integration-3f9a7c"  # distinctive, so the leak test can grep for it
METADATA = (("api_token", TOKEN),)
# Between tests, how long the shared emulator lets requests still in flight finish before it
# cancels them: the test is over, so nobody waits for their answers (a latency fault's, say).
SETTLE_SECONDS = 0.1


@pytest.fixture(scope="session")
async def shared_emulator() -> RunningEmulator:
    """The session's one emulator; use `emulator` (or `emu` in tests/emulator), which reset it."""
    running = await serve(EmulatorConfig(), clock=ManualClock())
    yield running
    await running.stop()


async def fresh_emulator(running: RunningEmulator, config: EmulatorConfig) -> RunningEmulator:
    """`running` with no request in flight and reset to start with `config`."""
    await running.settle(SETTLE_SECONDS)
    running.reset_to_start(config)
    return running


@pytest.fixture
async def emulator(shared_emulator):
    yield await fresh_emulator(shared_emulator, EmulatorConfig())
    await shared_emulator.settle(SETTLE_SECONDS)  # nothing the test left running reaches the next test


@pytest.fixture
def clock(emulator) -> ManualClock:
    """The emulator's clock, back at its start."""
    return emulator.clock


@pytest.fixture
def log_stream() -> io.StringIO:
    return io.StringIO()


def gateway_settings(upstream_url: str, **overrides) -> Settings:
    base = {
        "host": "127.0.0.1",
        "port": 0,
        "metrics_port": 0,
        "upstream_url": upstream_url,
        "health_probe_seconds": 3600.0,
        "shutdown_grace_seconds": 1.0,
    }
    return Settings.load({}, {**base, **overrides})


@pytest.fixture
async def gateway(emulator, log_stream):
    gw = Gateway(gateway_settings(emulator.url), logger=build_logger("debug", log_stream))
    await gw.start()
    yield gw
    await gw.stop(0)


class _LogSwitch(io.TextIOBase):
    """The shared gateway's log stream: writes go to the current test's `log_stream`."""

    def __init__(self) -> None:
        self.target: io.StringIO = io.StringIO()

    def write(self, text: str) -> int:
        return self.target.write(text)


@pytest.fixture(scope="session")
async def _session_gateway(shared_emulator):
    switch = _LogSwitch()
    gw = Gateway(gateway_settings(shared_emulator.url), logger=build_logger("debug", switch))
    gw.log_switch = switch
    await gw.start()
    yield gw
    await gw.stop(0)


def _total(metric) -> float:
    """Sum of a counter's or gauge's series (prometheus_client's public collect(), one metric
    at a time: collecting the whole registry, histograms included, takes tens of ms)."""
    return sum(sample.value for family in metric.collect() for sample in family.samples
               if family.type == "gauge" or sample.name.endswith("_total"))


def _footprint(gw: Gateway) -> dict[str, float]:
    """What a test could leave behind in a gateway that would reach the next test: calls still
    in flight, quota refusals and cool-downs, Watch streams and pollers, upstream reachability."""
    m = gw.metrics
    return {
        "in_flight": _total(m.started) - _total(m.handled),
        "cooldowns": _total(m.quota_cooldowns),
        "rejections": _total(m.quota_rejections),
        "watch_streams": _total(m.watch_streams),
        "watch_pollers": _total(m.watch_pollers),
        "upstream_up": _total(m.upstream_up),
    }


@pytest.fixture
async def shared_gateway(_session_gateway, emulator, log_stream):
    """One gateway (default settings) for the session, on the shared emulator, for tests that
    need no setting of their own and read none of its state (metrics, quota, health): a module
    opts in with `from tests.conftest import shared_gateway as gateway`. Its log goes to this
    test's `log_stream`. A test that leaves anything behind in it (a call in flight, a quota
    cool-down or refusal, a Watch stream) fails here: it needs a gateway of its own."""
    gw = _session_gateway
    before = _footprint(gw)
    gw.log_switch.target = log_stream
    yield gw
    deadline = asyncio.get_running_loop().time() + 5.0
    while _footprint(gw)["in_flight"] > before["in_flight"] and asyncio.get_running_loop().time() < deadline:
        await asyncio.sleep(0.01)  # the test's channel is closed: cancelled calls end at once
    gw.log_switch.target = io.StringIO()
    after = _footprint(gw)
    assert after == before, f"this test left state in the shared gateway ({before} -> {after}): give it its own"


@pytest.fixture
async def channel(gateway):
    async with grpc.aio.insecure_channel(f"127.0.0.1:{gateway.port}") as ch:
        yield ch


def log_lines(stream: io.StringIO) -> list[dict]:
    return [json.loads(line) for line in stream.getvalue().splitlines() if line.strip()]


def rich_status(err: grpc.aio.AioRpcError) -> status_pb2.Status:
    for key, value in err.trailing_metadata() or ():
        if key == "grpc-status-details-bin":
            return status_pb2.Status.FromString(value)
    raise AssertionError("no google.rpc.Status in the trailers")


def details(err: grpc.aio.AioRpcError) -> dict[str, object]:
    """The error's detail messages keyed by type name (ErrorInfo, BadRequest, ...)."""
    out: dict[str, object] = {}
    for any_msg in rich_status(err).details:
        name = any_msg.type_url.rsplit(".", 1)[-1]
        cls = getattr(error_details_pb2, name)
        msg = cls()
        any_msg.Unpack(msg)
        out[name] = msg
    return out


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    """The sections test folders wrote with tests.support.summary_writer (timings, sizes)."""
    for section, lines in summary_sections(config).items():
        terminalreporter.section(section)
        for line in lines:
            terminalreporter.write_line(line)

