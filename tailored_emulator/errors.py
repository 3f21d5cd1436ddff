"""Error bodies, one shape per endpoint family (docs/upstream-contract.md#error-bodies).

Handlers raise ApiError with a ready body; cross-cutting layers (auth, rate limit, faults)
ask `generic_body(family, status, message)` so each family keeps its documented shape.
"""
from __future__ import annotations

import uuid
from typing import Any

V1 = "v1"  # {"message": str} (the only documented v1 object shape)
BARE = "bare"  # bare JSON string (checkpoint operations)
V2 = "v2"  # {"error": {code, message, details}, "request_id"}
STATUS = "status"  # Status Service: 404 {"status":"NOT_FOUND"}, 5XX envelope
FILES = "files"  # pre-signed style file URLs: plain text

QUOTA_MESSAGE = (
    "Quota exceeded: Free users can make up to 1000 requests in total. "
    "Please upgrade your plan to continue using the service."
)
ACCESS_DENIED_MESSAGE = (
    "Access denied: Your subscription does not include access to this feature/product."
)
RATE_LIMIT_MESSAGE = (
    "Request limit exceeded. Your account has reached its maximum allowed requests. "
    "Please upgrade your plan or try again later."
)
REASONS = {
    400: "Bad Request", 401: "Unauthorized", 403: "Forbidden", 404: "Not Found",
    405: "Method Not Allowed", 409: "Conflict", 410: "Gone", 412: "Precondition Failed",
    413: "Payload Too Large", 415: "Unsupported Media Type", 416: "Range Not Satisfiable",
    422: "Unprocessable Entity", 429: "Too Many Requests", 500: "Internal Server Error",
    502: "Bad Gateway", 503: "Service Unavailable", 504: "Gateway Timeout",
}


class ApiError(Exception):
    """An upstream error response: HTTP status plus the exact JSON body to send."""

    def __init__(self, status: int, body: Any, headers: dict[str, str] | None = None) -> None:
        super().__init__(status, body)
        self.status = status
        self.body = body
        self.headers = headers or {}


def new_request_id() -> str:
    return uuid.uuid4().hex


def v1(status: int, message: str) -> ApiError:
    return ApiError(status, {"message": message})


def bare(status: int, message: str) -> ApiError:
    return ApiError(status, message)


def field_errors(errors: list[dict[str, str]]) -> ApiError:
    """start_training's pydantic-like 400 body."""
    return ApiError(400, {"errors": errors})


def caption_error(message: str) -> ApiError:
    """update-image-caption's 400 body (G2)."""
    return ApiError(400, {"error": message})


def v2_body(status: int, message: str, details: str = "", request_id: str | None = None) -> dict:
    return {
        "error": {"code": status, "message": message, "details": details or message},
        "request_id": request_id or new_request_id(),
    }


def v2(status: int, message: str, details: str = "") -> ApiError:
    return ApiError(status, v2_body(status, message, details))


def generic_body(family: str, status: int, message: str | None = None) -> Any:
    """Body for errors raised outside handlers (auth, limits, faults) in the family's shape."""
    text = message or REASONS.get(status, "Error")
    if family in (V2, STATUS):
        return v2_body(status, REASONS.get(status, "Error"), text)
    if family == BARE:
        return text
    return {"message": text}
