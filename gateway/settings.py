"""One frozen, typed Settings object: the only reader of the environment.

Each field is declared once, here, with its help text and a `check` of the values it accepts;
its environment variable (`GATEWAY_<NAME>`) and command-line flag (`--<name-with-dashes>`, or a
declared spelling) derive from it. `tailored-gateway serve`'s flags and `--help`, the README's
settings table (tools/settings_table.py) and the validation below all read this declaration, so a
new field is a new variable, a new flag, a new table row and a checked value at once.

Precedence: defaults < environment variables < flags (or explicit overrides). A Settings that
breaks a check cannot be built: `SettingsError` names the variable and the flag and says what is
wrong. Secrets are never held here: tokens live in the tenants file."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field
from typing import Any, Callable, Mapping
from urllib.parse import urlsplit

PRODUCTION_UPSTREAM = "https://engine.prod.bria-api.com"
EMBEDDED = "embedded"

TRUE_WORDS = ("on", "true", "yes", "1")
FALSE_WORDS = ("off", "false", "no", "0")


class SettingsError(ValueError):
    """A setting's value cannot be used: names the variable and the flag, and what is wrong."""

    def __init__(self, name: str, problem: str, source: str = ""):
        self.name, self.problem, self.source = name, problem, source
        where = f" (set by {source})" if source else ""
        super().__init__(f"{env_name(name)} / {flag_of(name)}: {problem}{where}")


# ---- checks: each returns None when the value is fine, else what is wrong ------------------------

@dataclass(frozen=True)
class Check:
    """A rule on one setting's value; `accepts` is what --help and the README say about it."""

    accepts: str
    problem: Callable[[Any], str | None]
    choices: tuple[str, ...] = ()

    def __call__(self, value: Any) -> str | None:
        return self.problem(value)


def between(low: float, high: float) -> Check:
    return Check(f"{low}..{high}", lambda v: None if low <= v <= high else f"{v!r} is not between {low} and {high}")


def at_least(low: float) -> Check:
    return Check(f">= {low}", lambda v: None if v >= low else f"{v!r} is less than {low}")


POSITIVE = Check("> 0", lambda v: None if v > 0 else f"{v!r} is not positive")
NON_NEGATIVE = Check(">= 0", lambda v: None if v >= 0 else f"{v!r} is negative")
NON_EMPTY = Check("non-empty", lambda v: None if v.strip() else "must not be empty")
ANY_TEXT = Check("text; empty = unset", lambda v: None)


def one_of(*choices: str, case_sensitive: bool = True) -> Check:
    def problem(value: str) -> str | None:
        ok = value in choices if case_sensitive else value.lower() in {c.lower() for c in choices}
        return None if ok else f"{value!r} is not one of {', '.join(choices)}"

    return Check(" | ".join(f"`{c}`" for c in choices), problem, choices)


def url(schemes: tuple[str, ...], *, also: tuple[str, ...] = (), empty: bool = False) -> Check:
    def problem(value: str) -> str | None:
        if value in also or (empty and value == ""):
            return None
        try:
            parts = urlsplit(value)
            _ = parts.port  # raises ValueError on a bad port
        except ValueError as err:
            return f"{value!r} is not a URL ({err})"
        if parts.scheme not in schemes:
            return f"{value!r} is not a {'/'.join(schemes)} URL"
        if not parts.hostname and parts.scheme != "unix":
            return f"{value!r} has no host"
        return None

    accepted = [f"{'/'.join(schemes)} URL"] + [f"`{a}`" for a in also] + (["empty"] if empty else [])
    return Check(" or ".join(accepted), problem)


def _rate_problem(value: str) -> str | None:
    if value == "":
        return None
    from .quota.policy import parse_rate  # here: gateway.quota imports this module

    try:
        parse_rate(value)
    except ValueError as err:
        return str(err)
    return None


RATE = Check("rate like `10/s`, `600/m`, `36000/h`; empty = none", _rate_problem)

_METADATA_KEY = re.compile(r"^[0-9a-z_.-]+$")


def _metadata_key_problem(value: str) -> str | None:
    if not _METADATA_KEY.match(value):
        return f"{value!r} is not a gRPC metadata key (lower-case letters, digits, `-`, `_`, `.`)"
    if value.startswith("grpc-") or value.endswith("-bin"):
        return f"{value!r} is reserved (grpc-*) or binary (*-bin)"
    return None


METADATA_KEY = Check("gRPC metadata key", _metadata_key_problem)
_HOST = re.compile(r"^\.?[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$", re.IGNORECASE)


def _hosts_problem(value: str) -> str | None:
    bad = [h.strip() for h in value.split(",") if h.strip() and not _HOST.match(h.strip())]
    return f"not host names: {', '.join(map(repr, bad))}" if bad else None


HOSTS = Check("comma-separated host names; empty = none", _hosts_problem)
BOOL = Check("`on` | `off`", lambda v: None, ("on", "off"))


def _opt(default: Any, help: str, check: Check, flag: str | None = None) -> Any:
    return field(default=default, metadata={"help": help, "check": check, "flag": flag})


@dataclass(frozen=True)
class Settings:
    host: str = _opt("0.0.0.0", "Address the gRPC server listens on.", NON_EMPTY)
    port: int = _opt(50051, "gRPC port (0 picks a free one).", between(0, 65535))
    metrics_port: int = _opt(
        9464, "Prometheus /metrics HTTP port (0 picks a free one, -1 disables).", between(-1, 65535)
    )
    workers: int = _opt(
        1,
        "Gateway processes serving the gRPC port together (SO_REUSEPORT), one per core; worker i serves metrics on "
        "metrics port + i; all share the webhook port with Redis and a key secret, else worker 0 alone listens "
        "(gateway/workers.py).",
        between(1, 256),
    )
    upstream_url: str = _opt(
        PRODUCTION_UPSTREAM,
        "Upstream base URL serving /v1 and /v2; `embedded` starts the local emulator in-process.",
        url(("http", "https"), also=(EMBEDDED,)),
        "--upstream",
    )
    upstream_timeout_seconds: float = _opt(120.0, "Upstream timeout when the caller sets no deadline.", POSITIVE)
    upstream_max_lanes: int = _opt(
        64, "Most concurrent upstream requests (one keep-alive connection each).", at_least(1)
    )
    upstream_max_response_bytes: int = _opt(
        64 * 1024 * 1024,
        "Largest upstream response body the gateway reads; a larger one fails the call instead of filling memory.",
        at_least(1),
    )
    retry_max_attempts: int = _opt(3, "Attempts for idempotent calls on 502/503/504 and connection errors.", at_least(1))
    max_pending_calls: int = _opt(
        20000,
        "Calls gRPC may queue before the server takes them (a burst of watch streams); beyond it new calls are cancelled.",
        between(1, 2**30),
    )
    max_message_bytes: int = _opt(
        100 * 1024 * 1024, "Largest gRPC message accepted or sent (six 12 MB images fit).", between(1, 2**31 - 1)
    )
    reflection: bool = _opt(True, "Serve gRPC server reflection.", BOOL)
    shutdown_grace_seconds: float = _opt(15.0, "On SIGTERM, how long in-flight calls may finish.", NON_NEGATIVE)
    health_probe_seconds: float = _opt(
        5.0, "How often the `bria.upstream` health service re-checks that the upstream is reachable.", POSITIVE
    )
    tenants_file: str = _opt(
        "",
        "JSON file of named tenants: tenant keys or bound token fingerprints, and the Bria tokens they spend.",
        ANY_TEXT,
    )
    tenant_id_key: str = _opt(
        "x-tenant-id",
        "Metadata key a caller may send to subdivide its own organisation's quota (never a named tenant).",
        METADATA_KEY,
    )
    tenant_id_trusted: bool = _opt(
        False,
        "Take the tenant id metadata as the tenant's name as-is, named tenants included. Only behind a proxy or mesh "
        "that authenticates callers and sets it.",
        BOOL,
    )
    log_level: str = _opt(
        "info", "Log level (debug, info, warning, error).", one_of("debug", "info", "warning", "error", case_sensitive=False)
    )
    quota_file: str = _opt(
        "", "JSON file of tenant quotas, per-RPC costs and the upstream budget (gateway/quota/README.md).", ANY_TEXT
    )
    quota_rate: str = _opt(
        "", "Default tenant rate in quota units, e.g. `10/s` or `600/m`; empty = no rate limit.", RATE
    )
    quota_burst: float = _opt(
        0.0, "Default tenant burst in quota units; 0 = one second of the rate (at least 1).", NON_NEGATIVE
    )
    quota_daily: float = _opt(0.0, "Default tenant budget per UTC day in quota units; 0 = none.", NON_NEGATIVE)
    quota_upstream_rate: str = _opt(
        "", "The upstream plan's rate per organisation and endpoint, e.g. `60/m`; empty = not enforced.", RATE
    )
    quota_upstream_burst: float = _opt(
        0.0, "Upstream requests allowed at once per organisation and endpoint; 0 = one second's worth.", NON_NEGATIVE
    )
    quota_cooldown_seconds: float = _opt(
        1.0, "Cool-down after an upstream 429 that sends no Retry-After.", NON_NEGATIVE
    )
    quota_rejection_code: str = _opt(
        "RESOURCE_EXHAUSTED",
        "gRPC code of quota rejections: RESOURCE_EXHAUSTED, or UNAVAILABLE for retry policies that only cover it.",
        one_of("RESOURCE_EXHAUSTED", "UNAVAILABLE", case_sensitive=False),
    )
    redis_url: str = _opt(
        "",
        "Redis URL shared by all replicas (e.g. redis://redis:6379/0): quotas, watch poll leadership and webhook "
        "signing keys; empty = in-memory, one replica.",
        url(("redis", "rediss", "unix"), empty=True),
    )
    quota_redis_url: str = _opt(
        "",
        "Former name of GATEWAY_REDIS_URL, still read; setting both to different URLs is an error.",
        url(("redis", "rediss", "unix"), empty=True),
    )
    quota_redis_timeout_seconds: float = _opt(
        0.1, "Redis connect/answer timeout before falling back to the local bucket.", POSITIVE
    )
    quota_redis_retry_seconds: float = _opt(1.0, "While on the local fallback, how often to try Redis again.", POSITIVE)
    quota_replicas: int = _opt(
        1, "Expected gateway replicas: each one's share of every budget while Redis is unreachable.", at_least(1)
    )
    watch_poll_initial_seconds: float = _opt(
        1.0, "Watch streams: first polling interval of a resource, and the interval after every change.", POSITIVE
    )
    watch_poll_max_seconds: float = _opt(
        30.0, "Watch streams: longest polling interval while nothing changes or the upstream fails.", POSITIVE
    )
    watch_poll_backoff: float = _opt(
        1.5, "Watch streams: interval growth factor per unchanged or failed poll.", at_least(1.0)
    )
    watch_poll_timeout_seconds: float = _opt(
        10.0, "Watch streams: timeout of one poll (a timeout keeps watching).", POSITIVE
    )
    watch_lease_seconds: float = _opt(
        10.0,
        "Watch streams with Redis: lease of one replica's poll leadership per resource; if the leader dies, "
        "another replica takes over within it.",
        between(0.1, 3600),
    )
    watch_redis_timeout_seconds: float = _opt(
        1.0,
        "Watch streams and webhook keys with Redis: answer timeout before this replica polls alone. Off the "
        "call path, so longer than the quota's: a blip under load must not cost the other replicas a lease.",
        between(0.01, 60),
    )
    watch_file_hosts: str = _opt(
        "",
        "WatchJob: comma-separated hosts (`.example.com` for a domain) whose v1 placeholder URLs may be probed, besides the upstream's own host.",
        HOSTS,
    )
    public_callback_url: str = _opt(
        "",
        "Public URL of the webhook endpoint (e.g. https://gw.example.com/webhooks/bria). When set, v2 "
        "submissions without their own webhook_url get this one and the endpoint listens; empty disables.",
        url(("http", "https"), empty=True),
    )
    webhook_port: int = _opt(
        8081,
        "Port of the webhook endpoint (POST /webhooks/bria) when a public callback URL is set (0 picks one).",
        between(0, 65535),
    )
    webhook_tolerance_seconds: float = _opt(
        300.0, "Reject webhook deliveries whose timestamp is further off (0: no check).", NON_NEGATIVE
    )
    webhook_max_pending: int = _opt(
        100_000, "Most v2 request ids whose webhook signing key the gateway remembers.", at_least(1)
    )
    webhook_key_secret_file: str = _opt(
        "",
        "File holding the secret that encrypts webhook signing keys shared through Redis, so any replica verifies "
        "a delivery; empty = each key stays in the replica that submitted the job.",
        ANY_TEXT,
    )
    webhook_key_ttl_seconds: float = _opt(
        86400.0, "How long Redis keeps a v2 request id's encrypted webhook signing key.", POSITIVE
    )
    event_loop: str = _opt("uvloop", "Event loop of `serve`: uvloop (faster) or asyncio.", one_of("uvloop", "asyncio"))

    def __post_init__(self) -> None:
        for f in dataclasses.fields(self):
            value = _typed(f, getattr(self, f.name))
            object.__setattr__(self, f.name, value)
            problem = f.metadata["check"](value)
            if problem:
                raise SettingsError(f.name, problem)
        if self.workers > 1 and self.upstream_url == EMBEDDED:
            raise SettingsError("workers", f"each worker would start its own emulator: use 1 with `{EMBEDDED}`")
        if self.redis_url and self.quota_redis_url and self.redis_url != self.quota_redis_url:
            raise SettingsError(
                "redis_url", f"differs from {env_name('quota_redis_url')}, its former name: set one of them"
            )

    @property
    def shared_redis_url(self) -> str:
        """The one Redis of quotas and watch coordination (GATEWAY_QUOTA_REDIS_URL is its alias)."""
        return self.redis_url or self.quota_redis_url

    @classmethod
    def load(
        cls,
        env: Mapping[str, str],
        overrides: Mapping[str, Any] | None = None,
        *,
        flags: Mapping[str, str | None] | None = None,
    ) -> "Settings":
        """Defaults, then `GATEWAY_*` variables, then `flags` (raw command-line strings by field
        name), then explicit typed `overrides`. Raises SettingsError on any bad value."""
        by_name = {f.name: f for f in dataclasses.fields(cls)}
        values: dict[str, Any] = {}
        sources: dict[str, str] = {}
        for f in by_name.values():
            raw = env.get(env_name(f.name))
            if raw is not None and raw != "":
                sources[f.name] = f"{env_name(f.name)}={raw}"
                values[f.name] = _parse(f, raw, sources[f.name])
        for name, raw in (flags or {}).items():
            if raw is not None:
                sources[name] = f"{flag_of(name)} {raw}"
                values[name] = _parse(by_name[name], raw, sources[name])
        for name, value in (overrides or {}).items():
            if name not in by_name:
                raise TypeError(f"Settings has no field {name!r}")
            if value is not None:
                sources.pop(name, None)
                values[name] = value
        try:
            return cls(**values)
        except SettingsError as err:
            if err.name in sources and not err.source:
                raise SettingsError(err.name, err.problem, sources[err.name]) from None
            raise

    def __repr__(self) -> str:
        return "Settings(" + ", ".join(f"{f.name}={getattr(self, f.name)!r}" for f in dataclasses.fields(self)) + ")"

    # ---- sections: each component receives only its own, already checked and parsed ------------

    @property
    def server(self) -> "ServerSection":
        return ServerSection(
            self.host, self.port, self.metrics_port, self.max_pending_calls, self.max_message_bytes,
            self.reflection, self.shutdown_grace_seconds, self.health_probe_seconds,
        )

    @property
    def upstream(self) -> "UpstreamSection":
        return UpstreamSection(
            self.upstream_url, self.upstream_timeout_seconds, self.upstream_max_lanes,
            self.upstream_max_response_bytes, self.retry_max_attempts,
        )

    @property
    def identity(self) -> "IdentitySection":
        return IdentitySection(self.tenants_file, self.tenant_id_key, self.tenant_id_trusted)

    @property
    def quota(self) -> "QuotaSection":
        from .quota.policy import parse_rate  # the quota package imports this module

        return QuotaSection(
            self.quota_file, parse_rate(self.quota_rate or 0), self.quota_burst, self.quota_daily,
            parse_rate(self.quota_upstream_rate or 0), self.quota_upstream_burst, self.quota_cooldown_seconds,
            self.quota_rejection_code.upper(), self.shared_redis_url, self.quota_redis_timeout_seconds,
            self.quota_redis_retry_seconds, self.quota_replicas,
        )

    @property
    def watch(self) -> "WatchSection":
        configured = {h.strip().lower() for h in self.watch_file_hosts.split(",") if h.strip()}
        upstream_host = (urlsplit(self.upstream_url).hostname or "").lower()
        return WatchSection(
            self.watch_poll_initial_seconds, max(self.watch_poll_max_seconds, self.watch_poll_initial_seconds),
            self.watch_poll_backoff, self.watch_poll_timeout_seconds,
            frozenset({upstream_host, *configured} - {""}),
            self.shared_redis_url, self.watch_redis_timeout_seconds, self.quota_redis_retry_seconds,
            self.watch_lease_seconds,
        )

    @property
    def webhooks(self) -> "WebhookSection":
        return WebhookSection(
            self.public_callback_url, self.webhook_port, self.webhook_tolerance_seconds, self.webhook_max_pending,
            self.webhook_key_secret_file, self.webhook_key_ttl_seconds,
        )


@dataclass(frozen=True)
class ServerSection:
    host: str
    port: int
    metrics_port: int  # -1: no metrics endpoint
    max_pending_calls: int
    max_message_bytes: int
    reflection: bool
    shutdown_grace_seconds: float
    health_probe_seconds: float


@dataclass(frozen=True)
class UpstreamSection:
    url: str
    timeout_seconds: float  # bounds a whole call when the caller sets no deadline
    max_connections: int
    max_response_bytes: int
    retry_max_attempts: int


@dataclass(frozen=True)
class IdentitySection:
    tenants_file: str
    tenant_id_key: str
    tenant_id_trusted: bool


@dataclass(frozen=True)
class QuotaSection:
    file: str
    rate: float  # units per second; 0 = none
    burst: float
    daily: float
    upstream_rate: float  # requests per second per organisation and endpoint; 0 = not enforced
    upstream_burst: float
    cooldown_seconds: float
    rejection_code: str  # RESOURCE_EXHAUSTED or UNAVAILABLE
    redis_url: str
    redis_timeout_seconds: float
    redis_retry_seconds: float
    replicas: int


@dataclass(frozen=True)
class WatchSection:
    poll_initial_seconds: float
    poll_max_seconds: float  # never below poll_initial_seconds
    poll_backoff: float
    poll_timeout_seconds: float
    file_hosts: frozenset[str]  # hosts whose placeholder URLs may be probed (".x.com" = domain)
    redis_url: str = ""  # empty: no coordination, every replica polls for its own watchers
    redis_timeout_seconds: float = 0.1
    redis_retry_seconds: float = 1.0
    lease_seconds: float = 10.0


@dataclass(frozen=True)
class WebhookSection:
    public_callback_url: str  # empty: no webhooks
    port: int
    tolerance_seconds: float
    max_pending: int
    key_secret_file: str = ""  # the secret's file, never the secret: keys shared through Redis only with it
    key_ttl_seconds: float = 86400.0


_FIELDS = {f.name: f for f in dataclasses.fields(Settings)}


def env_name(name: str) -> str:
    return "GATEWAY_" + name.upper()


def flag_of(name: str) -> str:
    """The command-line flag of a setting: its declared spelling, else `--name-with-dashes`."""
    f = _FIELDS.get(name)
    return (f.metadata.get("flag") if f else None) or "--" + name.replace("_", "-")


def _kind(f: dataclasses.Field) -> str:
    return f.type if isinstance(f.type, str) else f.type.__name__


def _typed(f: dataclasses.Field, value: Any) -> Any:
    """The value as its field's type (ints widen to floats), or SettingsError."""
    kind = _kind(f)
    if kind == "bool":
        ok = isinstance(value, bool)
    elif kind == "int":
        ok = isinstance(value, int) and not isinstance(value, bool)
    elif kind == "float":
        ok = isinstance(value, (int, float)) and not isinstance(value, bool)
        value = float(value) if ok else value
    else:
        ok = isinstance(value, str)
    if not ok:
        raise SettingsError(f.name, f"{value!r} is not {_NOUNS[kind]}")
    return value


_NOUNS = {"int": "an integer", "float": "a number", "bool": "a bool", "str": "a string"}
_WORDS = {**_NOUNS, "bool": "on or off (true/false, yes/no, 1/0)"}


def _parse(f: dataclasses.Field, raw: str, source: str = "") -> Any:
    """A raw string (environment variable or flag) as its field's type, or SettingsError."""
    kind = _kind(f)
    if kind == "bool":
        if raw.lower() in TRUE_WORDS:
            return True
        if raw.lower() in FALSE_WORDS:
            return False
    elif kind == "int":
        try:
            return int(raw)
        except ValueError:
            pass
    elif kind == "float":
        try:
            return float(raw)
        except ValueError:
            pass
    else:
        return raw
    raise SettingsError(f.name, f"cannot read {raw!r} as {_WORDS[kind]}", source)


@dataclass(frozen=True)
class Declared:
    """One setting as the command line, --help and the README see it."""

    name: str
    env: str
    flag: str
    kind: str
    default: Any
    help: str
    check: Check

    @property
    def default_text(self) -> str:
        if isinstance(self.default, bool):
            return "on" if self.default else "off"
        return str(self.default)

    @property
    def accepts(self) -> str:
        return self.check.accepts


def declared() -> list[Declared]:
    """Every setting, in declaration order."""
    return [
        Declared(f.name, env_name(f.name), flag_of(f.name), _kind(f), f.default, f.metadata["help"], f.metadata["check"])
        for f in dataclasses.fields(Settings)
    ]


def describe() -> str:
    """A plain-text list of the settings (variable, flag, default, accepted values, meaning)."""
    lines = []
    for s in declared():
        default = repr(s.default_text) if s.default_text == "" else s.default_text
        lines.append(f"  {s.env} ({s.flag})\n      {s.help} Default: {default}. Accepts: {s.accepts.replace('`', '')}.")
    return "\n".join(lines)
