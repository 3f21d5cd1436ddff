"""The shared store for many replicas: the whole decision runs inside Redis as one Lua script,
so replicas together never overspend (Redis runs one script at a time). The script mirrors
gcra.py; `now` comes from the caller's clock, so replicas need synchronised clocks (NTP) and
tests can drive Redis with an injected clock. Values are stored with a relative expiry, so idle
tenants cost no memory. Standalone Redis or Sentinel; not Redis Cluster (keys span slots)."""

from __future__ import annotations

import asyncio
from typing import Sequence

import redis.asyncio as aioredis
from redis.backoff import NoBackoff
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError
from redis.retry import Retry

from .gcra import GCRA, WINDOW, Check, Decision, Verdict
from .store import StoreUnavailable

# KEYS: one per check. ARGV: now, max_wait, commit (1/0), then per check:
# kind, interval, burst-or-limit, resets_at, cost.
# Returns: allowed (1/0), longest wait, then per check: wait, remaining, reset_at (as strings:
# Redis would truncate Lua numbers to integers).
ADMIT_LUA = """
local now, max_wait, commit = tonumber(ARGV[1]), tonumber(ARGV[2]), ARGV[3] == '1'
local EPS = 1e-9
local function f(x) return string.format('%.17g', x) end
local new, ttl, out, wait = {}, {}, {}, 0
for i = 1, #KEYS do
  local o = 3 + (i - 1) * 5
  local kind = ARGV[o + 1]
  local a, b, r, cost = tonumber(ARGV[o + 2]), tonumber(ARGV[o + 3]), tonumber(ARGV[o + 4]), tonumber(ARGV[o + 5])
  local v = tonumber(redis.call('GET', KEYS[i]) or '0')
  local w, rem, reset
  if kind == 'gcra' then
    local tat = math.max(v, now)
    new[i] = tat + cost * a
    w = new[i] - math.max(b, cost) * a - now
    if w <= EPS then w = 0 end
    local spent = new[i]
    if w > 0 then spent = tat end
    rem, reset, ttl[i] = math.max(b - (spent - now) / a, 0), spent, new[i] - now
  elseif kind == 'window' then
    new[i] = v + cost
    w = 0
    if new[i] > b + EPS then w = math.max(r - now, 0) end
    local spent = new[i]
    if w > 0 then spent = v end
    rem, reset, ttl[i] = math.max(b - spent, 0), r, r - now
  else
    v = math.max(v, now)
    w = v - now
    if w <= EPS then w = 0 end
    rem, reset = 0, v
  end
  if w > wait then wait = w end
  out[#out + 1] = f(w); out[#out + 1] = f(rem); out[#out + 1] = f(reset)
end
local allowed = wait <= max_wait
if allowed and commit then
  for i = 1, #KEYS do
    if new[i] ~= nil then
      local ms = math.ceil(ttl[i] * 1000)
      if ms > 0 then redis.call('SET', KEYS[i], f(new[i]), 'PX', ms) else redis.call('DEL', KEYS[i]) end
    end
  end
end
local head = {allowed and 1 or 0, f(wait)}
for _, x in ipairs(out) do head[#head + 1] = x end
return head
"""

# KEYS: the cool-down. ARGV: till, now. Only ever lengthens a cool-down.
COOLDOWN_LUA = """
local till, now = tonumber(ARGV[1]), tonumber(ARGV[2])
local cur = tonumber(redis.call('GET', KEYS[1]) or '0')
if till > cur then
  local ms = math.ceil((till - now) * 1000)
  if ms > 0 then redis.call('SET', KEYS[1], string.format('%.17g', till), 'PX', ms) end
end
return 0
"""

_DOWN = (RedisConnectionError, RedisTimeoutError, OSError, asyncio.TimeoutError)


# Connections one client (the quota store's, or the watch coordinator's) opens at most. Past
# them a command waits (up to the timeout) for one to be free: redis-py's default pool raises
# MaxConnectionsError at its 100th concurrent command, which read as an outage and flipped
# a replica into its fallback when 3,333 streams closed at once and 101 pollers released their
# leases together (found in the RSS measurements of bench/replicas.py's configuration).
MAX_CONNECTIONS = 64


def connect(url: str, timeout: float, max_connections: int = MAX_CONNECTIONS) -> aioredis.Redis:
    """A client that fails fast (one quick reconnect, no backoff): a slow store must not hold
    calls, the fallback takes over instead. At most `max_connections` connections; a command
    beyond them waits for a free one within the same timeout."""
    pool = aioredis.BlockingConnectionPool.from_url(
        url, max_connections=max_connections, timeout=timeout,
        socket_timeout=timeout, socket_connect_timeout=timeout, retry=Retry(NoBackoff(), 1),
    )
    return aioredis.Redis.from_pool(pool)  # the client owns the pool: aclose() closes it


class RedisStore:
    def __init__(self, client: aioredis.Redis, prefix: str = "tgw:quota:"):
        self._client = client
        self._prefix = prefix
        self._admit = client.register_script(ADMIT_LUA)
        self._cooldown = client.register_script(COOLDOWN_LUA)

    async def run(
        self, checks: Sequence[Check], now: float, *, max_wait: float = 0.0, commit: bool = True
    ) -> Decision:
        args: list[str | float] = [repr(now), repr(max_wait), "1" if commit else "0"]
        for c in checks:
            size = c.burst if c.kind == GCRA else c.limit if c.kind == WINDOW else 0.0
            args += [c.kind, repr(c.interval), repr(size), repr(c.resets_at), repr(c.cost)]
        reply = await self._call(self._admit, [self._prefix + c.key for c in checks], args)
        numbers = [float(x) for x in reply[1:]]
        verdicts = tuple(Verdict(*numbers[i : i + 3]) for i in range(1, len(numbers), 3))
        return Decision(int(reply[0]) == 1, numbers[0], verdicts)

    async def extend_cooldown(self, key: str, until: float, now: float) -> None:
        await self._call(self._cooldown, [self._prefix + key], [repr(until), repr(now)])

    async def _call(self, script, keys: list[str], args: list):
        try:
            return await script(keys=keys, args=args)
        except _DOWN as exc:
            raise StoreUnavailable(type(exc).__name__) from exc

    async def aclose(self) -> None:
        await self._client.aclose()
