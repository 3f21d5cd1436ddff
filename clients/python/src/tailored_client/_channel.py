"""What both flavours share: the service config (retry policy), keepalive, credentials."""

from __future__ import annotations

import ipaddress
import json
from dataclasses import dataclass, field
from typing import Any, Sequence

import grpc

from tailored_client._pb.bria.tailored.v1 import (
    datasets_pb2, generation_pb2, legacy_generation_pb2, models_pb2, projects_pb2, quota_pb2, status_pb2, watch_pb2,
)

TOKEN_KEY = "api_token"
TENANT_KEY = "x-tenant-key"

# attribute on the client -> (module, service name)
SERVICES: dict[str, tuple[Any, str]] = {
    "projects": (projects_pb2, "ProjectService"),
    "datasets": (datasets_pb2, "DatasetService"),
    "models": (models_pb2, "ModelService"),
    "generation": (generation_pb2, "GenerationService"),
    "legacy": (legacy_generation_pb2, "LegacyGenerationService"),
    "status": (status_pb2, "StatusService"),
    "watch": (watch_pb2, "WatchService"),
    "quota": (quota_pb2, "QuotaService"),
}


@dataclass(frozen=True)
class RetryPolicy:
    """gRPC's own retry policy (service config). It retries `codes` up to `max_attempts` in all,
    with exponential backoff, and honours the server's `grpc-retry-pushback-ms` trailer, which
    the gateway sends with its quota rejections (RESOURCE_EXHAUSTED, reason QUOTA_EXCEEDED):
    the retry then waits exactly as long as the gateway said (its RetryInfo), within the call's
    deadline. A rejection without pushback (e.g. PLAN_QUOTA_EXCEEDED) is retried on the backoff."""
    max_attempts: int = 4
    initial_backoff: float = 0.2
    max_backoff: float = 10.0
    backoff_multiplier: float = 2.0
    codes: Sequence[str] = ("UNAVAILABLE", "RESOURCE_EXHAUSTED")


@dataclass(frozen=True)
class Keepalive:
    """HTTP/2 keepalive pings. The default interval (5 minutes) is the gateway's (gRPC servers')
    default minimum: pinging more often gets a connection closed with too_many_pings."""
    time_s: float = 300.0
    timeout_s: float = 20.0
    without_calls: bool = False


@dataclass(frozen=True)
class ChannelConfig:
    retry: RetryPolicy | None = field(default_factory=RetryPolicy)
    keepalive: Keepalive = field(default_factory=Keepalive)


def service_config(retry: RetryPolicy | None) -> str:
    names = [{"service": f"bria.tailored.v1.{service}"} for _, service in SERVICES.values()]
    method: dict[str, Any] = {"name": names}
    if retry is not None:
        method["retryPolicy"] = {
            "maxAttempts": retry.max_attempts,
            "initialBackoff": f"{retry.initial_backoff}s",
            "maxBackoff": f"{retry.max_backoff}s",
            "backoffMultiplier": retry.backoff_multiplier,
            "retryableStatusCodes": list(retry.codes),
        }
    return json.dumps({"methodConfig": [method]})


def channel_options(config: ChannelConfig, extra: Sequence[tuple[str, Any]] = ()) -> list[tuple[str, Any]]:
    options: list[tuple[str, Any]] = [
        ("grpc.service_config", service_config(config.retry)),
        ("grpc.enable_retries", 1 if config.retry is not None else 0),
        ("grpc.keepalive_time_ms", int(config.keepalive.time_s * 1000)),
        ("grpc.keepalive_timeout_ms", int(config.keepalive.timeout_s * 1000)),
        ("grpc.keepalive_permit_without_calls", int(config.keepalive.without_calls)),
        ("grpc.http2.max_pings_without_data", 0),
    ]
    return options + list(extra)


def credential_metadata(token: str | None, tenant_key: str | None) -> tuple[tuple[str, str], ...]:
    if token and tenant_key:
        raise ValueError("pass either token or tenant_key, not both")
    if token:
        return ((TOKEN_KEY, token),)
    if tenant_key:
        return ((TENANT_KEY, tenant_key),)
    return ()


class _Plugin(grpc.AuthMetadataPlugin):
    def __init__(self, metadata: tuple[tuple[str, str], ...]):
        self._metadata = metadata

    def __call__(self, context: grpc.AuthMetadataContext, callback: grpc.AuthMetadataPluginCallback) -> None:
        callback(self._metadata, None)

    def __repr__(self) -> str:  # never the secret
        return f"<credentials {', '.join(k for k, _ in self._metadata) or 'none'}>"


def is_loopback(target: str) -> bool:
    """Whether a target (`host:port`, `[v6]:port`, `dns:///host:port`, `ipv4:` / `ipv6:`) names
    this machine."""
    for prefix in ("dns:///", "ipv4:", "ipv6:"):
        target = target.removeprefix(prefix)
    host = target
    if target.startswith("["):
        host = target[1:target.find("]")]
    elif target.count(":") == 1:
        host = target.split(":", 1)[0]
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@dataclass(frozen=True)
class Security:
    """How a channel is secured and how the credentials travel.

    * TLS (`tls=True`, the default for any host but loopback): SSL channel credentials composed
      with the token or tenant key as call credentials (`grpc.metadata_call_credentials`).
    * Plaintext to a loopback address (the default there): local channel credentials (LOCAL_TCP,
      no handshake) composed with the same call credentials; gRPC refuses call credentials on
      an insecure channel, and local credentials are its way to allow them on loopback.
    * Plaintext elsewhere (`tls=False` to a remote host, e.g. inside a mesh that does TLS):
      an insecure channel, the credentials sent as metadata on each call."""
    credentials: grpc.ChannelCredentials | None  # None: insecure channel
    per_call: tuple[tuple[str, str], ...]


def security(target: str, token: str | None, tenant_key: str | None, tls: bool | None,
             root_certificates: bytes | None) -> Security:
    metadata = credential_metadata(token, tenant_key)
    loopback = is_loopback(target)
    if tls is None:
        tls = not loopback
    if tls:
        channel = grpc.ssl_channel_credentials(root_certificates=root_certificates)
    elif loopback:
        channel = grpc.local_channel_credentials(grpc.LocalConnectionType.LOCAL_TCP)
    else:
        return Security(None, metadata)
    if not metadata:
        return Security(channel, ())
    return Security(grpc.composite_channel_credentials(channel, grpc.metadata_call_credentials(_Plugin(metadata))), ())
