"""Command line: `tailored-gateway serve | emulator | demo`. Loads settings, configures
logging, runs; nothing else."""

from __future__ import annotations

import argparse
import asyncio
import os
import signal
import sys

from .settings import EMBEDDED, Settings, describe


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] == "emulator":
        from .emulator import main as emulator_main

        return emulator_main(argv[1:])
    if argv and argv[0] == "demo":
        from .demo import main as demo_main

        return demo_main(argv[1:])
    parser = argparse.ArgumentParser(
        prog="tailored-gateway",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        description="gRPC gateway to Bria's Tailored Generation API.\n\n"
        "commands:\n  serve      run the gateway\n  emulator   run the local upstream emulator (see `emulator --help`)\n"
        "  demo       end-to-end demo on the embedded emulator",
        epilog="settings (environment variables, flags in brackets):\n" + describe(),
    )
    sub = parser.add_subparsers(dest="command", required=True)
    serve = sub.add_parser("serve", help="run the gateway", epilog=describe(), formatter_class=argparse.RawDescriptionHelpFormatter)
    serve.add_argument("--host")
    serve.add_argument("--port", type=int)
    serve.add_argument("--metrics-port", type=int, dest="metrics_port")
    serve.add_argument("--upstream", dest="upstream_url", help=f"base URL, or `{EMBEDDED}`")
    serve.add_argument("--reflection", choices=("on", "off"))
    serve.add_argument("--log-level", dest="log_level")
    args = parser.parse_args(argv)
    overrides = {k: v for k, v in vars(args).items() if k != "command"}
    if overrides.get("reflection") is not None:
        overrides["reflection"] = overrides["reflection"] == "on"
    settings = Settings.load(os.environ, overrides)
    if settings.event_loop == "uvloop":
        import uvloop

        return uvloop.run(serve_forever(settings))
    return asyncio.run(serve_forever(settings))


async def serve_forever(settings: Settings) -> int:
    from .app import Gateway
    emulator = None
    if settings.upstream_url == EMBEDDED:
        from .emulator import EmulatorConfig, serve as serve_emulator

        emulator = await serve_emulator(EmulatorConfig())
        settings = Settings.load({}, {**settings.__dict__, "upstream_url": emulator.url})
    gateway = Gateway(settings)
    await gateway.start()
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
