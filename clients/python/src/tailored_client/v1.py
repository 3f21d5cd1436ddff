"""The contract's messages and enums (bria.tailored.v1), generated into tailored_client._pb.
Import the modules from here: `from tailored_client.v1 import projects_pb2`."""

from tailored_client._pb.bria.tailored.v1 import (  # noqa: F401
    common_pb2,
    datasets_pb2,
    error_reason_pb2,
    generation_pb2,
    legacy_generation_pb2,
    models_pb2,
    projects_pb2,
    quota_pb2,
    status_pb2,
    watch_pb2,
)

__all__ = ["common_pb2", "datasets_pb2", "error_reason_pb2", "generation_pb2", "legacy_generation_pb2",
           "models_pb2", "projects_pb2", "quota_pb2", "status_pb2", "watch_pb2"]
