"""Lease, epoch fencing and publication rules of the watch coordination, on a real
redis-server with a fake wall clock (lease expiry is judged on the callers' clocks), plus the
sealing of webhook signing keys."""

from __future__ import annotations

import asyncio

import pytest

from bria.tailored.v1 import models_pb2 as M
from bria.tailored.v1 import watch_pb2 as W
from gateway.quota.store_redis import connect
from gateway.watch import resources
from gateway.watch.cluster import FENCED, FINAL, PUBLISHED, UNCHANGED, Coordinator, Role, resource_id
from gateway.watch.poller import observed
from gateway.watch.resources import Target
from gateway.watch.timing import ManualTimer
from gateway.webhook_keys import PREFIX, KeyWrap, SharedKeys
from tests.quota.conftest import redis_server  # noqa: F401  (fixture)

LEASE = 10.0
TARGET = Target(resources.MODEL, (7,))
RID = resource_id(TARGET, "org-1")


class Wall:
    def __init__(self) -> None:
        self.now = 1_767_225_600.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
async def pair(redis_server):  # noqa: F811
    wall, made = Wall(), []
    for name in ("a", "b"):
        c = Coordinator(connect(redis_server.url, 1.0), lease_seconds=LEASE, retry_seconds=0.05,
                        timer=ManualTimer(), wall=wall, replica=name)
        c.up = True  # these tests call the scripts directly; the subscriber is not started
        made.append(c)
    yield (*made, wall)
    for c in made:
        await c.aclose()


def update(status: int):
    state = W.WatchModelTrainingResponse(model=M.Model(id=7, status=status))
    return observed(resources.MODEL, state, 1.0)


async def test_one_leader_the_other_follows_and_renewal_keeps_the_epoch(pair):
    a, b, wall = pair
    role, epoch, *_ = await a.tick(RID)
    assert role is Role.LEADER
    assert (await b.tick(RID))[:2] == (Role.FOLLOWER, epoch)
    wall.now += LEASE * 0.9
    assert (await a.tick(RID))[:2] == (Role.LEADER, epoch)  # renewed, same term
    wall.now += LEASE * 0.9
    assert (await b.tick(RID))[0] is Role.FOLLOWER  # still within the renewed lease


async def test_a_follower_learns_when_the_holders_lease_expires(pair):
    """So a dead leader's lease is taken the moment it expires (takeover within the lease),
    not up to one more tick later."""
    a, b, wall = pair
    await a.tick(RID)
    wall.now += LEASE * 0.25
    follower = await b.tick(RID)
    assert follower.role is Role.FOLLOWER
    assert follower.lease_left == pytest.approx(LEASE * 0.75, abs=0.002)
    wall.now += follower.lease_left  # a dies without renewing: exactly at expiry, b takes it
    taken = await b.tick(RID)
    assert taken.role is Role.LEADER


async def test_an_expired_lease_is_taken_with_a_newer_epoch_and_fences_the_old_leader(pair):
    a, b, wall = pair
    _, old, *_ = await a.tick(RID)
    assert (await a.publish(RID, update(M.MODEL_STATUS_IN_PROGRESS), old))[0] == PUBLISHED
    wall.now += LEASE + 0.001  # a stopped renewing (killed, or paused)
    role, new, *_ = await b.tick(RID)
    assert role is Role.LEADER and new > old
    late = await a.publish(RID, update(M.MODEL_STATUS_FAILED), old)
    assert late[0] == FENCED  # the old leader's late observation never overwrites the new term
    assert (await a.tick(RID))[0] is Role.FOLLOWER
    assert (await b.publish(RID, update(M.MODEL_STATUS_COMPLETED), new))[0] == PUBLISHED


async def test_released_lease_is_taken_at_the_next_tick(pair):
    a, b, _ = pair
    _, epoch, *_ = await a.tick(RID)
    await b.release(RID, epoch)  # not b's: nothing happens
    assert (await b.tick(RID))[0] is Role.FOLLOWER
    await a.release(RID, epoch)
    role, newer, *_ = await b.tick(RID)
    assert role is Role.LEADER and newer > epoch


async def test_unchanged_states_are_not_republished_and_terminal_is_final(pair):
    a, b, _ = pair
    _, epoch, *_ = await a.tick(RID)
    first = await a.publish(RID, update(M.MODEL_STATUS_IN_PROGRESS), epoch)
    assert first[0] == PUBLISHED
    assert await a.publish(RID, update(M.MODEL_STATUS_IN_PROGRESS), epoch) == (UNCHANGED, first[1])
    done = await b.publish(RID, update(M.MODEL_STATUS_COMPLETED), fenced=False)  # a verified webhook
    assert done[0] == PUBLISHED and done[1] > first[1]
    assert (await a.publish(RID, update(M.MODEL_STATUS_IN_PROGRESS), epoch))[0] == FINAL
    latest = await b.latest(RID)
    assert latest.seq == done[1] and latest.terminal
    assert W.WatchModelTrainingResponse.FromString(latest.payload).model.status == M.MODEL_STATUS_COMPLETED
    assert (await a.tick(RID))[2] == done[1]  # ticks tell a replica it is behind


async def test_publications_reach_subscribers_and_redis_holds_no_token(pair, redis_server):  # noqa: F811
    a, b, _ = pair
    b.up = False
    await b.start(timeout=5)
    assert b.up
    got: list = []

    class Probe:
        rid = RID

        def apply(self, shared, from_task):
            got.append(shared)

    b._pollers[RID] = {Probe()}
    _, epoch, *_ = await a.tick(RID)
    await a.publish(RID, update(M.MODEL_STATUS_IN_PROGRESS), epoch)
    async with asyncio.timeout(5):
        while not got:
            await asyncio.sleep(0.01)
    assert got[0].fingerprint == update(M.MODEL_STATUS_IN_PROGRESS).fingerprint
    keys = [k.decode() for k in await a._client.keys("*")]
    assert all(k.startswith("tgw:watch:") for k in keys)


def test_sealed_signing_keys_open_only_for_their_request_id_and_secret():
    wrap = KeyWrap(b"a secret of at least sixteen bytes")
    sealed = wrap.seal("req-1", b"k" * 32, "org-1")
    assert b"k" * 32 not in sealed and b"org-1" not in sealed
    assert wrap.open("req-1", sealed) == (b"k" * 32, "org-1")
    assert wrap.open("req-2", sealed) is None  # bound to its request id
    assert KeyWrap(b"another secret, also long enough").open("req-1", sealed) is None
    with pytest.raises(ValueError):
        KeyWrap(b"short")


def test_a_sealed_key_altered_or_cut_anywhere_opens_for_nothing():
    wrap = KeyWrap(b"a secret of at least sixteen bytes")
    sealed = wrap.seal("req-1", b"k" * 32, "org-1")
    for i in range(len(sealed)):
        flipped = sealed[:i] + bytes([sealed[i] ^ 0x01]) + sealed[i + 1:]
        assert wrap.open("req-1", flipped) is None, f"byte {i} flipped"
    for n in range(len(sealed)):
        assert wrap.open("req-1", sealed[:n]) is None, f"cut to {n} bytes"
    assert wrap.open("req-1", sealed) == (b"k" * 32, "org-1")


async def test_a_submitted_key_is_announced_to_every_replica_and_verifies_there_without_a_redis_read(
    redis_server,  # noqa: F811
):
    """The submitting replica's SET also publishes the sealed entry; a subscribed replica keeps
    it (sealed) for the TTL, so a delivery verifies there even when the Redis entry is gone,
    and a forged or expired announcement verifies nothing."""
    now = [100.0]
    wrap, errors = KeyWrap(b"a secret of at least sixteen bytes"), []
    submitter = SharedKeys(connect(redis_server.url, 1.0), wrap, 60, errors.append)
    receiver = SharedKeys(connect(redis_server.url, 1.0), wrap, 60, errors.append, clock=lambda: now[0])
    coordinator = Coordinator(connect(redis_server.url, 1.0), lease_seconds=LEASE, retry_seconds=0.05,
                              timer=ManualTimer(), replica="r")
    heard = asyncio.Event()

    def learn(message: bytes) -> None:
        receiver.learn(message)
        heard.set()

    coordinator.on_message(SharedKeys.channel, learn)
    await coordinator.start(timeout=5)
    try:
        assert coordinator.up
        await submitter.put("req-1", b"k" * 32, "org-1")
        async with asyncio.timeout(5):
            await heard.wait()
        await coordinator._client.delete(PREFIX + "req-1")  # only the announcement is left
        assert await receiver.get("req-1") == (b"k" * 32, "org-1")
        receiver.learn(b"req-2\n" + wrap.seal("req-1", b"x" * 32, "org-2"))  # sealed for another id
        assert await receiver.get("req-2") is None
        receiver.learn(b"no separator")
        now[0] += 61  # past the TTL: forgotten, and Redis no longer holds it either
        assert await receiver.get("req-1") is None
        assert errors == []
    finally:
        await coordinator.aclose()
        for keys in (submitter, receiver):
            await keys._client.aclose()


async def test_a_failing_channel_handler_is_logged_and_the_subscription_goes_on(redis_server):  # noqa: F811
    lines: list[dict] = []

    class Log:
        def error(self, event, **fields):
            lines.append({"event": event, **fields})

        warning = info = error

    coordinator = Coordinator(connect(redis_server.url, 1.0), lease_seconds=LEASE, retry_seconds=0.05,
                              timer=ManualTimer(), replica="r", log=Log())
    got: list[bytes] = []
    second = asyncio.Event()

    def handler(data: bytes) -> None:
        got.append(data)
        if len(got) == 1:
            raise ValueError("a bug in the handler")
        second.set()

    coordinator.on_message("tgw:test:channel", handler)
    await coordinator.start(timeout=5)
    try:
        for data in (b"one", b"two"):
            await coordinator._client.publish("tgw:test:channel", data)
        async with asyncio.timeout(5):
            await second.wait()
        assert got == [b"one", b"two"] and coordinator.up
        assert lines == [{"event": "watch_channel_handler_failed", "channel": "tgw:test:channel",
                          "error": "ValueError"}]
    finally:
        await coordinator.aclose()


def test_announcements_of_any_bytes_never_raise_and_never_verify():
    """Fuzz (seeded, bounded): whatever reaches the key channel is kept at most as a sealed
    blob that opens for nothing."""
    import random

    wrap = KeyWrap(b"a secret of at least sixteen bytes")
    keys = SharedKeys(None, wrap, 60, lambda exc: None, limit=50)
    rng = random.Random(13)
    for _ in range(2000):
        blob = bytes(rng.getrandbits(8) for _ in range(rng.randrange(0, 80)))
        if rng.random() < 0.3:
            blob = rng.choice([b"req-1", b"", b"\n", "ü".encode()]) + b"\n" + blob
        keys.learn(blob)
    assert len(keys._heard) <= 50
    for rid in list(keys._heard):
        assert wrap.open(rid, keys._heard[rid][1]) is None
