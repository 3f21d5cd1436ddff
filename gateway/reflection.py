"""gRPC server reflection in both of its versions: `grpc.reflection.v1` (what current grpcurl,
Postman and the gRPC CLIs ask for first) and `grpc.reflection.v1alpha` (older tools).

grpcio-reflection only ships v1alpha. The v1 protocol is the same protocol under another
package name: every message, field number and semantic is unchanged. So one servicer answers
both, and v1 gets its own descriptor (v1alpha's file with the package renamed) in the default
pool, so that reflection can also describe the v1 service itself.
"""

from __future__ import annotations

from typing import Iterable

import grpc
from google.protobuf import descriptor_pb2, descriptor_pool
from grpc_reflection.v1alpha import reflection, reflection_pb2, reflection_pb2_grpc

V1ALPHA = reflection.SERVICE_NAME  # grpc.reflection.v1alpha.ServerReflection
V1_PACKAGE = "grpc.reflection.v1"
V1 = f"{V1_PACKAGE}.ServerReflection"
_V1_FILE = "grpc/reflection/v1/reflection.proto"


def _v1_descriptor() -> None:
    """Add grpc/reflection/v1/reflection.proto to the default pool (once per process)."""
    pool = descriptor_pool.Default()
    try:
        pool.FindFileByName(_V1_FILE)
        return
    except KeyError:
        pass
    source = reflection_pb2.DESCRIPTOR
    fdp = descriptor_pb2.FileDescriptorProto()
    source.CopyToProto(fdp)
    old = "." + source.package + "."
    fdp.name, fdp.package = _V1_FILE, V1_PACKAGE
    for message in _all_messages(fdp.message_type):
        for fld in message.field:
            if fld.type_name.startswith(old):
                fld.type_name = f".{V1_PACKAGE}.{fld.type_name[len(old):]}"
    for service in fdp.service:
        for method in service.method:
            method.input_type = f".{V1_PACKAGE}.{method.input_type[len(old):]}"
            method.output_type = f".{V1_PACKAGE}.{method.output_type[len(old):]}"
    fdp.options.Clear()
    pool.Add(fdp)


def _all_messages(messages) -> Iterable[descriptor_pb2.DescriptorProto]:
    for message in messages:
        yield message
        yield from _all_messages(message.nested_type)


def enable(server: grpc.aio.Server, service_names: Iterable[str]) -> list[str]:
    """Serve reflection v1 and v1alpha listing `service_names` and both reflection services.
    Returns the listed names."""
    _v1_descriptor()
    names = [*service_names, V1, V1ALPHA]
    servicer = reflection.aio.ReflectionServicer(names)
    reflection_pb2_grpc.add_ServerReflectionServicer_to_server(servicer, server)
    v1 = grpc.stream_stream_rpc_method_handler(
        servicer.ServerReflectionInfo,
        request_deserializer=reflection_pb2.ServerReflectionRequest.FromString,  # same wire format
        response_serializer=reflection_pb2.ServerReflectionResponse.SerializeToString,
    )
    server.add_generic_rpc_handlers([grpc.method_handlers_generic_handler(V1, {"ServerReflectionInfo": v1})])
    return names
