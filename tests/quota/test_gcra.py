"""Table tests of the pure accounting: GCRA, windows, cool-downs, all-or-nothing evaluation,
and the memory store that applies it."""

from __future__ import annotations

import pytest

from gateway.quota.gcra import Check, evaluate, ttl
from gateway.quota.store_memory import MemoryStore

NOW = 1_000.0
RATE = Check.gcra("k", rate=2.0, burst=4.0, cost=1.0)  # 0.5 s per unit, 4 at once


def run_sequence(check: Check, times_costs):
    store, out = MemoryStore(), []
    for at, cost in times_costs:
        out.append(store.run_now([Check.gcra(check.key, 1 / check.interval, check.burst, cost)], at).allowed)
    return out


@pytest.mark.parametrize(
    "calls, expected",
    [
        ([(NOW, 1)] * 4, [True] * 4),  # a full bucket takes a burst
        ([(NOW, 1)] * 5, [True] * 4 + [False]),  # ... and no more
        ([(NOW, 1)] * 4 + [(NOW + 0.5, 1)], [True] * 5),  # one unit back every 0.5 s
        ([(NOW, 1)] * 4 + [(NOW + 0.49, 1)], [True] * 4 + [False]),
        ([(NOW, 4), (NOW + 2.0, 4)], [True, True]),  # empty after 2 s
        ([(NOW, 3), (NOW, 2)], [True, False]),  # a refusal spends nothing ...
        ([(NOW, 3), (NOW, 2), (NOW, 1)], [True, False, True]),  # ... so a smaller call fits
        ([(NOW, 9)], [True]),  # costlier than the burst: passes on a full bucket
        ([(NOW, 9), (NOW + 2.9, 1)], [True, False]),  # ... then pays its debt (4.5 s, less the burst)
        ([(NOW, 9), (NOW + 3.0, 1)], [True, True]),
        ([(NOW, 1), (NOW, 9)], [True, False]),  # ... and needs the bucket full
        ([(NOW, 0)] * 100, [True] * 100),  # free calls never run out
    ],
)
def test_gcra_sequences(calls, expected):
    assert run_sequence(RATE, calls) == expected


@pytest.mark.parametrize(
    "tat, cost, wait, remaining, reset_at",
    [
        (None, 1, 0.0, 3.0, NOW + 0.5),
        (NOW + 1.5, 1, 0.0, 0.0, NOW + 2.0),  # the last unit
        (NOW + 2.0, 1, 0.5, 0.0, NOW + 2.0),  # refused: state unchanged, wait one interval
        (NOW + 2.0, 3, 1.5, 0.0, NOW + 2.0),
        (NOW - 50, 0, 0.0, 4.0, NOW),  # long idle = full
        (NOW + 1.0, 0, 0.0, 2.0, NOW + 1.0),  # a peek
    ],
)
def test_gcra_verdicts(tat, cost, wait, remaining, reset_at):
    check = Check.gcra("k", 2.0, 4.0, cost)
    decision, _ = evaluate([check], [tat], NOW)
    verdict = decision.verdicts[0]
    assert (verdict.wait, verdict.remaining, verdict.reset_at) == pytest.approx((wait, remaining, reset_at))
    assert decision.allowed == (wait == 0)


@pytest.mark.parametrize(
    "used, cost, allowed, remaining",
    [(None, 1, True, 9), (9, 1, True, 0), (10, 1, False, 0), (8, 3, False, 2), (0, 10, True, 0), (0, 11, False, 10)],
)
def test_window(used, cost, allowed, remaining):
    check = Check.window("d", limit=10, resets_at=NOW + 100, cost=cost)
    decision, new = evaluate([check], [used], NOW)
    assert decision.allowed is allowed
    assert decision.verdicts[0].remaining == remaining
    assert decision.wait == (0 if allowed else 100)
    assert new == [(used or 0) + cost]


@pytest.mark.parametrize("until, wait", [(None, 0), (NOW - 1, 0), (NOW, 0), (NOW + 7, 7)])
def test_cooldown(until, wait):
    decision, _ = evaluate([Check.cool("c")], [until], NOW)
    assert decision.wait == wait and decision.allowed is (wait == 0)


def test_all_or_nothing_and_longest_wait():
    store = MemoryStore()
    rate = Check.gcra("r", 1.0, 10.0, 1.0)
    day = Check.window("d", 100, NOW + 500, 1.0)
    store.run_now([Check.window("d", 100, NOW + 500, 100)], NOW)  # the day is spent
    decision = store.run_now([rate, day], NOW)
    assert not decision.allowed and decision.failed == 1 and decision.wait == 500
    assert store.run_now([rate], NOW).verdicts[0].remaining == 9  # the rate check spent nothing


def test_reservation_waits_for_its_slot():
    store, slow = MemoryStore(), Check.gcra("p", 0.5, 1.0, 1.0)  # one per 2 s
    waits = [store.run_now([slow], NOW, max_wait=10).wait for _ in range(4)]
    assert waits == [0, 2, 4, 6]
    assert not store.run_now([slow], NOW, max_wait=7).allowed  # would be 8 s away: not reserved
    assert store.run_now([slow], NOW, max_wait=10).wait == 8


def test_peek_does_not_spend():
    store = MemoryStore()
    for _ in range(3):
        assert store.run_now([RATE], NOW, commit=False).verdicts[0].remaining == 3
    assert store.run_now([Check.gcra("k", 2.0, 4.0, 0.0)], NOW).verdicts[0].remaining == 4


@pytest.mark.parametrize(
    "check, fraction, expected",
    [
        (Check.gcra("k", 10.0, 20.0, 1), 0.25, (0.4, 5.0)),  # rate/4 (interval*4), burst/4
        (Check.gcra("k", 1.0, 2.0, 1), 0.25, (4.0, 1.0)),  # burst never below one unit
        (Check.window("d", 10, NOW, 1), 0.5, (0.0, 5)),
        (Check.window("d", 3, NOW, 1), 0.5, (0.0, 1)),
    ],
)
def test_share_for_fallback(check, fraction, expected):
    shared = check.share(fraction)
    assert (shared.interval, shared.burst if shared.kind == "gcra" else shared.limit) == pytest.approx(expected)


def test_expired_state_is_forgotten():
    store = MemoryStore()
    store.run_now([RATE], NOW)
    assert ttl(RATE, NOW + 0.5, NOW) == 0.5
    peek = Check.gcra("k", 2.0, 4.0, 0.0)
    assert store.run_now([peek], NOW + 0.5, commit=False).verdicts[0].remaining == 4
    store._maybe_sweep(NOW + 1)  # noqa: SLF001 - sweeping is time based
    store._writes = 4095
    store._maybe_sweep(NOW + 1)
    assert len(store) == 0
