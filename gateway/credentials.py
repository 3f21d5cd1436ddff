"""Who is calling and which Bria API token their calls spend. Identity is proven, never declared.

A caller authenticates in one of two ways, never both:
- with its organisation's Bria token (metadata `api_token`, `api-token`, or
  `authorization: Bearer ...`): the gateway spends that token. The caller is the named tenant
  whose token fingerprint the tenants file binds to it, or else the token's own organisation,
  named `token-<fingerprint>`;
- with a tenant key (`x-tenant-key`) from the tenants file: the gateway spends the token the
  file holds for that tenant.

A self-declared tenant id (`x-tenant-id` by default) only subdivides the caller's own tenant:
`<tenant>/<id>` has a budget of its own (the default quota) and also spends its parent's, so it
can never select a named tenant, another organisation's bucket, or fresh budget by rotating the
id. Only with `tenant_id_trusted` (behind a proxy or mesh that authenticates callers and sets
the header) does the id name the tenant as-is.

Credentials that disagree (two different tokens, two tenant keys, a key and a token, two tenant
ids) are refused with UNAUTHENTICATED: never last-wins. Tokens are only ever handed to the
upstream layer: never logged, labelled or echoed.
"""

from __future__ import annotations

import functools
import hashlib
import hmac
import json
import pathlib
import re
from dataclasses import dataclass, fields
from typing import TYPE_CHECKING, Any, Iterable, Mapping

from grpc import StatusCode

from .errors import R, GatewayError

if TYPE_CHECKING:
    from .settings import IdentitySection

TOKEN_KEYS = ("api_token", "api-token")
TENANT_KEY = "x-tenant-key"
ANONYMOUS_PREFIX = "token-"  # the names of organisations known only by their token
SUBDIVISION = "/"  # `<tenant>/<id>`: a caller-declared part of its own tenant
MAX_TENANT_ID = 64
_HEX64 = re.compile(r"^[0-9a-f]{64}$")


class TenantsFileError(ValueError):
    """The tenants file cannot be used as written (the gateway refuses to start)."""


@dataclass(frozen=True)
class Tenant:
    """A named tenant. Selected by its `key` (then `api_token` is the Bria token spent for it),
    or by a caller's own token: the one in `api_token` when there is no key, or any token whose
    SHA-256 is `token_sha256` (so the file need not hold the token)."""

    name: str
    key: str = ""
    api_token: str = ""
    token_sha256: str = ""

    def __repr__(self) -> str:  # keep secrets out of reprs, logs and tracebacks
        return f"Tenant(name={self.name!r})"


@dataclass(frozen=True, slots=True)
class Caller:
    tenant: str  # a name safe to log: `<base>` or `<base>/<id>`; bases never contain "/"
    token: str

    @property
    def parent(self) -> str:
        """The tenant whose budget a subdivision also spends ("" for a base tenant)."""
        base, sep, _ = self.tenant.partition(SUBDIVISION)
        return base if sep else ""

    def __repr__(self) -> str:
        return f"Caller(tenant={self.tenant!r})"


@functools.lru_cache(maxsize=4096)
def token_sha256(token: str) -> str:
    """The fingerprint the tenants file binds (`printf %s "$TOKEN" | sha256sum`). Cached: a few
    organisations call many times (the cache holds what the process holds anyway)."""
    return hashlib.sha256(token.encode()).hexdigest()


class Credentials:
    def __init__(
        self, tenants: Iterable[Tenant] = (), tenant_id_key: str = "x-tenant-id", tenant_id_trusted: bool = False
    ):
        tenants = list(tenants)
        _check_tenants(tenants)
        self._by_key = {t.key: t for t in tenants if t.key}
        self._by_fingerprint = {t.token_sha256: t for t in tenants if t.token_sha256}
        self._by_fingerprint.update({token_sha256(t.api_token): t for t in tenants if t.api_token and not t.key})
        self.names = frozenset(t.name for t in tenants)
        self._tenant_id_key = tenant_id_key
        self._trusted = tenant_id_trusted

    @classmethod
    def from_settings(cls, identity: "IdentitySection") -> "Credentials":
        """From the identity section: the tenants file if one is named, else no named tenants."""
        if identity.tenants_file:
            return cls.from_file(identity.tenants_file, identity.tenant_id_key, identity.tenant_id_trusted)
        return cls(tenant_id_key=identity.tenant_id_key, tenant_id_trusted=identity.tenant_id_trusted)

    @classmethod
    def from_file(cls, path: str, tenant_id_key: str = "x-tenant-id", tenant_id_trusted: bool = False) -> "Credentials":
        """Tenants from a JSON file (e.g. a mounted Kubernetes secret):
        `{"tenants": [{"name": ..., "key": ..., "api_token": ...}, {"name": ..., "token_sha256": ...}]}`."""
        try:
            data = json.loads(pathlib.Path(path).read_text())
        except (OSError, ValueError) as exc:
            raise TenantsFileError(f"tenants file {path}: {type(exc).__name__}") from None
        return cls(tenants_from_json(data), tenant_id_key, tenant_id_trusted)

    def resolve(self, metadata: Mapping[str, str]) -> Caller:
        """The caller of a call with this invocation metadata (a plain mapping, or one that also
        answers `getall(key)` with every value sent under that key), or UNAUTHENTICATED."""
        keys = [k for k in _values(metadata, TENANT_KEY) if k]
        tokens = _tokens(metadata)
        ids = {v.strip() for v in _values(metadata, self._tenant_id_key) if v.strip()}
        if len(set(keys)) > 1:
            raise _conflict("more than one tenant key")
        if keys and tokens:
            raise _conflict("a tenant key and an API token: send one of them")
        if len(tokens) > 1:
            raise _conflict("different API tokens in `api_token`, `api-token` or `authorization`")
        if len(ids) > 1:
            raise _conflict(f"more than one `{self._tenant_id_key}`")
        declared = _tenant_id(next(iter(ids))) if ids else ""
        if keys:
            tenant = self._tenant_by_key(keys[0])
            if self._trusted and declared and declared != tenant.name:
                raise _conflict(f"`{self._tenant_id_key}` names another tenant than the tenant key")
            return Caller(self._subdivide(tenant.name, declared), tenant.api_token)
        if not tokens:
            raise GatewayError(
                StatusCode.UNAUTHENTICATED,
                "no Bria API token: send metadata `api_token` (or a tenant key the gateway knows)",
                R.ERROR_REASON_API_TOKEN_MISSING,
            )
        token = next(iter(tokens))
        if self._trusted and declared:
            return Caller(declared, token)
        bound = self._by_fingerprint.get(token_sha256(token)) if self._by_fingerprint else None
        base = bound.name if bound is not None else anonymous_tenant(token)
        return Caller(self._subdivide(base, declared), token)

    def _tenant_by_key(self, key: str) -> Tenant:
        found = None
        for known, tenant in self._by_key.items():  # compare every key: no early exit to time
            if hmac.compare_digest(known.encode(), key.encode()):
                found = tenant
        if found is None:
            raise GatewayError(StatusCode.UNAUTHENTICATED, "unknown tenant key", R.ERROR_REASON_API_TOKEN_INVALID)
        return found

    def _subdivide(self, base: str, declared: str) -> str:
        return f"{base}{SUBDIVISION}{declared}" if declared and not self._trusted else base


def tenants_from_json(data: Any) -> list[Tenant]:
    if not isinstance(data, dict) or not isinstance(data.get("tenants", []), list) or set(data) - {"tenants"}:
        raise TenantsFileError('tenants file: expected {"tenants": [...]}')
    allowed = {f.name for f in fields(Tenant)}
    tenants = []
    for i, spec in enumerate(data.get("tenants", [])):
        if not isinstance(spec, dict) or set(spec) - allowed or not all(isinstance(v, str) for v in spec.values()):
            raise TenantsFileError(f"tenants[{i}]: expected an object of strings with keys {sorted(allowed)}")
        tenants.append(Tenant(**spec))
    return tenants


def _check_tenants(tenants: list[Tenant]) -> None:
    """Every named tenant is reachable by exactly one kind of credential, and no two tenants
    share a name, a key or a token."""
    seen: dict[str, set[str]] = {"name": set(), "key": set(), "token": set()}
    for i, t in enumerate(tenants):
        where = f"tenants[{i}]"
        if not t.name or SUBDIVISION in t.name or t.name.startswith(ANONYMOUS_PREFIX) or not t.name.isprintable():
            raise TenantsFileError(
                f"{where}: name must be non-empty, printable, without '/' and not start with {ANONYMOUS_PREFIX!r}"
            )
        if t.key and not t.api_token:
            raise TenantsFileError(f"{where} ({t.name}): a tenant key needs the api_token it spends")
        if t.key and t.token_sha256:
            raise TenantsFileError(f"{where} ({t.name}): bind a tenant key or a token fingerprint, not both")
        if not (t.key or t.api_token or t.token_sha256):
            raise TenantsFileError(f"{where} ({t.name}): needs a key, an api_token or a token_sha256")
        if t.token_sha256 and not _HEX64.match(t.token_sha256):
            raise TenantsFileError(f"{where} ({t.name}): token_sha256 must be 64 lowercase hex digits")
        fingerprints = {t.token_sha256} if t.token_sha256 else {token_sha256(t.api_token)} if t.api_token and not t.key else set()
        for kind, values in (("name", {t.name}), ("key", {t.key} - {""}), ("token", fingerprints)):
            if values & seen[kind]:
                raise TenantsFileError(f"{where} ({t.name}): {kind} already used by another tenant")
            seen[kind] |= values


def _values(metadata: Mapping[str, str], key: str) -> list[str]:
    getall = getattr(metadata, "getall", None)
    if getall is not None:
        return list(getall(key))
    value = metadata.get(key)
    return [] if value is None else [value]


def _tokens(metadata: Mapping[str, str]) -> set[str]:
    found = [v.strip() for key in TOKEN_KEYS for v in _values(metadata, key)]
    for auth in _values(metadata, "authorization"):
        if auth[:7].lower() == "bearer ":
            found.append(auth[7:].strip())
    return {t for t in found if t}


def _tenant_id(value: str) -> str:
    """A declared id as a safe name part: printable, bounded."""
    return "".join(c if c.isprintable() else "?" for c in value)[:MAX_TENANT_ID]


def _conflict(what: str) -> GatewayError:
    return GatewayError(
        StatusCode.UNAUTHENTICATED, f"conflicting credentials: {what}", R.ERROR_REASON_API_TOKEN_INVALID
    )


@functools.lru_cache(maxsize=4096)
def org_of(token: str) -> str:
    """The organisation a token spends, as a stable, non-reversible id: the one fingerprint of a
    token the gateway keeps (quota keys, shared pollers, webhook keys), never the token itself."""
    return "org-" + hashlib.sha256(b"tailored-gateway/org\x00" + token.encode()).hexdigest()[:16]


@functools.lru_cache(maxsize=4096)
def anonymous_tenant(token: str) -> str:
    """A stable, non-reversible name for callers that only present a token."""
    return ANONYMOUS_PREFIX + org_of(token)[4:16]
