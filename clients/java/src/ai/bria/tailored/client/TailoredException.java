package ai.bria.tailored.client;

import com.google.protobuf.Any;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.rpc.BadRequest;
import com.google.rpc.ErrorInfo;
import com.google.rpc.PreconditionFailure;
import com.google.rpc.QuotaFailure;
import com.google.rpc.RequestInfo;
import com.google.rpc.ResourceInfo;
import com.google.rpc.RetryInfo;
import io.grpc.Status;
import io.grpc.protobuf.StatusProto;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one exception the client throws for a failed call: the gRPC code plus everything the
 * gateway's rich status ({@code grpc-status-details-bin}) carries, already decoded.
 */
public final class TailoredException extends RuntimeException {
    /** The domain of every ErrorInfo the gateway sends. */
    public static final String DOMAIN = "tailored-gateway.bria.ai";

    public record FieldViolation(String field, String description) {}

    public record QuotaViolation(String subject, String description) {}

    public record PreconditionViolation(String type, String subject, String description) {}

    private final Status.Code code;
    private final String description;
    private final String reason;
    private final String domain;
    private final Map<String, String> metadata;
    private final Duration retryDelay;
    private final List<FieldViolation> fieldViolations;
    private final List<QuotaViolation> quotaViolations;
    private final List<PreconditionViolation> preconditionViolations;
    private final String resourceType;
    private final String resourceName;
    private final String requestId;

    private TailoredException(Status.Code code, String description, ErrorInfo info, Duration retryDelay,
                              List<FieldViolation> fields, List<QuotaViolation> quotas,
                              List<PreconditionViolation> preconditions, ResourceInfo resource,
                              String requestInfoId, Throwable cause) {
        super(code + (info.getReason().isEmpty() ? "" : "/" + info.getReason()) + ": " + description, cause);
        this.code = code;
        this.description = description;
        this.reason = info.getReason();
        this.domain = info.getDomain();
        this.metadata = Map.copyOf(info.getMetadataMap());
        this.retryDelay = retryDelay;
        this.fieldViolations = List.copyOf(fields);
        this.quotaViolations = List.copyOf(quotas);
        this.preconditionViolations = List.copyOf(preconditions);
        this.resourceType = resource == null ? "" : resource.getResourceType();
        this.resourceName = resource == null ? "" : resource.getResourceName();
        String fromInfo = info.getMetadataOrDefault("request_id", "");
        this.requestId = fromInfo.isEmpty() ? requestInfoId : fromInfo;
    }

    /** Decodes any failure of a gRPC call (StatusRuntimeException, StatusException, or a cause chain holding one). */
    public static TailoredException from(Throwable error) {
        if (error instanceof TailoredException known) {
            return known;
        }
        Status status = Status.fromThrowable(error);
        com.google.rpc.Status rich = StatusProto.fromThrowable(error);
        ErrorInfo info = ErrorInfo.getDefaultInstance();
        Duration retry = null;
        List<FieldViolation> fields = new ArrayList<>();
        List<QuotaViolation> quotas = new ArrayList<>();
        List<PreconditionViolation> preconditions = new ArrayList<>();
        ResourceInfo resource = null;
        String requestInfoId = "";
        if (rich != null) {
            for (Any detail : rich.getDetailsList()) {
                try {
                    if (detail.is(ErrorInfo.class)) {
                        info = detail.unpack(ErrorInfo.class);
                    } else if (detail.is(RetryInfo.class)) {
                        com.google.protobuf.Duration d = detail.unpack(RetryInfo.class).getRetryDelay();
                        retry = Duration.ofSeconds(d.getSeconds(), d.getNanos());
                    } else if (detail.is(BadRequest.class)) {
                        for (BadRequest.FieldViolation v : detail.unpack(BadRequest.class).getFieldViolationsList()) {
                            fields.add(new FieldViolation(v.getField(), v.getDescription()));
                        }
                    } else if (detail.is(QuotaFailure.class)) {
                        for (QuotaFailure.Violation v : detail.unpack(QuotaFailure.class).getViolationsList()) {
                            quotas.add(new QuotaViolation(v.getSubject(), v.getDescription()));
                        }
                    } else if (detail.is(PreconditionFailure.class)) {
                        for (PreconditionFailure.Violation v : detail.unpack(PreconditionFailure.class).getViolationsList()) {
                            preconditions.add(new PreconditionViolation(v.getType(), v.getSubject(), v.getDescription()));
                        }
                    } else if (detail.is(ResourceInfo.class)) {
                        resource = detail.unpack(ResourceInfo.class);
                    } else if (detail.is(RequestInfo.class)) {
                        requestInfoId = detail.unpack(RequestInfo.class).getRequestId();
                    }
                } catch (InvalidProtocolBufferException malformed) {
                    // A detail that does not parse is skipped; the code and message still stand.
                }
            }
        }
        String description = status.getDescription() != null ? status.getDescription()
                : rich != null ? rich.getMessage() : "";
        return new TailoredException(status.getCode(), description, info, retry, fields, quotas, preconditions,
                resource, requestInfoId, error);
    }

    /** The gRPC status code. */
    public Status.Code code() { return code; }

    /** The status message. */
    public String description() { return description; }

    /** ErrorInfo.reason, e.g. {@code REQUEST_INVALID} or {@code QUOTA_EXCEEDED}; empty when the gateway did not answer. */
    public String reason() { return reason; }

    public String domain() { return domain; }

    /** ErrorInfo.metadata: request_id, upstream_status, upstream_request_id, route. */
    public Map<String, String> metadata() { return metadata; }

    /** RetryInfo.retry_delay, when the gateway says when to retry. */
    public Optional<Duration> retryDelay() { return Optional.ofNullable(retryDelay); }

    /** BadRequest field violations (INVALID_ARGUMENT). */
    public List<FieldViolation> fieldViolations() { return fieldViolations; }

    /** QuotaFailure violations (RESOURCE_EXHAUSTED). */
    public List<QuotaViolation> quotaViolations() { return quotaViolations; }

    /** PreconditionFailure violations (FAILED_PRECONDITION). */
    public List<PreconditionViolation> preconditionViolations() { return preconditionViolations; }

    /** ResourceInfo.resource_type, e.g. {@code bria.tailored.v1.Model}; empty when absent. */
    public String resourceType() { return resourceType; }

    /** ResourceInfo.resource_name, e.g. {@code models/9}; empty when absent. */
    public String resourceName() { return resourceName; }

    /** The gateway's request id (ErrorInfo metadata, else RequestInfo): quote it when reporting a failure. */
    public String requestId() { return requestId; }
}
