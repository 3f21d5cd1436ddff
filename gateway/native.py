"""The gateway's own services (no upstream route): registered here by name so the route table
knows not to expect google.api.http rules on them, and served by the handlers the gateway's
components provide. Like a routed RPC without a rule, a native RPC without a handler stops the
gateway from starting."""

from __future__ import annotations

from typing import Callable, Mapping

import grpc
from google.protobuf import message_factory

from .observability.rpc import Observer
from .routing.rules import RouteTableError, contract_services
from .validation import parsing, parsing_stream

WATCH_SERVICE = "bria.tailored.v1.WatchService"
QUOTA_SERVICE = "bria.tailored.v1.QuotaService"
NATIVE_SERVICES = frozenset({WATCH_SERVICE, QUOTA_SERVICE})


def add_native_services(server: grpc.aio.Server, observer: Observer, handlers: Mapping[str, Callable]) -> None:
    """Serve every method of the native services the contract declares with its handler
    (full method name -> `fn(request, context, state)`; an async generator for streams)."""
    for service in contract_services():
        if service.full_name not in NATIVE_SERVICES:
            continue
        methods = {}
        for method in service.methods:
            full = f"/{service.full_name}/{method.name}"
            fn = handlers.get(full)
            if fn is None:
                raise RouteTableError(f"{full} is a native RPC without a handler")
            req = message_factory.GetMessageClass(method.input_type)
            resp = message_factory.GetMessageClass(method.output_type)
            if method.server_streaming:
                make, wrap, parse = grpc.unary_stream_rpc_method_handler, observer.server_stream, parsing_stream
            else:
                make, wrap, parse = grpc.unary_unary_rpc_method_handler, observer.unary, parsing
            # Bytes in, parsed inside the handler: undecodable requests answer INVALID_ARGUMENT.
            methods[method.name] = make(
                wrap(full, parse(req, fn)), request_deserializer=None, response_serializer=resp.SerializeToString
            )
        server.add_generic_rpc_handlers([grpc.method_handlers_generic_handler(service.full_name, methods)])
