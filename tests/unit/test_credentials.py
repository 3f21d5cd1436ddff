"""Credentials.resolve: which Bria token a call spends, and who the caller is."""

from __future__ import annotations

import json

import pytest
from grpc import StatusCode

from gateway.credentials import Credentials, Tenant, anonymous_tenant
from gateway.errors import R, GatewayError

TENANTS = [
    Tenant(name="acme", key="key-acme", api_token="tok-acme"),
    Tenant(name="globex", key="key-globex", api_token="tok-globex"),
    Tenant(name="nokey", api_token="tok-nokey"),
]


@pytest.fixture
def creds():
    return Credentials(TENANTS, tenant_id_key="x-tenant-id")


@pytest.mark.parametrize(
    "metadata, tenant, token",
    [
        ({"api_token": "t1"}, anonymous_tenant("t1"), "t1"),
        ({"api-token": "t2"}, anonymous_tenant("t2"), "t2"),
        ({"api_token": "  t3  "}, anonymous_tenant("t3"), "t3"),
        ({"authorization": "Bearer t4"}, anonymous_tenant("t4"), "t4"),
        ({"authorization": "bearer   t5 "}, anonymous_tenant("t5"), "t5"),
        ({"api_token": "t6", "authorization": "Bearer other"}, anonymous_tenant("t6"), "t6"),
        ({"api_token": "t7", "x-tenant-id": "shop"}, "shop", "t7"),
        ({"api_token": "t8", "x-tenant-id": "s" * 100}, "s" * 64, "t8"),
        ({"x-tenant-key": "key-acme"}, "acme", "tok-acme"),
        ({"x-tenant-key": "key-globex", "x-tenant-id": "spoofed"}, "globex", "tok-globex"),
        ({"x-tenant-key": "key-acme", "api_token": "own"}, "acme", "tok-acme"),  # the tenant key decides
    ],
)
def test_resolve(creds, metadata, tenant, token):
    caller = creds.resolve(metadata)
    assert (caller.tenant, caller.token) == (tenant, token)


@pytest.mark.parametrize(
    "metadata, reason",
    [
        ({"x-tenant-key": "key-unknown"}, R.ERROR_REASON_API_TOKEN_INVALID),
        ({"x-tenant-key": "key-acme "}, R.ERROR_REASON_API_TOKEN_INVALID),
        ({"x-tenant-key": "key-unknown", "api_token": "t"}, R.ERROR_REASON_API_TOKEN_INVALID),
        ({}, R.ERROR_REASON_API_TOKEN_MISSING),
        ({"api_token": ""}, R.ERROR_REASON_API_TOKEN_MISSING),
        ({"authorization": "Basic dXNlcjpwdw=="}, R.ERROR_REASON_API_TOKEN_MISSING),
        ({"authorization": "Bearer "}, R.ERROR_REASON_API_TOKEN_MISSING),
        ({"x-tenant-id": "acme"}, R.ERROR_REASON_API_TOKEN_MISSING),  # a name is not a credential
    ],
)
def test_resolve_refuses(creds, metadata, reason):
    with pytest.raises(GatewayError) as raised:
        creds.resolve(metadata)
    assert raised.value.code == StatusCode.UNAUTHENTICATED
    assert R.Name(raised.value.reason) == R.Name(reason)
    for value in metadata.values():
        if len(value) > 6:
            assert value.strip() not in raised.value.message


def test_tenants_without_key_cannot_be_selected_by_an_empty_key(creds):
    with pytest.raises(GatewayError):
        creds.resolve({"x-tenant-key": ""})


def test_custom_tenant_id_key():
    caller = Credentials([], tenant_id_key="x-org").resolve({"api_token": "t", "x-org": "org-1"})
    assert caller.tenant == "org-1"


def test_anonymous_tenant_is_stable_and_hides_the_token():
    name = anonymous_tenant("secret-token")
    assert name == anonymous_tenant("secret-token") != anonymous_tenant("other-token")
    assert name.startswith("token-") and "secret" not in name


def test_from_file(tmp_path):
    path = tmp_path / "tenants.json"
    path.write_text(json.dumps({"tenants": [{"name": "acme", "key": "k1", "api_token": "tok"}]}))
    caller = Credentials.from_file(str(path), "x-tenant-id").resolve({"x-tenant-key": "k1"})
    assert (caller.tenant, caller.token) == ("acme", "tok")
