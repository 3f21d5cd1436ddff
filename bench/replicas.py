"""Watch streams across replicas: three `python -m gateway serve` processes in front of one
emulator (its own process, real clock), with and without one shared redis-server, and the
watchers of every model spread evenly over the three (10,000 streams over 100 models: about
3,333 per process). One run, side by side; loopback only; every wait is bounded.

  python bench/replicas.py [--streams 10000] [--models 100] [--webhook-streams 1500]
                           [--interval 1.0] [--lease 10] [--redis-down 10] [--clients 4]
                           [--phases polls,webhooks] [--gateway-python PATH]

Phase 1 (no Redis: three independent replicas): every model trains; reports upstream model
polls per polling interval for the whole deployment (each replica polls for its own watchers:
about 3 x models) and each process's RSS.
Phase 2 (one Redis): the same on fresh processes and models (target <= models x 1.05 polls
per interval, RSS per process <= 160 MB); then redis-server is stopped for --redis-down
seconds and started again (target: 0 streams end; the replicas poll alone meanwhile, then
rejoin); then, shortly before the trainings end, the process holding the most poll leases is
SIGKILLed: every lease it held must pass to a survivor within the lease, and every watcher on
the survivors must still get its terminal message (target: 0 missed).
Phase 3 (webhooks, the killed replica restarted): one v2 job per model, submitted round-robin
through the replicas; each replica's public callback URL is its neighbour's, so the replica
that receives a webhook never submitted the job and verifies it with the key sealed in Redis.
Reports the delay from the delivery's arrival on the receiving replica's socket (the emulator
records when the request was written) to every replica's watchers' terminal message, at
--webhook-streams (target p99 <= 150 ms) and at --streams; and, apart, the same from the moment
the emulator began the delivery (its own queueing included).
Prints one JSON object. Clients run in --clients processes so they do not measure themselves;
on the 2-core machine every process (gateways, clients, emulator, Redis) shares the cores.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import signal
import subprocess
import sys
import tempfile
import time

import httpx

# The repository root, so the single-gateway benchmark's helpers import as bench.watch (here
# and in the spawned client processes, which inherit sys.path; `watch` alone is tests/watch
# under pytest).
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from bench.watch import (  # noqa: E402
    MODEL_ROUTE, TOKEN, _delivery_times, collect, free_port, pct, rss_mb, setup_models, start_clients, wait_http,
)

WEBHOOK_PATH = "/webhooks/bria"
LEASE_PREFIX = "tgw:watch:lease:"  # docs/engineering-notes.md: a lease key holds replica|epoch|expires


class RedisProcess:
    """One redis-server without persistence on a fixed loopback port (so it can come back)."""

    def __init__(self) -> None:
        self.port = free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.proc: subprocess.Popen | None = None

    def start(self) -> None:
        import redis

        self.proc = subprocess.Popen(["redis-server", "--port", str(self.port), "--bind", "127.0.0.1", "--save", "",
                                      "--appendonly", "no"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        client = redis.Redis(port=self.port, socket_connect_timeout=0.2)
        deadline = time.monotonic() + 10
        try:
            while True:
                try:
                    client.ping()
                    return
                except redis.ConnectionError:
                    if time.monotonic() > deadline or self.proc.poll() is not None:
                        raise RuntimeError("redis-server did not start")
                    time.sleep(0.02)
        finally:
            client.close()

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            self.proc.wait(10)
        self.proc = None


class Fleet:
    """N gateway processes; replica i's public callback URL is replica i+1's webhook port."""

    def __init__(self, n: int, args, emu_url: str, redis_url: str, secret: str, logdir: str, tag: str):
        self.n, self.args, self.emu_url, self.redis_url, self.secret = n, args, emu_url, redis_url, secret
        self.logdir, self.tag = logdir, tag
        self.ports = [(free_port(), free_port(), free_port()) for _ in range(n)]  # grpc, metrics, webhook
        self.procs: list[subprocess.Popen | None] = [None] * n

    @property
    def targets(self) -> list[str]:
        return [f"127.0.0.1:{p}" for p, _, _ in self.ports]

    def start(self, i: int) -> None:
        port, metrics, hook = self.ports[i]
        neighbour = self.ports[(i + 1) % self.n][2] if self.redis_url else hook
        a = self.args
        argv = ["--host", "127.0.0.1", "--port", str(port), "--metrics-port", str(metrics), "--upstream", self.emu_url,
                "--watch-poll-initial-seconds", str(a.interval), "--watch-poll-max-seconds", str(a.interval),
                "--watch-poll-backoff", "1", "--webhook-port", str(hook),
                "--public-callback-url", f"http://127.0.0.1:{neighbour}{WEBHOOK_PATH}"]
        if self.redis_url:
            argv += ["--redis-url", self.redis_url, "--watch-lease-seconds", str(a.lease),
                     "--webhook-key-secret-file", self.secret]
        env = {**os.environ, "PYTHONUNBUFFERED": "1", "GATEWAY_HEALTH_PROBE_SECONDS": "3600",
               "GATEWAY_LOG_LEVEL": os.environ.get("BENCH_GATEWAY_LOG_LEVEL", "warning")}
        log = open(os.path.join(self.logdir, f"{self.tag}{i}.log"), "ab")
        self.procs[i] = subprocess.Popen([a.gateway_python or sys.executable, "-m", "gateway", "serve", *argv], env=env,
                                         stdout=subprocess.DEVNULL, stderr=log)
        log.close()

    async def ready(self, i: int, timeout: float = 30) -> None:
        import grpc

        async with grpc.aio.insecure_channel(self.targets[i]) as channel:
            await asyncio.wait_for(channel.channel_ready(), timeout)

    async def start_all(self) -> None:
        for i in range(self.n):
            self.start(i)
        for i in range(self.n):
            await self.ready(i)

    async def metric(self, i: int, name: str) -> float:
        async with httpx.AsyncClient(timeout=2) as client:
            text = (await client.get(f"http://127.0.0.1:{self.ports[i][1]}/metrics")).text
        return sum(float(line.rsplit(" ", 1)[1]) for line in text.splitlines() if line.startswith(name + " "))

    def memory(self, out: dict) -> None:
        """RSS per process, and its split: private (anonymous) memory, and the pages of shared
        libraries mapped from files (shared with every process that runs the same files)."""
        for key, field in (("rss_mb", "VmRSS"), ("rss_anon_mb", "RssAnon"), ("rss_file_mb", "RssFile")):
            out[key] = [round(rss_mb(p.pid, field), 1) for p in self.procs]

    def kill(self, i: int) -> None:
        self.procs[i].send_signal(signal.SIGKILL)
        self.procs[i].wait(10)

    def stop(self) -> None:
        live = [p for p in self.procs if p is not None and p.poll() is None]
        for p in live:
            p.terminate()
        for p in live:
            try:
                p.wait(15)
            except subprocess.TimeoutExpired:
                p.kill()
                p.wait(5)


def wait_ready(procs, ready, timeout: float) -> float:
    """Until every client process has all its streams open (each got its first message)."""
    t0 = time.time()
    for _ in procs:
        ready.get(timeout=max(1.0, timeout - (time.time() - t0)))
    return round(time.time() - t0, 2)


def stop_clients(procs) -> None:
    for p in procs:
        if p.is_alive():
            p.terminate()
        p.join(5)


async def polls_per_interval(emu: httpx.AsyncClient, window: float, interval: float) -> tuple[int, float]:
    await emu.delete("/_emulator/requests")
    t0 = time.time()
    await asyncio.sleep(window)
    body = (await emu.get("/_emulator/requests", params={"method": "GET", "route": MODEL_ROUTE})).json()
    elapsed = time.time() - t0
    return body.get("total", 0), round(body.get("total", 0) / (elapsed / interval), 1)


async def until(predicate, timeout: float, step: float = 0.1) -> float | None:
    """Seconds until the async predicate held, or None if it did not within `timeout`."""
    t0 = time.monotonic()
    while time.monotonic() - t0 < timeout:
        try:
            if await predicate():
                return round(time.monotonic() - t0, 2)
        except httpx.HTTPError:
            pass
        await asyncio.sleep(step)
    return None


def leases(redis_port: int) -> dict[str, str]:
    """Lease key -> holder replica id (hostname-pid-random)."""
    import redis

    client = redis.Redis(port=redis_port, socket_timeout=1)
    try:
        out = {}
        for key in client.scan_iter(LEASE_PREFIX + "*", count=1000):
            value = client.get(key)
            if value is not None:
                out[key.decode()] = value.decode().rsplit("|", 2)[0]
        return out
    finally:
        client.close()


def pid_of(replica: str) -> int:
    return int(replica.rsplit("-", 2)[1])


async def start_trainings(emu: httpx.AsyncClient, ids: list[int], seconds: float) -> dict[int, float]:
    await emu.put("/_emulator/config", json={"durations": {"training": seconds}})
    started = {}
    for mid in ids:
        r = await emu.post(f"/v1/tailored-gen/models/{mid}/start_training", json={})
        r.raise_for_status()
        started[mid] = time.time()
    return started


async def _trained(emu: httpx.AsyncClient, ids: list[int]) -> bool:
    for mid in ids:
        if (await emu.get(f"/v1/tailored-gen/models/{mid}")).json().get("status", "").lower() != "completed":
            return False
    return True


# ---- phases -----------------------------------------------------------------------------
async def phase_alone(args, emu, emu_url, ids, logdir) -> dict:
    """Three independent replicas: each polls for its own watchers."""
    fleet = Fleet(3, args, emu_url, "", "", logdir, "alone")
    out: dict = {}
    procs = []
    try:
        await fleet.start_all()
        await start_trainings(emu, ids, 3600)  # never ends here: the phase stops the processes
        procs, q, ready = start_clients(fleet.targets, "model", ids, args.streams, args.clients, args.channels)
        out["open_s"] = wait_ready(procs, ready, args.open_timeout)
        await asyncio.sleep(2)
        out["polls"], out["polls_per_interval"] = await polls_per_interval(emu, args.window, args.interval)
        fleet.memory(out)
        fleet.stop()  # the streams end (UNAVAILABLE) with their servers
        result = collect(procs, q, ready, timeout=60)
        out["streams_per_replica"] = result["per_target"]
    finally:
        fleet.stop()
        stop_clients(procs)
    return out


async def phase_shared(args, emu, emu_url, ids, redis: RedisProcess, secret, logdir, open_alone: float):
    """Three replicas on one Redis: polls, RSS, Redis stopped, the leader killed mid-training."""
    fleet = Fleet(3, args, emu_url, redis.url, secret, logdir, "shared")
    out: dict = {}
    procs = []
    import multiprocessing as mp

    ended = mp.get_context("spawn").Value("i", 0)
    try:
        await fleet.start_all()
        # Long enough to open the streams (the phase before measured it), count polls, stop
        # Redis and recover, and still kill the leader before the end.
        rejoin = args.lease / 3 + 3  # the subscriber's retry (1 s by default), a lease tick, slack
        training = round(2 * open_alone + 2 + args.window + args.redis_down + rejoin + 2 + min(args.window, 3)
                         + args.kill_before + 2, 1)
        out["training_s"] = training
        started = await start_trainings(emu, ids, training)
        ends_at = max(started.values()) + training
        procs, q, ready = start_clients(fleet.targets, "model", ids, args.streams, args.clients, args.channels, ended)
        out["open_s"] = wait_ready(procs, ready, args.open_timeout)
        await asyncio.sleep(2)  # leadership settled (first ticks may race)
        out["polls"], out["polls_per_interval"] = await polls_per_interval(emu, args.window, args.interval)
        fleet.memory(out)
        owners = {pid_of(h) for h in leases(redis.port).values()}
        out["leases_before"] = len(leases(redis.port))
        out["replicas_leading"] = len(owners)

        # Redis stopped for --redis-down seconds: the streams go on.
        before = ended.value
        redis.stop()
        stopped = time.time()
        fallback = await until(lambda: _all(fleet, "gateway_watch_coordination_fallback", 1), args.redis_down)
        rest = args.redis_down - (time.time() - stopped)
        polls_down = None
        if rest > 1.5:  # polls while every replica polls for its own watchers
            polls_down = (await polls_per_interval(emu, rest - 0.5, args.interval))[1]
        await asyncio.sleep(max(0.0, args.redis_down - (time.time() - stopped)))
        redis.start()
        out["redis_down_s"] = round(time.time() - stopped, 1)
        out["fallback_after_s"] = fallback
        out["polls_per_interval_redis_down"] = polls_down
        out["rejoined_after_s"] = await until(lambda: _all(fleet, "gateway_watch_coordination_fallback", 0), 30)
        await asyncio.sleep(2)
        out["streams_ended_redis_down"] = ended.value - before
        out["polls_per_interval_after_rejoin"] = (await polls_per_interval(emu, min(args.window, 3), args.interval))[1]

        # The process holding the most leases is killed shortly before the trainings end.
        held = leases(redis.port)
        pids = [p.pid for p in fleet.procs]
        counts = [sum(1 for h in held.values() if pid_of(h) == pid) for pid in pids]
        victim = max(range(3), key=lambda i: counts[i])
        mine = {k for k, h in held.items() if pid_of(h) == pids[victim]}
        await asyncio.sleep(max(0.0, ends_at - args.kill_before - time.time()))
        before_kill = ended.value
        fleet.kill(victim)
        killed = time.time()
        out["killed_replica"], out["killed_leases"] = victim, len(mine)
        out["killed_before_training_end_s"] = round(ends_at - killed, 2)
        taken: dict[str, float] = {}
        deadline = killed + 3 * args.lease + 5
        while len(taken) < len(mine) and time.time() < deadline:
            now_held = leases(redis.port)
            for k in mine - set(taken):
                holder = now_held.get(k)
                if holder is None or pid_of(holder) != pids[victim]:  # a survivor took it (or took and released it)
                    taken[k] = time.time() - killed
            await asyncio.sleep(0.02)
        out["takeover_s_max"] = round(max(taken.values()), 2) if taken else None
        out["takeover_s_p50"] = round(sorted(taken.values())[len(taken) // 2], 2) if taken else None
        out["leases_not_taken_over"] = len(mine) - len(taken)
        out["ended_before_kill"] = before_kill
        result = collect(procs, q, ready, timeout=3 * args.lease + training)
        survivors = [t for t in range(3) if t != victim]
        expected = sum(result["per_target"][t] for t in survivors)
        got = [e for e in result["ends"] if e[2] != victim]
        out["survivor_streams"] = expected
        out["survivor_terminals"] = len(got)
        out["missed_terminals"] = expected - len(got)
        out["survivor_failures"] = sum(1 for f in result["failed"] if f[1] != victim)
        out["killed_replica_streams"] = result["per_target"][victim]
        out["killed_replica_stream_codes"] = _codes([f for f in result["failed"] if f[1] == victim])
        delays = [t - (started[mid] + training) for mid, t, _ in got]
        out["after_kill_terminal_delay_ms_p50"] = pct(delays, 0.5)
        out["after_kill_terminal_delay_ms_p99"] = pct(delays, 0.99)
        out["after_kill_terminal_delay_ms_max"] = pct(delays, 1.0)
        procs = []
        # A replacement for the killed process (as a Deployment would start one).
        fleet.start(victim)
        await fleet.ready(victim)
        return out, fleet
    except BaseException:
        fleet.stop()
        raise
    finally:
        stop_clients(procs)


async def phase_webhooks(args, emu, fleet: Fleet, ids, streams: int, per_stream_open: float) -> dict:
    import grpc

    from bria.tailored.v1 import generation_pb2 as G
    from bria.tailored.v1 import generation_pb2_grpc

    out: dict = {"streams": streams}
    job = round(per_stream_open * streams * 2 + 3, 1)  # running until every stream is open
    await emu.put("/_emulator/config", json={"durations": {"v2_job": job}})
    out["job_s"] = job
    submitted, via = {}, {}
    for i, mid in enumerate(ids):
        async with grpc.aio.insecure_channel(fleet.targets[i % 3]) as ch:
            r = await generation_pb2_grpc.GenerationServiceStub(ch).GenerateImage(
                G.GenerateImageRequest(tailored_model_id=mid, prompt="cat"), metadata=(("api_token", TOKEN),))
        submitted[r.request_id], via[r.request_id] = time.time(), i % 3
    procs, q, ready = start_clients(fleet.targets, "job", list(submitted), streams, args.clients, args.channels)
    try:
        out["open_s"] = wait_ready(procs, ready, args.open_timeout)
        fleet.memory(out)
        result = collect(procs, q, ready, timeout=job + 60)
    finally:
        stop_clients(procs)
    # From the moment the delivery was on the receiving replica's socket (the target's
    # "received by one replica"); the emulator's own queueing before it sent is reported apart.
    sent, began = await _delivery_times(emu, "written"), await _delivery_times(emu)
    out["terminals"], out["streams_opened"], out["errors"] = len(result["ends"]), sum(result["per_target"]), result["errors"]
    out["deliveries"] = sum(1 for rid in submitted if rid in sent)
    delays = [t - sent[rid] for rid, t, _ in result["ends"] if rid in sent]
    out["delay_ms_p50"], out["delay_ms_p99"], out["delay_ms_max"] = pct(delays, 0.5), pct(delays, 0.99), pct(delays, 1.0)
    for r in range(3):  # per replica watching; the receiving replica is (submitter + 1) % 3
        mine = [t - sent[rid] for rid, t, tr in result["ends"] if rid in sent and tr == r]
        out[f"replica{r}_delay_ms_p99"] = pct(mine, 0.99)
    same = [t - sent[rid] for rid, t, tr in result["ends"] if rid in sent and tr == (via[rid] + 1) % 3]
    other = [t - sent[rid] for rid, t, tr in result["ends"] if rid in sent and tr != (via[rid] + 1) % 3]
    out["receiving_replica_delay_ms_p99"], out["other_replicas_delay_ms_p99"] = pct(same, 0.99), pct(other, 0.99)
    from_start = [t - began[rid] for rid, t, _ in result["ends"] if rid in began]
    out["from_emulator_start_ms_p50"], out["from_emulator_start_ms_p99"] = pct(from_start, 0.5), pct(from_start, 0.99)
    lag = [sent[rid] - began[rid] for rid in sent if rid in began]
    out["emulator_send_lag_ms_p50"], out["emulator_send_lag_ms_p99"] = pct(lag, 0.5), pct(lag, 0.99)
    out["before_delivery"] = sum(1 for d in delays if d < 0)  # a poll saw the completion first
    return out


async def _all(fleet: Fleet, name: str, value: float) -> bool:
    return all([await fleet.metric(i, name) == value for i in range(fleet.n)])


def _codes(failed) -> dict[str, int]:
    codes: dict[str, int] = {}
    for _, _, code in failed:
        codes[code] = codes.get(code, 0) + 1
    return codes


async def main(args) -> dict:
    logdir = tempfile.mkdtemp(prefix="bench-replicas-")
    secret = os.path.join(logdir, "webhook-key-secret")
    with open(secret, "w") as f:
        f.write(os.urandom(24).hex())
    emu_port = free_port()
    emu_url = f"http://127.0.0.1:{emu_port}"
    emulator = subprocess.Popen([sys.executable, "-m", "tailored_emulator", "--port", str(emu_port)],
                                env={**os.environ, "PYTHONUNBUFFERED": "1"}, stdout=subprocess.DEVNULL)
    redis = RedisProcess()
    report: dict = {"streams": args.streams, "models": args.models, "replicas": 3, "interval_s": args.interval,
                    "lease_s": args.lease, "cpu_count": os.cpu_count(), "load_avg_at_start": os.getloadavg()[0],
                    "logs": logdir}
    fleet = None
    t0 = time.time()
    try:
        await wait_http(emu_url + "/_emulator/health")
        async with httpx.AsyncClient(base_url=emu_url, headers={"api_token": TOKEN}, timeout=30) as emu:
            ids = await setup_models(emu, 2 * args.models)
            alone_ids, shared_ids = ids[:args.models], ids[args.models:]
            print(f"{len(ids)} models ready", file=sys.stderr)
            opened = [args.open_estimate * args.streams]  # seconds to open --streams streams
            if "polls" in args.phases:
                report["alone"] = await phase_alone(args, emu, emu_url, alone_ids, logdir)
                print("phase 1 (no Redis) done", json.dumps(report["alone"]), file=sys.stderr)
            redis.start()
            if "polls" in args.phases:
                report["shared"], fleet = await phase_shared(args, emu, emu_url, shared_ids, redis, secret, logdir,
                                                             report["alone"]["open_s"])
                print("phase 2 (Redis) done", json.dumps(report["shared"]), file=sys.stderr)
                opened = [report["alone"]["open_s"], report["shared"]["open_s"]]
            elif "webhooks" in args.phases:
                fleet = Fleet(3, args, emu_url, redis.url, secret, logdir, "shared")
                await fleet.start_all()
                await start_trainings(emu, shared_ids, 0.5)
                await until(lambda: _trained(emu, shared_ids), 60)
            if "webhooks" not in args.phases:
                return report
            per_stream = max(opened) / max(args.streams, 1)
            report["webhooks"] = []
            for n in dict.fromkeys([args.webhook_streams, args.streams]):
                report["webhooks"].append(await phase_webhooks(args, emu, fleet, shared_ids, n, per_stream))
                print(f"phase 3 (webhooks, {n} streams) done", json.dumps(report["webhooks"][-1]), file=sys.stderr)
    finally:
        report["load_avg_at_end"] = os.getloadavg()[0]
        report["elapsed_s"] = round(time.time() - t0, 1)
        if fleet is not None:
            fleet.stop()
        redis.stop()
        emulator.terminate()
        try:
            emulator.wait(10)
        except subprocess.TimeoutExpired:
            emulator.kill()
    return report


def parse(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--streams", type=int, default=10_000, help="streams in the polling phases (and webhooks)")
    parser.add_argument("--models", type=int, default=100)
    parser.add_argument("--webhook-streams", type=int, default=1_500, help="the smaller webhook phase")
    parser.add_argument("--clients", type=int, default=4, help="client processes")
    parser.add_argument("--channels", type=int, default=4, help="gRPC channels per client process and replica")
    parser.add_argument("--interval", type=float, default=1.0, help="fixed polling interval (initial = max)")
    parser.add_argument("--lease", type=float, default=10.0, help="GATEWAY_WATCH_LEASE_SECONDS")
    parser.add_argument("--window", type=float, default=10.0, help="seconds over which polls are counted")
    parser.add_argument("--redis-down", type=float, default=10.0, help="seconds redis-server stays stopped")
    parser.add_argument("--kill-before", type=float, default=2.0, help="kill the leader this long before the end")
    parser.add_argument("--phases", type=lambda v: set(v.split(",")), default={"polls", "webhooks"},
                        help="comma-separated: polls (phases 1 and 2), webhooks (phase 3)")
    parser.add_argument("--open-estimate", type=float, default=0.004,
                        help="seconds per stream to open, for sizing the jobs when the polls phases do not run")
    parser.add_argument("--gateway-python", default="",
                        help="interpreter of the gateway processes, e.g. a venv with only `pip install .` (what the "
                             "image holds: no dev tools that httpx and structlog import when present)")
    parser.add_argument("--open-timeout", type=float, default=300.0, help="bound on opening every stream")
    return parser.parse_args(argv)


if __name__ == "__main__":
    print(json.dumps(asyncio.run(main(parse())), indent=1))
