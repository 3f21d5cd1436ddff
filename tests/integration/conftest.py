"""Integration-only fixtures: the `channel` fixture is wrapped with a client interceptor that
records, for the whole session, every full method a test called successfully through the
gateway, or that the gateway answered with an error mapped from an upstream answer (the call
reached the upstream). tests/integration/test_rpc_coverage.py compares that set with the
gateway's route table; it is moved to the end of the run here."""

from __future__ import annotations

import grpc
import pytest
from google.rpc import error_details_pb2, status_pb2

EXERCISED: set[str] = set()  # full methods, e.g. "/bria.tailored.v1.ProjectService/GetProject"
FAILED_MODULES: set[str] = set()  # file names of test modules with a failed test this session
COVERAGE_MODULE = "test_rpc_coverage.py"


def _reached_upstream(trailers) -> bool:
    """Whether an error's google.rpc.Status names an upstream HTTP status (ErrorInfo metadata)."""
    for key, value in trailers or ():
        if key != "grpc-status-details-bin":
            continue
        for detail in status_pb2.Status.FromString(value).details:
            if detail.Is(error_details_pb2.ErrorInfo.DESCRIPTOR):
                info = error_details_pb2.ErrorInfo()
                detail.Unpack(info)
                return "upstream_status" in info.metadata
    return False


class _Recorder(grpc.aio.UnaryUnaryClientInterceptor):
    async def intercept_unary_unary(self, continuation, client_call_details, request):
        call = await continuation(client_call_details, request)
        method = client_call_details.method
        method = method.decode() if isinstance(method, bytes) else method
        code = await call.code()
        if code == grpc.StatusCode.OK or _reached_upstream(await call.trailing_metadata()):
            EXERCISED.add(method)
        return call


@pytest.fixture(scope="session")
def rpc_record() -> tuple[set[str], set[str]]:
    """(exercised full methods, test modules with failures) of this session; requested through a
    fixture because pytest may import this conftest under another name than
    `tests.integration.conftest`."""
    return EXERCISED, FAILED_MODULES


def pytest_runtest_logreport(report):
    if report.failed:
        FAILED_MODULES.add(report.nodeid.split("::", 1)[0].rsplit("/", 1)[-1])


@pytest.fixture
async def channel(gateway):
    async with grpc.aio.insecure_channel(f"127.0.0.1:{gateway.port}", interceptors=[_Recorder()]) as ch:
        yield ch


def pytest_collection_modifyitems(session, config, items):
    """Run the coverage check after every other test."""
    last = [item for item in items if item.path.name == COVERAGE_MODULE]
    if last:
        items[:] = [item for item in items if item.path.name != COVERAGE_MODULE] + last
