"""Which v2 request ids will call back to this gateway, and with what signing key: written by
the `v2_generation` hook when the upstream accepts a job, read by the webhook endpoint to verify
the delivery. Holds keys derived from the token (never the token), bounded, oldest forgotten
first.

With Redis and a key secret (GATEWAY_WEBHOOK_KEY_SECRET_FILE), each entry is also stored in
Redis for a TTL, so a delivery landing on any replica verifies. What Redis holds is the derived
signing key and the org fingerprint, sealed with XChaCha20-Poly1305 (libsodium, through PyNaCl)
under a key derived from the secret by BLAKE2b with this purpose as its personalisation; the
request id is the associated data, so an entry cannot be moved to another request id. Without
the secret nothing leaves the process.

PyNaCl replaced `cryptography` (AES-256-GCM, HKDF-SHA256) for memory: importing it costs a
process about 1.1 MB RSS against 6.4 MB (docs/engineering-notes.md, "Memory per process"). Its
24-byte random nonces also leave no birthday bound to watch. The format changed with it, so
the keys carry a version (`tgw:whk:v2:`): entries an older replica sealed are not read, and
those deliveries are left to polling for the one TTL a rolling upgrade overlaps.

The same sealed entry is published (one round trip with the SET) to every replica, which keeps
the latest ones it heard, still sealed, within the TTL: a delivery then verifies on any replica
without a Redis read on its path. The read stays for what a replica did not hear (it started
later, or its subscriber was reconnecting). Measured in bench/replicas.py: with 100 deliveries arriving in bursts, that
read (on connections opened for the burst) was the slowest step, up to 100 ms."""

from __future__ import annotations

import base64
import hashlib
import json
import time
from collections import OrderedDict
from typing import Callable

from .credentials import org_of
from .webhook_signing import signing_key

PREFIX = "tgw:whk:v2:"
_PERSON = b"tgw-webhook-keys"  # BLAKE2b personalisation (16 bytes): what the derived key is for


class KeyWrap:
    """Seals and opens one (signing key, org) entry under the configured secret. PyNaCl is
    imported here, when a key secret is configured."""

    def __init__(self, secret: bytes):
        from nacl.exceptions import CryptoError
        from nacl.secret import Aead

        secret = secret.strip()
        if len(secret) < 16:
            raise ValueError("the webhook key secret must hold at least 16 bytes")
        derived = hashlib.blake2b(secret, digest_size=Aead.KEY_SIZE, person=_PERSON).digest()
        self._aead = Aead(derived)
        self._unsealable = (CryptoError, ValueError, KeyError, TypeError)

    @classmethod
    def from_file(cls, path: str) -> "KeyWrap":
        with open(path, "rb") as f:
            return cls(f.read())

    def seal(self, request_id: str, key: bytes, org: str) -> bytes:
        plain = json.dumps({"k": base64.b64encode(key).decode(), "o": org}).encode()
        return bytes(self._aead.encrypt(plain, request_id.encode()))  # a random nonce, then the ciphertext

    def open(self, request_id: str, sealed: bytes) -> tuple[bytes, str] | None:
        """The entry, or None if it was not sealed for this request id under this secret."""
        try:
            entry = json.loads(self._aead.decrypt(sealed, request_id.encode()))
            return base64.b64decode(entry["k"]), str(entry["o"])
        except self._unsealable:
            return None


class SharedKeys:
    """The Redis side: sealed entries under `tgw:whk:v2:<request id>` with a TTL, announced on
    `tgw:whk:v2:new` as `<request id>\n<sealed>`; the latest `limit` announcements are kept here
    (sealed) until their TTL passes."""

    channel = PREFIX + "new"

    def __init__(self, client, wrap: KeyWrap, ttl_seconds: float, on_error: Callable[[BaseException], None],
                 *, limit: int = 10_000, clock: Callable[[], float] = time.monotonic):
        self._client, self._wrap, self._ttl_ms = client, wrap, max(int(ttl_seconds * 1000), 1)
        self._on_error, self._limit, self._clock = on_error, limit, clock
        self._heard: OrderedDict[str, tuple[float, bytes]] = OrderedDict()  # request id -> (until, sealed)

    async def put(self, request_id: str, key: bytes, org: str) -> None:
        sealed = self._wrap.seal(request_id, key, org)
        try:
            async with self._client.pipeline(transaction=False) as pipe:
                pipe.set(PREFIX + request_id, sealed, px=self._ttl_ms)
                pipe.publish(self.channel, request_id.encode() + b"\n" + sealed)
                await pipe.execute()
        except Exception as exc:  # Redis unreachable: this replica still verifies its own jobs
            self._on_error(exc)

    def learn(self, message: bytes) -> None:
        """An announcement from the subscriber; kept sealed (it opens only for its request id)."""
        request_id, newline, sealed = message.partition(b"\n")
        if not newline or not sealed:
            return
        rid = request_id.decode("utf-8", "replace")
        self._heard[rid] = (self._clock() + self._ttl_ms / 1000, sealed)
        self._heard.move_to_end(rid)
        while len(self._heard) > self._limit:
            self._heard.popitem(last=False)

    async def get(self, request_id: str) -> tuple[bytes, str] | None:
        heard = self._heard.get(request_id)
        if heard is not None:
            if heard[0] > self._clock():
                opened = self._wrap.open(request_id, heard[1])
                if opened is not None:
                    return opened
            del self._heard[request_id]
        try:
            sealed = await self._client.get(PREFIX + request_id)
        except Exception as exc:
            self._on_error(exc)
            return None
        return None if sealed is None else self._wrap.open(request_id, sealed)


class SigningKeys:
    """request id -> (signing key, org of the token), at most `limit` entries in memory, and in
    Redis too when `shared` is given."""

    def __init__(self, limit: int, shared: SharedKeys | None = None):
        self._limit = limit
        self._keys: OrderedDict[str, tuple[bytes, str]] = OrderedDict()
        self.shared = shared

    async def remember(self, request_id: str, token: str) -> None:
        """Keep the entry here and, when shared, in Redis before returning (bounded by the
        client's timeouts; a failure leaves this replica verifying its own jobs)."""
        entry = (signing_key(token), org_of(token))
        self._keys[request_id] = entry
        self._keys.move_to_end(request_id)
        while len(self._keys) > self._limit:
            self._keys.popitem(last=False)
        if self.shared is not None:
            await self.shared.put(request_id, *entry)

    def get(self, request_id: str) -> tuple[bytes, str] | None:
        return self._keys.get(request_id)

    async def lookup(self, request_id: str) -> tuple[bytes, str] | None:
        """This replica's entry, else the one another replica stored in Redis."""
        known = self._keys.get(request_id)
        if known is not None or self.shared is None or not request_id:
            return known
        return await self.shared.get(request_id)

    def __len__(self) -> int:
        return len(self._keys)
