// Unit tests of the thin layer, with connect's in-memory router as the server: reconnecting
// with resume_token on UNAVAILABLE, credentials, cancellation, and rich error decoding from the
// grpc-status-details-bin trailer. Run: npx tsx --test test/client.test.ts
import assert from "node:assert/strict";
import { test } from "node:test";
import { create, toBinary } from "@bufbuild/protobuf";
import { anyPack, DurationSchema } from "@bufbuild/protobuf/wkt";
import { base64Encode } from "@bufbuild/protobuf/wire";
import { Code, ConnectError, createRouterTransport, type ConnectRouter } from "@connectrpc/connect";
import {
  BadRequestSchema, ErrorInfoSchema, PreconditionFailureSchema, QuotaFailureSchema, RequestInfoSchema,
  ResourceInfoSchema, RetryInfoSchema,
} from "../gen/google/rpc/error_details_pb";
import { StatusSchema } from "../gen/google/rpc/status_pb";
import { ModelStatus, ProjectService, RequestState, TailoredError, WatchService, baseUrl, connect } from "../src";

function client(routes: (router: ConnectRouter) => void, credentials: { token?: string; tenantKey?: string } = { token: "t" }) {
  return connect({
    address: "127.0.0.1:1", ...credentials,
    transport: (interceptors) => createRouterTransport(routes, { transport: { interceptors } }),
  });
}

test("a stream that ends with UNAVAILABLE is resumed with the last resume_token", async () => {
  const tokens: string[] = [];
  const reconnects: string[] = [];
  const c = client((router) => router.service(WatchService, {
    async *watchModelTraining(req) {
      tokens.push(req.resumeToken);
      if (req.resumeToken === "") {
        yield { model: { id: req.modelId, status: ModelStatus.IN_PROGRESS }, resumeToken: "r1" };
        throw new ConnectError("gateway shutting down", Code.Unavailable);
      }
      yield { model: { id: req.modelId, status: ModelStatus.COMPLETED }, terminal: true, resumeToken: "r2" };
    },
  }));
  const model = await c.waitForTraining(7n, { reconnectDelayMs: 1, onReconnect: (_e, _n, token) => reconnects.push(token) });
  assert.equal(model.status, ModelStatus.COMPLETED);
  assert.deepEqual(tokens, ["", "r1"]);
  assert.deepEqual(reconnects, ["r1"]);
});

test("waitForJob follows a job to its terminal state", async () => {
  const c = client((router) => router.service(WatchService, {
    async *watchJob(req) {
      assert.equal(req.job.case, "requestId");
      yield { status: { requestId: String(req.job.value), status: RequestState.IN_PROGRESS }, resumeToken: "a" };
      yield { status: { requestId: String(req.job.value), status: RequestState.COMPLETED }, terminal: true, resumeToken: "b" };
    },
  }));
  const status = await c.waitForJob("job-1");
  assert.equal(status.status, RequestState.COMPLETED);
});

test("other failures end following at once, and reconnects are bounded", async () => {
  let calls = 0;
  const notFound = client((router) => router.service(WatchService, {
    // eslint-disable-next-line require-yield
    async *watchModelTraining() {
      calls += 1;
      throw new ConnectError("no such model", Code.NotFound);
    },
  }));
  await assert.rejects(notFound.waitForTraining(1), (e: unknown) => e instanceof TailoredError && e.code === Code.NotFound);
  assert.equal(calls, 1);
  calls = 0;
  const down = client((router) => router.service(WatchService, {
    // eslint-disable-next-line require-yield
    async *watchModelTraining() {
      calls += 1;
      throw new ConnectError("down", Code.Unavailable);
    },
  }));
  await assert.rejects(down.waitForTraining(1, { maxReconnects: 2, reconnectDelayMs: 1 }),
    (e: unknown) => e instanceof TailoredError && e.code === Code.Unavailable);
  assert.equal(calls, 3);
});

test("leaving the loop early cancels the stream", async () => {
  let aborted: Promise<void> | undefined;
  const c = client((router) => router.service(WatchService, {
    async *watchModelTraining(req, ctx) {
      aborted = new Promise((resolve) => ctx.signal.addEventListener("abort", () => resolve(), { once: true }));
      yield { model: { id: req.modelId, status: ModelStatus.CREATED }, resumeToken: "x" };
      await aborted;
    },
  }));
  for await (const update of c.followTraining(3)) {
    assert.equal(update.model?.status, ModelStatus.CREATED);
    break;
  }
  await aborted; // resolves only when the server saw the cancel (the test times out otherwise)
});

test("credentials: the token as api_token, or the tenant key as x-tenant-key", async () => {
  const seen: Array<[string | null, string | null]> = [];
  const routes = (router: ConnectRouter) => router.service(ProjectService, {
    listProjects(_req, ctx) {
      seen.push([ctx.requestHeader.get("api_token"), ctx.requestHeader.get("x-tenant-key")]);
      return {};
    },
  });
  await client(routes, { token: "org-token" }).projects.listProjects({});
  await client(routes, { tenantKey: "tenant-key" }).projects.listProjects({});
  assert.deepEqual(seen, [["org-token", null], [null, "tenant-key"]]);
  assert.throws(() => connect({ address: "127.0.0.1:1" }), /token or a tenant key/);
});

test("unary failures are TailoredErrors", async () => {
  const c = client((router) => router.service(ProjectService, {
    listProjects() {
      throw new ConnectError("nope", Code.PermissionDenied);
    },
  }));
  const err = await c.projects.listProjects({}).then(() => undefined, (e: unknown) => e);
  assert.ok(err instanceof TailoredError);
  assert.ok(err instanceof ConnectError);
  assert.equal(err.codeName, "PERMISSION_DENIED");
  assert.equal(err.reason, "");
});

test("every rich detail is decoded from the grpc-status-details-bin trailer", () => {
  const status = create(StatusSchema, {
    code: Code.ResourceExhausted, message: "tenant rate quota exceeded",
    details: [
      anyPack(ErrorInfoSchema, create(ErrorInfoSchema, {
        reason: "QUOTA_EXCEEDED", domain: "tailored-gateway.bria.ai", metadata: { request_id: "req-1", tenant: "probe" },
      })),
      anyPack(QuotaFailureSchema, create(QuotaFailureSchema, { violations: [{ subject: "tenant:probe", description: "1/m" }] })),
      anyPack(RetryInfoSchema, create(RetryInfoSchema, { retryDelay: create(DurationSchema, { seconds: 12n, nanos: 500_000_000 }) })),
      anyPack(BadRequestSchema, create(BadRequestSchema, { fieldViolations: [{ field: "prompt", description: "value is required", reason: "required" }] })),
      anyPack(PreconditionFailureSchema, create(PreconditionFailureSchema, { violations: [{ type: "STATE", subject: "models/4", description: "training" }] })),
      anyPack(ResourceInfoSchema, create(ResourceInfoSchema, { resourceType: "bria.tailored.v1.Model", resourceName: "models/4" })),
      anyPack(RequestInfoSchema, create(RequestInfoSchema, { requestId: "req-1" })),
    ],
  });
  const trailer = base64Encode(toBinary(StatusSchema, status), "std_raw");
  const err = TailoredError.from(new ConnectError("tenant rate quota exceeded", Code.ResourceExhausted, {
    "grpc-status-details-bin": trailer, "grpc-retry-pushback-ms": "99",
  }));
  assert.equal(err.codeName, "RESOURCE_EXHAUSTED");
  assert.equal(err.reason, "QUOTA_EXCEEDED");
  assert.equal(err.domain, "tailored-gateway.bria.ai");
  assert.equal(err.requestId, "req-1");
  assert.equal(err.info.tenant, "probe");
  assert.equal(err.retryDelayMs, 12_500); // RetryInfo wins over the pushback trailer
  assert.deepEqual(err.quotaViolations, [{ subject: "tenant:probe", description: "1/m" }]);
  assert.deepEqual(err.fieldViolations, [{ field: "prompt", description: "value is required", reason: "required" }]);
  assert.deepEqual(err.preconditionViolations, [{ type: "STATE", subject: "models/4", description: "training" }]);
  assert.equal(err.resource?.name, "models/4");
  assert.equal(err.detailMessages.length, 7);

  const bare = TailoredError.from(new ConnectError("slow down", Code.ResourceExhausted, { "grpc-retry-pushback-ms": "250" }));
  assert.equal(bare.retryDelayMs, 250);
  assert.equal(TailoredError.from(new Error("boom")).codeName, "UNKNOWN");
});

test("plaintext for loopback addresses, TLS for any other host", () => {
  assert.equal(baseUrl("127.0.0.1:8443"), "http://127.0.0.1:8443");
  assert.equal(baseUrl("localhost:50051"), "http://localhost:50051");
  assert.equal(baseUrl("[::1]:50051"), "http://[::1]:50051");
  assert.equal(baseUrl("gateway.example.com:443"), "https://gateway.example.com:443");
  assert.equal(baseUrl("127.0.0.1:8443", true), "https://127.0.0.1:8443");
  assert.equal(baseUrl("https://gw.example.com"), "https://gw.example.com");
  assert.throws(() => baseUrl("http://gw.example.com", true));
});
