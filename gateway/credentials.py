"""Who is calling and which Bria API token their calls spend.

A caller either sends its organisation's token itself (metadata `api_token`, `api-token`, or
`authorization: Bearer ...`), or authenticates to the gateway with a tenant key
(`x-tenant-key`) that the gateway maps to a token held in its configuration or a mounted
secret. Tokens are only ever handed to the upstream layer: never logged, labelled or echoed.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import pathlib
from dataclasses import dataclass
from typing import Iterable, Mapping

from grpc import StatusCode

from .errors import R, GatewayError

TOKEN_KEYS = ("api_token", "api-token")
TENANT_KEY = "x-tenant-key"


@dataclass(frozen=True)
class Tenant:
    name: str
    key: str = ""  # the gateway credential a tenant presents; empty = identified by name only
    api_token: str = ""  # the Bria token spent on its behalf

    def __repr__(self) -> str:  # keep secrets out of reprs, logs and tracebacks
        return f"Tenant(name={self.name!r})"


@dataclass(frozen=True)
class Caller:
    tenant: str  # a name safe to log and to label metrics with
    token: str

    def __repr__(self) -> str:
        return f"Caller(tenant={self.tenant!r})"


class Credentials:
    def __init__(self, tenants: Iterable[Tenant] = (), tenant_id_key: str = "x-tenant-id"):
        self._by_key = {t.key: t for t in tenants if t.key}
        self._tenant_id_key = tenant_id_key

    @classmethod
    def from_file(cls, path: str, tenant_id_key: str) -> "Credentials":
        """Tenants from a JSON file (e.g. a mounted Kubernetes secret):
        `{"tenants": [{"name": ..., "key": ..., "api_token": ...}]}`."""
        data = json.loads(pathlib.Path(path).read_text())
        return cls([Tenant(**t) for t in data.get("tenants", [])], tenant_id_key)

    def resolve(self, metadata: Mapping[str, str]) -> Caller:
        key = metadata.get(TENANT_KEY)
        if key:
            for known, tenant in self._by_key.items():
                if hmac.compare_digest(known, key):
                    return Caller(tenant.name, tenant.api_token)
            raise GatewayError(StatusCode.UNAUTHENTICATED, "unknown tenant key", R.ERROR_REASON_API_TOKEN_INVALID)
        token = _token(metadata)
        if not token:
            raise GatewayError(
                StatusCode.UNAUTHENTICATED,
                "no Bria API token: send metadata `api_token` (or a tenant key the gateway knows)",
                R.ERROR_REASON_API_TOKEN_MISSING,
            )
        tenant = metadata.get(self._tenant_id_key) or anonymous_tenant(token)
        return Caller(tenant[:64], token)


def _token(metadata: Mapping[str, str]) -> str:
    for key in TOKEN_KEYS:
        if metadata.get(key):
            return metadata[key].strip()
    auth = metadata.get("authorization", "")
    return auth[7:].strip() if auth.lower().startswith("bearer ") else ""


def org_of(token: str) -> str:
    """The organisation a token spends, as a stable, non-reversible id: the one fingerprint of a
    token the gateway keeps (quota keys, shared pollers, webhook keys), never the token itself."""
    return "org-" + hashlib.sha256(b"tailored-gateway/org\x00" + token.encode()).hexdigest()[:16]


def anonymous_tenant(token: str) -> str:
    """A stable, non-reversible name for callers that only present a token."""
    return "token-" + org_of(token)[4:16]
