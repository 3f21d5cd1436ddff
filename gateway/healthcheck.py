"""`tailored-gateway health`: ask a gateway's gRPC health service (grpc.health.v1.Health/Check)
whether it is serving, as a container HEALTHCHECK or an exec probe needs it: no binary besides
the gateway's own, exit status 0 when the answer is SERVING and 1 otherwise (not serving, an
unknown service, nothing listening, no answer in time, or bad arguments), one line on stderr
saying why, never a traceback.

The default address is the gateway's own port on loopback (127.0.0.1:$GATEWAY_PORT, 50051 when
unset); the default service "" is the gateway's own status."""

from __future__ import annotations

import argparse
import os
import sys
from typing import Mapping

PROG = "tailored-gateway health"
DEFAULT_PORT = "50051"
DEFAULT_TIMEOUT = 5.0
SERVING, FAILING = 0, 1


class UsageError(Exception):
    """Bad arguments: reported and exit status 1 (a probe counts it as not serving)."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # argparse would exit 2, a status Docker reserves
        raise UsageError(message)


def default_address(env: Mapping[str, str]) -> str:
    return f"127.0.0.1:{env.get('GATEWAY_PORT') or DEFAULT_PORT}"


def build_parser(env: Mapping[str, str]) -> argparse.ArgumentParser:
    parser = _Parser(
        prog=PROG,
        description="Check a gateway through its gRPC health service: exit 0 when SERVING, 1 otherwise.",
    )
    parser.add_argument(
        "--address",
        default=default_address(env),
        help="host:port of the gateway [default: 127.0.0.1:$GATEWAY_PORT, here %(default)s]",
    )
    parser.add_argument(
        "--service",
        default="",
        help="health service name; empty (the default) is the gateway's own status, "
        "`bria.upstream` the upstream's reachability",
    )
    parser.add_argument(
        "--timeout",
        default=str(DEFAULT_TIMEOUT),
        metavar="SECONDS",
        help="deadline of the check [default: %(default)s]",
    )
    return parser


def _timeout(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = float("nan")
    if not value > 0 or value == float("inf"):
        raise UsageError(f"--timeout: not a positive number of seconds: {text!r}")
    return value


def check(address: str, service: str, timeout: float) -> tuple[bool, str]:
    """(serving?, what the health service answered or why there was no answer)."""
    import grpc
    from grpc_health.v1 import health_pb2, health_pb2_grpc

    request = health_pb2.HealthCheckRequest(service=service)
    # No retries and no waiting for a connection: a refused connection fails at once.
    with grpc.insecure_channel(address, options=[("grpc.enable_retries", 0)]) as channel:
        try:
            reply = health_pb2_grpc.HealthStub(channel).Check(request, timeout=timeout)
        except grpc.RpcError as err:
            code = err.code() if hasattr(err, "code") else None
            details = err.details() if hasattr(err, "details") else None
            name = code.name if code is not None else "ERROR"
            return False, f"{name}: {details}" if details else name
    status = health_pb2.HealthCheckResponse.ServingStatus.Name(reply.status)
    return reply.status == health_pb2.HealthCheckResponse.SERVING, status


def main(argv: list[str] | None = None, env: Mapping[str, str] | None = None) -> int:
    env = os.environ if env is None else env
    parser = build_parser(env)
    try:
        args = parser.parse_args(sys.argv[1:] if argv is None else argv)
        timeout = _timeout(args.timeout)
        serving, answer = check(args.address, args.service, timeout)
    except UsageError as err:
        print(f"{PROG}: error: {err}", file=sys.stderr)
        return FAILING
    except SystemExit as done:  # --help
        return SERVING if done.code in (0, None) else FAILING
    except (Exception, KeyboardInterrupt) as err:  # a probe reports, it never dumps a traceback
        print(f"{PROG}: error: {type(err).__name__}: {err}", file=sys.stderr)
        return FAILING
    target = f"{args.address} service {args.service!r}"
    if serving:
        print(f"{target}: {answer}")
        return SERVING
    print(f"{PROG}: {target}: {answer}", file=sys.stderr)
    return FAILING


if __name__ == "__main__":
    sys.exit(main())
