"""One frozen, typed Settings object: the only reader of the environment. Each field has an
environment variable (`GATEWAY_<NAME>`), an optional command-line flag, and a help text that
`--help` and the README show. Secrets are never held here: tokens live in the tenants file."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any, Mapping

PRODUCTION_UPSTREAM = "https://engine.prod.bria-api.com"
EMBEDDED = "embedded"


def _opt(default: Any, help: str, flag: str | None = None) -> Any:
    return field(default=default, metadata={"help": help, "flag": flag})


@dataclass(frozen=True)
class Settings:
    host: str = _opt("0.0.0.0", "Address the gRPC server listens on.", "--host")
    port: int = _opt(50051, "gRPC port (0 picks a free one).", "--port")
    metrics_port: int = _opt(9464, "Prometheus /metrics HTTP port (0 picks a free one, -1 disables).", "--metrics-port")
    upstream_url: str = _opt(
        PRODUCTION_UPSTREAM,
        "Upstream base URL serving /v1 and /v2; `embedded` starts the local emulator in-process.",
        "--upstream",
    )
    upstream_timeout_seconds: float = _opt(120.0, "Upstream timeout when the caller sets no deadline.")
    upstream_max_lanes: int = _opt(64, "Most concurrent upstream requests (one keep-alive connection each).")
    upstream_max_response_bytes: int = _opt(
        64 * 1024 * 1024, "Largest upstream response body the gateway reads; a larger one fails the call instead of filling memory."
    )
    retry_max_attempts: int = _opt(3, "Attempts for idempotent calls on 502/503/504 and connection errors.")
    max_pending_calls: int = _opt(
        20000,
        "Calls gRPC may queue before the server takes them (a burst of watch streams); beyond it new calls are cancelled.",
    )
    max_message_bytes: int = _opt(100 * 1024 * 1024, "Largest gRPC message accepted or sent (six 12 MB images fit).")
    reflection: bool = _opt(True, "Serve gRPC server reflection.", "--reflection")
    shutdown_grace_seconds: float = _opt(15.0, "On SIGTERM, how long in-flight calls may finish.")
    health_probe_seconds: float = _opt(
        5.0, "How often the `bria.upstream` health service re-checks that the upstream is reachable."
    )
    tenants_file: str = _opt(
        "", "JSON file of named tenants: tenant keys or bound token fingerprints, and the Bria tokens they spend."
    )
    tenant_id_key: str = _opt(
        "x-tenant-id", "Metadata key a caller may send to subdivide its own organisation's quota (never a named tenant)."
    )
    tenant_id_trusted: bool = _opt(
        False,
        "Take the tenant id metadata as the tenant's name as-is, named tenants included. Only behind a proxy or mesh "
        "that authenticates callers and sets it.",
    )
    log_level: str = _opt("info", "Log level (debug, info, warning, error).", "--log-level")
    quota_file: str = _opt("", "JSON file of tenant quotas, per-RPC costs and the upstream budget (gateway/quota/README.md).")
    quota_rate: str = _opt("", "Default tenant rate in quota units, e.g. `10/s` or `600/m`; empty = no rate limit.")
    quota_burst: float = _opt(0.0, "Default tenant burst in quota units; 0 = one second of the rate (at least 1).")
    quota_daily: float = _opt(0.0, "Default tenant budget per UTC day in quota units; 0 = none.")
    quota_upstream_rate: str = _opt(
        "", "The upstream plan's rate per organisation and endpoint, e.g. `60/m`; empty = not enforced."
    )
    quota_upstream_burst: float = _opt(0.0, "Upstream requests allowed at once per organisation and endpoint; 0 = one second's worth.")
    quota_cooldown_seconds: float = _opt(1.0, "Cool-down after an upstream 429 that sends no Retry-After.")
    quota_rejection_code: str = _opt(
        "RESOURCE_EXHAUSTED", "gRPC code of quota rejections: RESOURCE_EXHAUSTED, or UNAVAILABLE for retry policies that only cover it."
    )
    quota_redis_url: str = _opt("", "Redis URL shared by all replicas (e.g. redis://redis:6379/0); empty = in-memory, one replica.")
    quota_redis_timeout_seconds: float = _opt(0.1, "Redis connect/answer timeout before falling back to the local bucket.")
    quota_redis_retry_seconds: float = _opt(1.0, "While on the local fallback, how often to try Redis again.")
    quota_replicas: int = _opt(1, "Expected gateway replicas: each one's share of every budget while Redis is unreachable.")
    watch_poll_initial_seconds: float = _opt(
        1.0, "Watch streams: first polling interval of a resource, and the interval after every change."
    )
    watch_poll_max_seconds: float = _opt(
        30.0, "Watch streams: longest polling interval while nothing changes or the upstream fails."
    )
    watch_poll_backoff: float = _opt(1.5, "Watch streams: interval growth factor per unchanged or failed poll.")
    watch_poll_timeout_seconds: float = _opt(10.0, "Watch streams: timeout of one poll (a timeout keeps watching).")
    watch_file_hosts: str = _opt(
        "",
        "WatchJob: comma-separated hosts (`.example.com` for a domain) whose v1 placeholder URLs may be probed, besides the upstream's own host.",
    )
    public_callback_url: str = _opt(
        "",
        "Public URL of the webhook endpoint (e.g. https://gw.example.com/webhooks/bria). When set, v2 "
        "submissions without their own webhook_url get this one and the endpoint listens; empty disables.",
        "--public-callback-url",
    )
    webhook_port: int = _opt(
        8081, "Port of the webhook endpoint (POST /webhooks/bria) when a public callback URL is set (0 picks one).",
        "--webhook-port",
    )
    webhook_tolerance_seconds: float = _opt(300.0, "Reject webhook deliveries whose timestamp is further off (0: no check).")
    webhook_max_pending: int = _opt(100_000, "Most v2 request ids whose webhook signing key the gateway remembers.")
    event_loop: str = _opt("uvloop", "Event loop of `serve`: uvloop (faster) or asyncio.")

    @classmethod
    def load(cls, env: Mapping[str, str], overrides: Mapping[str, Any] | None = None) -> "Settings":
        """Defaults, then `GATEWAY_*` variables, then explicit overrides (command-line flags)."""
        values: dict[str, Any] = {}
        for f in dataclasses.fields(cls):
            raw = env.get(env_name(f.name))
            if raw is not None and raw != "":
                values[f.name] = _parse(f.type, raw, f.name)
        for name, value in (overrides or {}).items():
            if value is not None:
                values[name] = value
        return cls(**values)

    def __repr__(self) -> str:
        return "Settings(" + ", ".join(f"{f.name}={getattr(self, f.name)!r}" for f in dataclasses.fields(self)) + ")"


def env_name(name: str) -> str:
    return "GATEWAY_" + name.upper()


def _parse(kind: Any, raw: str, name: str) -> Any:
    kind = kind if isinstance(kind, str) else kind.__name__
    try:
        if kind == "bool":
            if raw.lower() in ("1", "true", "yes", "on"):
                return True
            if raw.lower() in ("0", "false", "no", "off"):
                return False
            raise ValueError(raw)
        return {"int": int, "float": float}.get(kind, str)(raw)
    except ValueError:
        raise ValueError(f"{env_name(name)}: cannot read {raw!r} as {kind}") from None


def describe() -> str:
    """The settings table for --help."""
    lines = []
    for f in dataclasses.fields(Settings):
        flag = f" ({f.metadata['flag']})" if f.metadata.get("flag") else ""
        lines.append(f"  {env_name(f.name)}{flag}\n      {f.metadata['help']} Default: {f.default!r}.")
    return "\n".join(lines)
