"""The grpc.aio server: every route served by the dispatcher, the gateway's own services, health
and reflection, with the limits from the settings."""

from __future__ import annotations

from typing import Callable, Iterable, Mapping

import grpc
from grpc_health.v1 import health, health_pb2, health_pb2_grpc

from . import reflection
from .observability.rpc import Observer
from .routing.rules import Route
from .validation import parsing


def build_server(max_message_bytes: int, max_pending_calls: int, reuse_port: bool = False) -> grpc.aio.Server:
    # SO_REUSEPORT only for `serve --workers N` (N processes on one port, gateway/workers.py): else
    # a second gateway on a taken port must fail to start rather than share it silently.
    # gRPC core cancels new calls once more than `grpc.server.max_pending_requests` (default
    # 1,000) wait for the application; a burst of thousands of watch streams exceeds that.
    return grpc.aio.server(
        options=[
            ("grpc.max_receive_message_length", max_message_bytes),
            ("grpc.max_send_message_length", max_message_bytes),
            ("grpc.so_reuseport", 1 if reuse_port else 0),
            ("grpc.server.max_pending_requests", max_pending_calls),
            ("grpc.server.max_pending_requests_hard_limit", 2 * max_pending_calls),
        ]
    )


def add_routes(server: grpc.aio.Server, routes: Mapping[str, Route], make_handler: Callable, observer: Observer) -> None:
    """Register one generic handler per route, grouped by service. Requests arrive as bytes and
    are parsed inside the handler, so undecodable bytes answer INVALID_ARGUMENT with the usual
    details (a failing gRPC deserializer would answer UNKNOWN)."""
    by_service: dict[str, dict[str, grpc.RpcMethodHandler]] = {}
    for route in routes.values():
        handler = observer.unary(route.full_method, parsing(route.request_cls, make_handler(route)))
        by_service.setdefault(route.service, {})[route.method] = grpc.unary_unary_rpc_method_handler(
            handler,
            request_deserializer=None,
            response_serializer=route.response_cls.SerializeToString,
        )
    server.add_generic_rpc_handlers(
        [grpc.method_handlers_generic_handler(name, methods) for name, methods in by_service.items()]
    )


def add_health(server: grpc.aio.Server) -> health.aio.HealthServicer:
    servicer = health.aio.HealthServicer()
    health_pb2_grpc.add_HealthServicer_to_server(servicer, server)
    return servicer


def add_reflection(server: grpc.aio.Server, services: Iterable[str]) -> None:
    """Reflection v1 and v1alpha, listing the contract's services, health and reflection."""
    reflection.enable(server, [*services, health_pb2.DESCRIPTOR.services_by_name["Health"].full_name])
