"""What tracing costs per unary call, off and on, in two measurements:

1. In process (no sockets): the gateway's real per-RPC wrapper (Observer) around its real
   pipeline (Dispatcher: validation, caller, quota, upstream with its retries and spans) for
   ListProjects, the upstream answered by an in-memory httpx transport; a fake gRPC context.
   CPU time of the whole process per call (the batch processor's export thread included).
2. End to end: the gateway as its own process in front of the emulator (another process),
   driven by bench/load.py, its CPU per call from /proc, tracing off and on.

With tracing on, spans go over OTLP/gRPC to a receiver in this process that only counts them.
Off: no OTEL_EXPORTER_OTLP_* variable (the API's no-op tracer, nothing extracted or injected).

  python bench/tracing.py [--calls 20000] [--rounds 3] [--seconds 5] [--no-e2e]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import platform
import statistics
import sys
import threading
import time
from concurrent import futures
from contextlib import ExitStack

import grpc
import httpx
from opentelemetry.proto.collector.trace.v1 import trace_service_pb2, trace_service_pb2_grpc

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from bria.tailored.v1 import projects_pb2 as pp  # noqa: E402
from gateway.app import Gateway  # noqa: E402
from gateway.observability.logging import build_logger  # noqa: E402
from gateway.observability.rpc import Observer  # noqa: E402
from gateway.observability.tracing import Tracing  # noqa: E402
from gateway.settings import Settings  # noqa: E402

LIST = "/bria.tailored.v1.ProjectService/ListProjects"
TRACEPARENT = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"


class Counter(trace_service_pb2_grpc.TraceServiceServicer):
    def __init__(self) -> None:
        self.spans = 0
        self._lock = threading.Lock()

    def Export(self, request, context):  # noqa: N802
        n = sum(len(ss.spans) for rs in request.resource_spans for ss in rs.scope_spans)
        with self._lock:
            self.spans += n
        return trace_service_pb2.ExportTraceServiceResponse()


def receiver(stack: ExitStack) -> tuple[Counter, str]:
    server = grpc.server(futures.ThreadPoolExecutor(max_workers=2))
    counter = Counter()
    trace_service_pb2_grpc.add_TraceServiceServicer_to_server(counter, server)
    port = server.add_insecure_port("127.0.0.1:0")
    server.start()
    stack.callback(lambda: server.stop(0))
    return counter, f"http://127.0.0.1:{port}"


class Context:
    """The parts of a grpc.aio ServicerContext the wrapper and the pipeline use."""

    def __init__(self, metadata: tuple) -> None:
        self._metadata = metadata

    def invocation_metadata(self):
        return self._metadata

    def set_trailing_metadata(self, _):
        pass

    def time_remaining(self):
        return None

    async def abort(self, code, message):
        raise RuntimeError(f"{code}: {message}")


def in_process_gateway(tracing: Tracing) -> tuple[Gateway, Observer]:
    settings = Settings.load({}, {"host": "127.0.0.1", "port": 0, "metrics_port": -1,
                                  "upstream_url": "http://upstream.invalid"})
    body = b'{"data": [], "pagination": {"page": 1, "page_size": 10, "total": 0}}'

    def transport():
        return httpx.MockTransport(lambda request: httpx.Response(200, content=body,
                                                                  headers={"content-type": "application/json"}))

    log = build_logger("info", open(os.devnull, "w"))
    gw = Gateway(settings, transport_factory=transport, logger=log, tracing=tracing)
    return gw, Observer(gw.metrics, log, tracing)


async def per_call_cpu(tracing: Tracing, calls: int, metadata: tuple) -> float:
    gw, observer = in_process_gateway(tracing)
    route = gw.routes[LIST]
    handler = observer.unary(LIST, gw.dispatcher.handler(route))
    request = pp.ListProjectsRequest()
    for _ in range(500):  # warm-up
        await handler(request, Context(metadata))
    tracing.force_flush()
    started = time.process_time()
    for _ in range(calls):
        await handler(request, Context(metadata))
    tracing.force_flush()  # the export of these spans counts too
    used = time.process_time() - started
    await gw.upstream.aclose()
    return used / calls * 1e6


def in_process(calls: int, rounds: int) -> None:
    token = (("api_token", "bench-token"),)
    with ExitStack() as stack:
        counter, endpoint = receiver(stack)
        rows = []
        for _ in range(rounds):
            off = asyncio.run(per_call_cpu(Tracing(), calls, token + (("traceparent", TRACEPARENT),)))
            os.environ["OTEL_EXPORTER_OTLP_ENDPOINT"] = endpoint
            try:
                on_tracing = Tracing.from_env()
            finally:
                del os.environ["OTEL_EXPORTER_OTLP_ENDPOINT"]
            on = asyncio.run(per_call_cpu(on_tracing, calls, token + (("traceparent", TRACEPARENT),)))
            on_tracing.shutdown()
            rows.append((off, on))
    print(f"In process ({calls:,} ListProjects calls per cell, {rounds} rounds; receiver got {counter.spans:,} spans)")
    print()
    print("| round | tracing off: CPU per call | tracing on: CPU per call | on − off |")
    print("|---|---|---|---|")
    for i, (off, on) in enumerate(rows, 1):
        print(f"| {i} | {off:.1f} µs | {on:.1f} µs | {on - off:+.1f} µs |")
    print(f"| median | {statistics.median(r[0] for r in rows):.1f} µs | {statistics.median(r[1] for r in rows):.1f} µs "
          f"| {statistics.median(r[1] - r[0] for r in rows):+.1f} µs |")
    print()


def end_to_end(seconds: float, rounds: int) -> None:
    from cpu_per_call import measure
    from unary import PY, free_port, spawn, wait_port

    emu = free_port()
    with ExitStack() as stack:
        counter, endpoint = receiver(stack)
        spawn(stack, [PY, "-m", "gateway", "emulator", "--port", str(emu)])
        wait_port(emu)
        clean = {k: v for k, v in os.environ.items() if not k.startswith("OTEL_")}
        procs = {}
        for name, env in (("off", {}), ("on", {"OTEL_EXPORTER_OTLP_ENDPOINT": endpoint})):
            port = free_port()
            os.environ.clear()
            os.environ.update({**clean, **env})
            try:
                proc = spawn(stack, [PY, "-m", "gateway", "serve", "--host", "127.0.0.1", "--port", str(port),
                                     "--metrics-port", "-1", "--upstream", f"http://127.0.0.1:{emu}"])
            finally:
                os.environ.clear()
                os.environ.update(clean)
            procs[name] = (proc, port)
        for _, port in procs.values():
            wait_port(port)
        created = httpx.post(f"http://127.0.0.1:{emu}/v1/tailored-gen/projects", headers={"api_token": "bench-token"},
                             json={"project_name": "b", "ip_medium": "illustration", "ip_type": "icons"})
        created.raise_for_status()
        project_id = int(created.json()["id"])
        rows = []
        for _ in range(rounds):
            row = []
            for name in ("off", "on"):
                proc, port = procs[name]
                result, cpu = measure(proc.pid, f"127.0.0.1:{port}", 1, seconds, project_id)
                row.append((cpu, result["rps"]))
            rows.append(row)
    print(f"End to end (gateway process → emulator process, GetProject, 1 in flight, {seconds:g} s per cell; "
          f"receiver got {counter.spans:,} spans; the load generator sends no traceparent)")
    print()
    print("| round | tracing off: gateway CPU per call | tracing on: gateway CPU per call | on − off |")
    print("|---|---|---|---|")
    for i, ((off, off_rps), (on, on_rps)) in enumerate(rows, 1):
        print(f"| {i} | {off:.0f} µs ({off_rps:,.0f}/s) | {on:.0f} µs ({on_rps:,.0f}/s) | {on - off:+.0f} µs |")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--calls", type=int, default=20_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--seconds", type=float, default=5.0)
    parser.add_argument("--no-e2e", action="store_true")
    args = parser.parse_args()
    print(f"Machine: {os.cpu_count()} cores, {platform.python_implementation()} {platform.python_version()}")
    print()
    in_process(args.calls, args.rounds)
    if not args.no_e2e:
        end_to_end(args.seconds, args.rounds)


if __name__ == "__main__":
    main()
