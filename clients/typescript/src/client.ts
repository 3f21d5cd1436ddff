// The client: one gRPC (HTTP/2) transport to the gateway, credentials on every call, every
// failure surfaced as a TailoredError, and the watch-until-done helpers.
import { createClient, type Client, type Interceptor, type Transport } from "@connectrpc/connect";
import { createGrpcTransport } from "@connectrpc/connect-node";
import { DatasetService } from "../gen/bria/tailored/v1/datasets_pb";
import { GenerationService } from "../gen/bria/tailored/v1/generation_pb";
import { LegacyGenerationService } from "../gen/bria/tailored/v1/legacy_generation_pb";
import { ModelService, type Model } from "../gen/bria/tailored/v1/models_pb";
import { ProjectService } from "../gen/bria/tailored/v1/projects_pb";
import { QuotaService } from "../gen/bria/tailored/v1/quota_pb";
import { StatusService, type GetRequestStatusResponse } from "../gen/bria/tailored/v1/status_pb";
import { WatchService, type WatchJobResponse, type WatchModelTrainingResponse } from "../gen/bria/tailored/v1/watch_pb";
import { TailoredError } from "./errors";
import { follow, type FollowOptions } from "./watch";

export interface ClientOptions {
  /** `host:port` of the gateway, or a URL (`http://` plaintext, `https://` TLS). */
  address: string;
  /** The organisation's Bria API token, sent as `api_token` on every call. */
  token?: string;
  /** A tenant key from the gateway's tenants file, sent as `x-tenant-key` on every call. */
  tenantKey?: string;
  /** TLS or plaintext. Default: plaintext for loopback addresses, TLS for any other host. */
  tls?: boolean;
  /** Default deadline of unary calls (ms). Default 30 000. Streams have none. */
  timeoutMs?: number;
  /** Extra interceptors, run after the client's own. */
  interceptors?: Interceptor[];
  /** Builds the transport instead of dialing `address` (tests, in-process routers); it must
   * apply the interceptors it is given. */
  transport?: (interceptors: Interceptor[]) => Transport;
}

const LOOPBACK = new Set(["localhost", "127.0.0.1", "::1", "[::1]"]);

/** The base URL of the gRPC transport for an address: plaintext for loopback, TLS otherwise. */
export function baseUrl(address: string, tls?: boolean): string {
  if (/^https?:\/\//.test(address)) {
    if (tls !== undefined && tls !== address.startsWith("https://")) {
      throw new Error(`address ${address} contradicts tls=${tls}`);
    }
    return address;
  }
  const host = address.startsWith("[") ? address.slice(0, address.indexOf("]") + 1) : address.split(":")[0];
  const secure = tls ?? !LOOPBACK.has(host);
  return `${secure ? "https" : "http"}://${address}`;
}

/** Adds the credentials to every call. */
export function credentials(token?: string, tenantKey?: string): Interceptor {
  if (!token && !tenantKey) throw new Error("a token or a tenant key is required");
  return (next) => async (req) => {
    if (token) req.header.set("api_token", token);
    if (tenantKey) req.header.set("x-tenant-key", tenantKey);
    return next(req);
  };
}

/** Turns every failure, unary or mid-stream, into a TailoredError. */
export const richErrors: Interceptor = (next) => async (req) => {
  try {
    const res = await next(req);
    if (!res.stream) return res;
    const messages = res.message;
    return {
      ...res,
      message: (async function* () {
        try {
          yield* messages;
        } catch (e) {
          throw TailoredError.from(e);
        }
      })(),
    };
  } catch (e) {
    throw TailoredError.from(e);
  }
};

export class TailoredClient {
  readonly projects: Client<typeof ProjectService>;
  readonly datasets: Client<typeof DatasetService>;
  readonly models: Client<typeof ModelService>;
  readonly generation: Client<typeof GenerationService>;
  readonly legacy: Client<typeof LegacyGenerationService>;
  readonly status: Client<typeof StatusService>;
  readonly watch: Client<typeof WatchService>;
  readonly quota: Client<typeof QuotaService>;
  readonly transport: Transport;

  constructor(options: ClientOptions) {
    const interceptors = [richErrors, credentials(options.token, options.tenantKey), ...(options.interceptors ?? [])];
    const timeoutMs = options.timeoutMs ?? 30_000;
    const transport = options.transport?.(interceptors)
      ?? createGrpcTransport({ baseUrl: baseUrl(options.address, options.tls), interceptors });
    this.transport = transport;
    const unary = withDefaultTimeout(transport, timeoutMs);
    this.projects = createClient(ProjectService, unary);
    this.datasets = createClient(DatasetService, unary);
    this.models = createClient(ModelService, unary);
    this.generation = createClient(GenerationService, unary);
    this.legacy = createClient(LegacyGenerationService, unary);
    this.status = createClient(StatusService, unary);
    this.quota = createClient(QuotaService, unary);
    this.watch = createClient(WatchService, transport);
  }

  /** Every state of a model's training until a terminal one (Completed, Failed, Stopped),
   * reconnecting with `resume_token` when the stream ends with UNAVAILABLE. */
  followTraining(modelId: bigint | number, options: FollowOptions = {}): AsyncGenerator<WatchModelTrainingResponse> {
    const id = BigInt(modelId);
    return follow((resumeToken, signal) =>
      this.watch.watchModelTraining({ modelId: id, resumeToken }, { signal }), options);
  }

  /** The model once its training reached a terminal state (check `status`). */
  async waitForTraining(modelId: bigint | number, options: FollowOptions = {}): Promise<Model> {
    let last: WatchModelTrainingResponse | undefined;
    for await (const update of this.followTraining(modelId, options)) last = update;
    if (!last?.model) throw new Error(`training of model ${modelId}: stream ended without a model`);
    return last.model;
  }

  /** Every state of an async v2 job (a `request_id`) until a terminal one. */
  followJob(requestId: string, options: FollowOptions = {}): AsyncGenerator<WatchJobResponse> {
    return follow((resumeToken, signal) =>
      this.watch.watchJob({ job: { case: "requestId", value: requestId }, resumeToken }, { signal }), options);
  }

  /** The job's final status (COMPLETED with `result`, or ERROR/FAILED/UNKNOWN with `error`). */
  async waitForJob(requestId: string, options: FollowOptions = {}): Promise<GetRequestStatusResponse> {
    let last: WatchJobResponse | undefined;
    for await (const update of this.followJob(requestId, options)) last = update;
    if (!last?.status) throw new Error(`job ${requestId}: stream ended without a status`);
    return last.status;
  }
}

/** A client for the gateway at `options.address`. */
export function connect(options: ClientOptions): TailoredClient {
  return new TailoredClient(options);
}

function withDefaultTimeout(transport: Transport, timeoutMs: number): Transport {
  return {
    unary: (method, signal, t, header, input, contextValues) =>
      transport.unary(method, signal, t ?? timeoutMs, header, input, contextValues),
    stream: (...args) => transport.stream(...args),
  };
}
