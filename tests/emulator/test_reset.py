"""The session shares one emulator (tests/conftest.py), so its reset must forget every kind of
state: a reset emulator is indistinguishable from a freshly started one, even after a test
dirtied everything and left a request and a webhook delivery in flight."""
from __future__ import annotations

import asyncio

import httpx

from tailored_emulator import EmulatorConfig, ManualClock, serve

from .conftest import CONFIG, TOKEN, make_model

# Every attribute of an Emulator; a new one fails here until reset() handles it and
# snapshot() compares it.
STATE = {"initial_config", "config", "clock", "scheduler", "store", "limiter", "faults", "log", "webhooks",
         "rng", "quota_used", "abort_connection"}


def snapshot(running) -> dict:
    """Everything an emulator holds, in comparable form (white box: this is its own package)."""
    emu = running.emulator
    assert set(vars(emu)) == STATE, "a new kind of emulator state: make reset() forget it, then list it here"
    return {
        "config": (emu.config, emu.initial_config),
        "now": emu.clock.now(),
        "scheduled": list(emu.scheduler._heap),
        # The id counters show their next value in their repr without being consumed.
        "store": {name: repr(value) if name == "_ids" else value for name, value in vars(emu.store).items()},
        "buckets": dict(emu.limiter._buckets),
        "faults": ([f.to_json() for f in emu.faults.list()], repr(emu.faults._ids)),
        "log": (emu.requests(), emu.log.total),
        "quota_used": dict(emu.quota_used),
        "webhooks": (list(emu.webhooks.deliveries), len(emu.webhooks._tasks)),
        "rng": emu.rng.getstate(),
        "in_flight": running.in_flight(),
    }


async def _silent_hook():
    """A webhook receiver that accepts and never answers, so a delivery stays in flight."""
    accepted = asyncio.Event()
    release = asyncio.Event()

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        accepted.set()
        await release.wait()
        writer.close()

    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    return server, accepted, release, f"http://127.0.0.1:{server.sockets[0].getsockname()[1]}/hook"


async def _until(condition) -> None:
    while not condition():  # the emulator has no event for "a request arrived"; callers bound this
        await asyncio.sleep(0.005)


async def test_reset_to_start_forgets_every_kind_of_state(client, emu, clock):
    fresh = await serve(CONFIG, clock=ManualClock())
    try:
        pristine = snapshot(fresh)
    finally:
        await fresh.stop()
    assert snapshot(emu) == pristine  # the fixture handed out a reset emulator

    server, accepted, release, hook_url = await _silent_hook()
    try:
        # Resources, files, jobs, scheduled transitions and a webhook delivery in flight.
        trained = await make_model(client, emu)
        training = await make_model(client, emu, mode="expert", name="e", train=False)
        await client.post(f"/v1/tailored-gen/models/{training['id']}/start_training",
                          json={"total_training_steps": 1000, "checkpoint_interval": 250})
        emu.put_file(b"zip bytes", "bulk.zip")
        r = await client.post("/v2/image/generate/tailored",
                              json={"tailored_model_id": trained["id"], "prompt": "x", "webhook_url": hook_url})
        assert r.status_code == 202, r.text
        emu.advance(1)  # the job is ready: its delivery starts and hangs on the silent hook
        await asyncio.wait_for(accepted.wait(), 10)
        # Config, limiter buckets, used quota, faults (with ids), the request log, the rng.
        emu.update_config(rate_limit_rpm=1, quota_requests=50, latency_ms=1)
        await client.get("/v1/tailored-gen/projects")
        assert (await client.get("/v1/tailored-gen/projects")).status_code == 429
        emu.add_fault("error", route="/v1/*", status=500)
        emu.emulator.rng.random()
        # A request the emulator is still handling (held by a latency fault) when the test ends.
        emu.update_config(rate_limit_rpm=None)
        emu.clear_faults()
        emu.add_fault("latency", route="/v1/tailored-gen/projects", method="POST", latency_ms=60_000)
        held = asyncio.create_task(client.post("/v1/tailored-gen/projects", json={
            "project_name": "late", "ip_medium": "illustration", "ip_type": "other"}))
        await asyncio.wait_for(_until(lambda: emu.in_flight() > 0), 10)
        assert snapshot(emu) != pristine

        await emu.settle(timeout=0.1)  # what the fixtures do between tests
        emu.reset_to_start(CONFIG)
        release.set()
        await asyncio.gather(held, return_exceptions=True)
        await asyncio.sleep(0)  # a cancelled delivery would record now if it could
        assert snapshot(emu) == pristine
        assert clock.now() == ManualClock().now()
        # And it behaves like a fresh one: the first ids again, nothing late lands.
        r = await client.post("/v1/tailored-gen/projects", json={
            "project_name": "p", "ip_medium": "illustration", "ip_type": "other"})
        assert r.json()["id"] == 1001
        assert [p["project_name"] for p in (await client.get("/v1/tailored-gen/projects")).json()] == ["p"]
        assert emu.add_fault("error", route="/nothing") == 1
    finally:
        release.set()
        server.close()
        await server.wait_closed()


async def test_reset_keeps_the_config_and_clock_but_forgets_the_rest(client, emu, clock):
    """The admin API's reset (documented as keeping the config) is the narrower one."""
    emu.update_config(quota_requests=100)
    emu.advance(30)
    await client.post("/v1/tailored-gen/projects", json={"project_name": "p", "ip_medium": "illustration",
                                                         "ip_type": "other"})
    assert (await client.post("/_emulator/reset")).json() == {"reset": True}
    assert emu.config.quota_requests == 100 and clock.now() == ManualClock().now() + 30
    assert (await client.get("/v1/tailored-gen/projects")).json() == []
    assert emu.request_count() == 1  # only the GET just made


# The fixtures, in order: one test leaves state behind on the shared emulator, the next must
# not see it, and both got the same emulator (same port) so the sharing itself is proven.
_seen: dict[str, int] = {}


async def test_shared_emulator_leak_check_first_dirties_it(emulator):
    _seen["port"] = emulator.port
    emulator.update_config(token_orgs={"tok-leak": "leaky"}, rate_limit_rpm=1)
    emulator.add_fault("error", route="*", status=503, count=None)
    emulator.advance(3600)
    async with httpx.AsyncClient(base_url=emulator.url, headers={"api_token": TOKEN}) as c:
        assert (await c.get("/v1/tailored-gen/projects")).status_code == 503


async def test_shared_emulator_leak_check_then_sees_none_of_it(emulator):
    assert emulator.port == _seen["port"]
    assert emulator.config == EmulatorConfig() and emulator.clock.now() == ManualClock().now()
    assert emulator.faults.list() == [] and emulator.request_count() == 0
    async with httpx.AsyncClient(base_url=emulator.url, headers={"api_token": TOKEN}) as c:
        assert (await c.get("/v1/tailored-gen/projects")).json() == []
        assert (await c.get("/v1/tailored-gen/projects")).status_code == 200  # no 1-rpm limit left
