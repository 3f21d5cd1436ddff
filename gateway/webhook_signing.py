"""Bria webhook signatures, pure functions shared by the emulator (which signs) and the
gateway's webhook bridge (which verifies with a derived key, so it keeps keys, not tokens).

Scheme (docs/upstream-contract.md#webhooks): key = HMAC-SHA256(key=api_token, msg="bria-webhook-signing-v1")
(raw digest); signature = base64(HMAC-SHA256(key, f"{id}.{timestamp}.{raw_body}")); the
`Bria-Webhook-Signature` header carries comma-separated `v1=<base64>` tokens.
"""
from __future__ import annotations

import base64
import hashlib
import hmac

SIGNING_CONTEXT = b"bria-webhook-signing-v1"
ID_HEADER = "Bria-Webhook-Id"
TIMESTAMP_HEADER = "Bria-Webhook-Timestamp"
SIGNATURE_HEADER = "Bria-Webhook-Signature"


def signing_key(api_token: str) -> bytes:
    return hmac.new(api_token.encode(), SIGNING_CONTEXT, hashlib.sha256).digest()


def keyed_signature(key: bytes, webhook_id: str, timestamp: str, raw_body: bytes) -> str:
    """The base64 signature (without the `v1=` prefix) under a signing key."""
    message = f"{webhook_id}.{timestamp}.".encode() + raw_body
    return base64.b64encode(hmac.new(key, message, hashlib.sha256).digest()).decode()


def matches(key: bytes, webhook_id: str, timestamp: str, raw_body: bytes, signature_header: str) -> bool:
    """True if any `v1=` token of the header is the signature under `key`."""
    expected = keyed_signature(key, webhook_id, timestamp, raw_body)
    tokens = (t.strip() for t in signature_header.split(","))
    return any(t.startswith("v1=") and hmac.compare_digest(t[3:], expected) for t in tokens)


def signature(api_token: str, webhook_id: str, timestamp: str, raw_body: bytes) -> str:
    """The base64 signature (without the `v1=` prefix)."""
    return keyed_signature(signing_key(api_token), webhook_id, timestamp, raw_body)


def sign(api_token: str, webhook_id: str, timestamp: str, raw_body: bytes) -> str:
    """The full header value, e.g. `v1=abc...=`."""
    return "v1=" + signature(api_token, webhook_id, timestamp, raw_body)


def verify(
    api_token: str,
    webhook_id: str,
    timestamp: str,
    raw_body: bytes,
    signature_header: str,
    *,
    now: float | None = None,
    tolerance_seconds: float | None = None,
) -> bool:
    """True if any `v1=` token matches; optionally reject timestamps outside the tolerance."""
    if tolerance_seconds is not None and now is not None:
        try:
            if abs(now - float(timestamp)) > tolerance_seconds:
                return False
        except ValueError:
            return False
    return matches(signing_key(api_token), webhook_id, timestamp, raw_body, signature_header)


def headers(api_token: str, webhook_id: str, timestamp: int, raw_body: bytes) -> dict[str, str]:
    ts = str(int(timestamp))
    return {
        ID_HEADER: webhook_id,
        TIMESTAMP_HEADER: ts,
        SIGNATURE_HEADER: sign(api_token, webhook_id, ts, raw_body),
    }
