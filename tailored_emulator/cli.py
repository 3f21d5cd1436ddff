"""`emulator` command line: start a long-running emulator for demos and benchmarks."""
from __future__ import annotations

import argparse
import asyncio
import json
import signal
import sys

from .config import PLAN_RPM, Durations, EmulatorConfig, FaultRule


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="emulator", description="Local Bria Tailored Generation emulator")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8099)
    parser.add_argument("--rate-limit-rpm", type=int, default=None, help="per org and route; default off")
    parser.add_argument("--plan", choices=sorted(PLAN_RPM), help="rate limit by plan (10/60/1000 rpm)")
    parser.add_argument("--quota", type=int, default=None, help="lifetime requests per org -> 403")
    parser.add_argument("--time-scale", type=float, default=1.0, help="multiply every phase duration")
    for name in Durations.__dataclass_fields__:
        parser.add_argument(f"--{name.replace('_', '-')}-seconds", type=float, dest=f"d_{name}")
    parser.add_argument("--invalid-token", action="append", default=[], help="token answered with 401")
    parser.add_argument("--token-org", action="append", default=[], metavar="TOKEN=ORG")
    parser.add_argument("--default-training-version", default="fibo")
    parser.add_argument("--latency-ms", type=float, default=0.0)
    parser.add_argument("--fault", action="append", default=[], metavar="JSON",
                        help='e.g. {"kind":"error","status":503,"route":"/v2/*","count":null}')
    parser.add_argument("--public-url", default=None)
    return parser


def config_from_args(args: argparse.Namespace) -> EmulatorConfig:
    durations = Durations(**{k: getattr(args, f"d_{k}") for k in Durations.__dataclass_fields__
                             if getattr(args, f"d_{k}") is not None}).scaled(args.time_scale)
    rpm = PLAN_RPM[args.plan] if args.plan else args.rate_limit_rpm
    return EmulatorConfig(
        durations=durations, rate_limit_rpm=rpm, quota_requests=args.quota,
        token_orgs=dict(pair.split("=", 1) for pair in args.token_org),
        invalid_tokens=frozenset(args.invalid_token),
        default_training_version=args.default_training_version, latency_ms=args.latency_ms,
        faults=tuple(FaultRule(**json.loads(f)) for f in args.fault), public_url=args.public_url,
    )


async def _run(config: EmulatorConfig, host: str, port: int) -> None:
    from .server import serve

    running = await serve(config, host, port)
    print(f"emulator listening on {running.url}", flush=True)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        try:
            loop.add_signal_handler(sig, stop.set)
        except (NotImplementedError, RuntimeError):
            pass
    await stop.wait()
    await running.stop()


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    config = config_from_args(args)
    try:
        import uvloop
        uvloop.run(_run(config, args.host, args.port))
    except ImportError:
        asyncio.run(_run(config, args.host, args.port))
    except KeyboardInterrupt:
        pass
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
