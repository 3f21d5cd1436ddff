"""Which v2 request ids will call back to this gateway, and with what signing key: written by
the `v2_generation` hook when the upstream accepts a job, read by the webhook endpoint to verify
the delivery. Holds keys derived from the token (never the token), bounded, oldest forgotten
first."""

from __future__ import annotations

from collections import OrderedDict

from .credentials import org_of
from .webhook_signing import signing_key


class SigningKeys:
    """request id -> (signing key, org of the token), at most `limit` entries."""

    def __init__(self, limit: int):
        self._limit = limit
        self._keys: OrderedDict[str, tuple[bytes, str]] = OrderedDict()

    def remember(self, request_id: str, token: str) -> None:
        self._keys[request_id] = (signing_key(token), org_of(token))
        self._keys.move_to_end(request_id)
        while len(self._keys) > self._limit:
            self._keys.popitem(last=False)

    def get(self, request_id: str) -> tuple[bytes, str] | None:
        return self._keys.get(request_id)

    def __len__(self) -> int:
        return len(self._keys)
