package ai.bria.tailored.client;

import bria.tailored.v1.DatasetServiceGrpc;
import bria.tailored.v1.GenerationServiceGrpc;
import bria.tailored.v1.LegacyGenerationServiceGrpc;
import bria.tailored.v1.ModelServiceGrpc;
import bria.tailored.v1.Models.Model;
import bria.tailored.v1.ProjectServiceGrpc;
import bria.tailored.v1.QuotaServiceGrpc;
import bria.tailored.v1.Status.GetRequestStatusResponse;
import bria.tailored.v1.StatusServiceGrpc;
import bria.tailored.v1.Watch.WatchJobRequest;
import bria.tailored.v1.Watch.WatchJobResponse;
import bria.tailored.v1.Watch.WatchModelTrainingRequest;
import bria.tailored.v1.Watch.WatchModelTrainingResponse;
import bria.tailored.v1.WatchServiceGrpc;
import io.grpc.CallCredentials;
import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.StatusRuntimeException;
import io.grpc.netty.NettyChannelBuilder;
import io.grpc.stub.AbstractStub;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A client of the Tailored Generation gateway: one channel (keepalive on; plaintext only for
 * loopback unless asked), the caller's credentials on every call, a default deadline per unary
 * call, failures as {@link TailoredException}, and Watch helpers that resume after UNAVAILABLE.
 *
 * <pre>{@code
 * try (TailoredClient client = TailoredClient.builder("127.0.0.1:50051").token(token).build()) {
 *     Project project = client.projects(s -> s.createProject(request)).getProject();
 * }
 * }</pre>
 */
public final class TailoredClient implements AutoCloseable {
    static final Metadata.Key<String> API_TOKEN = Metadata.Key.of("api_token", Metadata.ASCII_STRING_MARSHALLER);
    static final Metadata.Key<String> TENANT_KEY = Metadata.Key.of("x-tenant-key", Metadata.ASCII_STRING_MARSHALLER);

    private final ManagedChannel channel;
    private final CallCredentials credentials;
    private final Duration deadline;
    private final int maxReconnects;
    private final Duration reconnectBackoff;

    private TailoredClient(Builder b) {
        NettyChannelBuilder channelBuilder = NettyChannelBuilder.forTarget(b.target)
                .keepAliveTime(b.keepAliveTime.toMillis(), TimeUnit.MILLISECONDS)
                .keepAliveTimeout(b.keepAliveTimeout.toMillis(), TimeUnit.MILLISECONDS)
                .keepAliveWithoutCalls(false)
                .userAgent("tailored-gateway-java");
        boolean plaintext = b.plaintext != null ? b.plaintext : isLoopback(b.target);
        if (plaintext) {
            channelBuilder.usePlaintext();
        } else {
            channelBuilder.useTransportSecurity();
        }
        this.channel = channelBuilder.build();
        this.credentials = b.credentials;
        this.deadline = b.deadline;
        this.maxReconnects = b.maxReconnects;
        this.reconnectBackoff = b.reconnectBackoff;
    }

    public static Builder builder(String target) {
        return new Builder(target);
    }

    static boolean isLoopback(String target) {
        String host = target.replaceFirst("^dns:///", "");
        host = host.startsWith("[") ? host.substring(1, Math.max(1, host.indexOf(']'))) : host.replaceFirst(":\\d+$", "");
        return host.equals("localhost") || host.startsWith("127.") || host.equals("::1");
    }

    // ---- unary services: the raw blocking stub, or a call whose failure is a TailoredException ----

    private <S extends AbstractStub<S>> S unary(S stub) {
        S withCredentials = credentials == null ? stub : stub.withCallCredentials(credentials);
        return withCredentials.withDeadlineAfter(deadline.toMillis(), TimeUnit.MILLISECONDS);
    }

    private static <S, R> R call(S stub, Function<S, R> rpc) {
        try {
            return rpc.apply(stub);
        } catch (StatusRuntimeException failed) {
            throw TailoredException.from(failed);
        }
    }

    public ProjectServiceGrpc.ProjectServiceBlockingStub projects() { return unary(ProjectServiceGrpc.newBlockingStub(channel)); }
    public DatasetServiceGrpc.DatasetServiceBlockingStub datasets() { return unary(DatasetServiceGrpc.newBlockingStub(channel)); }
    public ModelServiceGrpc.ModelServiceBlockingStub models() { return unary(ModelServiceGrpc.newBlockingStub(channel)); }
    public GenerationServiceGrpc.GenerationServiceBlockingStub generation() { return unary(GenerationServiceGrpc.newBlockingStub(channel)); }
    public LegacyGenerationServiceGrpc.LegacyGenerationServiceBlockingStub legacy() { return unary(LegacyGenerationServiceGrpc.newBlockingStub(channel)); }
    public StatusServiceGrpc.StatusServiceBlockingStub status() { return unary(StatusServiceGrpc.newBlockingStub(channel)); }
    public QuotaServiceGrpc.QuotaServiceBlockingStub quota() { return unary(QuotaServiceGrpc.newBlockingStub(channel)); }

    public <R> R projects(Function<ProjectServiceGrpc.ProjectServiceBlockingStub, R> rpc) { return call(projects(), rpc); }
    public <R> R datasets(Function<DatasetServiceGrpc.DatasetServiceBlockingStub, R> rpc) { return call(datasets(), rpc); }
    public <R> R models(Function<ModelServiceGrpc.ModelServiceBlockingStub, R> rpc) { return call(models(), rpc); }
    public <R> R generation(Function<GenerationServiceGrpc.GenerationServiceBlockingStub, R> rpc) { return call(generation(), rpc); }
    public <R> R legacy(Function<LegacyGenerationServiceGrpc.LegacyGenerationServiceBlockingStub, R> rpc) { return call(legacy(), rpc); }
    public <R> R status(Function<StatusServiceGrpc.StatusServiceBlockingStub, R> rpc) { return call(status(), rpc); }
    public <R> R quota(Function<QuotaServiceGrpc.QuotaServiceBlockingStub, R> rpc) { return call(quota(), rpc); }

    /** The async WatchService stub with the credentials and no deadline (streams are long-lived). */
    public WatchServiceGrpc.WatchServiceStub watch() {
        WatchServiceGrpc.WatchServiceStub stub = WatchServiceGrpc.newStub(channel);
        return credentials == null ? stub : stub.withCallCredentials(credentials);
    }

    // ---- Watch helpers ----

    /** Follows a model's training; {@code onUpdate} sees every message (the first is the current state). */
    public Watch<WatchModelTrainingResponse> watchTraining(long modelId, Consumer<WatchModelTrainingResponse> onUpdate) {
        Watch<WatchModelTrainingResponse> w = new Watch<>(
                (token, observer) -> watch().watchModelTraining(WatchModelTrainingRequest.newBuilder()
                        .setModelId(modelId).setResumeToken(token).build(), observer),
                WatchModelTrainingResponse::getResumeToken, WatchModelTrainingResponse::getTerminal,
                onUpdate, maxReconnects, reconnectBackoff);
        w.start();
        return w;
    }

    /** Follows an async v2 job by its request id. */
    public Watch<WatchJobResponse> watchJob(String requestId, Consumer<WatchJobResponse> onUpdate) {
        Watch<WatchJobResponse> w = new Watch<>(
                (token, observer) -> watch().watchJob(WatchJobRequest.newBuilder()
                        .setRequestId(requestId).setResumeToken(token).build(), observer),
                WatchJobResponse::getResumeToken, WatchJobResponse::getTerminal,
                onUpdate, maxReconnects, reconnectBackoff);
        w.start();
        return w;
    }

    /** The model in its terminal state (Completed, Failed, Stopped or Deleted). */
    public Model waitForTraining(long modelId, Duration timeout) {
        return watchTraining(modelId, update -> { }).await(timeout).getModel();
    }

    /** The job's final status (COMPLETED with a result, or ERROR/UNKNOWN/FAILED with an error). */
    public GetRequestStatusResponse waitForJob(String requestId, Duration timeout) {
        return watchJob(requestId, update -> { }).await(timeout).getStatus();
    }

    public ManagedChannel channel() {
        return channel;
    }

    @Override
    public void close() {
        channel.shutdownNow();
        try {
            channel.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Sends one metadata entry on every call. */
    static final class HeaderCredentials extends CallCredentials {
        private final Metadata.Key<String> key;
        private final String value;

        HeaderCredentials(Metadata.Key<String> key, String value) {
            this.key = key;
            this.value = value;
        }

        @Override
        public void applyRequestMetadata(RequestInfo info, Executor executor, MetadataApplier applier) {
            Metadata headers = new Metadata();
            headers.put(key, value);
            applier.apply(headers);
        }

        @Override
        public void thisUsesUnstableApi() {
        }

        @Override
        public String toString() {
            return "HeaderCredentials(" + key.name() + "=<redacted>)";
        }
    }

    public static final class Builder {
        private final String target;
        private CallCredentials credentials;
        private Boolean plaintext;
        private Duration keepAliveTime = Duration.ofMinutes(5);
        private Duration keepAliveTimeout = Duration.ofSeconds(20);
        private Duration deadline = Duration.ofSeconds(30);
        private int maxReconnects = 10;
        private Duration reconnectBackoff = Duration.ofMillis(200);

        private Builder(String target) {
            this.target = Objects.requireNonNull(target, "target");
        }

        /** The organisation's Bria API token, sent as {@code api_token}. */
        public Builder token(String token) {
            this.credentials = new HeaderCredentials(API_TOKEN, Objects.requireNonNull(token, "token"));
            return this;
        }

        /** A tenant key from the gateway's tenants file, sent as {@code x-tenant-key}. */
        public Builder tenantKey(String key) {
            this.credentials = new HeaderCredentials(TENANT_KEY, Objects.requireNonNull(key, "key"));
            return this;
        }

        /** Plaintext (true) or TLS (false); by default plaintext for loopback targets only. */
        public Builder plaintext(boolean plaintext) {
            this.plaintext = plaintext;
            return this;
        }

        /** HTTP/2 keepalive pings while calls are open (default every 5 minutes, the gateway's minimum). */
        public Builder keepAlive(Duration time, Duration timeout) {
            this.keepAliveTime = time;
            this.keepAliveTimeout = timeout;
            return this;
        }

        /** The deadline of each unary call (default 30 s). Watch streams have none. */
        public Builder deadline(Duration deadline) {
            this.deadline = deadline;
            return this;
        }

        /** How often a Watch reopens after UNAVAILABLE, and the first pause (doubling, at most 5 s). */
        public Builder reconnects(int max, Duration backoff) {
            this.maxReconnects = max;
            this.reconnectBackoff = backoff;
            return this;
        }

        public TailoredClient build() {
            return new TailoredClient(this);
        }
    }
}
