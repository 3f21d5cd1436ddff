"""Watch streams across replicas: for each watched (resource, organisation) exactly one replica
polls the upstream, and every replica with watchers of it fans its changes out to its own
streams.

Leadership. A lease per resource in Redis (`lease`: "replica|epoch|expires_ms"), taken with a
fresh epoch from one global counter (a fencing token: strictly increasing, never reused) when
it is free or expired, and renewed every lease/3 by its holder. A replica holds a resource's
lease only while it has watchers of it: its poller ticks (renews or tries to take the lease)
while it runs, and releases the lease when its last watcher leaves; a replica that still has
watchers takes it at its next tick (within lease/3) and polls at once. If the leader dies, its
lease expires and another replica takes over within the lease. Expiry is judged on the callers'
wall clocks (like the quota store: replicas run NTP; tests drive it with a fake clock); Redis's
own expiry (3 leases) only collects leases nobody renews.

Publication: Redis pub/sub plus a latest-state hash per resource, written by the same Lua
script. Every message is a whole state (never a delta), so a replica that missed messages (a
reconnect) needs only the latest state, which the hash holds: each tick reads its sequence
number and a replica that is behind reads it. Streams' replay would keep history nobody needs;
pub/sub is fire-and-forget, and the hash repairs what it loses. The hash also gives a late
watcher on any replica the current state without an upstream poll. Each replica subscribes once
to one pattern (`tgw:watch:ch:*`) and ignores resources it has no watchers of: one connection
per replica, no per-resource subscribe/unsubscribe race, at the cost of every replica seeing
every change (states change seldom; replicas are few).

Fencing and duplicates. The publish script writes only while the caller's lease (holder and
epoch) is the current, unexpired one, so a late old leader cannot overwrite a newer state; a
terminal state is final (nothing overwrites it); an unchanged state is not published again.
Every publication carries a global sequence number and a replica applies only newer ones; each
stream still compares with the last state it was sent (fanout.py), so two leaders for a moment
never give a watcher the same message twice. A verified webhook publishes without a lease (it
is the upstream's own word), under the same terminal and sequence rules.

Faults. Any Redis failure turns coordination off on this replica: each poller polls for its
own watchers (the single-replica behaviour), the transition is logged once and shown as
`gateway_watch_coordination_fallback` = 1; the subscriber reconnects every retry interval and
coordination resumes (pollers tick again, catch up from the hash). No stream ends because of
it. Nothing about a token reaches Redis: resources are named by a hash of (kind, key, org), and
the org is already a one-way fingerprint."""

from __future__ import annotations

import asyncio
import enum
import hashlib
import json
import os
import socket
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING, NamedTuple, Callable

from opentelemetry import context as otel_context
from prometheus_client import Counter, Gauge

from ..credentials import org_of
from .fanout import Update
from .poller import Poller
from .resources import Target
from .timing import Timer

if TYPE_CHECKING:  # redis-py (and the OpenTelemetry SDK it imports) only loads with a Redis URL
    import redis.asyncio as aioredis

PREFIX = "tgw:watch:"
# Signing keys announced by other replicas, kept here (sealed, about 380 bytes each): deliveries
# come within a job's run, so the latest 10,000 (about 4 MB) cover them; an older one is read
# from Redis instead.
HEARD_KEYS = 10_000
STATE_TTL_LEASES = 6  # the latest-state hash outlives its last renewal by this many leases

# KEYS: lease, state, epoch counter. ARGV: me, now_ms, lease_ms, state_ttl_ms.
# Returns {role (1 leader, 0 follower), epoch, state seq[, ms left of another holder's lease]}.
TICK_LUA = """
local me, now, ttl = ARGV[1], tonumber(ARGV[2]), tonumber(ARGV[3])
local seq = tonumber(redis.call('HGET', KEYS[2], 'seq') or '0')
local cur = redis.call('GET', KEYS[1])
if cur then
  local holder, epoch, exp = string.match(cur, '^(.*)|(%d+)|(%d+)$')
  if holder and tonumber(exp) > now then
    if holder ~= me then return {0, tonumber(epoch), seq, tonumber(exp) - now} end
    redis.call('SET', KEYS[1], me .. '|' .. epoch .. '|' .. (now + ttl), 'PX', ttl * 3)
    if seq > 0 then redis.call('PEXPIRE', KEYS[2], ARGV[4]) end
    return {1, tonumber(epoch), seq}
  end
end
local epoch = redis.call('INCR', KEYS[3])
redis.call('SET', KEYS[1], me .. '|' .. epoch .. '|' .. (now + ttl), 'PX', ttl * 3)
return {1, epoch, seq}
"""

# KEYS: lease. ARGV: me, epoch. Deletes the lease only if it is still this holder's.
RELEASE_LUA = """
local cur = redis.call('GET', KEYS[1])
if cur and string.sub(cur, 1, #ARGV[1] + #ARGV[2] + 2) == ARGV[1] .. '|' .. ARGV[2] .. '|' then
  redis.call('DEL', KEYS[1])
  return 1
end
return 0
"""

# KEYS: lease, state, sequence counter. ARGV: me, epoch, now_ms, fp, terminal (0/1), payload,
# channel, state_ttl_ms, fenced (0/1). Returns {result, seq}: 1 published, 0 unchanged,
# -1 not the lease holder (fenced), -2 a terminal state is already final.
PUBLISH_LUA = """
if ARGV[9] == '1' then
  local cur = redis.call('GET', KEYS[1])
  if not cur then return {-1, 0} end
  local holder, epoch, exp = string.match(cur, '^(.*)|(%d+)|(%d+)$')
  if holder ~= ARGV[1] or epoch ~= ARGV[2] or tonumber(exp) <= tonumber(ARGV[3]) then return {-1, 0} end
end
local seq = tonumber(redis.call('HGET', KEYS[2], 'seq') or '0')
if redis.call('HGET', KEYS[2], 'terminal') == '1' then return {-2, seq} end
if redis.call('HGET', KEYS[2], 'fp') == ARGV[4] then
  redis.call('PEXPIRE', KEYS[2], ARGV[8])
  return {0, seq}
end
seq = redis.call('INCR', KEYS[3])
redis.call('HSET', KEYS[2], 'seq', seq, 'fp', ARGV[4], 'terminal', ARGV[5], 'payload', ARGV[6], 'epoch', ARGV[2])
redis.call('PEXPIRE', KEYS[2], ARGV[8])
redis.call('PUBLISH', ARGV[7], seq .. '|' .. ARGV[4] .. '|' .. ARGV[5] .. '|' .. ARGV[6])
return {1, seq}
"""

PUBLISHED, UNCHANGED, FENCED, FINAL, DOWN = 1, 0, -1, -2, -9


def _down_errors() -> tuple[type[BaseException], ...]:
    """What counts as Redis being unreachable (imported with the client that raises them)."""
    from redis.exceptions import RedisError

    return RedisError, OSError, asyncio.TimeoutError


class Role(enum.Enum):
    LOCAL = "local"  # no coordination (Redis unreachable): poll for this replica's own watchers
    LEADER = "leader"  # holds the lease: polls and publishes
    FOLLOWER = "follower"  # another replica polls: receive its publications


class Tick(NamedTuple):
    role: Role
    epoch: int
    seq: int
    lease_left: float = 0.0  # a follower's wait until the holder's lease expires


@dataclass(frozen=True)
class Shared:
    """One publication as Redis carries it."""

    seq: int
    fingerprint: str
    terminal: bool
    payload: bytes


def resource_id(target: Target, org: str) -> str:
    """A resource's name in Redis: a hash (a v1 job's key holds presigned URLs)."""
    text = json.dumps([target.kind.name, list(target.key), org], default=str)
    return hashlib.sha256(text.encode()).hexdigest()[:32]


class Coordinator:
    """This replica's side of the coordination: lease ticks, publications, the subscriber."""

    def __init__(
        self,
        client: aioredis.Redis,
        *,
        lease_seconds: float,
        retry_seconds: float,
        timer: Timer,
        wall: Callable[[], float] = time.time,
        registry=None,
        log=None,
        replica: str = "",
        prefix: str = PREFIX,
    ):
        self._client, self._timer, self._wall, self._log = client, timer, wall, log
        self.lease_seconds, self.retry_seconds = lease_seconds, retry_seconds
        self.replica = replica or f"{socket.gethostname()}-{os.getpid()}-{os.urandom(4).hex()}"
        self._prefix = prefix
        self._down_errors = _down_errors()
        self._tick = client.register_script(TICK_LUA)
        self._release = client.register_script(RELEASE_LUA)
        self._publish = client.register_script(PUBLISH_LUA)
        self.up = False
        self.degraded: bool | None = None  # None until the first connection attempt
        self._pollers: dict[str, set[ClusterPoller]] = {}
        self._channels: dict[str, Callable[[bytes], None]] = {}  # plain channels -> their handler
        self._background: set[asyncio.Task] = set()
        self._reader: asyncio.Task | None = None
        self._connected = asyncio.Event()
        self._gauge = self._counter = None
        if registry is not None:
            self._gauge = Gauge(
                "gateway_watch_coordination_fallback",
                "1 while this replica polls for its own watchers because Redis is unreachable.", registry=registry,
            )
            self._counter = Counter(
                "gateway_watch_coordination_fallbacks_total",
                "Times this replica's watch coordination fell back from Redis to polling alone.", registry=registry,
            )

    @property
    def tick_seconds(self) -> float:
        return self.lease_seconds / 3

    def _keys(self, rid: str) -> tuple[str, str]:
        return self._prefix + "lease:" + rid, self._prefix + "state:" + rid

    def _ms(self) -> int:
        return int(self._wall() * 1000)

    # --- lifecycle -----------------------------------------------------------------------
    async def start(self, timeout: float = 1.0) -> None:
        """Subscribe; wait (bounded) for the first connection attempt, so a healthy start
        coordinates from its first watcher. Without Redis, start in the fallback."""
        self._reader = asyncio.get_running_loop().create_task(self._listen())
        try:
            await asyncio.wait_for(self._connected.wait(), timeout)
        except asyncio.TimeoutError:
            pass

    async def aclose(self) -> None:
        if self._reader is not None:
            self._reader.cancel()
            await asyncio.gather(self._reader, return_exceptions=True)
        if self._background:
            await asyncio.wait(list(self._background), timeout=1.0)
        await self._client.aclose()

    def on_message(self, channel: str, handler: Callable[[bytes], None]) -> None:
        """Also subscribe to `channel` (before start) and hand each message's data to `handler`
        on the subscriber's task (webhook_keys.py learns other replicas' signing keys so)."""
        self._channels[channel] = handler

    def _set_up(self, up: bool, error: str = "") -> None:
        self.up = up
        self._connected.set()  # the first attempt is over, whatever its outcome
        if self.degraded is (not up):
            return
        first = self.degraded is None
        self.degraded = not up
        if self._gauge is not None:
            self._gauge.set(0 if up else 1)
        if not up:
            if self._counter is not None:
                self._counter.inc()
            if self._log is not None:
                self._log.warning("watch_coordination_fallback", error=error)
        elif not first and self._log is not None:
            self._log.info("watch_coordination_recovered")

    def _down(self, exc: BaseException) -> None:
        self._set_up(False, type(exc).__name__)

    async def _listen(self) -> None:
        otel_context.attach(otel_context.Context())
        pattern = self._prefix + "ch:*"
        while True:
            pubsub = self._client.pubsub()
            try:
                await pubsub.psubscribe(pattern)
                if self._channels:
                    await pubsub.subscribe(*self._channels)
                if self.degraded:
                    # Connections pooled before the outage are dead: drop them, so the first
                    # commands after recovery do not fail (and flap the fallback) on them.
                    await self._client.connection_pool.disconnect()
                self._set_up(True)
                while self.up:
                    message = await pubsub.get_message(ignore_subscribe_messages=True, timeout=0.5)
                    if message is None:
                        continue
                    if message.get("type") == "pmessage":
                        self._dispatch(message["channel"], message["data"])
                    elif message.get("type") == "message":
                        self._handle(message["channel"], message["data"])
            except self._down_errors as exc:
                self._down(exc)
            finally:
                try:
                    await pubsub.aclose()
                except self._down_errors:
                    pass
            await self._timer.sleep(self.retry_seconds)

    def _handle(self, channel: bytes, data: bytes) -> None:
        """A plain channel's message to its handler; a handler's failure is logged and the
        subscription goes on (it would otherwise end every replica-wide delivery here)."""
        name = channel.decode("utf-8", "replace")
        handler = self._channels.get(name)
        if handler is None:
            return
        try:
            handler(data)
        except Exception as exc:  # noqa: BLE001 (logged; the subscriber must survive it)
            if self._log is not None:
                self._log.error("watch_channel_handler_failed", channel=name, error=type(exc).__name__)

    def _dispatch(self, channel: bytes, data: bytes) -> None:
        rid = channel.decode()[len(self._prefix) + 3 :]
        pollers = self._pollers.get(rid)
        if not pollers:
            return
        shared = _parse(data)
        if shared is None:
            return
        for poller in list(pollers):
            poller.apply(shared, from_task=False)

    # --- pollers ---------------------------------------------------------------------------
    def join(self, poller: "ClusterPoller") -> None:
        self._pollers.setdefault(poller.rid, set()).add(poller)

    def leave(self, poller: "ClusterPoller") -> None:
        pollers = self._pollers.get(poller.rid)
        if pollers is not None:
            pollers.discard(poller)
            if not pollers:
                del self._pollers[poller.rid]
        if poller.role is Role.LEADER and self.up:
            self._spawn(self.release(poller.rid, poller.epoch))

    def _spawn(self, coro) -> None:
        task = asyncio.get_running_loop().create_task(coro)
        self._background.add(task)
        task.add_done_callback(self._background.discard)

    async def tick(self, rid: str) -> "Tick":
        """Renew or take the lease of `rid`: role, epoch, latest published sequence, and for a
        follower the seconds left of the holder's lease (when to try again: a dead leader's
        lease is taken the moment it expires, not up to a tick later)."""
        if not self.up:
            return Tick(Role.LOCAL, 0, 0)
        lease, state = self._keys(rid)
        ms = int(self.lease_seconds * 1000)
        try:
            answer = await self._tick(
                keys=[lease, state, self._prefix + "epoch"],
                args=[self.replica, self._ms(), ms, ms * STATE_TTL_LEASES],
            )
        except self._down_errors as exc:
            self._down(exc)
            return Tick(Role.LOCAL, 0, 0)
        role, epoch, seq = answer[:3]
        left = int(answer[3]) / 1000 if len(answer) > 3 else self.tick_seconds
        return Tick(Role.LEADER if int(role) == 1 else Role.FOLLOWER, int(epoch), int(seq), left)

    async def release(self, rid: str, epoch: int) -> None:
        try:
            await self._release(keys=[self._keys(rid)[0]], args=[self.replica, epoch])
        except self._down_errors as exc:
            self._down(exc)

    async def publish(self, rid: str, update: Update, epoch: int = 0, *, fenced: bool = True) -> tuple[int, int]:
        """(result, seq): PUBLISHED, UNCHANGED, FENCED (not the lease holder), FINAL (a terminal
        state is already there) or DOWN (Redis unreachable: now in the fallback)."""
        if not self.up:
            return DOWN, 0
        lease, state = self._keys(rid)
        ms = int(self.lease_seconds * 1000) * STATE_TTL_LEASES
        try:
            result, seq = await self._publish(
                keys=[lease, state, self._prefix + "seq"],
                args=[
                    self.replica, epoch, self._ms(), update.fingerprint, "1" if update.terminal else "0",
                    update.response.SerializeToString(), self._prefix + "ch:" + rid, ms, "1" if fenced else "0",
                ],
            )
        except self._down_errors as exc:
            self._down(exc)
            return DOWN, 0
        return int(result), int(seq)

    async def latest(self, rid: str) -> Shared | None:
        """The latest state published for `rid`, if Redis still holds it."""
        if not self.up:
            return None
        try:
            fields = await self._client.hmget(self._keys(rid)[1], ["seq", "fp", "terminal", "payload"])
        except self._down_errors as exc:
            self._down(exc)
            return None
        if fields[0] is None or fields[3] is None:
            return None
        return Shared(int(fields[0]), fields[1].decode(), fields[2] == b"1", fields[3])


def _parse(data: bytes) -> Shared | None:
    try:
        seq, fp, terminal, payload = data.split(b"|", 3)
        return Shared(int(seq), fp.decode(), terminal == b"1", payload)
    except ValueError:
        return None


class ClusterPoller(Poller):
    """A shared poller that polls only while its replica holds the resource's lease (or Redis is
    unreachable), publishes what it observes as leader, and otherwise applies what the leader
    publishes. Its Fanout keeps every stream's "only changes" guarantee whatever arrives."""

    def __init__(self, target: Target, token: str, tenant: str, *, coordinator: Coordinator, **kwargs):
        super().__init__(target, token, tenant, **kwargs)
        self._coord = coordinator
        self.rid = resource_id(target, org_of(token))
        self.role = Role.LOCAL
        self.epoch = 0
        self._seq = 0  # the newest publication applied or made here
        self._shared = ""  # fingerprint of the last state this poller published as leader
        self._lease_left = 0.0  # as a follower: seconds until the holder's lease expires

    async def _run(self) -> None:
        otel_context.attach(otel_context.Context())
        self._coord.join(self)
        try:
            await self._loop()
        finally:
            self._coord.leave(self)

    async def _loop(self) -> None:
        interval: float | None = self._intervals.initial
        due = self._timer.now()
        while True:
            await self._coordinate()
            if self.finished:
                return
            if self.role is Role.FOLLOWER:
                due = self._timer.now()  # if this replica becomes the poller, it polls at once
                await self._timer.sleep(min(self._coord.tick_seconds, self._lease_left + 0.001))
                continue
            if self._timer.now() >= due:
                interval = await self._step(interval)
                if interval is None:
                    return
                due = self._timer.now() + self._intervals.jittered(interval, self._rand)
            wait = due - self._timer.now()
            if self.role is Role.LEADER:
                wait = min(wait, self._coord.tick_seconds)  # renew the lease in time
            await self._timer.sleep(max(wait, 0.0))

    async def _coordinate(self) -> None:
        role, epoch, seq, self._lease_left = await self._coord.tick(self.rid)
        if role is Role.LEADER and (self.role is not Role.LEADER or epoch != self.epoch):
            self._shared = ""  # a new term: share what this replica knows
        self.role, self.epoch = role, epoch
        if seq > self._seq:
            await self._catch_up()
        if self.role is Role.LEADER:
            await self._share()

    async def _catch_up(self) -> None:
        shared = await self._coord.latest(self.rid)
        if shared is not None:
            self.apply(shared, from_task=True)

    async def _poll_once(self, interval: float) -> float:
        interval = await super()._poll_once(interval)
        if self.role is Role.LEADER:
            await self._share()
        return interval

    async def _share(self) -> None:
        latest = self.fanout.latest
        if latest is None or latest.fingerprint == self._shared:
            return
        result, seq = await self._coord.publish(self.rid, latest, self.epoch)
        if result == FENCED:
            self.role = Role.FOLLOWER
        elif result == DOWN:
            self.role = Role.LOCAL
        elif result == FINAL:
            await self._catch_up()  # the resource is over: its stored terminal state ends the streams
        else:
            self._shared = latest.fingerprint
            self._seq = max(self._seq, seq)

    def apply(self, shared: Shared, *, from_task: bool) -> None:
        """A publication from Redis: newer ones only, and only changes reach the streams."""
        if shared.seq <= self._seq or self.finished or self.stopping:
            return
        self._seq = shared.seq
        try:
            response = self.target.kind.response_cls.FromString(shared.payload)
        except Exception:  # not ours to read (a newer gateway's format): the next poll repairs it
            return
        self._state = response
        self.fanout.publish(Update(response, shared.fingerprint, shared.terminal))
        if shared.terminal and not from_task:
            self.stop()


async def publish_verified(coordinator: Coordinator, target: Target, org: str, update: Update) -> int:
    """A verified webhook's state, for every replica's watchers (no lease: the upstream's word)."""
    result, _ = await coordinator.publish(resource_id(target, org), update, fenced=False)
    return result


@dataclass(frozen=True)
class Cluster:
    """The coordination of one replica: leases and publications, and the shared webhook keys
    (None without a key secret: each replica then verifies only the jobs it submitted)."""

    coordinator: Coordinator
    keys: object | None  # gateway.webhook_keys.SharedKeys


def build_cluster(watch, webhooks, *, timer: Timer, registry, log, wall: Callable[[], float] = time.time) -> Cluster | None:
    """None without a Redis URL: the single-replica path, unchanged."""
    if not watch.redis_url:
        return None
    from ..quota.store_redis import connect  # the quota store's fail-fast client, reused as is
    from ..webhook_keys import KeyWrap, SharedKeys

    client = connect(watch.redis_url, watch.redis_timeout_seconds)
    coordinator = Coordinator(
        client, lease_seconds=watch.lease_seconds, retry_seconds=watch.redis_retry_seconds, timer=timer,
        wall=wall, registry=registry, log=log,
    )
    keys = None
    if webhooks.key_secret_file:
        def failed(exc: BaseException) -> None:
            log.warning("webhook_keys_store_failed", error=type(exc).__name__)

        keys = SharedKeys(client, KeyWrap.from_file(webhooks.key_secret_file), webhooks.key_ttl_seconds, failed,
                          limit=min(webhooks.max_pending, HEARD_KEYS))
        coordinator.on_message(keys.channel, keys.learn)
    elif webhooks.public_callback_url:
        log.warning("webhook_keys_local_only", reason="no GATEWAY_WEBHOOK_KEY_SECRET_FILE: a delivery verifies "
                    "only on the replica that submitted the job")
    return Cluster(coordinator, keys)
