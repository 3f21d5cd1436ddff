"""Fan-out of one poller's observations to its watchers: the latest state for newcomers,
one message per change (never two equal in a row), resume tokens, and a bounded mailbox
per watcher so a slow reader cannot make the gateway hold an unbounded backlog."""

from __future__ import annotations

import asyncio
import base64
import hashlib
from dataclasses import dataclass

from google.protobuf.message import Message

from ..errors import GatewayError

MAILBOX = 32  # states held for one slow watcher; beyond it the oldest non-terminal one goes


@dataclass(frozen=True)
class Update:
    """What a watcher receives: a response ready to send, or an error that ends the stream."""

    response: Message | None = None
    fingerprint: str = ""
    terminal: bool = False
    error: GatewayError | None = None


def fingerprint(state: Message) -> str:
    """A stable name for a state, equal across processes and replicas for equal states."""
    return hashlib.sha256(state.SerializeToString(deterministic=True)).hexdigest()[:32]


def resume_token(kind: str, fp: str) -> str:
    return base64.urlsafe_b64encode(f"{kind}:{fp}".encode()).decode().rstrip("=")


def token_fingerprint(kind: str, token: str) -> str:
    """The fingerprint a resume token names, or "" for an empty, foreign or malformed token."""
    try:
        text = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)).decode()
    except (ValueError, UnicodeDecodeError):
        return ""
    prefix, _, fp = text.partition(":")
    return fp if prefix == kind else ""


class Subscriber:
    """One watcher's mailbox. A gateway holds one per open stream, thousands at once, so it is
    kept small: slots, a plain list (a deque allocates a 64-slot block up front; the mailbox
    rarely holds more than one update) and a bare future to wait on (no coroutine per wait)."""

    __slots__ = ("_pending", "_waiter", "_last", "_skip")

    def __init__(self, skip: str = "") -> None:
        self._pending: list[Update] = []
        self._waiter: asyncio.Future | None = None
        self._last = ""  # fingerprint of the last state accepted for delivery
        self._skip = skip  # a resumed stream's token: skip a first, non-terminal state equal to it

    def push(self, update: Update) -> None:
        if update.error is None:
            if update.fingerprint == self._last:
                return
            skip, self._skip = self._skip, ""
            self._last = update.fingerprint
            if update.fingerprint == skip and not update.terminal:
                return
            if len(self._pending) >= MAILBOX:
                self._drop_oldest_state()
        self._pending.append(update)
        waiter = self._waiter
        if waiter is not None:
            self._waiter = None
            if not waiter.done():
                waiter.set_result(None)

    def _drop_oldest_state(self) -> None:
        for i, queued in enumerate(self._pending):
            if queued.error is None and not queued.terminal:
                del self._pending[i]
                return

    def take(self) -> Update | None:
        """The oldest pending update, or None when there is none yet (then await `wait()`)."""
        return self._pending.pop(0) if self._pending else None

    def wait(self) -> asyncio.Future:
        """A future that completes at the next push."""
        self._waiter = asyncio.get_running_loop().create_future()
        return self._waiter


class Fanout:
    """The watchers of one resource and the latest state they share."""

    def __init__(self) -> None:
        self.subscribers: set[Subscriber] = set()
        self.latest: Update | None = None

    def add(self, subscriber: Subscriber) -> None:
        self.subscribers.add(subscriber)
        if self.latest is not None:
            subscriber.push(self.latest)

    def discard(self, subscriber: Subscriber) -> None:
        self.subscribers.discard(subscriber)

    def publish(self, update: Update) -> bool:
        """Send a state to every watcher if it differs from the latest; errors always go."""
        if update.error is None:
            if self.latest is not None and self.latest.fingerprint == update.fingerprint:
                return False
            self.latest = update
        for subscriber in self.subscribers:
            subscriber.push(update)
        return True
