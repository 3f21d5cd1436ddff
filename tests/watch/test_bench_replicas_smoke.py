"""bench/replicas.py cannot rot: the whole script (three replicas without and with Redis, Redis
stopped, the leader SIGKILLed, webhooks on a neighbour replica) with a handful of streams, short
windows and a short lease. Checks only that every phase ran and its bookkeeping is whole, not
the benchmark's targets (the machine is shared)."""

from __future__ import annotations

import asyncio
import importlib.util
import math
import pathlib

import pytest

from tests.support import require_binary

pytestmark = pytest.mark.slow

SCRIPT = pathlib.Path(__file__).resolve().parents[2] / "bench" / "replicas.py"


def _load():
    spec = importlib.util.spec_from_file_location("bench_replicas", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


async def test_the_replicas_benchmark_runs_with_a_handful_of_streams():
    require_binary("redis-server")
    bench = _load()
    args = bench.parse(["--streams", "12", "--models", "3", "--webhook-streams", "6", "--clients", "1",
                        "--channels", "1", "--lease", "1", "--window", "1", "--redis-down", "1",
                        "--kill-before", "0.3", "--open-timeout", "30"])
    report = await asyncio.wait_for(bench.main(args), 120)
    alone, shared = report["alone"], report["shared"]
    assert alone["streams_per_replica"] == [4, 4, 4]
    assert alone["polls"] > 0 and shared["polls"] > 0
    assert all(mb > 0 for mb in alone["rss_mb"] + shared["rss_mb"])
    assert shared["streams_ended_redis_down"] == 0
    assert shared["killed_leases"] >= 1 and shared["leases_not_taken_over"] == 0
    assert shared["missed_terminals"] == 0 and shared["survivor_streams"] == 8
    assert [w["streams"] for w in report["webhooks"]] == [6, 12]
    for w in report["webhooks"]:
        assert w["terminals"] == w["streams_opened"] == w["streams"] and w["deliveries"] == 3


async def test_the_webhook_phase_runs_alone():
    """`--phases webhooks`: a fresh Redis fleet with trained models, no polling phases."""
    require_binary("redis-server")
    bench = _load()
    args = bench.parse(["--phases", "webhooks", "--streams", "6", "--models", "3", "--webhook-streams", "6",
                        "--clients", "1", "--channels", "1", "--open-timeout", "30"])
    report = await asyncio.wait_for(bench.main(args), 120)
    assert "alone" not in report and "shared" not in report
    [w] = report["webhooks"]
    assert w["terminals"] == w["streams_opened"] == 6 and w["deliveries"] == 3 and w["errors"] == 0
    # measured from "written" (the emulator stamped every accepted delivery)
    assert not math.isnan(w["delay_ms_p99"]) and w["emulator_send_lag_ms_p99"] >= 0
