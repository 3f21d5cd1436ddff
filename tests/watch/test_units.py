"""Table tests of the pure parts: interval policy, error classes, file states, mailboxes and
resume tokens."""

from __future__ import annotations

import grpc
import pytest

from bria.tailored.v1 import watch_pb2 as W
from gateway.errors import R, GatewayError
from gateway.watch.fanout import MAILBOX, Subscriber, Update, resume_token, token_fingerprint
from gateway.watch.poller import Intervals, transient
from gateway.watch.resources import file_state


def test_intervals_grow_bounded_honour_hints_and_reset():
    iv = Intervals(initial=1.0, factor=2.0, maximum=8.0, jitter=0.1)
    assert [iv.grow(x) for x in (1.0, 2.0, 4.0, 8.0)] == [2.0, 4.0, 8.0, 8.0]
    assert iv.grow(1.0, hint=5.0) == 5.0 and iv.grow(1.0, hint=60.0) == 8.0
    assert iv.after_change() == 1.0
    assert iv.jittered(10.0, lambda: 0.0) == 9.0 and iv.jittered(10.0, lambda: 1.0) == 11.0


def _err(status: str | None) -> GatewayError:
    meta = {"upstream_status": status} if status else {}
    return GatewayError(grpc.StatusCode.UNKNOWN, "x", R.ERROR_REASON_UNSPECIFIED, metadata=meta)


@pytest.mark.parametrize("status, expected", [
    (None, True), ("500", True), ("502", True), ("503", True), ("504", True), ("429", True), ("408", True),
    ("404", False), ("401", False), ("403", False), ("400", False), ("410", False),
])
def test_transient_or_permanent(status, expected):
    assert transient(_err(status)) is expected


@pytest.mark.parametrize("status, length, state", [
    (200, 10, W.FILE_STATE_READY), (206, 1, W.FILE_STATE_READY), (200, 0, W.FILE_STATE_BLOCKED),
    (206, 0, W.FILE_STATE_BLOCKED), (416, 0, W.FILE_STATE_BLOCKED), (404, 0, W.FILE_STATE_PENDING),
    (403, 0, W.FILE_STATE_PENDING), (503, 0, W.FILE_STATE_PENDING),
])
def test_placeholder_probe_table(status, length, state):
    assert file_state(status, length) == state


def _u(fp: str, terminal: bool = False) -> Update:
    return Update(response=W.WatchJobResponse(), fingerprint=fp, terminal=terminal)


def test_subscriber_drops_repeats_and_skips_a_resumed_state():
    sub = Subscriber(skip="a")
    for fp in ("a", "a", "b", "b", "a"):
        sub.push(_u(fp))
    assert [u.fingerprint for u in sub._pending] == ["b", "a"]
    terminal = Subscriber(skip="t")
    terminal.push(_u("t", terminal=True))
    assert [u.fingerprint for u in terminal._pending] == ["t"]  # a terminal state is never skipped


def test_slow_subscriber_keeps_a_bounded_mailbox_and_the_terminal():
    sub = Subscriber()
    for i in range(MAILBOX * 3):
        sub.push(_u(str(i)))
    sub.push(_u("end", terminal=True))
    assert len(sub._pending) <= MAILBOX + 1 and sub._pending[-1].terminal


def test_resume_tokens_round_trip_and_reject_foreign_ones():
    token = resume_token("model", "abc123")
    assert token_fingerprint("model", token) == "abc123"
    assert token_fingerprint("v2_job", token) == "" and token_fingerprint("model", "%%%") == ""
