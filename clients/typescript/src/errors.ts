// One error class for every failed call: the gateway's rich google.rpc.Status, decoded from the
// `grpc-status-details-bin` trailer (ErrorInfo, BadRequest, QuotaFailure, RetryInfo,
// PreconditionFailure, ResourceInfo, RequestInfo), plus the `grpc-retry-pushback-ms` trailer.
import { createRegistry, fromBinary, type Message } from "@bufbuild/protobuf";
import { anyUnpack } from "@bufbuild/protobuf/wkt";
import { base64Decode } from "@bufbuild/protobuf/wire";
import { Code, ConnectError } from "@connectrpc/connect";
import {
  BadRequestSchema,
  ErrorInfoSchema,
  PreconditionFailureSchema,
  QuotaFailureSchema,
  RequestInfoSchema,
  ResourceInfoSchema,
  RetryInfoSchema,
  type BadRequest,
  type ErrorInfo,
  type PreconditionFailure,
  type QuotaFailure,
  type RequestInfo,
  type ResourceInfo,
  type RetryInfo,
} from "../gen/google/rpc/error_details_pb";
import { StatusSchema } from "../gen/google/rpc/status_pb";

/** The ErrorInfo domain of every error the gateway raises. */
export const ERROR_DOMAIN = "tailored-gateway.bria.ai";

const DETAILS = createRegistry(
  ErrorInfoSchema, BadRequestSchema, QuotaFailureSchema, RetryInfoSchema,
  PreconditionFailureSchema, ResourceInfoSchema, RequestInfoSchema,
);

export interface FieldViolation { field: string; description: string; reason: string }
export interface QuotaViolation { subject: string; description: string }
export interface PreconditionViolation { type: string; subject: string; description: string }
export interface Resource { type: string; name: string; owner: string; description: string }

/** A failed call to the gateway. `code` is the gRPC status code; `reason` the gateway's
 * ErrorReason without its prefix (`REQUEST_INVALID`, `QUOTA_EXCEEDED`, ...), or "" when the
 * failure did not come from the gateway (a connection refused, a deadline, a cancel). */
export class TailoredError extends ConnectError {
  readonly reason: string;
  readonly domain: string;
  /** ErrorInfo metadata (always `request_id` for gateway errors). */
  readonly info: Readonly<Record<string, string>>;
  /** The gateway's request id for this call (quote it when reporting a problem). */
  readonly requestId: string;
  /** How long to wait before retrying (RetryInfo, else `grpc-retry-pushback-ms`), when given. */
  readonly retryDelayMs: number | undefined;
  readonly fieldViolations: readonly FieldViolation[];
  readonly quotaViolations: readonly QuotaViolation[];
  readonly preconditionViolations: readonly PreconditionViolation[];
  readonly resource: Resource | undefined;
  /** Every decoded detail message, for anything not surfaced above. */
  readonly detailMessages: readonly Message[];

  constructor(source: ConnectError) {
    super(source.rawMessage, source.code, source.metadata, undefined, source.cause ?? source);
    this.details = source.details;
    const messages = decodeDetails(source);
    const info = pick<ErrorInfo>(messages, "google.rpc.ErrorInfo");
    const retry = pick<RetryInfo>(messages, "google.rpc.RetryInfo");
    const badRequest = pick<BadRequest>(messages, "google.rpc.BadRequest");
    const quota = pick<QuotaFailure>(messages, "google.rpc.QuotaFailure");
    const precondition = pick<PreconditionFailure>(messages, "google.rpc.PreconditionFailure");
    const resource = pick<ResourceInfo>(messages, "google.rpc.ResourceInfo");
    const requestInfo = pick<RequestInfo>(messages, "google.rpc.RequestInfo");
    this.detailMessages = messages;
    this.reason = info?.reason ?? "";
    this.domain = info?.domain ?? "";
    this.info = { ...(info?.metadata ?? {}) };
    this.requestId = info?.metadata["request_id"] ?? requestInfo?.requestId ?? "";
    this.retryDelayMs = retry?.retryDelay
      ? Number(retry.retryDelay.seconds) * 1000 + Math.round(retry.retryDelay.nanos / 1e6)
      : pushbackMs(source.metadata);
    this.fieldViolations = (badRequest?.fieldViolations ?? []).map((v) => ({
      field: v.field, description: v.description, reason: v.reason,
    }));
    this.quotaViolations = (quota?.violations ?? []).map((v) => ({ subject: v.subject, description: v.description }));
    this.preconditionViolations = (precondition?.violations ?? []).map((v) => ({
      type: v.type, subject: v.subject, description: v.description,
    }));
    this.resource = resource && {
      type: resource.resourceType, name: resource.resourceName, owner: resource.owner, description: resource.description,
    };
  }

  // ConnectError's own check accepts any ConnectError (it duck-types across copies of the
  // library); a TailoredError is one this class built. Its `name` stays "ConnectError" so that
  // connect itself keeps recognising it (and never wraps it again).
  static override [Symbol.hasInstance](value: unknown): boolean {
    return typeof value === "object" && value !== null && Object.prototype.isPrototypeOf.call(TailoredError.prototype, value);
  }

  /** The error as a TailoredError (any thrown value; non-Connect errors become UNKNOWN). */
  static override from(reason: unknown, code?: Code): TailoredError {
    if (reason instanceof TailoredError) return reason;
    return new TailoredError(ConnectError.from(reason, code));
  }

  /** The status code's name, as gRPC spells it (`RESOURCE_EXHAUSTED`). */
  get codeName(): string {
    return Code[this.code].replace(/([a-z])([A-Z])/g, "$1_$2").toUpperCase();
  }

  /** A plain object for logs (no credentials ever reach an error). */
  toJSON(): Record<string, unknown> {
    return {
      code: this.codeName, reason: this.reason, message: this.rawMessage, requestId: this.requestId,
      retryDelayMs: this.retryDelayMs, fieldViolations: this.fieldViolations,
      quotaViolations: this.quotaViolations, preconditionViolations: this.preconditionViolations,
      resource: this.resource,
    };
  }
}

/** True when retrying the same call later may succeed. */
export function isRetryable(err: TailoredError): boolean {
  return err.code === Code.Unavailable || (err.code === Code.ResourceExhausted && err.retryDelayMs !== undefined);
}

function decodeDetails(err: ConnectError): Message[] {
  const raw = err.metadata.get("grpc-status-details-bin");
  if (raw) {
    try {
      // Several values are joined with ", " by Headers; the gateway sends exactly one.
      const status = fromBinary(StatusSchema, base64Decode(raw.split(",")[0].trim()));
      return status.details.flatMap((any) => {
        const msg = anyUnpack(any, DETAILS);
        return msg ? [msg] : [];
      });
    } catch {
      // fall through to what the transport parsed
    }
  }
  return err.findDetails(DETAILS);
}

function pick<T extends Message>(messages: Message[], typeName: string): T | undefined {
  return messages.find((m) => m.$typeName === typeName) as T | undefined;
}

function pushbackMs(metadata: Headers): number | undefined {
  const value = metadata.get("grpc-retry-pushback-ms");
  if (value === null || !/^\d+$/.test(value.trim())) return undefined;
  return Number(value.trim());
}
