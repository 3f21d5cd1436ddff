package bria.tailored.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * Live status streams over the upstream's polling-only API. The gateway polls each watched
 * resource once for every watcher with the same credentials (a shared poller), adapts the
 * interval (quick at first, backing off while nothing changes, bounded) and pushes changes.
 * Guarantees of every Watch RPC, in the spirit of `grpc.health.v1.Health/Watch`:
 * * The first message is the resource's current state.
 * * Then one message per observed change, never two equal messages in a row.
 * * When the resource reaches a terminal state, that state is sent with `terminal = true`
 *   and the stream ends with OK.
 * * Transient upstream failures (5xx, timeouts, 429) never end a stream: the poller backs
 *   off and keeps watching. Permanent ones (404, 401, 403) end it with the mapped status and
 *   the usual error details.
 * * The poller stops within a second of its last watcher leaving (cancel or deadline).
 * * When the gateway shuts down, streams end with UNAVAILABLE (reason GATEWAY_SHUTTING_DOWN):
 *   reconnect, to any replica, passing the last `resume_token` received. A resumed stream
 *   skips a first message equal to the state the token names, unless that state is terminal,
 *   so a client never misses the terminal state and never sees a duplicate.
 * With a public callback URL configured, v2 jobs are also followed through Bria's signed
 * webhooks, and a verified delivery reaches the streams at once; polling stays the fallback.
 * </pre>
 */
@javax.annotation.Generated(
    value = "by gRPC proto compiler",
    comments = "Source: bria/tailored/v1/watch.proto")
@io.grpc.stub.annotations.GrpcGenerated
public final class WatchServiceGrpc {

  private WatchServiceGrpc() {}

  public static final String SERVICE_NAME = "bria.tailored.v1.WatchService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<bria.tailored.v1.Watch.WatchModelTrainingRequest,
      bria.tailored.v1.Watch.WatchModelTrainingResponse> getWatchModelTrainingMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "WatchModelTraining",
      requestType = bria.tailored.v1.Watch.WatchModelTrainingRequest.class,
      responseType = bria.tailored.v1.Watch.WatchModelTrainingResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.SERVER_STREAMING)
  public static io.grpc.MethodDescriptor<bria.tailored.v1.Watch.WatchModelTrainingRequest,
      bria.tailored.v1.Watch.WatchModelTrainingResponse> getWatchModelTrainingMethod() {
    io.grpc.MethodDescriptor<bria.tailored.v1.Watch.WatchModelTrainingRequest, bria.tailored.v1.Watch.WatchModelTrainingResponse> getWatchModelTrainingMethod;
    if ((getWatchModelTrainingMethod = WatchServiceGrpc.getWatchModelTrainingMethod) == null) {
      synchronized (WatchServiceGrpc.class) {
        if ((getWatchModelTrainingMethod = WatchServiceGrpc.getWatchModelTrainingMethod) == null) {
          WatchServiceGrpc.getWatchModelTrainingMethod = getWatchModelTrainingMethod =
              io.grpc.MethodDescriptor.<bria.tailored.v1.Watch.WatchModelTrainingRequest, bria.tailored.v1.Watch.WatchModelTrainingResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.SERVER_STREAMING)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "WatchModelTraining"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  bria.tailored.v1.Watch.WatchModelTrainingRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  bria.tailored.v1.Watch.WatchModelTrainingResponse.getDefaultInstance()))
              .setSchemaDescriptor(new WatchServiceMethodDescriptorSupplier("WatchModelTraining"))
              .build();
        }
      }
    }
    return getWatchModelTrainingMethod;
  }

  private static volatile io.grpc.MethodDescriptor<bria.tailored.v1.Watch.WatchCaptionsRequest,
      bria.tailored.v1.Watch.WatchCaptionsResponse> getWatchCaptionsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "WatchCaptions",
      requestType = bria.tailored.v1.Watch.WatchCaptionsRequest.class,
      responseType = bria.tailored.v1.Watch.WatchCaptionsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.SERVER_STREAMING)
  public static io.grpc.MethodDescriptor<bria.tailored.v1.Watch.WatchCaptionsRequest,
      bria.tailored.v1.Watch.WatchCaptionsResponse> getWatchCaptionsMethod() {
    io.grpc.MethodDescriptor<bria.tailored.v1.Watch.WatchCaptionsRequest, bria.tailored.v1.Watch.WatchCaptionsResponse> getWatchCaptionsMethod;
    if ((getWatchCaptionsMethod = WatchServiceGrpc.getWatchCaptionsMethod) == null) {
      synchronized (WatchServiceGrpc.class) {
        if ((getWatchCaptionsMethod = WatchServiceGrpc.getWatchCaptionsMethod) == null) {
          WatchServiceGrpc.getWatchCaptionsMethod = getWatchCaptionsMethod =
              io.grpc.MethodDescriptor.<bria.tailored.v1.Watch.WatchCaptionsRequest, bria.tailored.v1.Watch.WatchCaptionsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.SERVER_STREAMING)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "WatchCaptions"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  bria.tailored.v1.Watch.WatchCaptionsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  bria.tailored.v1.Watch.WatchCaptionsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new WatchServiceMethodDescriptorSupplier("WatchCaptions"))
              .build();
        }
      }
    }
    return getWatchCaptionsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<bria.tailored.v1.Watch.WatchBulkUploadRequest,
      bria.tailored.v1.Watch.WatchBulkUploadResponse> getWatchBulkUploadMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "WatchBulkUpload",
      requestType = bria.tailored.v1.Watch.WatchBulkUploadRequest.class,
      responseType = bria.tailored.v1.Watch.WatchBulkUploadResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.SERVER_STREAMING)
  public static io.grpc.MethodDescriptor<bria.tailored.v1.Watch.WatchBulkUploadRequest,
      bria.tailored.v1.Watch.WatchBulkUploadResponse> getWatchBulkUploadMethod() {
    io.grpc.MethodDescriptor<bria.tailored.v1.Watch.WatchBulkUploadRequest, bria.tailored.v1.Watch.WatchBulkUploadResponse> getWatchBulkUploadMethod;
    if ((getWatchBulkUploadMethod = WatchServiceGrpc.getWatchBulkUploadMethod) == null) {
      synchronized (WatchServiceGrpc.class) {
        if ((getWatchBulkUploadMethod = WatchServiceGrpc.getWatchBulkUploadMethod) == null) {
          WatchServiceGrpc.getWatchBulkUploadMethod = getWatchBulkUploadMethod =
              io.grpc.MethodDescriptor.<bria.tailored.v1.Watch.WatchBulkUploadRequest, bria.tailored.v1.Watch.WatchBulkUploadResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.SERVER_STREAMING)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "WatchBulkUpload"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  bria.tailored.v1.Watch.WatchBulkUploadRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  bria.tailored.v1.Watch.WatchBulkUploadResponse.getDefaultInstance()))
              .setSchemaDescriptor(new WatchServiceMethodDescriptorSupplier("WatchBulkUpload"))
              .build();
        }
      }
    }
    return getWatchBulkUploadMethod;
  }

  private static volatile io.grpc.MethodDescriptor<bria.tailored.v1.Watch.WatchJobRequest,
      bria.tailored.v1.Watch.WatchJobResponse> getWatchJobMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "WatchJob",
      requestType = bria.tailored.v1.Watch.WatchJobRequest.class,
      responseType = bria.tailored.v1.Watch.WatchJobResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.SERVER_STREAMING)
  public static io.grpc.MethodDescriptor<bria.tailored.v1.Watch.WatchJobRequest,
      bria.tailored.v1.Watch.WatchJobResponse> getWatchJobMethod() {
    io.grpc.MethodDescriptor<bria.tailored.v1.Watch.WatchJobRequest, bria.tailored.v1.Watch.WatchJobResponse> getWatchJobMethod;
    if ((getWatchJobMethod = WatchServiceGrpc.getWatchJobMethod) == null) {
      synchronized (WatchServiceGrpc.class) {
        if ((getWatchJobMethod = WatchServiceGrpc.getWatchJobMethod) == null) {
          WatchServiceGrpc.getWatchJobMethod = getWatchJobMethod =
              io.grpc.MethodDescriptor.<bria.tailored.v1.Watch.WatchJobRequest, bria.tailored.v1.Watch.WatchJobResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.SERVER_STREAMING)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "WatchJob"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  bria.tailored.v1.Watch.WatchJobRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  bria.tailored.v1.Watch.WatchJobResponse.getDefaultInstance()))
              .setSchemaDescriptor(new WatchServiceMethodDescriptorSupplier("WatchJob"))
              .build();
        }
      }
    }
    return getWatchJobMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static WatchServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<WatchServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<WatchServiceStub>() {
        @java.lang.Override
        public WatchServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new WatchServiceStub(channel, callOptions);
        }
      };
    return WatchServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static WatchServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<WatchServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<WatchServiceBlockingStub>() {
        @java.lang.Override
        public WatchServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new WatchServiceBlockingStub(channel, callOptions);
        }
      };
    return WatchServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static WatchServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<WatchServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<WatchServiceFutureStub>() {
        @java.lang.Override
        public WatchServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new WatchServiceFutureStub(channel, callOptions);
        }
      };
    return WatchServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * Live status streams over the upstream's polling-only API. The gateway polls each watched
   * resource once for every watcher with the same credentials (a shared poller), adapts the
   * interval (quick at first, backing off while nothing changes, bounded) and pushes changes.
   * Guarantees of every Watch RPC, in the spirit of `grpc.health.v1.Health/Watch`:
   * * The first message is the resource's current state.
   * * Then one message per observed change, never two equal messages in a row.
   * * When the resource reaches a terminal state, that state is sent with `terminal = true`
   *   and the stream ends with OK.
   * * Transient upstream failures (5xx, timeouts, 429) never end a stream: the poller backs
   *   off and keeps watching. Permanent ones (404, 401, 403) end it with the mapped status and
   *   the usual error details.
   * * The poller stops within a second of its last watcher leaving (cancel or deadline).
   * * When the gateway shuts down, streams end with UNAVAILABLE (reason GATEWAY_SHUTTING_DOWN):
   *   reconnect, to any replica, passing the last `resume_token` received. A resumed stream
   *   skips a first message equal to the state the token names, unless that state is terminal,
   *   so a client never misses the terminal state and never sees a duplicate.
   * With a public callback URL configured, v2 jobs are also followed through Bria's signed
   * webhooks, and a verified delivery reaches the streams at once; polling stays the fallback.
   * </pre>
   */
  public static abstract class WatchServiceImplBase implements io.grpc.BindableService {

    /**
     * <pre>
     * Streams a model's training: status (`Created` → `InProgress` → `Completed`/`Failed`,
     * `Stopping` → `Stopped`) and the checkpoints that appear during expert training.
     * Polls `GET /v1/tailored-gen/models/{model_id}` (its answer carries training parameters and
     * checkpoint steps).
     * Terminal: Completed, Failed, Stopped, Deleted. Errors: NOT_FOUND, UNAUTHENTICATED,
     * PERMISSION_DENIED; UNAVAILABLE on gateway shutdown.
     * </pre>
     */
    public void watchModelTraining(bria.tailored.v1.Watch.WatchModelTrainingRequest request,
        io.grpc.stub.StreamObserver<bria.tailored.v1.Watch.WatchModelTrainingResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getWatchModelTrainingMethod(), responseObserver);
    }

    /**
     * <pre>
     * Streams a dataset's caption regeneration (`captions_update_status`).
     * Polls `GET /v1/tailored-gen/datasets/{dataset_id}` (with `max_images=1`).
     * Terminal: `completed`, or `empty` when nothing is regenerating. Errors as above.
     * </pre>
     */
    public void watchCaptions(bria.tailored.v1.Watch.WatchCaptionsRequest request,
        io.grpc.stub.StreamObserver<bria.tailored.v1.Watch.WatchCaptionsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getWatchCaptionsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Streams a dataset's bulk upload progress and failure report.
     * Polls `GET /v1/tailored-gen/datasets/{dataset_id}/images/bulk-upload/status`.
     * Terminal: `completed`, `failed`. Errors as above.
     * </pre>
     */
    public void watchBulkUpload(bria.tailored.v1.Watch.WatchBulkUploadRequest request,
        io.grpc.stub.StreamObserver<bria.tailored.v1.Watch.WatchBulkUploadResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getWatchBulkUploadMethod(), responseObserver);
    }

    /**
     * <pre>
     * Streams an async generation job: a v2 `request_id` (polls `GET /v2/status/{request_id}`;
     * terminal: COMPLETED, ERROR, FAILED (the alias some sources use for ERROR), UNKNOWN) or the placeholder URLs of a v1 `sync=false` call
     * (polls each URL with a one-byte ranged GET; terminal when every file is ready or blocked
     * by moderation, i.e. zero bytes). Errors: NOT_FOUND for an unknown or expired request id.
     * </pre>
     */
    public void watchJob(bria.tailored.v1.Watch.WatchJobRequest request,
        io.grpc.stub.StreamObserver<bria.tailored.v1.Watch.WatchJobResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getWatchJobMethod(), responseObserver);
    }

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return io.grpc.ServerServiceDefinition.builder(getServiceDescriptor())
          .addMethod(
            getWatchModelTrainingMethod(),
            io.grpc.stub.ServerCalls.asyncServerStreamingCall(
              new MethodHandlers<
                bria.tailored.v1.Watch.WatchModelTrainingRequest,
                bria.tailored.v1.Watch.WatchModelTrainingResponse>(
                  this, METHODID_WATCH_MODEL_TRAINING)))
          .addMethod(
            getWatchCaptionsMethod(),
            io.grpc.stub.ServerCalls.asyncServerStreamingCall(
              new MethodHandlers<
                bria.tailored.v1.Watch.WatchCaptionsRequest,
                bria.tailored.v1.Watch.WatchCaptionsResponse>(
                  this, METHODID_WATCH_CAPTIONS)))
          .addMethod(
            getWatchBulkUploadMethod(),
            io.grpc.stub.ServerCalls.asyncServerStreamingCall(
              new MethodHandlers<
                bria.tailored.v1.Watch.WatchBulkUploadRequest,
                bria.tailored.v1.Watch.WatchBulkUploadResponse>(
                  this, METHODID_WATCH_BULK_UPLOAD)))
          .addMethod(
            getWatchJobMethod(),
            io.grpc.stub.ServerCalls.asyncServerStreamingCall(
              new MethodHandlers<
                bria.tailored.v1.Watch.WatchJobRequest,
                bria.tailored.v1.Watch.WatchJobResponse>(
                  this, METHODID_WATCH_JOB)))
          .build();
    }
  }

  /**
   * <pre>
   * Live status streams over the upstream's polling-only API. The gateway polls each watched
   * resource once for every watcher with the same credentials (a shared poller), adapts the
   * interval (quick at first, backing off while nothing changes, bounded) and pushes changes.
   * Guarantees of every Watch RPC, in the spirit of `grpc.health.v1.Health/Watch`:
   * * The first message is the resource's current state.
   * * Then one message per observed change, never two equal messages in a row.
   * * When the resource reaches a terminal state, that state is sent with `terminal = true`
   *   and the stream ends with OK.
   * * Transient upstream failures (5xx, timeouts, 429) never end a stream: the poller backs
   *   off and keeps watching. Permanent ones (404, 401, 403) end it with the mapped status and
   *   the usual error details.
   * * The poller stops within a second of its last watcher leaving (cancel or deadline).
   * * When the gateway shuts down, streams end with UNAVAILABLE (reason GATEWAY_SHUTTING_DOWN):
   *   reconnect, to any replica, passing the last `resume_token` received. A resumed stream
   *   skips a first message equal to the state the token names, unless that state is terminal,
   *   so a client never misses the terminal state and never sees a duplicate.
   * With a public callback URL configured, v2 jobs are also followed through Bria's signed
   * webhooks, and a verified delivery reaches the streams at once; polling stays the fallback.
   * </pre>
   */
  public static final class WatchServiceStub extends io.grpc.stub.AbstractAsyncStub<WatchServiceStub> {
    private WatchServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected WatchServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new WatchServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * Streams a model's training: status (`Created` → `InProgress` → `Completed`/`Failed`,
     * `Stopping` → `Stopped`) and the checkpoints that appear during expert training.
     * Polls `GET /v1/tailored-gen/models/{model_id}` (its answer carries training parameters and
     * checkpoint steps).
     * Terminal: Completed, Failed, Stopped, Deleted. Errors: NOT_FOUND, UNAUTHENTICATED,
     * PERMISSION_DENIED; UNAVAILABLE on gateway shutdown.
     * </pre>
     */
    public void watchModelTraining(bria.tailored.v1.Watch.WatchModelTrainingRequest request,
        io.grpc.stub.StreamObserver<bria.tailored.v1.Watch.WatchModelTrainingResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncServerStreamingCall(
          getChannel().newCall(getWatchModelTrainingMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Streams a dataset's caption regeneration (`captions_update_status`).
     * Polls `GET /v1/tailored-gen/datasets/{dataset_id}` (with `max_images=1`).
     * Terminal: `completed`, or `empty` when nothing is regenerating. Errors as above.
     * </pre>
     */
    public void watchCaptions(bria.tailored.v1.Watch.WatchCaptionsRequest request,
        io.grpc.stub.StreamObserver<bria.tailored.v1.Watch.WatchCaptionsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncServerStreamingCall(
          getChannel().newCall(getWatchCaptionsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Streams a dataset's bulk upload progress and failure report.
     * Polls `GET /v1/tailored-gen/datasets/{dataset_id}/images/bulk-upload/status`.
     * Terminal: `completed`, `failed`. Errors as above.
     * </pre>
     */
    public void watchBulkUpload(bria.tailored.v1.Watch.WatchBulkUploadRequest request,
        io.grpc.stub.StreamObserver<bria.tailored.v1.Watch.WatchBulkUploadResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncServerStreamingCall(
          getChannel().newCall(getWatchBulkUploadMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Streams an async generation job: a v2 `request_id` (polls `GET /v2/status/{request_id}`;
     * terminal: COMPLETED, ERROR, FAILED (the alias some sources use for ERROR), UNKNOWN) or the placeholder URLs of a v1 `sync=false` call
     * (polls each URL with a one-byte ranged GET; terminal when every file is ready or blocked
     * by moderation, i.e. zero bytes). Errors: NOT_FOUND for an unknown or expired request id.
     * </pre>
     */
    public void watchJob(bria.tailored.v1.Watch.WatchJobRequest request,
        io.grpc.stub.StreamObserver<bria.tailored.v1.Watch.WatchJobResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncServerStreamingCall(
          getChannel().newCall(getWatchJobMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * <pre>
   * Live status streams over the upstream's polling-only API. The gateway polls each watched
   * resource once for every watcher with the same credentials (a shared poller), adapts the
   * interval (quick at first, backing off while nothing changes, bounded) and pushes changes.
   * Guarantees of every Watch RPC, in the spirit of `grpc.health.v1.Health/Watch`:
   * * The first message is the resource's current state.
   * * Then one message per observed change, never two equal messages in a row.
   * * When the resource reaches a terminal state, that state is sent with `terminal = true`
   *   and the stream ends with OK.
   * * Transient upstream failures (5xx, timeouts, 429) never end a stream: the poller backs
   *   off and keeps watching. Permanent ones (404, 401, 403) end it with the mapped status and
   *   the usual error details.
   * * The poller stops within a second of its last watcher leaving (cancel or deadline).
   * * When the gateway shuts down, streams end with UNAVAILABLE (reason GATEWAY_SHUTTING_DOWN):
   *   reconnect, to any replica, passing the last `resume_token` received. A resumed stream
   *   skips a first message equal to the state the token names, unless that state is terminal,
   *   so a client never misses the terminal state and never sees a duplicate.
   * With a public callback URL configured, v2 jobs are also followed through Bria's signed
   * webhooks, and a verified delivery reaches the streams at once; polling stays the fallback.
   * </pre>
   */
  public static final class WatchServiceBlockingStub extends io.grpc.stub.AbstractBlockingStub<WatchServiceBlockingStub> {
    private WatchServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected WatchServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new WatchServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * Streams a model's training: status (`Created` → `InProgress` → `Completed`/`Failed`,
     * `Stopping` → `Stopped`) and the checkpoints that appear during expert training.
     * Polls `GET /v1/tailored-gen/models/{model_id}` (its answer carries training parameters and
     * checkpoint steps).
     * Terminal: Completed, Failed, Stopped, Deleted. Errors: NOT_FOUND, UNAUTHENTICATED,
     * PERMISSION_DENIED; UNAVAILABLE on gateway shutdown.
     * </pre>
     */
    public java.util.Iterator<bria.tailored.v1.Watch.WatchModelTrainingResponse> watchModelTraining(
        bria.tailored.v1.Watch.WatchModelTrainingRequest request) {
      return io.grpc.stub.ClientCalls.blockingServerStreamingCall(
          getChannel(), getWatchModelTrainingMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Streams a dataset's caption regeneration (`captions_update_status`).
     * Polls `GET /v1/tailored-gen/datasets/{dataset_id}` (with `max_images=1`).
     * Terminal: `completed`, or `empty` when nothing is regenerating. Errors as above.
     * </pre>
     */
    public java.util.Iterator<bria.tailored.v1.Watch.WatchCaptionsResponse> watchCaptions(
        bria.tailored.v1.Watch.WatchCaptionsRequest request) {
      return io.grpc.stub.ClientCalls.blockingServerStreamingCall(
          getChannel(), getWatchCaptionsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Streams a dataset's bulk upload progress and failure report.
     * Polls `GET /v1/tailored-gen/datasets/{dataset_id}/images/bulk-upload/status`.
     * Terminal: `completed`, `failed`. Errors as above.
     * </pre>
     */
    public java.util.Iterator<bria.tailored.v1.Watch.WatchBulkUploadResponse> watchBulkUpload(
        bria.tailored.v1.Watch.WatchBulkUploadRequest request) {
      return io.grpc.stub.ClientCalls.blockingServerStreamingCall(
          getChannel(), getWatchBulkUploadMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Streams an async generation job: a v2 `request_id` (polls `GET /v2/status/{request_id}`;
     * terminal: COMPLETED, ERROR, FAILED (the alias some sources use for ERROR), UNKNOWN) or the placeholder URLs of a v1 `sync=false` call
     * (polls each URL with a one-byte ranged GET; terminal when every file is ready or blocked
     * by moderation, i.e. zero bytes). Errors: NOT_FOUND for an unknown or expired request id.
     * </pre>
     */
    public java.util.Iterator<bria.tailored.v1.Watch.WatchJobResponse> watchJob(
        bria.tailored.v1.Watch.WatchJobRequest request) {
      return io.grpc.stub.ClientCalls.blockingServerStreamingCall(
          getChannel(), getWatchJobMethod(), getCallOptions(), request);
    }
  }

  /**
   * <pre>
   * Live status streams over the upstream's polling-only API. The gateway polls each watched
   * resource once for every watcher with the same credentials (a shared poller), adapts the
   * interval (quick at first, backing off while nothing changes, bounded) and pushes changes.
   * Guarantees of every Watch RPC, in the spirit of `grpc.health.v1.Health/Watch`:
   * * The first message is the resource's current state.
   * * Then one message per observed change, never two equal messages in a row.
   * * When the resource reaches a terminal state, that state is sent with `terminal = true`
   *   and the stream ends with OK.
   * * Transient upstream failures (5xx, timeouts, 429) never end a stream: the poller backs
   *   off and keeps watching. Permanent ones (404, 401, 403) end it with the mapped status and
   *   the usual error details.
   * * The poller stops within a second of its last watcher leaving (cancel or deadline).
   * * When the gateway shuts down, streams end with UNAVAILABLE (reason GATEWAY_SHUTTING_DOWN):
   *   reconnect, to any replica, passing the last `resume_token` received. A resumed stream
   *   skips a first message equal to the state the token names, unless that state is terminal,
   *   so a client never misses the terminal state and never sees a duplicate.
   * With a public callback URL configured, v2 jobs are also followed through Bria's signed
   * webhooks, and a verified delivery reaches the streams at once; polling stays the fallback.
   * </pre>
   */
  public static final class WatchServiceFutureStub extends io.grpc.stub.AbstractFutureStub<WatchServiceFutureStub> {
    private WatchServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected WatchServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new WatchServiceFutureStub(channel, callOptions);
    }
  }

  private static final int METHODID_WATCH_MODEL_TRAINING = 0;
  private static final int METHODID_WATCH_CAPTIONS = 1;
  private static final int METHODID_WATCH_BULK_UPLOAD = 2;
  private static final int METHODID_WATCH_JOB = 3;

  private static final class MethodHandlers<Req, Resp> implements
      io.grpc.stub.ServerCalls.UnaryMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.ServerStreamingMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.ClientStreamingMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.BidiStreamingMethod<Req, Resp> {
    private final WatchServiceImplBase serviceImpl;
    private final int methodId;

    MethodHandlers(WatchServiceImplBase serviceImpl, int methodId) {
      this.serviceImpl = serviceImpl;
      this.methodId = methodId;
    }

    @java.lang.Override
    @java.lang.SuppressWarnings("unchecked")
    public void invoke(Req request, io.grpc.stub.StreamObserver<Resp> responseObserver) {
      switch (methodId) {
        case METHODID_WATCH_MODEL_TRAINING:
          serviceImpl.watchModelTraining((bria.tailored.v1.Watch.WatchModelTrainingRequest) request,
              (io.grpc.stub.StreamObserver<bria.tailored.v1.Watch.WatchModelTrainingResponse>) responseObserver);
          break;
        case METHODID_WATCH_CAPTIONS:
          serviceImpl.watchCaptions((bria.tailored.v1.Watch.WatchCaptionsRequest) request,
              (io.grpc.stub.StreamObserver<bria.tailored.v1.Watch.WatchCaptionsResponse>) responseObserver);
          break;
        case METHODID_WATCH_BULK_UPLOAD:
          serviceImpl.watchBulkUpload((bria.tailored.v1.Watch.WatchBulkUploadRequest) request,
              (io.grpc.stub.StreamObserver<bria.tailored.v1.Watch.WatchBulkUploadResponse>) responseObserver);
          break;
        case METHODID_WATCH_JOB:
          serviceImpl.watchJob((bria.tailored.v1.Watch.WatchJobRequest) request,
              (io.grpc.stub.StreamObserver<bria.tailored.v1.Watch.WatchJobResponse>) responseObserver);
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

  private static abstract class WatchServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    WatchServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return bria.tailored.v1.Watch.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("WatchService");
    }
  }

  private static final class WatchServiceFileDescriptorSupplier
      extends WatchServiceBaseDescriptorSupplier {
    WatchServiceFileDescriptorSupplier() {}
  }

  private static final class WatchServiceMethodDescriptorSupplier
      extends WatchServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final String methodName;

    WatchServiceMethodDescriptorSupplier(String methodName) {
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
      synchronized (WatchServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new WatchServiceFileDescriptorSupplier())
              .addMethod(getWatchModelTrainingMethod())
              .addMethod(getWatchCaptionsMethod())
              .addMethod(getWatchBulkUploadMethod())
              .addMethod(getWatchJobMethod())
              .build();
        }
      }
    }
    return result;
  }
}
