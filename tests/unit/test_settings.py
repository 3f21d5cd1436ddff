"""Settings.load (environment, overrides, errors) and secrets kept out of reprs."""

from __future__ import annotations

import dataclasses

import pytest

from gateway.credentials import Caller, Tenant
from gateway.settings import PRODUCTION_UPSTREAM, Settings, describe, env_name

DEFAULTS = Settings()


@pytest.mark.parametrize(
    "env, expected",
    [
        ({}, {}),
        ({"GATEWAY_PORT": "6000"}, {"port": 6000}),
        ({"GATEWAY_PORT": "0"}, {"port": 0}),
        ({"GATEWAY_METRICS_PORT": "-1"}, {"metrics_port": -1}),
        ({"GATEWAY_UPSTREAM_TIMEOUT_SECONDS": "2.5"}, {"upstream_timeout_seconds": 2.5}),
        ({"GATEWAY_UPSTREAM_TIMEOUT_SECONDS": "30"}, {"upstream_timeout_seconds": 30.0}),
        ({"GATEWAY_UPSTREAM_URL": "embedded"}, {"upstream_url": "embedded"}),
        ({"GATEWAY_HOST": "127.0.0.1", "GATEWAY_LOG_LEVEL": "debug"}, {"host": "127.0.0.1", "log_level": "debug"}),
        ({"GATEWAY_TENANTS_FILE": "/run/secrets/tenants.json"}, {"tenants_file": "/run/secrets/tenants.json"}),
        ({"GATEWAY_PORT": ""}, {}),  # empty = unset
        ({"PORT": "1", "GATEWAY_NOT_A_SETTING": "x"}, {}),  # unrelated variables are ignored
        ({"gateway_port": "6000"}, {}),  # names are case-sensitive
    ],
)
def test_load_from_environment(env, expected):
    settings = Settings.load(env)
    assert settings == dataclasses.replace(DEFAULTS, **expected)


@pytest.mark.parametrize("raw", ["1", "true", "TRUE", "True", "yes", "on", "ON"])
def test_bool_true_forms(raw):
    assert Settings.load({"GATEWAY_REFLECTION": "false"}).reflection is False
    assert Settings.load({"GATEWAY_REFLECTION": raw}).reflection is True


@pytest.mark.parametrize("raw", ["0", "false", "False", "no", "NO", "off"])
def test_bool_false_forms(raw):
    assert Settings.load({"GATEWAY_REFLECTION": raw}).reflection is False


@pytest.mark.parametrize(
    "env, overrides, expected",
    [
        ({"GATEWAY_PORT": "6000"}, {"port": 7000}, {"port": 7000}),
        ({"GATEWAY_PORT": "6000"}, {"port": None}, {"port": 6000}),  # an absent flag leaves the env
        ({}, {"upstream_url": "embedded", "reflection": False}, {"upstream_url": "embedded", "reflection": False}),
        ({"GATEWAY_REFLECTION": "on"}, {"reflection": False}, {"reflection": False}),
        ({}, None, {}),
    ],
)
def test_overrides_win(env, overrides, expected):
    assert Settings.load(env, overrides) == dataclasses.replace(DEFAULTS, **expected)


@pytest.mark.parametrize(
    "env, variable",
    [
        ({"GATEWAY_PORT": "abc"}, "GATEWAY_PORT"),
        ({"GATEWAY_PORT": "50051.5"}, "GATEWAY_PORT"),
        ({"GATEWAY_RETRY_MAX_ATTEMPTS": "three"}, "GATEWAY_RETRY_MAX_ATTEMPTS"),
        ({"GATEWAY_UPSTREAM_TIMEOUT_SECONDS": "2s"}, "GATEWAY_UPSTREAM_TIMEOUT_SECONDS"),
        ({"GATEWAY_REFLECTION": "maybe"}, "GATEWAY_REFLECTION"),
        ({"GATEWAY_REFLECTION": "2"}, "GATEWAY_REFLECTION"),
    ],
)
def test_bad_values_name_the_variable(env, variable):
    with pytest.raises(ValueError, match=variable):
        Settings.load(env)


def test_defaults():
    assert DEFAULTS.upstream_url == PRODUCTION_UPSTREAM
    assert (DEFAULTS.port, DEFAULTS.reflection, DEFAULTS.retry_max_attempts) == (50051, True, 3)


def test_every_setting_has_a_variable_and_help():
    text = describe()
    for f in dataclasses.fields(Settings):
        assert f.metadata["help"]
        assert env_name(f.name) in text


TOKEN = "bria_tok_very_secret_123"


@pytest.mark.parametrize(
    "obj",
    [
        Tenant(name="acme", key="tk_gateway_key", api_token=TOKEN),
        Tenant(name="acme", api_token=TOKEN),
        Caller(tenant="acme", token=TOKEN),
    ],
    ids=["tenant-with-key", "tenant", "caller"],
)
def test_reprs_never_contain_secrets(obj):
    for text in (repr(obj), str(obj), f"{obj!r}", repr([obj]), repr({"x": obj})):
        assert TOKEN not in text
        assert "tk_gateway_key" not in text
        assert "acme" in text
