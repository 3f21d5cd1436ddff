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
    retry_max_attempts: int = _opt(3, "Attempts for idempotent calls on 502/503/504 and connection errors.")
    max_message_bytes: int = _opt(100 * 1024 * 1024, "Largest gRPC message accepted or sent (six 12 MB images fit).")
    reflection: bool = _opt(True, "Serve gRPC server reflection.", "--reflection")
    shutdown_grace_seconds: float = _opt(15.0, "On SIGTERM, how long in-flight calls may finish.")
    health_probe_seconds: float = _opt(5.0, "How often readiness re-checks that the upstream is reachable.")
    tenants_file: str = _opt("", "JSON file mapping tenant keys to Bria tokens (e.g. a mounted secret).")
    tenant_id_key: str = _opt("x-tenant-id", "Metadata key naming the calling tenant when it sends its own token.")
    log_level: str = _opt("info", "Log level (debug, info, warning, error).", "--log-level")
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
