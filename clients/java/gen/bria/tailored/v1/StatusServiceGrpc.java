package bria.tailored.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * Bria's Status Service: the state of an asynchronous v2 request (`GenerationService`; it does
 * not serve v1 calls). To follow a job without polling, use the gateway's `WatchService`.
 * State machine of a request: `IN_PROGRESS` → `COMPLETED` (with `result`) | `ERROR` (with
 * `error`) | `UNKNOWN` (an internal upstream failure, rare). Terminal states stay readable until
 * the upstream expires the request (retention not documented); after that, and for an id it
 * never issued, the call fails with NOT_FOUND.
 * Errors follow the gateway's error model (see `ErrorReason`). A failed job is not an RPC
 * error: the call succeeds with `status` ERROR (or UNKNOWN). NOT_FOUND for an unknown or
 * expired `request_id` (the upstream's 404 `{"status": "NOT_FOUND"}`); UNAVAILABLE or INTERNAL
 * when the Status Service itself fails (5XX); UNAUTHENTICATED for a missing or revoked token;
 * RESOURCE_EXHAUSTED for rate limits (status calls count against them).
 * </pre>
 */
@javax.annotation.Generated(
    value = "by gRPC proto compiler",
    comments = "Source: bria/tailored/v1/status.proto")
@io.grpc.stub.annotations.GrpcGenerated
public final class StatusServiceGrpc {

  private StatusServiceGrpc() {}

  public static final String SERVICE_NAME = "bria.tailored.v1.StatusService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<bria.tailored.v1.Status.GetRequestStatusRequest,
      bria.tailored.v1.Status.GetRequestStatusResponse> getGetRequestStatusMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetRequestStatus",
      requestType = bria.tailored.v1.Status.GetRequestStatusRequest.class,
      responseType = bria.tailored.v1.Status.GetRequestStatusResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<bria.tailored.v1.Status.GetRequestStatusRequest,
      bria.tailored.v1.Status.GetRequestStatusResponse> getGetRequestStatusMethod() {
    io.grpc.MethodDescriptor<bria.tailored.v1.Status.GetRequestStatusRequest, bria.tailored.v1.Status.GetRequestStatusResponse> getGetRequestStatusMethod;
    if ((getGetRequestStatusMethod = StatusServiceGrpc.getGetRequestStatusMethod) == null) {
      synchronized (StatusServiceGrpc.class) {
        if ((getGetRequestStatusMethod = StatusServiceGrpc.getGetRequestStatusMethod) == null) {
          StatusServiceGrpc.getGetRequestStatusMethod = getGetRequestStatusMethod =
              io.grpc.MethodDescriptor.<bria.tailored.v1.Status.GetRequestStatusRequest, bria.tailored.v1.Status.GetRequestStatusResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetRequestStatus"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  bria.tailored.v1.Status.GetRequestStatusRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  bria.tailored.v1.Status.GetRequestStatusResponse.getDefaultInstance()))
              .setSchemaDescriptor(new StatusServiceMethodDescriptorSupplier("GetRequestStatus"))
              .build();
        }
      }
    }
    return getGetRequestStatusMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static StatusServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<StatusServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<StatusServiceStub>() {
        @java.lang.Override
        public StatusServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new StatusServiceStub(channel, callOptions);
        }
      };
    return StatusServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static StatusServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<StatusServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<StatusServiceBlockingStub>() {
        @java.lang.Override
        public StatusServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new StatusServiceBlockingStub(channel, callOptions);
        }
      };
    return StatusServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static StatusServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<StatusServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<StatusServiceFutureStub>() {
        @java.lang.Override
        public StatusServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new StatusServiceFutureStub(channel, callOptions);
        }
      };
    return StatusServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * Bria's Status Service: the state of an asynchronous v2 request (`GenerationService`; it does
   * not serve v1 calls). To follow a job without polling, use the gateway's `WatchService`.
   * State machine of a request: `IN_PROGRESS` → `COMPLETED` (with `result`) | `ERROR` (with
   * `error`) | `UNKNOWN` (an internal upstream failure, rare). Terminal states stay readable until
   * the upstream expires the request (retention not documented); after that, and for an id it
   * never issued, the call fails with NOT_FOUND.
   * Errors follow the gateway's error model (see `ErrorReason`). A failed job is not an RPC
   * error: the call succeeds with `status` ERROR (or UNKNOWN). NOT_FOUND for an unknown or
   * expired `request_id` (the upstream's 404 `{"status": "NOT_FOUND"}`); UNAVAILABLE or INTERNAL
   * when the Status Service itself fails (5XX); UNAUTHENTICATED for a missing or revoked token;
   * RESOURCE_EXHAUSTED for rate limits (status calls count against them).
   * </pre>
   */
  public static abstract class StatusServiceImplBase implements io.grpc.BindableService {

    /**
     * <pre>
     * Gets the current state of an asynchronous request and, once it is terminal, its result or
     * error. Upstream: `GET /v2/status/{request_id}` (200 for every job state).
     * Errors: see the service comment.
     * </pre>
     */
    public void getRequestStatus(bria.tailored.v1.Status.GetRequestStatusRequest request,
        io.grpc.stub.StreamObserver<bria.tailored.v1.Status.GetRequestStatusResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetRequestStatusMethod(), responseObserver);
    }

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return io.grpc.ServerServiceDefinition.builder(getServiceDescriptor())
          .addMethod(
            getGetRequestStatusMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                bria.tailored.v1.Status.GetRequestStatusRequest,
                bria.tailored.v1.Status.GetRequestStatusResponse>(
                  this, METHODID_GET_REQUEST_STATUS)))
          .build();
    }
  }

  /**
   * <pre>
   * Bria's Status Service: the state of an asynchronous v2 request (`GenerationService`; it does
   * not serve v1 calls). To follow a job without polling, use the gateway's `WatchService`.
   * State machine of a request: `IN_PROGRESS` → `COMPLETED` (with `result`) | `ERROR` (with
   * `error`) | `UNKNOWN` (an internal upstream failure, rare). Terminal states stay readable until
   * the upstream expires the request (retention not documented); after that, and for an id it
   * never issued, the call fails with NOT_FOUND.
   * Errors follow the gateway's error model (see `ErrorReason`). A failed job is not an RPC
   * error: the call succeeds with `status` ERROR (or UNKNOWN). NOT_FOUND for an unknown or
   * expired `request_id` (the upstream's 404 `{"status": "NOT_FOUND"}`); UNAVAILABLE or INTERNAL
   * when the Status Service itself fails (5XX); UNAUTHENTICATED for a missing or revoked token;
   * RESOURCE_EXHAUSTED for rate limits (status calls count against them).
   * </pre>
   */
  public static final class StatusServiceStub extends io.grpc.stub.AbstractAsyncStub<StatusServiceStub> {
    private StatusServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected StatusServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new StatusServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * Gets the current state of an asynchronous request and, once it is terminal, its result or
     * error. Upstream: `GET /v2/status/{request_id}` (200 for every job state).
     * Errors: see the service comment.
     * </pre>
     */
    public void getRequestStatus(bria.tailored.v1.Status.GetRequestStatusRequest request,
        io.grpc.stub.StreamObserver<bria.tailored.v1.Status.GetRequestStatusResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetRequestStatusMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * <pre>
   * Bria's Status Service: the state of an asynchronous v2 request (`GenerationService`; it does
   * not serve v1 calls). To follow a job without polling, use the gateway's `WatchService`.
   * State machine of a request: `IN_PROGRESS` → `COMPLETED` (with `result`) | `ERROR` (with
   * `error`) | `UNKNOWN` (an internal upstream failure, rare). Terminal states stay readable until
   * the upstream expires the request (retention not documented); after that, and for an id it
   * never issued, the call fails with NOT_FOUND.
   * Errors follow the gateway's error model (see `ErrorReason`). A failed job is not an RPC
   * error: the call succeeds with `status` ERROR (or UNKNOWN). NOT_FOUND for an unknown or
   * expired `request_id` (the upstream's 404 `{"status": "NOT_FOUND"}`); UNAVAILABLE or INTERNAL
   * when the Status Service itself fails (5XX); UNAUTHENTICATED for a missing or revoked token;
   * RESOURCE_EXHAUSTED for rate limits (status calls count against them).
   * </pre>
   */
  public static final class StatusServiceBlockingStub extends io.grpc.stub.AbstractBlockingStub<StatusServiceBlockingStub> {
    private StatusServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected StatusServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new StatusServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * Gets the current state of an asynchronous request and, once it is terminal, its result or
     * error. Upstream: `GET /v2/status/{request_id}` (200 for every job state).
     * Errors: see the service comment.
     * </pre>
     */
    public bria.tailored.v1.Status.GetRequestStatusResponse getRequestStatus(bria.tailored.v1.Status.GetRequestStatusRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetRequestStatusMethod(), getCallOptions(), request);
    }
  }

  /**
   * <pre>
   * Bria's Status Service: the state of an asynchronous v2 request (`GenerationService`; it does
   * not serve v1 calls). To follow a job without polling, use the gateway's `WatchService`.
   * State machine of a request: `IN_PROGRESS` → `COMPLETED` (with `result`) | `ERROR` (with
   * `error`) | `UNKNOWN` (an internal upstream failure, rare). Terminal states stay readable until
   * the upstream expires the request (retention not documented); after that, and for an id it
   * never issued, the call fails with NOT_FOUND.
   * Errors follow the gateway's error model (see `ErrorReason`). A failed job is not an RPC
   * error: the call succeeds with `status` ERROR (or UNKNOWN). NOT_FOUND for an unknown or
   * expired `request_id` (the upstream's 404 `{"status": "NOT_FOUND"}`); UNAVAILABLE or INTERNAL
   * when the Status Service itself fails (5XX); UNAUTHENTICATED for a missing or revoked token;
   * RESOURCE_EXHAUSTED for rate limits (status calls count against them).
   * </pre>
   */
  public static final class StatusServiceFutureStub extends io.grpc.stub.AbstractFutureStub<StatusServiceFutureStub> {
    private StatusServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected StatusServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new StatusServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * Gets the current state of an asynchronous request and, once it is terminal, its result or
     * error. Upstream: `GET /v2/status/{request_id}` (200 for every job state).
     * Errors: see the service comment.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<bria.tailored.v1.Status.GetRequestStatusResponse> getRequestStatus(
        bria.tailored.v1.Status.GetRequestStatusRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetRequestStatusMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_GET_REQUEST_STATUS = 0;

  private static final class MethodHandlers<Req, Resp> implements
      io.grpc.stub.ServerCalls.UnaryMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.ServerStreamingMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.ClientStreamingMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.BidiStreamingMethod<Req, Resp> {
    private final StatusServiceImplBase serviceImpl;
    private final int methodId;

    MethodHandlers(StatusServiceImplBase serviceImpl, int methodId) {
      this.serviceImpl = serviceImpl;
      this.methodId = methodId;
    }

    @java.lang.Override
    @java.lang.SuppressWarnings("unchecked")
    public void invoke(Req request, io.grpc.stub.StreamObserver<Resp> responseObserver) {
      switch (methodId) {
        case METHODID_GET_REQUEST_STATUS:
          serviceImpl.getRequestStatus((bria.tailored.v1.Status.GetRequestStatusRequest) request,
              (io.grpc.stub.StreamObserver<bria.tailored.v1.Status.GetRequestStatusResponse>) responseObserver);
          break;
        default:
          throw new AssertionError();
      }
    }

    @java.lang.Override
    @java.lang.SuppressWarnings("unchecked")
    public io.grpc.stub.StreamObserver<Req> invoke(
        io.grpc.stub.StreamObserver<Resp> responseObserver) {
      switch (methodId) {
        default:
          throw new AssertionError();
      }
    }
  }

  private static abstract class StatusServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    StatusServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return bria.tailored.v1.Status.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("StatusService");
    }
  }

  private static final class StatusServiceFileDescriptorSupplier
      extends StatusServiceBaseDescriptorSupplier {
    StatusServiceFileDescriptorSupplier() {}
  }

  private static final class StatusServiceMethodDescriptorSupplier
      extends StatusServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final String methodName;

    StatusServiceMethodDescriptorSupplier(String methodName) {
      this.methodName = methodName;
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.MethodDescriptor getMethodDescriptor() {
      return getServiceDescriptor().findMethodByName(methodName);
    }
  }

  private static volatile io.grpc.ServiceDescriptor serviceDescriptor;

  public static io.grpc.ServiceDescriptor getServiceDescriptor() {
    io.grpc.ServiceDescriptor result = serviceDescriptor;
    if (result == null) {
      synchronized (StatusServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new StatusServiceFileDescriptorSupplier())
              .addMethod(getGetRequestStatusMethod())
              .build();
        }
      }
    }
    return result;
  }
}
