"""Ceiling for the unary benchmark: a bare grpc.aio server answering GetProject with a fixed
project, no upstream and no pipeline. Usage: python bench/echo_server.py PORT"""

from __future__ import annotations

import asyncio
import sys

import grpc

from bria.tailored.v1 import projects_pb2

REPLY = projects_pb2.GetProjectResponse(project=projects_pb2.Project(id=1, project_name="bench"))


async def get_project(request, context):
    return REPLY


async def main(port: int) -> None:
    server = grpc.aio.server()
    handler = grpc.unary_unary_rpc_method_handler(
        get_project,
        request_deserializer=projects_pb2.GetProjectRequest.FromString,
        response_serializer=projects_pb2.GetProjectResponse.SerializeToString,
    )
    server.add_generic_rpc_handlers(
        [grpc.method_handlers_generic_handler("bria.tailored.v1.ProjectService", {"GetProject": handler})]
    )
    server.add_insecure_port(f"127.0.0.1:{port}")
    await server.start()
    print("ready", flush=True)
    await server.wait_for_termination()


if __name__ == "__main__":
    asyncio.run(main(int(sys.argv[1])))
