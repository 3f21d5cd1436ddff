"""The command line: every flag the README documents parses into its Settings field, bad values
(from a flag or the environment) exit with status 2 and name the setting, the top-level parser
knows all four commands, and emulator/demo/health get their own arguments."""

from __future__ import annotations

import dataclasses
import pathlib
import re
import os
import subprocess
import sys

import pytest

from gateway.__main__ import Invocation, build_parser, parse
from tailored_emulator.cli import build_parser as emulator_parser, config_from_args
from gateway.settings import Settings, declared

ROOT = pathlib.Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))

import settings_table  # noqa: E402

DEFAULTS = Settings()
BY_ENV = {s.env: s for s in declared()}

# One valid, non-default value per setting: (raw string as typed, the value Settings holds).
GOOD = {
    "host": ("127.0.0.1", "127.0.0.1"),
    "port": ("6000", 6000),
    "metrics_port": ("-1", -1),
    "workers": ("4", 4),
    "upstream_url": ("http://127.0.0.1:8099", "http://127.0.0.1:8099"),
    "upstream_timeout_seconds": ("2.5", 2.5),
    "upstream_max_lanes": ("8", 8),
    "upstream_max_response_bytes": ("1048576", 1048576),
    "retry_max_attempts": ("1", 1),
    "max_pending_calls": ("500", 500),
    "max_message_bytes": ("4194304", 4194304),
    "reflection": ("off", False),
    "shutdown_grace_seconds": ("0", 0.0),
    "health_probe_seconds": ("0.5", 0.5),
    "tenants_file": ("/run/secrets/tenants.json", "/run/secrets/tenants.json"),
    "tenant_id_key": ("x-org", "x-org"),
    "tenant_id_trusted": ("on", True),
    "log_level": ("debug", "debug"),
    "quota_file": ("/etc/gateway/quota.json", "/etc/gateway/quota.json"),
    "quota_rate": ("10/s", "10/s"),
    "quota_burst": ("20", 20.0),
    "quota_daily": ("1000", 1000.0),
    "quota_upstream_rate": ("600/m", "600/m"),
    "quota_upstream_burst": ("5", 5.0),
    "quota_cooldown_seconds": ("2", 2.0),
    "quota_rejection_code": ("UNAVAILABLE", "UNAVAILABLE"),
    "redis_url": ("redis://redis:6379/0", "redis://redis:6379/0"),
    "quota_redis_url": ("redis://redis:6379/0", "redis://redis:6379/0"),
    "quota_redis_timeout_seconds": ("0.5", 0.5),
    "quota_redis_retry_seconds": ("3", 3.0),
    "quota_replicas": ("3", 3),
    "watch_poll_initial_seconds": ("0.25", 0.25),
    "watch_poll_max_seconds": ("10", 10.0),
    "watch_poll_backoff": ("2", 2.0),
    "watch_poll_timeout_seconds": ("3", 3.0),
    "watch_lease_seconds": ("2.5", 2.5),
    "watch_redis_timeout_seconds": ("0.5", 0.5),
    "watch_file_hosts": ("files.example.com,.cdn.example.net", "files.example.com,.cdn.example.net"),
    "public_callback_url": ("https://gw.example.com/webhooks/bria", "https://gw.example.com/webhooks/bria"),
    "webhook_port": ("0", 0),
    "webhook_tolerance_seconds": ("0", 0.0),
    "webhook_max_pending": ("10", 10),
    "webhook_key_secret_file": ("/run/secrets/webhook-key", "/run/secrets/webhook-key"),
    "webhook_key_ttl_seconds": ("600", 600.0),
    "event_loop": ("asyncio", "asyncio"),
}

# (setting, bad raw value, what the message says is wrong). Every checked setting has rows.
BAD = [
    ("host", "", "must not be empty"),
    ("host", "   ", "must not be empty"),
    ("port", "70000", "not between 0 and 65535"),
    ("port", "-1", "not between 0 and 65535"),
    ("port", "abc", "as an integer"),
    ("port", "50051.5", "as an integer"),
    ("metrics_port", "-2", "not between -1 and 65535"),
    ("metrics_port", "65536", "not between -1 and 65535"),
    ("workers", "0", "not between 1 and 256"),
    ("workers", "257", "not between 1 and 256"),
    ("upstream_url", "ftp://files.example.com", "not a http/https URL"),
    ("upstream_url", "http://", "has no host"),
    ("upstream_url", "engine.prod.bria-api.com", "not a http/https URL"),
    ("upstream_url", "embeded", "not a http/https URL"),
    ("upstream_url", "http://127.0.0.1:99999", "not a URL"),
    ("upstream_timeout_seconds", "0", "not positive"),
    ("upstream_timeout_seconds", "2s", "as a number"),
    ("upstream_max_lanes", "0", "less than 1"),
    ("upstream_max_response_bytes", "0", "less than 1"),
    ("retry_max_attempts", "0", "less than 1"),
    ("retry_max_attempts", "three", "as an integer"),
    ("max_pending_calls", "0", "not between 1 and"),
    ("max_message_bytes", "0", "not between 1 and"),
    ("max_message_bytes", "-5", "not between 1 and"),
    ("max_message_bytes", str(2**31), "not between 1 and"),
    ("reflection", "maybe", "as on or off"),
    ("reflection", "2", "as on or off"),
    ("shutdown_grace_seconds", "-1", "is negative"),
    ("health_probe_seconds", "0", "not positive"),
    ("tenant_id_key", "X-Tenant-Id", "not a gRPC metadata key"),
    ("tenant_id_key", "grpc-tenant", "reserved"),
    ("tenant_id_key", "x-tenant-bin", "binary"),
    ("tenant_id_trusted", "sometimes", "as on or off"),
    ("log_level", "loud", "not one of debug, info, warning, error"),
    ("log_level", "trace", "not one of debug, info, warning, error"),
    ("quota_rate", "fast", "as a rate"),
    ("quota_rate", "10/fortnight", "as a rate"),
    ("quota_rate", "-1/s", "as a rate"),
    ("quota_burst", "-1", "is negative"),
    ("quota_daily", "-0.5", "is negative"),
    ("quota_upstream_rate", "60 per minute", "as a rate"),
    ("quota_upstream_burst", "-2", "is negative"),
    ("quota_cooldown_seconds", "-1", "is negative"),
    ("quota_rejection_code", "PERMISSION_DENIED", "not one of RESOURCE_EXHAUSTED, UNAVAILABLE"),
    ("redis_url", "http://redis:6379", "not a redis/rediss/unix URL"),
    ("watch_lease_seconds", "0", "is not between 0.1 and 3600"),
    ("watch_redis_timeout_seconds", "0", "is not between 0.01 and 60"),
    ("webhook_key_ttl_seconds", "0", "is not positive"),
    ("quota_redis_url", "http://redis:6379", "not a redis/rediss/unix URL"),
    ("quota_redis_url", "redis://", "has no host"),
    ("quota_redis_timeout_seconds", "0", "not positive"),
    ("quota_redis_retry_seconds", "-1", "not positive"),
    ("quota_replicas", "0", "less than 1"),
    ("watch_poll_initial_seconds", "0", "not positive"),
    ("watch_poll_max_seconds", "-3", "not positive"),
    ("watch_poll_backoff", "0.5", "less than 1.0"),
    ("watch_poll_timeout_seconds", "0", "not positive"),
    ("watch_file_hosts", "files.example.com,not a host", "not host names: 'not a host'"),
    ("public_callback_url", "gw.example.com/webhooks/bria", "not a http/https URL"),
    ("public_callback_url", "embedded", "not a http/https URL"),
    ("public_callback_url", "https:///webhooks/bria", "has no host"),
    ("webhook_port", "65536", "not between 0 and 65535"),
    ("webhook_port", "-1", "not between 0 and 65535"),
    ("webhook_tolerance_seconds", "-1", "is negative"),
    ("webhook_max_pending", "0", "less than 1"),
    ("event_loop", "trio", "not one of uvloop, asyncio"),
]
ANYTHING_GOES = {"tenants_file", "quota_file", "webhook_key_secret_file"}  # paths: read (and refused if bad) when the gateway starts


def readme_rows() -> list[tuple[str, str]]:
    """(variable, flag) of every row of the README's settings table."""
    block = settings_table.readme_block((ROOT / "README.md").read_text())
    return re.findall(r"^\| `(GATEWAY_[A-Z0-9_]+)` \| `(--[a-z0-9-]+)` \|", block, re.MULTILINE)


def serve(argv: list[str], env: dict[str, str] | None = None) -> Settings:
    invocation = parse(["serve", *argv], env or {})
    assert invocation.command == "serve" and invocation.settings is not None
    return invocation.settings


def refused(argv: list[str], env: dict[str, str], capsys) -> str:
    with pytest.raises(SystemExit) as exit_:
        parse(argv, env)
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err
    return err


# ---- coverage of the tables themselves --------------------------------------------------------

def test_the_readme_lists_every_setting_and_the_tables_cover_them():
    names = [s.name for s in declared()]
    assert [BY_ENV[env].name for env, _ in readme_rows()] == names
    assert set(GOOD) == set(names), "add a valid example of the new setting to GOOD"
    missing = set(names) - {name for name, _, _ in BAD} - ANYTHING_GOES
    assert not missing, f"add bad values of {sorted(missing)} to BAD"


# ---- every documented flag parses --------------------------------------------------------------

@pytest.mark.parametrize("env, flag", readme_rows())
def test_every_flag_in_the_readme_parses_into_its_setting(env, flag):
    name = BY_ENV[env].name
    raw, value = GOOD[name]
    settings = serve([flag, raw])
    assert getattr(settings, name) == value
    assert getattr(settings, name) != getattr(DEFAULTS, name), "pick a non-default example"
    assert settings == dataclasses.replace(DEFAULTS, **{name: value})  # and nothing else changed


@pytest.mark.parametrize("env, flag", readme_rows())
def test_every_variable_in_the_readme_reads_into_its_setting(env, flag):
    name = BY_ENV[env].name
    raw, value = GOOD[name]
    assert getattr(serve([], {env: raw}), name) == value


@pytest.mark.parametrize("env, flag", readme_rows())
def test_a_flag_wins_over_its_variable_which_wins_over_the_default(env, flag):
    name = BY_ENV[env].name
    raw, value = GOOD[name]
    default_raw = BY_ENV[env].default_text
    assert getattr(serve([flag, raw], {env: default_raw}), name) == value
    assert getattr(serve([], {env: raw}), name) == value
    if default_raw != "":
        assert getattr(serve([flag, default_raw], {env: raw}), name) == getattr(DEFAULTS, name)


def test_the_issue_command_line_parses():
    settings = serve(["--public-callback-url", "https://x/webhooks/bria", "--webhook-port", "0"])
    assert (settings.public_callback_url, settings.webhook_port) == ("https://x/webhooks/bria", 0)


@pytest.mark.parametrize(
    "argv, expected",
    [
        ([], {}),
        (["--upstream", "embedded", "--port", "0"], {"upstream_url": "embedded", "port": 0}),
        (["--reflection", "off"], {"reflection": False}),
        (["--reflection", "on"], {"reflection": True}),
        (["--reflection", "OFF"], {"reflection": False}),
        (["--tenant-id-trusted", "on"], {"tenant_id_trusted": True}),
        (["--metrics-port", "-1"], {"metrics_port": -1}),
        (["--metrics-port=0"], {"metrics_port": 0}),
        (["--log-level", "WARNING"], {"log_level": "WARNING"}),
        (["--quota-rate", "600/m", "--quota-burst", "5"], {"quota_rate": "600/m", "quota_burst": 5.0}),
        (["--port", "1", "--port", "2"], {"port": 2}),  # the last one wins
    ],
)
def test_flag_combinations(argv, expected):
    assert serve(argv) == dataclasses.replace(DEFAULTS, **expected)


def test_an_empty_variable_is_unset():
    assert serve([], {"GATEWAY_PORT": ""}) == DEFAULTS


# ---- bad values exit 2 and name the setting -----------------------------------------------------

@pytest.mark.parametrize("name, raw, problem", BAD)
def test_a_bad_flag_exits_2_naming_the_setting(name, raw, problem, capsys):
    s = next(s for s in declared() if s.name == name)
    err = refused(["serve", f"{s.flag}={raw}"], {}, capsys)
    assert "usage: tailored-gateway serve" in err
    assert f"tailored-gateway serve: error: {s.env} / {s.flag}: " in err
    assert problem in err
    assert f"(set by {s.flag} {raw})" in err


@pytest.mark.parametrize("name, raw, problem", [row for row in BAD if row[1] != ""])  # empty = unset
def test_a_bad_variable_exits_2_naming_the_setting(name, raw, problem, capsys):
    s = next(s for s in declared() if s.name == name)
    err = refused(["serve"], {s.env: raw}, capsys)
    assert f"{s.env} / {s.flag}: " in err and problem in err
    assert f"(set by {s.env}={raw})" in err


def test_a_good_flag_does_not_excuse_a_bad_variable_of_another_setting(capsys):
    err = refused(["serve", "--port", "1"], {"GATEWAY_WEBHOOK_PORT": "70000"}, capsys)
    assert "GATEWAY_WEBHOOK_PORT / --webhook-port" in err


def test_workers_refuse_the_embedded_emulator(capsys):
    err = refused(["serve", "--workers", "2", "--upstream", "embedded"], {}, capsys)
    assert "GATEWAY_WORKERS / --workers: each worker would start its own emulator" in err
    assert serve(["--workers", "2", "--upstream", "http://127.0.0.1:8099"]).workers == 2


def test_a_good_flag_overrides_a_bad_variable_of_the_same_setting():
    assert serve(["--port", "1"], {"GATEWAY_PORT": "70000"}).port == 1


@pytest.mark.parametrize(
    "argv, words",
    [
        (["serve", "--no-such-flag", "1"], "unrecognized arguments: --no-such-flag"),
        (["serve", "--port"], "expected one argument"),
        (["serve", "extra"], "unrecognized arguments: extra"),
        ([], "required: command"),
        (["launch"], "invalid choice: 'launch'"),
        (["emulator", "--plan", "platinum"], "invalid choice: 'platinum'"),
        (["emulator", "--port", "eighty"], "invalid int value"),
        (["demo", "--fast"], "unrecognized arguments: --fast"),
    ],
)
def test_usage_errors_exit_2(argv, words, capsys):
    assert words in refused(argv, {}, capsys)


def test_serve_port_70000_exits_2_from_the_installed_command():
    script = pathlib.Path(sys.executable).with_name("tailored-gateway")
    assert script.exists(), "pip install -e . provides the tailored-gateway command"
    result = subprocess.run([str(script), "serve", "--port", "70000"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 2
    assert "GATEWAY_PORT / --port: 70000 is not between 0 and 65535" in result.stderr
    assert "Traceback" not in result.stderr
    assert result.stdout == ""


@pytest.mark.parametrize(
    "variable, content, words",
    [
        ("GATEWAY_TENANTS_FILE", '{"tenants": [{"name": "a/b", "api_token": "tok-secret-cli"}]}', "name must be"),
        ("GATEWAY_TENANTS_FILE", '{"tenants": [{"name": "a", "api_token": "tok-secret-cli"', "JSONDecodeError"),
        ("GATEWAY_QUOTA_FILE", '{"tenants": {"a": {"rate": "fast"}}}', "cannot read 'fast' as a rate"),
    ],
)
def test_an_unusable_tenants_or_quota_file_exits_2_naming_the_problem(tmp_path, variable, content, words):
    path = tmp_path / "file.json"
    path.write_text(content)
    script = pathlib.Path(sys.executable).with_name("tailored-gateway")
    result = subprocess.run(
        [str(script), "serve", "--host", "127.0.0.1", "--port", "0", "--metrics-port", "-1"],
        capture_output=True, text=True, timeout=60, env={**os.environ, variable: str(path)},
    )
    assert result.returncode == 2, result.stderr
    assert words in result.stderr and "Traceback" not in result.stderr
    assert "tok-secret-cli" not in result.stderr


# ---- help --------------------------------------------------------------------------------------

def _help(argv: list[str], capsys) -> str:
    with pytest.raises(SystemExit) as exit_:
        parse([*argv, "--help"], {})
    assert exit_.value.code == 0
    return capsys.readouterr().out


def test_top_level_help_lists_the_four_commands(capsys):
    out = _help([], capsys)
    assert "{serve,emulator,demo,health}" in out
    for command in ("serve", "emulator", "demo", "health"):
        assert re.search(rf"^\s+{command}\s+\S", out, re.MULTILINE), command


def test_serve_help_documents_every_setting(capsys):
    out = " ".join(_help(["serve"], capsys).split())  # argparse wraps lines
    for s in declared():
        assert s.flag in out, s.flag
        default = s.default_text or "empty"
        assert f"[env {s.env}; default: {default}; accepts: " in out, s.env


@pytest.mark.parametrize("command", ["serve", "emulator", "demo"])
def test_each_command_has_its_own_help(command, capsys):
    assert _help([command], capsys).startswith(f"usage: tailored-gateway {command} ")


def test_the_parser_needs_no_environment():
    assert "{serve,emulator,demo,health}" in build_parser().format_usage()


def test_emulator_help_shows_its_own_flags(capsys):
    out = _help(["emulator"], capsys)
    for flag in ("--port", "--plan", "--time-scale", "--fault"):
        assert flag in out


# ---- emulator and demo get their arguments --------------------------------------------------------

@pytest.mark.parametrize(
    "argv",
    [
        ["--port", "8099", "--plan", "payg", "--time-scale", "0.5"],
        [],
        ["--host", "0.0.0.0", "--latency-ms", "5", "--token-org", "t=org"],
    ],
)
def test_emulator_arguments_are_forwarded_untouched(argv):
    invocation = parse(["emulator", *argv], {"GATEWAY_PORT": "70000"})  # serve's settings play no part
    assert invocation == Invocation("emulator", argv=tuple(argv))
    args = emulator_parser().parse_args(list(invocation.argv))
    config_from_args(args)  # the emulator accepts what the top-level parser accepted


def test_emulator_flags_reach_its_config():
    invocation = parse(["emulator", "--port", "8099", "--plan", "payg", "--time-scale", "0.5"], {})
    args = emulator_parser().parse_args(list(invocation.argv))
    assert (args.port, args.plan, args.time_scale) == (8099, "payg", 0.5)
    assert config_from_args(args).rate_limit_rpm is not None


def test_demo_takes_no_arguments():
    assert parse(["demo"], {}) == Invocation("demo")
