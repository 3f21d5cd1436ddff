"""Python client of tailored-gateway, the gRPC gateway to Bria AI's Tailored Generation API.

* `AsyncClient` (asyncio) and `Client` (blocking): one channel with keepalive and gRPC's retry
  policy, credentials as call credentials, a service per attribute (`client.projects`, ...).
* `TailoredError`: the one exception every failed call raises, decoded from the rich status.
* `tailored_client.v1`: the contract's messages (`from tailored_client.v1 import projects_pb2`).
"""

from tailored_client._channel import ChannelConfig, Keepalive, RetryPolicy
from tailored_client.aio import AsyncClient, AsyncStream
from tailored_client.errors import (
    FieldViolation, PreconditionViolation, QuotaViolation, ResourceInfo, TailoredError,
)
from tailored_client.sync import Client, Stream

__all__ = ["AsyncClient", "AsyncStream", "ChannelConfig", "Client", "FieldViolation", "Keepalive",
           "PreconditionViolation", "QuotaViolation", "ResourceInfo", "RetryPolicy", "Stream", "TailoredError"]
