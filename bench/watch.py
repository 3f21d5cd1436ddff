"""Watch benchmark: 10,000 concurrent watch streams over 100 models on ONE gateway process in
front of the emulator (its own process, real clock).

  python bench/watch.py [--streams 10000] [--models 100] [--clients 4] [--interval 1.0]

Phase 1 (polling): every model trains for the same time; each model has streams/models
watchers. Reports upstream model polls per polling interval (target <= models), the
gateway's RSS (target <= 256 MB), and the delay from each training's completion (upstream
time) to each watcher's terminal message (target p99 <= interval + 200 ms).
Phase 2 (webhooks): the gateway has a public callback URL; one v2 job per model, watched the
same way; reports the delay from each job's completion to its watchers (target <= 100 ms).
Prints one JSON object. Clients run in several processes so they do not measure themselves.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import multiprocessing as mp
import os
import socket
import subprocess
import sys
import time

import httpx

TOKEN = "bench-watch-token"
MODEL_ROUTE = "/v1/tailored-gen/models/{model_id}"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def rss_mb(pid: int, field: str = "VmRSS") -> float:
    """A process's resident memory in MB: all of it (VmRSS), or its private part (RssAnon) or
    the shared libraries' pages it has mapped (RssFile), which every process running the same
    files shares."""
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    return float("nan")


def pct(values: list[float], q: float) -> float:
    values = sorted(values)
    return round(values[min(len(values) - 1, int(q * len(values)))] * 1000, 1) if values else float("nan")


async def wait_http(url: str) -> None:
    async with httpx.AsyncClient() as client:
        for _ in range(200):
            try:
                await client.get(url)
                return
            except httpx.HTTPError:
                await asyncio.sleep(0.05)
    raise RuntimeError(f"{url} did not come up")


# ---- client processes -------------------------------------------------------------------
def client_main(targets, kind: str, ids: list, per_id: int, channels: int, out, ready, ended=None) -> None:
    asyncio.run(_client(targets, kind, ids, per_id, channels, out, ready, ended))


async def _client(targets, kind, ids, per_id, channels, out, ready, ended=None) -> None:
    """`per_id` streams on each id; with several targets (gateway replicas) a resource's streams
    are spread round-robin over them. Reports each terminal message as (id, time, target index),
    each failed stream as (id, target index, code); `ended` (a shared counter) counts streams
    that finished for any reason, while the run goes on."""
    import grpc

    from bria.tailored.v1 import watch_pb2 as W
    from bria.tailored.v1 import watch_pb2_grpc

    targets = [targets] if isinstance(targets, str) else list(targets)
    stubs = []  # per target: its channels' stubs
    chans = []
    for target in targets:
        mine = [grpc.aio.insecure_channel(target, options=[("grpc.use_local_subchannel_pool", 1)]) for _ in range(channels)]
        chans += mine
        stubs.append([watch_pb2_grpc.WatchServiceStub(c) for c in mine])
    ends: list[tuple[object, float, int]] = []
    failed: list[tuple[object, int, str]] = []
    opened = 0
    first_seen = asyncio.Event()
    errors = 0
    codes: dict[str, int] = {}

    def settle(i: int) -> None:
        nonlocal opened
        if not opened_flags[i]:
            opened_flags[i] = True
            opened += 1
            if opened == total:
                first_seen.set()

    async def one(i: int, rid, t: int) -> None:
        nonlocal errors
        stub = stubs[t][i % channels]
        md = (("api_token", TOKEN),)
        if kind == "model":
            call = stub.WatchModelTraining(W.WatchModelTrainingRequest(model_id=rid), metadata=md)
        else:
            call = stub.WatchJob(W.WatchJobRequest(request_id=rid), metadata=md)
        try:
            async for message in call:
                settle(i)
                if message.terminal:
                    ends.append((rid, time.time(), t))
        except grpc.aio.AioRpcError as exc:
            errors += 1
            codes[exc.code().name] = codes.get(exc.code().name, 0) + 1
            failed.append((rid, t, exc.code().name))
            settle(i)  # counted as settled, so the run never waits on it
        finally:
            if ended is not None:
                with ended.get_lock():
                    ended.value += 1

    work = [(rid, (j + k) % len(targets)) for k in range(per_id) for j, rid in enumerate(ids)]
    total = len(work)
    opened_flags = [False] * total
    tasks = [asyncio.create_task(one(i, rid, t)) for i, (rid, t) in enumerate(work)]
    await first_seen.wait()
    ready.put(total)
    await asyncio.gather(*tasks)
    per_target = [sum(1 for _, t in work if t == n) for n in range(len(targets))]
    out.put({"ends": ends, "errors": errors, "codes": codes, "failed": failed, "per_target": per_target})
    for c in chans:
        await c.close()


def start_clients(targets, kind, ids, streams, clients, channels, ended=None):
    ctx = mp.get_context("spawn")  # never fork a process that already runs gRPC threads
    out, ready = ctx.Queue(), ctx.Queue()
    per_id = streams // len(ids)
    chunks = [ids[i::clients] for i in range(clients)]
    procs = [ctx.Process(target=client_main, args=(targets, kind, c, per_id, channels, out, ready, ended))
             for c in chunks if c]
    for p in procs:
        p.start()
    return procs, out, ready


def collect(procs, out, ready, timeout: float | None = None) -> dict:
    """Every client's results (each waited for at most `timeout` seconds when given)."""
    results = [out.get(timeout=timeout) for _ in procs]
    for p in procs:
        p.join(timeout)
    ends = [e for r in results for e in r["ends"]]
    codes: dict[str, int] = {}
    for r in results:
        for k, v in r["codes"].items():
            codes[k] = codes.get(k, 0) + v
    return {"ends": ends, "errors": sum(r["errors"] for r in results), "codes": codes,
            "failed": [f for r in results for f in r["failed"]],
            "per_target": [sum(col) for col in zip(*(r["per_target"] for r in results))]}


# ---- orchestration ----------------------------------------------------------------------
async def setup_models(client: httpx.AsyncClient, n: int) -> list[int]:
    import base64

    from tailored_emulator import media

    png = base64.b64encode(media.png(1024, 1024)).decode()
    ids = []
    for i in range(n):
        p = (await client.post("/v1/tailored-gen/projects", json={
            "project_name": f"b{i}", "ip_medium": "illustration", "ip_type": "defined_character",
            "ip_name": "Pip", "ip_description": "a robot"})).json()
        d = (await client.post("/v1/tailored-gen/datasets", json={"project_id": p["id"], "name": "d"})).json()
        await client.put(f"/v1/tailored-gen/datasets/{d['id']}", json={"visual_schema": '{"style": "flat"}'})
        for j in range(5):
            await client.post(f"/v1/tailored-gen/datasets/{d['id']}/images", json={"file": png, "image_name": f"{j}.png"})
        await client.put(f"/v1/tailored-gen/datasets/{d['id']}", json={"status": "completed"})
        m = (await client.post("/v1/tailored-gen/models", json={"name": f"m{i}", "dataset_id": d["id"],
                                                                 "training_mode": "fully_automated"})).json()
        ids.append(m["id"])
    return ids


async def _delivery_times(client: httpx.AsyncClient, field: str = "time") -> dict[str, float]:
    """Per job, when the emulator started POSTing its accepted webhook ("time"), or when that
    request was on the gateway's socket ("written"). The emulator's clock is the wall clock."""
    body = (await client.get("/_emulator/webhooks")).json()
    rows = body if isinstance(body, list) else body.get("deliveries", [])
    return {row["request_id"]: row[field] for row in rows if row.get("status_code") == 204 and row.get(field)}


async def main(args) -> dict:
    emu_port, gw_port, hook_port = free_port(), free_port(), free_port()
    emu_url = f"http://127.0.0.1:{emu_port}"
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    emulator = subprocess.Popen([sys.executable, "-m", "tailored_emulator", "--port", str(emu_port),
                                 "--training-seconds", str(args.training), "--v2-job-seconds", str(args.job)], env=env)
    gw_env = {**env, "GATEWAY_WATCH_POLL_INITIAL_SECONDS": str(args.interval),
              "GATEWAY_WATCH_POLL_MAX_SECONDS": str(args.interval),
              "GATEWAY_PUBLIC_CALLBACK_URL": f"http://127.0.0.1:{hook_port}/webhooks/bria",
              "GATEWAY_WEBHOOK_PORT": str(hook_port), "GATEWAY_UPSTREAM_URL": emu_url,
              "GATEWAY_LOG_LEVEL": os.environ.get("BENCH_GATEWAY_LOG_LEVEL", "warning"), "GATEWAY_METRICS_PORT": "-1", "GATEWAY_HOST": "127.0.0.1"}
    log_path = os.environ.get("BENCH_GATEWAY_LOG")  # keep the gateway's JSON log lines for a post-mortem
    gateway = subprocess.Popen([sys.executable, "-m", "gateway", "serve", "--port", str(gw_port)], env=gw_env,
                               stderr=open(log_path, "w") if log_path else None)
    report: dict = {"streams": args.streams, "models": args.models, "interval_s": args.interval,
                    "cpu_count": os.cpu_count(), "load_avg_at_start": os.getloadavg()[0]}
    try:
        await wait_http(emu_url + "/_emulator/health")
        async with httpx.AsyncClient(base_url=emu_url, headers={"api_token": TOKEN}, timeout=30) as client:
            ids = await setup_models(client, args.models)
            print(f"{len(ids)} models ready", file=sys.stderr)
            await asyncio.sleep(1.0)  # the gateway's port
            target = f"127.0.0.1:{gw_port}"
            # Phase 1: polling. Start every training, then open the streams.
            started = {}
            for mid in ids:
                await client.post(f"/v1/tailored-gen/models/{mid}/start_training", json={})
                started[mid] = time.time()
            t_open = time.time()
            procs, out, ready = start_clients(target, "model", ids, args.streams, args.clients, args.channels)
            for _ in procs:
                ready.get()
            print("phase 1: streams open", file=sys.stderr)
            report["phase1_open_s"] = round(time.time() - t_open, 2)
            await client.delete("/_emulator/requests")
            window_start = time.time()
            await asyncio.sleep(max(0.0, min(started.values()) + args.training - time.time() - 0.5))
            window = time.time() - window_start
            counts = (await client.get("/_emulator/requests", params={"method": "GET", "route": MODEL_ROUTE})).json()
            polls = counts.get("total", 0)
            report["rss_mb_all_streams_open"] = round(rss_mb(gateway.pid), 1)
            result = collect(procs, out, ready)
            delays = [t - (started[mid] + args.training) for mid, t, _ in result["ends"]]
            report.update({
                "phase1_window_s": round(window, 2), "upstream_model_polls": polls,
                "polls_per_interval": round(polls / (window / args.interval), 1) if window > 0 else None,
                "phase1_terminal_messages": len(result["ends"]), "phase1_errors": result["errors"], "phase1_error_codes": result["codes"],
                "phase1_delay_ms_p50": pct(delays, 0.5), "phase1_delay_ms_p99": pct(delays, 0.99),
                "phase1_delay_ms_max": pct(delays, 1.0),
                "phase1_target_ms": round(args.interval * 1000 + 200),
            })
            # Phase 2: webhooks. One v2 job per (now trained) model, submitted through the gateway.
            import grpc

            from bria.tailored.v1 import generation_pb2 as G
            from bria.tailored.v1 import generation_pb2_grpc

            submitted = {}
            async with grpc.aio.insecure_channel(target) as ch:
                stub = generation_pb2_grpc.GenerationServiceStub(ch)
                for mid in ids:
                    r = await stub.GenerateImage(G.GenerateImageRequest(tailored_model_id=mid, prompt="cat"),
                                                 metadata=(("api_token", TOKEN),))
                    submitted[r.request_id] = time.time()
            procs, out, ready = start_clients(target, "job", list(submitted), args.streams, args.clients, args.channels)
            for _ in procs:
                ready.get()
            report["rss_mb_phase2_open"] = round(rss_mb(gateway.pid), 1)
            result = collect(procs, out, ready)
            delays = [t - (submitted[rid] + args.job) for rid, t, _ in result["ends"]]
            sent = await _delivery_times(client)
            from_delivery = [t - sent[rid] for rid, t, _ in result["ends"] if rid in sent]
            lag = [sent[rid] - (submitted[rid] + args.job) for rid in submitted if rid in sent]
            report.update({
                "phase2_emulator_delivery_lag_ms_p50": pct(lag, 0.5),
                "phase2_delay_from_delivery_ms_p50": pct(from_delivery, 0.5),
                "phase2_delay_from_delivery_ms_p99": pct(from_delivery, 0.99),
                "phase2_terminal_messages": len(result["ends"]), "phase2_errors": result["errors"], "phase2_error_codes": result["codes"],
                "phase2_delay_ms_p50": pct(delays, 0.5), "phase2_delay_ms_p99": pct(delays, 0.99),
                "phase2_delay_ms_max": pct(delays, 1.0), "phase2_target_ms": 100,
            })
            report["rss_mb_end"] = round(rss_mb(gateway.pid), 1)
    finally:
        report["load_avg_at_end"] = os.getloadavg()[0]
        for proc in (gateway, emulator):
            proc.terminate()
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                proc.kill()
    return report


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--streams", type=int, default=10_000)
    parser.add_argument("--models", type=int, default=100)
    parser.add_argument("--clients", type=int, default=4, help="client processes")
    parser.add_argument("--channels", type=int, default=8, help="gRPC channels per client process")
    parser.add_argument("--interval", type=float, default=1.0, help="fixed polling interval (initial = max)")
    parser.add_argument("--training", type=float, default=30.0, help="upstream training seconds")
    parser.add_argument("--job", type=float, default=20.0, help="upstream v2 job seconds")
    print(json.dumps(asyncio.run(main(parser.parse_args())), indent=1))
