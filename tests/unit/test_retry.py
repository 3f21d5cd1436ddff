"""RetryPolicy.backoff: full-jitter exponential backoff with an injected random source."""

from __future__ import annotations

import pytest

from gateway.upstream import RetryPolicy


@pytest.mark.parametrize(
    "policy, attempt, rand, delay",
    [
        (RetryPolicy(), 1, 1.0, 0.05),
        (RetryPolicy(), 2, 1.0, 0.1),
        (RetryPolicy(), 3, 1.0, 0.2),
        (RetryPolicy(), 5, 1.0, 0.8),
        (RetryPolicy(), 6, 1.0, 1.0),  # capped at max_delay
        (RetryPolicy(), 30, 1.0, 1.0),
        (RetryPolicy(), 1, 0.0, 0.0),  # full jitter: anywhere from zero
        (RetryPolicy(), 2, 0.5, 0.05),
        (RetryPolicy(), 6, 0.25, 0.25),
        (RetryPolicy(base_delay=0.1, max_delay=0.3), 1, 1.0, 0.1),
        (RetryPolicy(base_delay=0.1, max_delay=0.3), 2, 1.0, 0.2),
        (RetryPolicy(base_delay=0.1, max_delay=0.3), 3, 1.0, 0.3),
        (RetryPolicy(base_delay=0.1, max_delay=0.3), 3, 0.5, 0.15),
    ],
)
def test_backoff(policy, attempt, rand, delay):
    assert policy.backoff(attempt, lambda: rand) == pytest.approx(delay)


def test_backoff_draws_once_per_call():
    draws = iter([0.1, 0.9])
    policy = RetryPolicy()
    assert policy.backoff(1, lambda: next(draws)) == pytest.approx(0.005)
    assert policy.backoff(1, lambda: next(draws)) == pytest.approx(0.045)
