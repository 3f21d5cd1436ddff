"""One exception for every failed call: `TailoredError`, decoded from the gateway's rich
`google.rpc.Status` (the `grpc-status-details-bin` trailer) and its details."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Iterable, Mapping

import grpc
from google.protobuf import any_pb2
from google.rpc import error_details_pb2, status_pb2

DOMAIN = "tailored-gateway.bria.ai"
DETAILS_KEY = "grpc-status-details-bin"
PUSHBACK_KEY = "grpc-retry-pushback-ms"
_CODES = {code.value[0]: code for code in grpc.StatusCode}


@dataclass(frozen=True)
class FieldViolation:
    """One field the request got wrong (`google.rpc.BadRequest`)."""
    field: str
    description: str
    reason: str = ""


@dataclass(frozen=True)
class QuotaViolation:
    """Which quota refused the call (`google.rpc.QuotaFailure`)."""
    subject: str
    description: str


@dataclass(frozen=True)
class PreconditionViolation:
    """A precondition that does not hold (`google.rpc.PreconditionFailure`); `subject` names the
    resource, e.g. `models/9`."""
    type: str
    subject: str
    description: str


@dataclass(frozen=True)
class ResourceInfo:
    """The resource the call addressed (`google.rpc.ResourceInfo`), e.g. type
    `bria.tailored.v1.Project`, name `projects/12`."""
    resource_type: str
    resource_name: str
    owner: str = ""
    description: str = ""


@dataclass
class TailoredError(Exception):
    """A call to the gateway failed.

    `code` is the gRPC status; `reason` the stable `ErrorInfo.reason` (e.g. `REQUEST_INVALID`,
    `QUOTA_EXCEEDED`; None when the error did not come from the gateway, e.g. a dropped
    connection); `retry_delay` the seconds to wait before retrying (`RetryInfo`, else the
    `grpc-retry-pushback-ms` trailer), None when the gateway gave none."""
    code: grpc.StatusCode
    message: str
    reason: str | None = None
    domain: str | None = None
    metadata: dict[str, str] = field(default_factory=dict)
    request_id: str | None = None
    retry_delay: float | None = None
    field_violations: list[FieldViolation] = field(default_factory=list)
    quota_violations: list[QuotaViolation] = field(default_factory=list)
    precondition_violations: list[PreconditionViolation] = field(default_factory=list)
    resource: ResourceInfo | None = None
    details: list[Any] = field(default_factory=list)  # every decoded detail message, in order

    def __post_init__(self) -> None:
        super().__init__(str(self))

    def __str__(self) -> str:
        reason = f" {self.reason}" if self.reason else ""
        request = f" (request {self.request_id})" if self.request_id else ""
        return f"{self.code.name}{reason}: {self.message}{request}"

    @property
    def retryable(self) -> bool:
        """Whether retrying later may succeed: UNAVAILABLE, or a rejection with a retry delay."""
        return self.code is grpc.StatusCode.UNAVAILABLE or self.retry_delay is not None

    @classmethod
    def from_rpc_error(cls, err: grpc.RpcError) -> "TailoredError":
        """Decode a failed call of the sync or the asyncio API."""
        code = err.code() if callable(getattr(err, "code", None)) else grpc.StatusCode.UNKNOWN
        details = err.details() if callable(getattr(err, "details", None)) else None
        trailers = err.trailing_metadata() if callable(getattr(err, "trailing_metadata", None)) else None
        return cls.from_status(code, details or "", trailers or ())

    @classmethod
    def from_status(cls, code: grpc.StatusCode, message: str,
                    trailers: Iterable[tuple[str, str | bytes]] | Mapping[str, str | bytes] = ()) -> "TailoredError":
        """Decode a status code, message and trailing metadata."""
        items = trailers.items() if isinstance(trailers, Mapping) else trailers
        values: dict[str, str | bytes] = {}
        for key, value in items:
            values.setdefault(key.lower(), value)
        error = cls(code=code, message=message)
        raw = values.get(DETAILS_KEY)
        if isinstance(raw, bytes):
            try:
                status = status_pb2.Status.FromString(raw)
            except Exception:  # noqa: BLE001 (a garbled trailer: keep what the call itself said)
                status = None
            if status is not None:
                error.code = _CODES.get(status.code, code)
                error.message = status.message or message
                for holder in status.details:
                    error._absorb(holder)
        pushback = values.get(PUSHBACK_KEY)
        if error.retry_delay is None and pushback is not None:
            try:
                millis = int(pushback)
            except (TypeError, ValueError):
                millis = -1
            if millis >= 0:
                error.retry_delay = millis / 1000
        if error.request_id is None and error.metadata.get("request_id"):
            error.request_id = error.metadata["request_id"]
        Exception.__init__(error, str(error))
        return error

    def _absorb(self, holder: any_pb2.Any) -> None:
        for kind in (error_details_pb2.ErrorInfo, error_details_pb2.BadRequest, error_details_pb2.QuotaFailure,
                     error_details_pb2.RetryInfo, error_details_pb2.PreconditionFailure,
                     error_details_pb2.ResourceInfo, error_details_pb2.RequestInfo):
            if holder.Is(kind.DESCRIPTOR):
                detail = kind()
                holder.Unpack(detail)
                break
        else:
            return  # a detail this client does not know: ignored
        self.details.append(detail)
        if isinstance(detail, error_details_pb2.ErrorInfo):
            if self.reason is None:  # the gateway sends exactly one; the first wins
                self.reason, self.domain = detail.reason, detail.domain
                self.metadata = dict(detail.metadata)
        elif isinstance(detail, error_details_pb2.BadRequest):
            self.field_violations += [FieldViolation(v.field, v.description, v.reason) for v in detail.field_violations]
        elif isinstance(detail, error_details_pb2.QuotaFailure):
            self.quota_violations += [QuotaViolation(v.subject, v.description) for v in detail.violations]
        elif isinstance(detail, error_details_pb2.RetryInfo):
            self.retry_delay = detail.retry_delay.seconds + detail.retry_delay.nanos / 1e9
        elif isinstance(detail, error_details_pb2.PreconditionFailure):
            self.precondition_violations += [PreconditionViolation(v.type, v.subject, v.description)
                                             for v in detail.violations]
        elif isinstance(detail, error_details_pb2.ResourceInfo):
            self.resource = ResourceInfo(detail.resource_type, detail.resource_name, detail.owner, detail.description)
        elif isinstance(detail, error_details_pb2.RequestInfo):
            self.request_id = detail.request_id or self.request_id
