"""The Lua scripts against a real redis-server: the same answers as the pure accounting, no
overspending under many concurrent admits from several clients, and the fallback when Redis
stops (and its recovery when Redis returns)."""

from __future__ import annotations

import asyncio
import random

import pytest

from gateway.quota.fallback import FallbackStore
from gateway.quota.gcra import Check
from gateway.quota.store import StoreUnavailable
from gateway.quota.store_memory import MemoryStore
from gateway.quota.store_redis import RedisStore, connect

NOW = 1_767_225_600.0


@pytest.fixture
async def redis_store(redis_server):
    store = RedisStore(connect(redis_server.url, 0.5), prefix="test:")
    yield store
    await store.aclose()


def random_checks(rng: random.Random) -> list[Check]:
    cost = rng.choice([0, 1, 1, 2, 5])
    checks = [Check.gcra("r", rate=2.0, burst=4.0, cost=cost), Check.window("d", 30, NOW + 3600, cost)]
    if rng.random() < 0.3:
        checks.append(Check.cool("c"))
    return rng.sample(checks, len(checks))


async def test_lua_agrees_with_the_pure_accounting(redis_store):
    rng, memory, now = random.Random(7), MemoryStore(), NOW
    for step in range(300):
        now += rng.choice([0.0, 0.0, 0.1, 0.25, 0.5, 1.0])
        if step % 50 == 25:
            for store in (memory, redis_store):
                await store.extend_cooldown("c", now + 0.7, now)
        checks, max_wait, commit = random_checks(rng), rng.choice([0.0, 0.0, 1.0]), rng.random() < 0.9
        want = memory.run_now(checks, now, max_wait=max_wait, commit=commit)
        got = await redis_store.run(checks, now, max_wait=max_wait, commit=commit)
        assert got.allowed == want.allowed, step
        assert got.wait == pytest.approx(want.wait, abs=1e-6)
        for g, w in zip(got.verdicts, want.verdicts):
            assert (g.wait, g.remaining, g.reset_at) == pytest.approx((w.wait, w.remaining, w.reset_at), abs=1e-6)


async def test_concurrent_admits_never_overspend(redis_server):
    stores = [RedisStore(connect(redis_server.url, 2.0), prefix="race:") for _ in range(4)]
    checks = [Check.gcra("rate", rate=0.01, burst=50, cost=1), Check.window("day", 80, NOW + 86400, 1)]
    try:
        decisions = await asyncio.gather(*(stores[i % 4].run(checks, NOW) for i in range(400)))
        assert sum(d.allowed for d in decisions) == 50
        costly = [Check.window("day2", 100, NOW + 86400, 3)]  # 33 calls of 3 fit in 100
        decisions = await asyncio.gather(*(stores[i % 4].run(costly, NOW) for i in range(200)))
        assert sum(d.allowed for d in decisions) == 33
    finally:
        for store in stores:
            await store.aclose()


async def test_state_expires_in_redis(redis_store, redis_server):
    import redis as sync_redis

    await redis_store.run([Check.gcra("short", rate=1.0, burst=1, cost=1)], NOW)
    await redis_store.run([Check.window("w", 10, NOW + 60, 1)], NOW)
    client = sync_redis.Redis(port=redis_server.port)
    assert 900 < client.pttl("test:short") <= 1000
    assert 59_000 < client.pttl("test:w") <= 60_000
    client.close()


async def test_unreachable_redis_raises_store_unavailable(redis_server):
    store = RedisStore(connect(redis_server.url, 0.2))
    redis_server.stop()
    with pytest.raises(StoreUnavailable):
        await store.run([Check.cool("c")], NOW)
    await store.aclose()


async def test_fallback_uses_the_local_share_and_recovers(redis_server, redis_store):
    changes: list[tuple[bool, str]] = []
    store = FallbackStore(redis_store, replicas=4, retry_seconds=1.0, on_change=lambda d, e: changes.append((d, e)))
    rate = [Check.gcra("r", rate=0.001, burst=8, cost=1)]
    assert [(await store.run(rate, NOW)).allowed for _ in range(3)] == [True] * 3  # in Redis
    redis_server.stop()
    local = [(await store.run(rate, NOW)).allowed for _ in range(4)]
    assert local == [True, True, False, False]  # this replica's share: 8 / 4
    assert store.degraded and [d for d, _ in changes] == [True]  # reported once
    redis_server.start()
    assert not (await store.run(rate, NOW + 0.5)).allowed  # not retried before retry_seconds
    assert (await store.run(rate, NOW + 1.0)).allowed  # back on Redis (restarted empty)
    assert [d for d, _ in changes] == [True, False] and not store.degraded


async def test_more_concurrent_commands_than_connections_wait_for_one_instead_of_failing(redis_server):
    """A burst wider than the pool (101 lease releases at once, 200 admits) queues for the
    client's connections; it is not an outage. redis-py's default pool raised at its 100th."""
    client = connect(redis_server.url, 2.0, max_connections=4)
    try:
        replies = await asyncio.gather(*[client.incr("test:burst") for _ in range(200)])
        assert sorted(replies) == list(range(1, 201))
        names = [c for c in await client.client_list() if c.get("cmd") != "client|list"]
        assert len(names) + 1 <= 4  # never more than the pool's connections (this one included)
    finally:
        await client.delete("test:burst")
        await client.aclose()
