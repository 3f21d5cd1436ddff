"""Credentials.resolve: which Bria token a call spends, and who the caller is. Identity comes
from a credential the gateway can check; a declared tenant id only subdivides the caller's own."""

from __future__ import annotations

import json

import pytest
from grpc import StatusCode

from gateway.credentials import Caller, Credentials, Tenant, TenantsFileError, anonymous_tenant, token_sha256
from gateway.errors import R, GatewayError
from gateway.observability.rpc import Metadata

TENANTS = [
    Tenant(name="acme", key="key-acme", api_token="tok-acme"),
    Tenant(name="globex", key="key-globex", api_token="tok-globex"),
    Tenant(name="bound", api_token="tok-bound"),  # selected by presenting this very token
    Tenant(name="search", token_sha256=token_sha256("tok-search")),  # by the token's fingerprint
]
ANON = anonymous_tenant


@pytest.fixture
def creds():
    return Credentials(TENANTS, tenant_id_key="x-tenant-id")


@pytest.mark.parametrize(
    "metadata, tenant, token",
    [
        ({"api_token": "t1"}, ANON("t1"), "t1"),
        ({"api-token": "t2"}, ANON("t2"), "t2"),
        ({"api_token": "  t3  "}, ANON("t3"), "t3"),
        ({"authorization": "Bearer t4"}, ANON("t4"), "t4"),
        ({"authorization": "bearer   t5 "}, ANON("t5"), "t5"),
        ({"api_token": "t6", "authorization": "Bearer t6"}, ANON("t6"), "t6"),  # one token, two spellings
        ({"api_token": "t7", "x-tenant-id": "shop"}, ANON("t7") + "/shop", "t7"),  # subdivides its own
        ({"api_token": "t8", "x-tenant-id": "s" * 100}, ANON("t8") + "/" + "s" * 64, "t8"),
        ({"api_token": "t9", "x-tenant-id": "search"}, ANON("t9") + "/search", "t9"),  # never the named one
        ({"api_token": "t10", "x-tenant-id": "  "}, ANON("t10"), "t10"),
        ({"api_token": "tok-bound"}, "bound", "tok-bound"),
        ({"api_token": "tok-search"}, "search", "tok-search"),
        ({"authorization": "Bearer tok-search", "x-tenant-id": "batch"}, "search/batch", "tok-search"),
        ({"x-tenant-key": "key-acme"}, "acme", "tok-acme"),
        ({"x-tenant-key": "key-globex", "x-tenant-id": "jobs"}, "globex/jobs", "tok-globex"),
        ({"x-tenant-key": "key-acme", "x-tenant-id": "acme"}, "acme/acme", "tok-acme"),
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
        ({"x-tenant-key": "key-acme", "api_token": "tok-acme"}, R.ERROR_REASON_API_TOKEN_INVALID),  # key + token
        ({"api_token": "tok-one", "authorization": "Bearer tok-two"}, R.ERROR_REASON_API_TOKEN_INVALID),
        ({"api_token": "tok-one", "api-token": "tok-two"}, R.ERROR_REASON_API_TOKEN_INVALID),
        ({}, R.ERROR_REASON_API_TOKEN_MISSING),
        ({"api_token": ""}, R.ERROR_REASON_API_TOKEN_MISSING),
        ({"x-tenant-key": ""}, R.ERROR_REASON_API_TOKEN_MISSING),  # an empty key is no key
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


@pytest.mark.parametrize(
    "pairs, conflict",
    [
        ([("api_token", "tok-one"), ("api_token", "tok-two")], "different API tokens"),
        ([("authorization", "Bearer tok-one"), ("authorization", "Bearer tok-two")], "different API tokens"),
        ([("x-tenant-key", "key-acme"), ("x-tenant-key", "key-globex")], "more than one tenant key"),
        ([("x-tenant-key", "key-acme"), ("authorization", "Bearer tok-x")], "a tenant key and an API token"),
        ([("api_token", "tok-x"), ("x-tenant-id", "a"), ("x-tenant-id", "b")], "more than one `x-tenant-id`"),
    ],
)
def test_credentials_sent_twice_with_different_values_are_refused_never_last_wins(creds, pairs, conflict):
    with pytest.raises(GatewayError) as raised:
        creds.resolve(Metadata(pairs))
    assert raised.value.code == StatusCode.UNAUTHENTICATED
    assert conflict in raised.value.message
    assert "tok-one" not in raised.value.message and "key-acme" not in raised.value.message


def test_the_same_token_sent_twice_is_one_credential(creds):
    caller = creds.resolve(Metadata([("api_token", "tok-x"), ("api_token", "tok-x"), ("authorization", "Bearer tok-x")]))
    assert caller.token == "tok-x"


@pytest.mark.parametrize(
    "metadata, tenant, token",
    [
        ({"api_token": "t1", "x-tenant-id": "search"}, "search", "t1"),  # the proxy's word is taken
        ({"api_token": "t1"}, ANON("t1"), "t1"),
        ({"api_token": "tok-search"}, "search", "tok-search"),
        ({"x-tenant-key": "key-acme", "x-tenant-id": "acme"}, "acme", "tok-acme"),
    ],
)
def test_trusted_tenant_id_names_the_tenant_as_is(metadata, tenant, token):
    caller = Credentials(TENANTS, tenant_id_trusted=True).resolve(metadata)
    assert (caller.tenant, caller.token) == (tenant, token)


def test_trusted_tenant_id_that_contradicts_the_tenant_key_is_refused():
    with pytest.raises(GatewayError) as raised:
        Credentials(TENANTS, tenant_id_trusted=True).resolve({"x-tenant-key": "key-acme", "x-tenant-id": "globex"})
    assert raised.value.code == StatusCode.UNAUTHENTICATED


def test_custom_tenant_id_key():
    caller = Credentials([], tenant_id_key="x-org").resolve({"api_token": "t", "x-org": "org-1"})
    assert caller.tenant == ANON("t") + "/org-1"


@pytest.mark.parametrize(
    "tenant, parent", [("acme", ""), ("acme/jobs", "acme"), ("token-abc/x/y", "token-abc"), (ANON("t"), "")]
)
def test_a_subdivision_names_its_parent(tenant, parent):
    assert Caller(tenant, "t").parent == parent


def test_anonymous_tenant_is_stable_and_hides_the_token():
    name = anonymous_tenant("secret-token")
    assert name == anonymous_tenant("secret-token") != anonymous_tenant("other-token")
    assert name.startswith("token-") and "secret" not in name


def test_from_file(tmp_path):
    path = tmp_path / "tenants.json"
    path.write_text(json.dumps({"tenants": [
        {"name": "acme", "key": "k1", "api_token": "tok"},
        {"name": "search", "token_sha256": token_sha256("tok-search")},
    ]}))
    creds = Credentials.from_file(str(path), "x-tenant-id")
    assert creds.resolve({"x-tenant-key": "k1"}) == Caller("acme", "tok")
    assert creds.resolve({"api_token": "tok-search"}).tenant == "search"


@pytest.mark.parametrize(
    "data, problem",
    [
        ([], "expected"),
        ({"tenants": {}}, "expected"),
        ({"tenants": [], "extra": 1}, "expected"),
        ({"tenants": [{"name": "a", "key": "k", "api_token": "t", "colour": "red"}]}, "expected an object"),
        ({"tenants": [{"name": "a", "key": 5, "api_token": "t"}]}, "expected an object"),
        ({"tenants": [{"name": "", "api_token": "t"}]}, "name must be"),
        ({"tenants": [{"name": "a/b", "api_token": "t"}]}, "name must be"),
        ({"tenants": [{"name": "token-x", "api_token": "t"}]}, "name must be"),
        ({"tenants": [{"name": "a", "key": "k"}]}, "needs the api_token"),
        ({"tenants": [{"name": "a"}]}, "needs a key"),
        ({"tenants": [{"name": "a", "token_sha256": "abc"}]}, "64 lowercase hex"),
        ({"tenants": [{"name": "a", "key": "k", "api_token": "t", "token_sha256": "0" * 64}]}, "not both"),
        ({"tenants": [{"name": "a", "api_token": "t"}, {"name": "a", "api_token": "u"}]}, "name already used"),
        ({"tenants": [{"name": "a", "key": "k", "api_token": "t"}, {"name": "b", "key": "k", "api_token": "u"}]},
         "key already used"),
        ({"tenants": [{"name": "a", "api_token": "t"}, {"name": "b", "token_sha256": token_sha256("t")}]},
         "token already used"),
    ],
)
def test_bad_tenants_files_refuse_to_start(tmp_path, data, problem):
    path = tmp_path / "tenants.json"
    path.write_text(json.dumps(data))
    with pytest.raises(TenantsFileError, match=problem):
        Credentials.from_file(str(path))


def test_an_unreadable_tenants_file_names_the_file_not_its_content(tmp_path):
    path = tmp_path / "tenants.json"
    path.write_text('{"tenants": [{"name": "a", "api_token": "secret-tok"')
    with pytest.raises(TenantsFileError) as raised:
        Credentials.from_file(str(path))
    assert str(path) in str(raised.value) and "secret-tok" not in str(raised.value)
