// tailored-gateway's TypeScript client: generated messages and services (gen/) plus a thin layer.
export { TailoredClient, connect, baseUrl, credentials, richErrors, type ClientOptions } from "./client";
export { TailoredError, isRetryable, ERROR_DOMAIN, type FieldViolation, type QuotaViolation,
  type PreconditionViolation, type Resource } from "./errors";
export { follow, type FollowOptions } from "./watch";
export { Code } from "@connectrpc/connect";
export * from "../gen/bria/tailored/v1/common_pb";
export * from "../gen/bria/tailored/v1/datasets_pb";
export * from "../gen/bria/tailored/v1/error_reason_pb";
export * from "../gen/bria/tailored/v1/generation_pb";
export * from "../gen/bria/tailored/v1/legacy_generation_pb";
export * from "../gen/bria/tailored/v1/models_pb";
export * from "../gen/bria/tailored/v1/projects_pb";
export * from "../gen/bria/tailored/v1/quota_pb";
export * from "../gen/bria/tailored/v1/status_pb";
export * from "../gen/bria/tailored/v1/watch_pb";
