"""Settings.load (environment, overrides, errors) and secrets kept out of reprs."""

from __future__ import annotations

import dataclasses

import pytest

from gateway.credentials import Caller, Tenant
from gateway.settings import PRODUCTION_UPSTREAM, Settings, SettingsError, declared, describe, env_name, flag_of

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



def test_every_setting_declares_a_flag_a_check_and_help():
    flags = [s.flag for s in declared()]
    assert len(set(flags)) == len(flags), "flags are unique"
    for s in declared():
        assert s.help and s.check.accepts, s.name
        assert s.env == env_name(s.name)
        assert s.flag in describe()
    assert flag_of("upstream_url") == "--upstream"  # a declared spelling is kept
    assert flag_of("upstream_timeout_seconds") == "--upstream-timeout-seconds"  # else derived from the name
    assert flag_of("reflection") == "--reflection"


@pytest.mark.parametrize(
    "name, value",
    [
        ("port", 0), ("port", 65535), ("metrics_port", -1), ("metrics_port", 0), ("metrics_port", 65535),
        ("webhook_port", 0), ("webhook_port", 65535),
        ("log_level", "debug"), ("log_level", "error"), ("log_level", "WARNING"),  # the logger upper-cases it
        ("event_loop", "uvloop"), ("event_loop", "asyncio"),
        ("quota_rate", ""), ("quota_rate", "10/s"), ("quota_rate", "600/m"), ("quota_rate", "36000/h"),
        ("quota_rate", "0"), ("quota_rate", "2.5"), ("quota_upstream_rate", "60/min"),
        ("upstream_url", "embedded"), ("upstream_url", "http://127.0.0.1:8099"), ("upstream_url", PRODUCTION_UPSTREAM),
        ("upstream_url", "https://engine.prod.bria-api.com/"),
        ("public_callback_url", ""), ("public_callback_url", "https://gw.example.com/webhooks/bria"),
        ("public_callback_url", "http://10.0.0.5:8081/webhooks/bria"),
        ("quota_rejection_code", "RESOURCE_EXHAUSTED"), ("quota_rejection_code", "UNAVAILABLE"),
        ("quota_rejection_code", "unavailable"),  # the limiter upper-cases it
        ("quota_redis_url", ""), ("quota_redis_url", "redis://redis:6379/0"), ("quota_redis_url", "rediss://r.example.com"),
        ("quota_redis_url", "unix:///run/redis.sock"),
        ("max_message_bytes", 1), ("max_message_bytes", 2**31 - 1),
        ("upstream_timeout_seconds", 0.001), ("shutdown_grace_seconds", 0.0), ("quota_burst", 0.0),
        ("webhook_tolerance_seconds", 0.0), ("watch_poll_backoff", 1.0),
        ("tenant_id_key", "x-tenant-id"), ("tenant_id_key", "x_org.team"),
        ("watch_file_hosts", ""), ("watch_file_hosts", "files.example.com, .example.net,"),
    ],
)
def test_accepted_values(name, value):
    assert getattr(Settings.load({}, {name: value}), name) == value


@pytest.mark.parametrize(
    "name, value, problem",
    [
        ("port", 65536, "not between 0 and 65535"),
        ("port", -1, "not between 0 and 65535"),
        ("metrics_port", -2, "not between -1 and 65535"),
        ("webhook_port", -1, "not between 0 and 65535"),
        ("webhook_port", 70000, "not between 0 and 65535"),
        ("log_level", "verbose", "not one of debug, info, warning, error"),
        ("event_loop", "UVLOOP", "not one of uvloop, asyncio"),  # `serve` compares it as written
        ("quota_rate", "10/week", "as a rate"),
        ("quota_upstream_rate", "ten", "as a rate"),
        ("upstream_url", "", "not a http/https URL"),
        ("upstream_url", "localhost:8099", "not a http/https URL"),
        ("upstream_url", "https://", "has no host"),
        ("public_callback_url", "/webhooks/bria", "not a http/https URL"),
        ("public_callback_url", "wss://gw.example.com/hook", "not a http/https URL"),
        ("quota_rejection_code", "ABORTED", "not one of RESOURCE_EXHAUSTED, UNAVAILABLE"),
        ("max_message_bytes", 0, "not between 1 and"),
        ("upstream_timeout_seconds", 0.0, "not positive"),
        ("health_probe_seconds", -1.0, "not positive"),
        ("quota_daily", -1.0, "is negative"),
        ("retry_max_attempts", 0, "less than 1"),
        ("host", "", "must not be empty"),
        # wrong types from code
        ("port", "50051", "not an integer"),
        ("port", 1.5, "not an integer"),
        ("port", True, "not an integer"),
        ("reflection", 1, "not a bool"),
        ("reflection", "off", "not a bool"),
        ("upstream_timeout_seconds", "2", "not a number"),
        ("log_level", 10, "not a string"),
    ],
)
def test_refused_values_name_the_setting(name, value, problem):
    with pytest.raises(SettingsError) as err:
        Settings.load({}, {name: value})
    message = str(err.value)
    assert message.startswith(f"{env_name(name)} / {flag_of(name)}: ")
    assert problem in message
    assert (err.value.name, err.value.source) == (name, "")


def test_bad_settings_cannot_be_built_any_way():
    with pytest.raises(SettingsError, match="GATEWAY_PORT"):
        Settings(port=70000)
    with pytest.raises(SettingsError, match="GATEWAY_WEBHOOK_PORT"):
        dataclasses.replace(DEFAULTS, webhook_port=-1)
    with pytest.raises(SettingsError, match="GATEWAY_QUOTA_RATE"):
        Settings.load({"GATEWAY_QUOTA_RATE": "lots"})
    assert issubclass(SettingsError, ValueError)


def test_ints_widen_to_floats():
    settings = Settings.load({}, {"quota_burst": 3, "upstream_timeout_seconds": 30})
    assert (settings.quota_burst, settings.upstream_timeout_seconds) == (3.0, 30.0)
    assert isinstance(settings.quota_burst, float)


def test_an_unknown_override_is_an_error():
    with pytest.raises(TypeError, match="no_such_setting"):
        Settings.load({}, {"no_such_setting": 1})


@pytest.mark.parametrize(
    "env, overrides, source",
    [
        ({"GATEWAY_PORT": "70000"}, None, "(set by GATEWAY_PORT=70000)"),
        ({"GATEWAY_PORT": "x"}, None, "(set by GATEWAY_PORT=x)"),
        ({"GATEWAY_PORT": "1"}, {"port": 70000}, None),  # the override, not the variable, is at fault
    ],
)
def test_the_message_says_where_a_bad_value_came_from(env, overrides, source):
    with pytest.raises(SettingsError) as err:
        Settings.load(env, overrides)
    if source:
        assert str(err.value).endswith(source)
    else:
        assert "set by" not in str(err.value)


def test_flags_are_read_like_variables_and_win():
    settings = Settings.load(
        {"GATEWAY_PORT": "6000", "GATEWAY_REFLECTION": "on"}, flags={"port": "7000", "reflection": "off", "host": None}
    )
    assert (settings.port, settings.reflection, settings.host) == (7000, False, DEFAULTS.host)
    with pytest.raises(SettingsError, match=r"GATEWAY_PORT / --port: .* \(set by --port 7x\)"):
        Settings.load({}, flags={"port": "7x"})
    assert Settings.load({}, {"port": 1}, flags={"port": "2"}).port == 1  # typed overrides come last


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


# ---- sections: each component receives its own, checked and parsed ---------------------------

def test_sections_carry_the_checked_values_parsed_once():
    s = Settings.load(
        {},
        {
            "upstream_url": "https://engine.example.com", "watch_file_hosts": "Files.Example.com, .cdn.example.net",
            "watch_poll_initial_seconds": 5.0, "watch_poll_max_seconds": 2.0, "quota_rate": "600/m",
            "quota_upstream_rate": "10/s", "quota_rejection_code": "unavailable", "public_callback_url": "https://gw/x",
            "upstream_max_lanes": 7, "tenant_id_trusted": True,
        },
    )
    assert s.watch.file_hosts == frozenset({"engine.example.com", "files.example.com", ".cdn.example.net"})
    assert s.watch.poll_max_seconds == 5.0  # never below the initial interval
    assert (s.quota.rate, s.quota.upstream_rate, s.quota.rejection_code) == (10.0, 10.0, "UNAVAILABLE")
    assert (s.upstream.url, s.upstream.max_connections) == ("https://engine.example.com", 7)
    assert s.webhooks.public_callback_url == "https://gw/x" and s.identity.tenant_id_trusted is True
    assert (s.server.port, s.server.reflection) == (50051, True)


@pytest.mark.parametrize("section", ["server", "upstream", "identity", "quota", "watch", "webhooks"])
def test_sections_are_frozen(section):
    value = getattr(Settings.load({}), section)
    field = dataclasses.fields(value)[0].name
    with pytest.raises(dataclasses.FrozenInstanceError):
        setattr(value, field, None)


def test_only_the_composition_root_and_the_cli_read_the_whole_settings():
    """Components receive their own section; none reaches for the whole Settings."""
    import ast
    import pathlib

    root = pathlib.Path(__file__).resolve().parents[2] / "gateway"
    allowed = {"app.py", "__main__.py", "settings.py", "demo.py"}
    readers = []
    for path in root.rglob("*.py"):
        if path.name in allowed and path.parent == root:
            continue
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.endswith("settings"):
                if any(alias.name == "Settings" for alias in node.names):
                    readers.append(str(path.relative_to(root)))
    assert readers == []
