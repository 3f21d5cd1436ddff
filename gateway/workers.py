"""`serve --workers N`: N gateway processes on one gRPC port, under one supervising parent.

grpc.aio serves from one thread, so one process uses about one core; workers use a pod's other
cores. Each worker is a whole gateway (its own event loop, upstream connections, watch hub) and
shares nothing with the others but Redis: with `GATEWAY_REDIS_URL` the workers coordinate
exactly like replicas (quotas, watch poll leadership, webhook signing keys).

Ports.
- gRPC: every worker binds `port` with SO_REUSEPORT (`grpc.so_reuseport` 1) and the kernel
  spreads new connections over them. With `port` 0 the parent reserves a free port with a
  bound, never listening SO_REUSEPORT socket, and gives it to every worker.
- metrics: worker i serves `/metrics` on `metrics_port + i` (0: each its own free port; -1:
  none). One port shared by all would answer each scrape from a random worker; one port per
  worker keeps every series true and scrapable (the chart lists them all for its ServiceMonitor).
- webhooks: every worker gives its v2 submissions the public callback URL. With Redis and
  GATEWAY_WEBHOOK_KEY_SECRET_FILE every worker listens on `webhook_port` with SO_REUSEPORT (0:
  the parent reserves one, as for gRPC), so any worker verifies a delivery (the keys are
  announced to all and kept in Redis) and publishes it to every worker's watchers, exactly like
  replicas. Without them only worker 0 listens and verifies only its own submissions; the other
  workers' watch streams still end by polling.

Quotas. GATEWAY_QUOTA_REPLICAS counts `serve` processes (pods); each worker is a replica of the
quota share, so a worker gets `quota_replicas x workers` (its share is 1/(replicas x workers)
while Redis is unreachable). Without Redis each worker enforces every budget on its own.

Supervision. The parent forwards SIGTERM and SIGINT to the workers, waits for them to drain
(each within its shutdown grace) and exits 0 when every worker exited 0. A worker that exits
while nobody asked it to (a crash, an OOM kill, a failed start) stops the others (SIGTERM,
then the same drain) and the parent exits non-zero (the worker's status, or 1 when a signal
killed it): the container restarts whole, which Kubernetes does and reports, rather than a
supervisor restarting workers out of the platform's sight. A worker still running a margin
after its grace is killed and the parent exits 1."""

from __future__ import annotations

import multiprocessing
import os
import signal
import socket
import sys
import time
from multiprocessing.connection import wait
from typing import Any, Callable

# After SIGTERM, how long past its shutdown grace a worker may take before it is killed.
DRAIN_MARGIN_SECONDS = 10.0


def reserve_port(host: str) -> socket.socket:
    """A bound, never listening SO_REUSEPORT socket holding a free port for the workers to share
    (it receives no connections: only listening sockets do)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    sock.bind(("127.0.0.1" if host == "localhost" else host, 0))
    return sock


def shares_webhooks(settings: Any) -> bool:
    """Whether every worker can verify any delivery, and so listens on the webhook port."""
    return bool(settings.public_callback_url and settings.shared_redis_url and settings.webhook_key_secret_file)


def _worker_main(settings: Any, index: int, listens: bool) -> None:
    """A worker's process (spawned): the gateway, its log lines carrying `worker` and `pid`."""
    from . import __main__ as cli
    from .observability.logging import build_logger

    log = build_logger(settings.log_level, shared=True).bind(worker=index, pid=os.getpid())
    sys.exit(cli.run(settings, logger=log, webhook_listener=listens))


def supervise(settings: Any, per_worker: Callable[[int, int, int], Any]) -> int:
    """Run `settings.workers` workers until a signal or a worker's death; the exit status.
    `settings` is the CLI's Settings (only the composition root and the CLI import that class);
    `per_worker(index, port, webhook_port)` gives each worker's settings (gateway/__main__.py:
    worker_settings)."""
    from .observability.logging import build_logger

    log = build_logger(settings.log_level, shared=True).bind(supervisor=os.getpid())
    shared_hooks = shares_webhooks(settings)
    reserved = [reserve_port(settings.host) if settings.port == 0 else None,
                reserve_port(settings.host) if shared_hooks and settings.webhook_port == 0 else None]
    port, webhook_port = (r.getsockname()[1] if r is not None else p
                          for r, p in zip(reserved, (settings.port, settings.webhook_port)))
    if not settings.shared_redis_url:
        log.warning("workers_without_redis", workers=settings.workers,
                    detail="each worker enforces every quota on its own; webhooks verify only for worker 0's jobs")

    stopping: list[float] = []  # the monotonic deadline once a stop is under way
    grace = settings.shutdown_grace_seconds + DRAIN_MARGIN_SECONDS
    # Signals wake the wait below through this socket (set_wakeup_fd); the handler sends them on.
    wake_r, wake_w = socket.socketpair()
    wake_r.setblocking(False)
    wake_w.setblocking(False)
    procs: list[multiprocessing.process.BaseProcess] = []

    def stop(reason: str) -> None:
        if not stopping:
            stopping.append(time.monotonic() + grace)
            log.info("workers_stopping", reason=reason)
        for p in procs:
            if p.exitcode is None and p.pid is not None:
                try:
                    os.kill(p.pid, signal.SIGTERM)
                except ProcessLookupError:
                    pass

    def on_signal(signum: int, _frame) -> None:
        stop(signal.Signals(signum).name)

    previous = {sig: signal.signal(sig, on_signal) for sig in (signal.SIGTERM, signal.SIGINT)}
    old_wakeup = signal.set_wakeup_fd(wake_w.fileno(), warn_on_full_buffer=False)
    status = 0
    try:
        context = multiprocessing.get_context("spawn")
        for i in range(settings.workers):
            p = context.Process(target=_worker_main, args=(per_worker(i, port, webhook_port), i, shared_hooks or i == 0),
                                name=f"gateway-worker-{i}")
            p.start()
            procs.append(p)
            if stopping:  # a signal arrived while starting: stop what runs, start no more
                stop("signal")
                break
        log.info("workers_started", workers=len(procs), port=port, pids=[p.pid for p in procs])
        running = {p.sentinel: p for p in procs}
        while running:
            timeout = max(0.0, stopping[0] - time.monotonic()) if stopping else None
            ready = wait([*running, wake_r], timeout)
            if not ready:  # past the drain deadline
                for p in running.values():
                    log.error("worker_killed", worker=procs.index(p), pid=p.pid, reason="drain deadline")
                    p.kill()
                    p.join()
                status = status or 1
                break
            for sentinel in ready:
                if sentinel is wake_r:
                    try:
                        while wake_r.recv(64):
                            pass
                    except BlockingIOError:
                        pass
                    continue
                p = running.pop(sentinel)
                p.join()
                code = p.exitcode
                expected = bool(stopping) and code == 0
                (log.info if expected else log.error)("worker_exited", worker=procs.index(p), pid=p.pid, exitcode=code)
                if code != 0:
                    status = status or (code if code > 0 else 1)
                if not stopping:  # nobody asked it to exit: take the rest down, the container restarts
                    status = status or 1
                    stop("worker_exited")
    finally:
        signal.set_wakeup_fd(old_wakeup)
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        wake_r.close()
        wake_w.close()
        for sock in reserved:
            if sock is not None:
                sock.close()
    log.info("workers_stopped", exitcode=status)
    return status

