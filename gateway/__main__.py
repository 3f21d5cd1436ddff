"""Command line: `tailored-gateway serve | emulator | demo | health`. Parses (`parse`), then runs (`main`);
nothing else; `serve --workers N` hands over to gateway/workers.py's supervisor. `serve`'s flags, their help and their validation come from the Settings
declaration (gateway/settings.py); `emulator`'s flags from its own parser (tailored_emulator/cli.py).

The emulator is a package of its own (`tailored_emulator`, extra `emulator`). Only the functions
here that start it import it, inside their bodies (tests/unit/test_layering.py): `serve`
and `--help` work without it; `emulator`, `demo` and `serve --upstream embedded` exit 2 saying
how to install it."""

from __future__ import annotations

import argparse
import asyncio
import gc
import os
import signal
import sys
from dataclasses import dataclass
from typing import Mapping

from .settings import EMBEDDED, Declared, Settings, SettingsError, declared

PROG = "tailored-gateway"
EMULATOR_INSTALL = "pip install 'tailored-gateway[emulator]'"


@dataclass(frozen=True)
class Invocation:
    """What the command line asks for: `serve` with its Settings, or another command with the
    arguments it parses itself."""

    command: str
    settings: Settings | None = None
    argv: tuple[str, ...] = ()


def _metavar(s: Declared) -> str:
    if s.check.choices:
        return "{" + ",".join(s.check.choices) + "}"
    for suffix, word in (("_seconds", "SECONDS"), ("_url", "URL"), ("_file", "PATH"), ("_hosts", "HOSTS")):
        if s.name.endswith(suffix):
            return word
    return {"int": "N", "float": "X"}.get(s.kind, "TEXT")


def _help(s: Declared) -> str:
    default = s.default_text if s.default_text != "" else "empty"
    text = f"{s.help} [env {s.env}; default: {default}; accepts: {s.accepts.replace('`', '')}]"
    return text.replace("%", "%%")  # argparse formats help with %


def add_settings_arguments(parser: argparse.ArgumentParser) -> None:
    """One flag per setting; values stay raw strings here, Settings.load reads and checks them."""
    for s in declared():
        parser.add_argument(s.flag, dest=s.name, default=None, metavar=_metavar(s), help=_help(s))


def build_parser() -> argparse.ArgumentParser:
    return _build()[0]


def _build(emulator: bool = True) -> tuple[argparse.ArgumentParser, argparse.ArgumentParser]:
    """The top-level parser, and `serve`'s (which reports bad settings). Without `emulator`,
    the `emulator` command comes without its flags: `serve` never loads the emulator's parser
    (its package stays out of a serving process)."""
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="gRPC gateway to Bria's Tailored Generation API.",
        epilog=f"`{PROG} COMMAND --help` describes each command; `{PROG} serve --help` lists every setting.",
    )
    sub = parser.add_subparsers(dest="command", required=True, title="commands")
    serve = sub.add_parser(
        "serve",
        help="run the gateway",
        description="Run the gateway. Every setting is a flag and an environment variable; "
        "precedence: defaults < environment variables < flags. Booleans take on or off.",
        usage=f"{PROG} serve [-h] [--SETTING VALUE ...]",
    )
    add_settings_arguments(serve)
    emulator_flags = _emulator_flags() if emulator else None  # None without the package: `parse` passes its arguments on
    sub.add_parser(
        "emulator",
        parents=[emulator_flags] if emulator_flags else [],
        add_help=emulator_flags is None,  # else the parent's -h comes along
        help="run the local upstream emulator",
        description="Run the local Bria Tailored Generation emulator (tailored_emulator/README.md).",
    )
    sub.add_parser(
        "demo",
        help="end-to-end demo on the embedded emulator",
        description="The whole Tailored Generation lifecycle over gRPC against the embedded emulator.",
    )
    sub.add_parser(  # its arguments pass through to gateway/healthcheck.py, which exits 1, never 2
        "health",
        add_help=False,
        help="check a gateway's gRPC health service (exit 0 when SERVING)",
    )
    return parser, serve


def _emulator_flags() -> argparse.ArgumentParser | None:
    """The `emulator` command's flags from its own parser (tailored_emulator/cli.py: argparse
    and dataclasses only, not the server's dependencies), or None without the package."""
    try:
        from tailored_emulator import cli as emulator_cli
    except ImportError:
        return None
    return emulator_cli.build_parser()


def emulator_missing(command: str) -> int | None:
    """None if the emulator and its server's dependencies import; else say what is missing and
    how to install it on stderr, and return exit status 2."""
    try:
        import tailored_emulator.server  # noqa: F401  (uvicorn, httptools)
    except ImportError as err:
        missing = err.name or str(err)
        print(f"{PROG} {command}: error: the emulator is not installed ({missing} is missing); "
              f"install it with: {EMULATOR_INSTALL}", file=sys.stderr)
        return 2
    return None


def parse(argv: list[str], env: Mapping[str, str]) -> Invocation:
    """The invocation `argv` (without the program name) asks for, with `env` as the environment.
    Bad flags or settings print argparse's usage and error on stderr and exit with status 2."""
    parser, serve_parser = _build(emulator=argv[:1] != ["serve"])
    args, unknown = parser.parse_known_args(argv)
    command = args.command
    # `health` parses its own; a missing emulator's are ignored: `main` says how to install it.
    if unknown and command != "health" and not (command == "emulator" and _emulator_flags() is None):
        parser.error(f"unrecognized arguments: {' '.join(unknown)}")
    if command != "serve":
        return Invocation(command, argv=tuple(argv[argv.index(command) + 1:]))
    flags = {s.name: getattr(args, s.name) for s in declared()}
    try:
        settings = Settings.load(env, flags=flags)
    except SettingsError as err:
        serve_parser.error(str(err))
    return Invocation("serve", settings=settings)


def main(argv: list[str] | None = None) -> int:
    invocation = parse(sys.argv[1:] if argv is None else argv, os.environ)
    if invocation.command == "emulator":
        if (status := emulator_missing("emulator")) is not None:
            return status
        from tailored_emulator.cli import main as emulator_main

        return emulator_main(list(invocation.argv))
    if invocation.command == "health":
        from .healthcheck import main as health_main

        return health_main(list(invocation.argv))
    if invocation.command == "demo":
        if (status := emulator_missing("demo")) is not None:
            return status
        from tailored_emulator.demo import main as demo_main

        return demo_main(list(invocation.argv))
    settings = invocation.settings
    assert settings is not None
    if settings.upstream_url == EMBEDDED and (status := emulator_missing("serve --upstream embedded")) is not None:
        return status
    if settings.workers > 1:
        from .workers import supervise  # N processes on one port under this one (gateway/workers.py)

        return supervise(settings, lambda index, port, webhook_port: worker_settings(settings, index, port, webhook_port))
    return run(settings)


def worker_settings(settings: Settings, index: int, port: int, webhook_port: int | None = None) -> Settings:
    """Worker `index`'s own settings under `serve --workers N`: the shared gRPC `port` (and
    webhook port, when the workers share it), its metrics port (`metrics_port + index`; 0 and -1
    as they are) and its quota share (each worker is a replica of it: GATEWAY_QUOTA_REPLICAS
    counts `serve` processes, so x N)."""
    metrics = settings.metrics_port + index if settings.metrics_port > 0 else settings.metrics_port
    return Settings.load({}, {
        **settings.__dict__, "port": port, "metrics_port": metrics,
        "webhook_port": settings.webhook_port if webhook_port is None else webhook_port,
        "quota_replicas": settings.quota_replicas * settings.workers,
    })


def run(settings: Settings, **gateway_options) -> int:
    """One gateway process on the settings' event loop until SIGTERM/SIGINT; its exit status."""
    if settings.event_loop == "uvloop":
        import uvloop

        return uvloop.run(serve_forever(settings, **gateway_options))
    return asyncio.run(serve_forever(settings, **gateway_options))


async def serve_forever(settings: Settings, **gateway_options) -> int:
    """Serve until SIGTERM/SIGINT. `gateway_options` go to Gateway (a worker's logger, whether
    it holds the webhook port)."""
    from .app import Gateway
    emulator = None
    if settings.upstream_url == EMBEDDED:
        from tailored_emulator import EmulatorConfig, serve as serve_emulator

        emulator = await serve_emulator(EmulatorConfig())
        settings = Settings.load({}, {**settings.__dict__, "upstream_url": emulator.url})
    from .credentials import TenantsFileError
    from .quota.policy import QuotaConfigError

    try:
        gateway = Gateway(settings, **gateway_options)
    except (TenantsFileError, QuotaConfigError) as err:  # a file the settings name is unusable
        print(f"tailored-gateway serve: error: {err}", file=sys.stderr)
        if emulator is not None:
            await emulator.stop()
        return 2
    await gateway.start()
    # Everything built so far (modules, descriptors, routes, validators) lives as long as the
    # process: move it out of the collector's generations, so a full collection walks only what
    # calls and streams allocate. Measured in bench/replicas.py: gen-2 pauses of 40-100 ms
    # with a few hundred streams open fell to about 3 ms, and those pauses stalled webhook
    # deliveries and every RPC on the loop.
    gc.freeze()
    stopping = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stopping.set)
    await stopping.wait()
    await gateway.stop()
    if emulator is not None:
        await emulator.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
