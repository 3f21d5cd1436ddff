"""API tokens never appear in anything the gateway emits: logs, metrics, error messages, error
details or trailers — checked by grepping everything a full run produced."""

from __future__ import annotations

import grpc
import httpx

from bria.tailored.v1 import common_pb2, datasets_pb2, datasets_pb2_grpc
from bria.tailored.v1 import projects_pb2 as pp
from bria.tailored.v1 import projects_pb2_grpc as pg
from tests.conftest import TOKEN

OTHER = "tok-other-org-77d1e0"


async def test_tokens_appear_nowhere_in_gateway_output(gateway, channel, emulator, log_stream):
    emitted: list[str] = []
    projects = pg.ProjectServiceStub(channel)
    datasets = datasets_pb2_grpc.DatasetServiceStub(channel)
    emulator.update_config(invalid_tokens=[OTHER])

    async def attempt(coro):
        try:
            reply = await coro
            emitted.append(str(reply))
        except grpc.aio.AioRpcError as err:
            emitted.append(f"{err.code()} {err.details()} {err.debug_error_string()}")
            for key, value in err.trailing_metadata() or ():
                emitted.append(f"{key}={value!r}")

    for token_key in ("api_token", "api-token"):
        md = ((token_key, TOKEN),)
        await attempt(projects.CreateProject(pp.CreateProjectRequest(
            project_name="p", ip_medium=common_pb2.IP_MEDIUM_ILLUSTRATION, ip_type=common_pb2.IP_TYPE_ICONS), metadata=md))
        await attempt(projects.GetProject(pp.GetProjectRequest(project_id=424242), metadata=md))
        await attempt(projects.GetProject(pp.GetProjectRequest(project_id=0), metadata=md))
        await attempt(datasets.GetDataset(datasets_pb2.GetDatasetRequest(dataset_id=1, max_images=999), metadata=md))
    await attempt(projects.ListProjects(pp.ListProjectsRequest(), metadata=(("authorization", f"Bearer {TOKEN}"),)))
    await attempt(projects.ListProjects(pp.ListProjectsRequest(), metadata=(("api_token", OTHER),)))  # 401
    for kind, extra in (("rate_limit", {"retry_after": 3}), ("quota", {}), ("error", {"status": 500}),
                        ("html", {}), ("truncated", {}), ("reset", {})):
        emulator.add_fault(kind, route="/v1/tailored-gen/projects", count=1, **extra)
        await attempt(projects.ListProjects(pp.ListProjectsRequest(), metadata=(("api_token", TOKEN),)))

    async with httpx.AsyncClient() as client:
        emitted.append((await client.get(f"http://127.0.0.1:{gateway.metrics_port}/metrics")).text)
    emitted.append(log_stream.getvalue())
    emitted.append(repr(gateway.settings))
    everything = "\n".join(emitted)

    assert "rpc" in log_stream.getvalue() and "grpc_server_handled_total" in everything  # we grepped real output
    assert everything.count("UNAUTHENTICATED") >= 1 and "RESOURCE_EXHAUSTED" in everything
    assert TOKEN not in everything
    assert OTHER not in everything


async def test_unexpected_failure_is_internal_and_leaks_nothing(log_stream):
    """The last-resort guard: an exception the pipeline does not know becomes a bare INTERNAL,
    logged by type and frames only (its message here carries the token)."""
    import httpx

    from gateway.app import Gateway
    from gateway.observability.logging import build_logger
    from tests.conftest import details, gateway_settings

    def explode(request: httpx.Request) -> httpx.Response:
        raise RuntimeError(f"bug while sending with {request.headers['api_token']}")

    gw = Gateway(gateway_settings("http://upstream.invalid"), logger=build_logger("info", log_stream),
                 transport_factory=lambda: httpx.MockTransport(explode))
    await gw.start()
    try:
        async with grpc.aio.insecure_channel(f"127.0.0.1:{gw.port}") as ch:
            try:
                await pg.ProjectServiceStub(ch).ListProjects(pp.ListProjectsRequest(), metadata=(("api_token", TOKEN),))
            except grpc.aio.AioRpcError as err:
                assert err.code() == grpc.StatusCode.INTERNAL and err.details() == "internal gateway error"
                assert details(err)["ErrorInfo"].reason == "GATEWAY_INTERNAL_ERROR"
                assert TOKEN not in str(err.trailing_metadata())
            else:
                raise AssertionError("expected INTERNAL")
    finally:
        await gw.stop(0)
    log = log_stream.getvalue()
    assert '"error_type": "RuntimeError"' in log and "unexpected_error" in log
    assert TOKEN not in log
