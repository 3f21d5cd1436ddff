"""Fan-out: every watcher of one resource under one set of credentials shares one upstream
poller (one poll per interval however many watch), and the interval adapts: quick at first,
growing while nothing changes, bounded, back to quick after a change."""

from __future__ import annotations

import asyncio

from gateway.settings import Settings
from tests.conftest import TOKEN
from tests.watch.conftest import make_model, open_model_stream, tick

ROUTE = "/v1/tailored-gen/models/{model_id}"
DEFAULTS = Settings()


async def test_many_watchers_one_poll_per_interval(watch, upstream, emulator, timer, gateway):
    model_id = await make_model(upstream)
    emulator.clear_requests()
    calls = [open_model_stream(watch, model_id) for _ in range(50)]
    firsts = await asyncio.gather(*(c.read() for c in calls))
    assert len({m.resume_token for m in firsts}) == 1
    assert emulator.request_count("GET", ROUTE) == 1 and gateway.watch.hub.poller_count == 1
    for polls in range(1, 6):
        await tick(timer)
        assert emulator.request_count("GET", ROUTE) == 1 + polls
    emulator.advance(1.25)
    await tick(timer)
    changes = await asyncio.gather(*(c.read() for c in calls))  # one change reaches all 50
    assert {tuple(m.model.checkpoint_steps) for m in changes} == {(250,)}
    assert emulator.request_count("GET", ROUTE) == 7
    for call in calls:
        call.cancel()


async def test_other_credentials_get_their_own_poller(watch, upstream, emulator, timer, gateway):
    emulator.update_config(token_orgs={TOKEN: "acme", "tok-colleague": "acme"})  # one organisation, two tokens
    model_id = await make_model(upstream)
    calls = [open_model_stream(watch, model_id) for _ in range(3)]
    calls += [open_model_stream(watch, model_id, metadata=(("api_token", "tok-colleague"),)) for _ in range(3)]
    await asyncio.gather(*(c.read() for c in calls))
    assert gateway.watch.hub.poller_count == 2
    emulator.clear_requests()
    await tick(timer, pollers=2)
    assert emulator.request_count("GET", ROUTE) == 2  # one poll per credentials, not per watcher
    for call in calls:
        call.cancel()


async def test_interval_grows_while_unchanged_is_bounded_and_resets_on_change(watch, upstream, emulator, timer, gateway):
    initial, factor, maximum = (
        DEFAULTS.watch_poll_initial_seconds, DEFAULTS.watch_poll_backoff, DEFAULTS.watch_poll_max_seconds)
    call = open_model_stream(watch, await make_model(upstream))
    await call.read()
    for _ in range(12):
        await tick(timer)
    asked = timer.requested[-13:]
    expected = [min(initial * factor**i, maximum) for i in range(13)]
    assert all(abs(a - e) <= 0.1 * e + 1e-9 for a, e in zip(asked, expected)), (asked, expected)
    assert max(asked) <= maximum * 1.1
    emulator.advance(1.25)
    await tick(timer)
    await call.read()
    assert abs(timer.requested[-1] - initial) <= 0.1 * initial  # quick again after a change
    call.cancel()
