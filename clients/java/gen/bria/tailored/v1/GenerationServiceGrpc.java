package bria.tailored.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * Generation with FIBO tailored models (v2). Every RPC maps to one upstream v2 call.
 * The v2 endpoints are asynchronous by default: with `sync` unset or false the upstream answers
 * 202 with `request_id` and `status_url`, and the caller follows the job with
 * `StatusService.GetRequestStatus` (or the gateway's `WatchService`, which polls for every
 * watcher) until it is COMPLETED or ERROR; the result is in the status response. With `sync`
 * true the upstream answers 200 with `result` filled. The upstream documents two layouts for
 * that 200 body (a flat `{image_url, structured_prompt}` in its newest spec, and
 * `{"result": {...}, "request_id": ...}` in its sibling v2 specs); the `v2_generation` hook
 * normalises both into `result`.
 * Errors follow the gateway's error model (see `ErrorReason`): INVALID_ARGUMENT before any
 * upstream call for input that breaks the rules on the request, and for the upstream's 400, 415
 * and 422 (the prompt, an input image or the output failed content moderation; invalid image
 * data); PERMISSION_DENIED for the upstream's 403 "model does not belong to organization" (or
 * RESOURCE_EXHAUSTED when the 403 is the plan quota); NOT_FOUND for an unknown model id (video; the image and structured-prompt calls answer
 * an unknown id like another organisation's model, with PERMISSION_DENIED);
 * UNAUTHENTICATED for a missing or revoked token; RESOURCE_EXHAUSTED for rate limits. A model
 * that is not a `fibo` model is rejected by the upstream (INVALID_ARGUMENT); a model whose
 * training has not completed gives FAILED_PRECONDITION (reason RESOURCE_STATE_CONFLICT) with a
 * `PreconditionFailure` whose subject names the model (`models/{id}`).
 * </pre>
 */
@javax.annotation.Generated(
    value = "by gRPC proto compiler",
    comments = "Source: bria/tailored/v1/generation.proto")
@io.grpc.stub.annotations.GrpcGenerated
public final class GenerationServiceGrpc {

  private GenerationServiceGrpc() {}

  public static final String SERVICE_NAME = "bria.tailored.v1.GenerationService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<bria.tailored.v1.Generation.GenerateImageRequest,
      bria.tailored.v1.Generation.GenerateImageResponse> getGenerateImageMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GenerateImage",
      requestType = bria.tailored.v1.Generation.GenerateImageRequest.class,
      responseType = bria.tailored.v1.Generation.GenerateImageResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<bria.tailored.v1.Generation.GenerateImageRequest,
      bria.tailored.v1.Generation.GenerateImageResponse> getGenerateImageMethod() {
    io.grpc.MethodDescriptor<bria.tailored.v1.Generation.GenerateImageRequest, bria.tailored.v1.Generation.GenerateImageResponse> getGenerateImageMethod;
    if ((getGenerateImageMethod = GenerationServiceGrpc.getGenerateImageMethod) == null) {
      synchronized (GenerationServiceGrpc.class) {
        if ((getGenerateImageMethod = GenerationServiceGrpc.getGenerateImageMethod) == null) {
          GenerationServiceGrpc.getGenerateImageMethod = getGenerateImageMethod =
              io.grpc.MethodDescriptor.<bria.tailored.v1.Generation.GenerateImageRequest, bria.tailored.v1.Generation.GenerateImageResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GenerateImage"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  bria.tailored.v1.Generation.GenerateImageRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  bria.tailored.v1.Generation.GenerateImageResponse.getDefaultInstance()))
              .setSchemaDescriptor(new GenerationServiceMethodDescriptorSupplier("GenerateImage"))
              .build();
        }
      }
    }
    return getGenerateImageMethod;
  }

  private static volatile io.grpc.MethodDescriptor<bria.tailored.v1.Generation.GenerateStructuredPromptRequest,
      bria.tailored.v1.Generation.GenerateStructuredPromptResponse> getGenerateStructuredPromptMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GenerateStructuredPrompt",
      requestType = bria.tailored.v1.Generation.GenerateStructuredPromptRequest.class,
      responseType = bria.tailored.v1.Generation.GenerateStructuredPromptResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<bria.tailored.v1.Generation.GenerateStructuredPromptRequest,
      bria.tailored.v1.Generation.GenerateStructuredPromptResponse> getGenerateStructuredPromptMethod() {
    io.grpc.MethodDescriptor<bria.tailored.v1.Generation.GenerateStructuredPromptRequest, bria.tailored.v1.Generation.GenerateStructuredPromptResponse> getGenerateStructuredPromptMethod;
    if ((getGenerateStructuredPromptMethod = GenerationServiceGrpc.getGenerateStructuredPromptMethod) == null) {
      synchronized (GenerationServiceGrpc.class) {
        if ((getGenerateStructuredPromptMethod = GenerationServiceGrpc.getGenerateStructuredPromptMethod) == null) {
          GenerationServiceGrpc.getGenerateStructuredPromptMethod = getGenerateStructuredPromptMethod =
              io.grpc.MethodDescriptor.<bria.tailored.v1.Generation.GenerateStructuredPromptRequest, bria.tailored.v1.Generation.GenerateStructuredPromptResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GenerateStructuredPrompt"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  bria.tailored.v1.Generation.GenerateStructuredPromptRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  bria.tailored.v1.Generation.GenerateStructuredPromptResponse.getDefaultInstance()))
              .setSchemaDescriptor(new GenerationServiceMethodDescriptorSupplier("GenerateStructuredPrompt"))
              .build();
        }
      }
    }
    return getGenerateStructuredPromptMethod;
  }

  private static volatile io.grpc.MethodDescriptor<bria.tailored.v1.Generation.GenerateVideoRequest,
      bria.tailored.v1.Generation.GenerateVideoResponse> getGenerateVideoMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GenerateVideo",
      requestType = bria.tailored.v1.Generation.GenerateVideoRequest.class,
      responseType = bria.tailored.v1.Generation.GenerateVideoResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<bria.tailored.v1.Generation.GenerateVideoRequest,
      bria.tailored.v1.Generation.GenerateVideoResponse> getGenerateVideoMethod() {
    io.grpc.MethodDescriptor<bria.tailored.v1.Generation.GenerateVideoRequest, bria.tailored.v1.Generation.GenerateVideoResponse> getGenerateVideoMethod;
    if ((getGenerateVideoMethod = GenerationServiceGrpc.getGenerateVideoMethod) == null) {
      synchronized (GenerationServiceGrpc.class) {
        if ((getGenerateVideoMethod = GenerationServiceGrpc.getGenerateVideoMethod) == null) {
          GenerationServiceGrpc.getGenerateVideoMethod = getGenerateVideoMethod =
              io.grpc.MethodDescriptor.<bria.tailored.v1.Generation.GenerateVideoRequest, bria.tailored.v1.Generation.GenerateVideoResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GenerateVideo"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  bria.tailored.v1.Generation.GenerateVideoRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  bria.tailored.v1.Generation.GenerateVideoResponse.getDefaultInstance()))
              .setSchemaDescriptor(new GenerationServiceMethodDescriptorSupplier("GenerateVideo"))
              .build();
        }
      }
    }
    return getGenerateVideoMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static GenerationServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<GenerationServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<GenerationServiceStub>() {
        @java.lang.Override
        public GenerationServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new GenerationServiceStub(channel, callOptions);
        }
      };
    return GenerationServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static GenerationServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<GenerationServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<GenerationServiceBlockingStub>() {
        @java.lang.Override
        public GenerationServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new GenerationServiceBlockingStub(channel, callOptions);
        }
      };
    return GenerationServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static GenerationServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<GenerationServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<GenerationServiceFutureStub>() {
        @java.lang.Override
        public GenerationServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new GenerationServiceFutureStub(channel, callOptions);
        }
      };
    return GenerationServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * Generation with FIBO tailored models (v2). Every RPC maps to one upstream v2 call.
   * The v2 endpoints are asynchronous by default: with `sync` unset or false the upstream answers
   * 202 with `request_id` and `status_url`, and the caller follows the job with
   * `StatusService.GetRequestStatus` (or the gateway's `WatchService`, which polls for every
   * watcher) until it is COMPLETED or ERROR; the result is in the status response. With `sync`
   * true the upstream answers 200 with `result` filled. The upstream documents two layouts for
   * that 200 body (a flat `{image_url, structured_prompt}` in its newest spec, and
   * `{"result": {...}, "request_id": ...}` in its sibling v2 specs); the `v2_generation` hook
   * normalises both into `result`.
   * Errors follow the gateway's error model (see `ErrorReason`): INVALID_ARGUMENT before any
   * upstream call for input that breaks the rules on the request, and for the upstream's 400, 415
   * and 422 (the prompt, an input image or the output failed content moderation; invalid image
   * data); PERMISSION_DENIED for the upstream's 403 "model does not belong to organization" (or
   * RESOURCE_EXHAUSTED when the 403 is the plan quota); NOT_FOUND for an unknown model id (video; the image and structured-prompt calls answer
   * an unknown id like another organisation's model, with PERMISSION_DENIED);
   * UNAUTHENTICATED for a missing or revoked token; RESOURCE_EXHAUSTED for rate limits. A model
   * that is not a `fibo` model is rejected by the upstream (INVALID_ARGUMENT); a model whose
   * training has not completed gives FAILED_PRECONDITION (reason RESOURCE_STATE_CONFLICT) with a
   * `PreconditionFailure` whose subject names the model (`models/{id}`).
   * </pre>
   */
  public static abstract class GenerationServiceImplBase implements io.grpc.BindableService {

    /**
     * <pre>
     * Generates one image with a FIBO tailored model. A VLM bridge turns the input and the model's
     * visual schema into a structured prompt, which the response returns with the image.
     * Upstream: `POST /v2/image/generate/tailored` (202 async, the default; 200 with `sync`).
     * When `sync` is false the response carries `request_id` and `status_url`; follow the job with
     * `StatusService.GetRequestStatus` or `WatchService`. Costs one quota unit.
     * Errors: see the service comment; INVALID_ARGUMENT when the input is not exactly one of
     * `prompt`, `structured_prompt` + `seed`, `structured_prompt` + `prompt`.
     * </pre>
     */
    public void generateImage(bria.tailored.v1.Generation.GenerateImageRequest request,
        io.grpc.stub.StreamObserver<bria.tailored.v1.Generation.GenerateImageResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGenerateImageMethod(), responseObserver);
    }

    /**
     * <pre>
     * Creates a structured prompt (JSON text) from a text prompt, or refines an existing one,
     * using the model's visual schema; generates no image. Pass the result to `GenerateImage`
     * (with a seed) to render it as often as needed.
     * Upstream: `POST /v2/structured_prompt/generate/tailored` (202 async, the default; 200 with
     * `sync`). When `sync` is false the response carries `request_id` and `status_url`; follow the
     * job with `StatusService.GetRequestStatus` or `WatchService`. Costs one quota unit.
     * Errors: see the service comment; INVALID_ARGUMENT without `prompt`.
     * </pre>
     */
    public void generateStructuredPrompt(bria.tailored.v1.Generation.GenerateStructuredPromptRequest request,
        io.grpc.stub.StreamObserver<bria.tailored.v1.Generation.GenerateStructuredPromptResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGenerateStructuredPromptMethod(), responseObserver);
    }

    /**
     * <pre>
     * Animates an image produced by a tailored model into a 5-second MP4 video (Beta upstream;
     * works for FIBO models, and for legacy models until 2026-07-01).
     * Upstream: `POST /v2/video/generate/tailored/image-to-video` (202). Asynchronous only: the
     * response always carries `request_id` and `status_url`; follow the job with
     * `StatusService.GetRequestStatus` or `WatchService` (the status result holds `video_url`;
     * Bria's SDK waits up to 6 minutes). Costs one quota unit.
     * Errors: see the service comment; NOT_FOUND for an unknown `tailored_model_id`;
     * INVALID_ARGUMENT for an unsupported (415) or invalid (422) image.
     * </pre>
     */
    public void generateVideo(bria.tailored.v1.Generation.GenerateVideoRequest request,
        io.grpc.stub.StreamObserver<bria.tailored.v1.Generation.GenerateVideoResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGenerateVideoMethod(), responseObserver);
    }

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return io.grpc.ServerServiceDefinition.builder(getServiceDescriptor())
          .addMethod(
            getGenerateImageMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                bria.tailored.v1.Generation.GenerateImageRequest,
                bria.tailored.v1.Generation.GenerateImageResponse>(
                  this, METHODID_GENERATE_IMAGE)))
          .addMethod(
            getGenerateStructuredPromptMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                bria.tailored.v1.Generation.GenerateStructuredPromptRequest,
                bria.tailored.v1.Generation.GenerateStructuredPromptResponse>(
                  this, METHODID_GENERATE_STRUCTURED_PROMPT)))
          .addMethod(
            getGenerateVideoMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                bria.tailored.v1.Generation.GenerateVideoRequest,
                bria.tailored.v1.Generation.GenerateVideoResponse>(
                  this, METHODID_GENERATE_VIDEO)))
          .build();
    }
  }

  /**
   * <pre>
   * Generation with FIBO tailored models (v2). Every RPC maps to one upstream v2 call.
   * The v2 endpoints are asynchronous by default: with `sync` unset or false the upstream answers
   * 202 with `request_id` and `status_url`, and the caller follows the job with
   * `StatusService.GetRequestStatus` (or the gateway's `WatchService`, which polls for every
   * watcher) until it is COMPLETED or ERROR; the result is in the status response. With `sync`
   * true the upstream answers 200 with `result` filled. The upstream documents two layouts for
   * that 200 body (a flat `{image_url, structured_prompt}` in its newest spec, and
   * `{"result": {...}, "request_id": ...}` in its sibling v2 specs); the `v2_generation` hook
   * normalises both into `result`.
   * Errors follow the gateway's error model (see `ErrorReason`): INVALID_ARGUMENT before any
   * upstream call for input that breaks the rules on the request, and for the upstream's 400, 415
   * and 422 (the prompt, an input image or the output failed content moderation; invalid image
   * data); PERMISSION_DENIED for the upstream's 403 "model does not belong to organization" (or
   * RESOURCE_EXHAUSTED when the 403 is the plan quota); NOT_FOUND for an unknown model id (video; the image and structured-prompt calls answer
   * an unknown id like another organisation's model, with PERMISSION_DENIED);
   * UNAUTHENTICATED for a missing or revoked token; RESOURCE_EXHAUSTED for rate limits. A model
   * that is not a `fibo` model is rejected by the upstream (INVALID_ARGUMENT); a model whose
   * training has not completed gives FAILED_PRECONDITION (reason RESOURCE_STATE_CONFLICT) with a
   * `PreconditionFailure` whose subject names the model (`models/{id}`).
   * </pre>
   */
  public static final class GenerationServiceStub extends io.grpc.stub.AbstractAsyncStub<GenerationServiceStub> {
    private GenerationServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected GenerationServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new GenerationServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * Generates one image with a FIBO tailored model. A VLM bridge turns the input and the model's
     * visual schema into a structured prompt, which the response returns with the image.
     * Upstream: `POST /v2/image/generate/tailored` (202 async, the default; 200 with `sync`).
     * When `sync` is false the response carries `request_id` and `status_url`; follow the job with
     * `StatusService.GetRequestStatus` or `WatchService`. Costs one quota unit.
     * Errors: see the service comment; INVALID_ARGUMENT when the input is not exactly one of
     * `prompt`, `structured_prompt` + `seed`, `structured_prompt` + `prompt`.
     * </pre>
     */
    public void generateImage(bria.tailored.v1.Generation.GenerateImageRequest request,
        io.grpc.stub.StreamObserver<bria.tailored.v1.Generation.GenerateImageResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGenerateImageMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Creates a structured prompt (JSON text) from a text prompt, or refines an existing one,
     * using the model's visual schema; generates no image. Pass the result to `GenerateImage`
     * (with a seed) to render it as often as needed.
     * Upstream: `POST /v2/structured_prompt/generate/tailored` (202 async, the default; 200 with
     * `sync`). When `sync` is false the response carries `request_id` and `status_url`; follow the
     * job with `StatusService.GetRequestStatus` or `WatchService`. Costs one quota unit.
     * Errors: see the service comment; INVALID_ARGUMENT without `prompt`.
     * </pre>
     */
    public void generateStructuredPrompt(bria.tailored.v1.Generation.GenerateStructuredPromptRequest request,
        io.grpc.stub.StreamObserver<bria.tailored.v1.Generation.GenerateStructuredPromptResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGenerateStructuredPromptMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Animates an image produced by a tailored model into a 5-second MP4 video (Beta upstream;
     * works for FIBO models, and for legacy models until 2026-07-01).
     * Upstream: `POST /v2/video/generate/tailored/image-to-video` (202). Asynchronous only: the
     * response always carries `request_id` and `status_url`; follow the job with
     * `StatusService.GetRequestStatus` or `WatchService` (the status result holds `video_url`;
     * Bria's SDK waits up to 6 minutes). Costs one quota unit.
     * Errors: see the service comment; NOT_FOUND for an unknown `tailored_model_id`;
     * INVALID_ARGUMENT for an unsupported (415) or invalid (422) image.
     * </pre>
     */
    public void generateVideo(bria.tailored.v1.Generation.GenerateVideoRequest request,
        io.grpc.stub.StreamObserver<bria.tailored.v1.Generation.GenerateVideoResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGenerateVideoMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * <pre>
   * Generation with FIBO tailored models (v2). Every RPC maps to one upstream v2 call.
   * The v2 endpoints are asynchronous by default: with `sync` unset or false the upstream answers
   * 202 with `request_id` and `status_url`, and the caller follows the job with
   * `StatusService.GetRequestStatus` (or the gateway's `WatchService`, which polls for every
   * watcher) until it is COMPLETED or ERROR; the result is in the status response. With `sync`
   * true the upstream answers 200 with `result` filled. The upstream documents two layouts for
   * that 200 body (a flat `{image_url, structured_prompt}` in its newest spec, and
   * `{"result": {...}, "request_id": ...}` in its sibling v2 specs); the `v2_generation` hook
   * normalises both into `result`.
   * Errors follow the gateway's error model (see `ErrorReason`): INVALID_ARGUMENT before any
   * upstream call for input that breaks the rules on the request, and for the upstream's 400, 415
   * and 422 (the prompt, an input image or the output failed content moderation; invalid image
   * data); PERMISSION_DENIED for the upstream's 403 "model does not belong to organization" (or
   * RESOURCE_EXHAUSTED when the 403 is the plan quota); NOT_FOUND for an unknown model id (video; the image and structured-prompt calls answer
   * an unknown id like another organisation's model, with PERMISSION_DENIED);
   * UNAUTHENTICATED for a missing or revoked token; RESOURCE_EXHAUSTED for rate limits. A model
   * that is not a `fibo` model is rejected by the upstream (INVALID_ARGUMENT); a model whose
   * training has not completed gives FAILED_PRECONDITION (reason RESOURCE_STATE_CONFLICT) with a
   * `PreconditionFailure` whose subject names the model (`models/{id}`).
   * </pre>
   */
  public static final class GenerationServiceBlockingStub extends io.grpc.stub.AbstractBlockingStub<GenerationServiceBlockingStub> {
    private GenerationServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected GenerationServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new GenerationServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * Generates one image with a FIBO tailored model. A VLM bridge turns the input and the model's
     * visual schema into a structured prompt, which the response returns with the image.
     * Upstream: `POST /v2/image/generate/tailored` (202 async, the default; 200 with `sync`).
     * When `sync` is false the response carries `request_id` and `status_url`; follow the job with
     * `StatusService.GetRequestStatus` or `WatchService`. Costs one quota unit.
     * Errors: see the service comment; INVALID_ARGUMENT when the input is not exactly one of
     * `prompt`, `structured_prompt` + `seed`, `structured_prompt` + `prompt`.
     * </pre>
     */
    public bria.tailored.v1.Generation.GenerateImageResponse generateImage(bria.tailored.v1.Generation.GenerateImageRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGenerateImageMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Creates a structured prompt (JSON text) from a text prompt, or refines an existing one,
     * using the model's visual schema; generates no image. Pass the result to `GenerateImage`
     * (with a seed) to render it as often as needed.
     * Upstream: `POST /v2/structured_prompt/generate/tailored` (202 async, the default; 200 with
     * `sync`). When `sync` is false the response carries `request_id` and `status_url`; follow the
     * job with `StatusService.GetRequestStatus` or `WatchService`. Costs one quota unit.
     * Errors: see the service comment; INVALID_ARGUMENT without `prompt`.
     * </pre>
     */
    public bria.tailored.v1.Generation.GenerateStructuredPromptResponse generateStructuredPrompt(bria.tailored.v1.Generation.GenerateStructuredPromptRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGenerateStructuredPromptMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Animates an image produced by a tailored model into a 5-second MP4 video (Beta upstream;
     * works for FIBO models, and for legacy models until 2026-07-01).
     * Upstream: `POST /v2/video/generate/tailored/image-to-video` (202). Asynchronous only: the
     * response always carries `request_id` and `status_url`; follow the job with
     * `StatusService.GetRequestStatus` or `WatchService` (the status result holds `video_url`;
     * Bria's SDK waits up to 6 minutes). Costs one quota unit.
     * Errors: see the service comment; NOT_FOUND for an unknown `tailored_model_id`;
     * INVALID_ARGUMENT for an unsupported (415) or invalid (422) image.
     * </pre>
     */
    public bria.tailored.v1.Generation.GenerateVideoResponse generateVideo(bria.tailored.v1.Generation.GenerateVideoRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGenerateVideoMethod(), getCallOptions(), request);
    }
  }

  /**
   * <pre>
   * Generation with FIBO tailored models (v2). Every RPC maps to one upstream v2 call.
   * The v2 endpoints are asynchronous by default: with `sync` unset or false the upstream answers
   * 202 with `request_id` and `status_url`, and the caller follows the job with
   * `StatusService.GetRequestStatus` (or the gateway's `WatchService`, which polls for every
   * watcher) until it is COMPLETED or ERROR; the result is in the status response. With `sync`
   * true the upstream answers 200 with `result` filled. The upstream documents two layouts for
   * that 200 body (a flat `{image_url, structured_prompt}` in its newest spec, and
   * `{"result": {...}, "request_id": ...}` in its sibling v2 specs); the `v2_generation` hook
   * normalises both into `result`.
   * Errors follow the gateway's error model (see `ErrorReason`): INVALID_ARGUMENT before any
   * upstream call for input that breaks the rules on the request, and for the upstream's 400, 415
   * and 422 (the prompt, an input image or the output failed content moderation; invalid image
   * data); PERMISSION_DENIED for the upstream's 403 "model does not belong to organization" (or
   * RESOURCE_EXHAUSTED when the 403 is the plan quota); NOT_FOUND for an unknown model id (video; the image and structured-prompt calls answer
   * an unknown id like another organisation's model, with PERMISSION_DENIED);
   * UNAUTHENTICATED for a missing or revoked token; RESOURCE_EXHAUSTED for rate limits. A model
   * that is not a `fibo` model is rejected by the upstream (INVALID_ARGUMENT); a model whose
   * training has not completed gives FAILED_PRECONDITION (reason RESOURCE_STATE_CONFLICT) with a
   * `PreconditionFailure` whose subject names the model (`models/{id}`).
   * </pre>
   */
  public static final class GenerationServiceFutureStub extends io.grpc.stub.AbstractFutureStub<GenerationServiceFutureStub> {
    private GenerationServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected GenerationServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new GenerationServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * Generates one image with a FIBO tailored model. A VLM bridge turns the input and the model's
     * visual schema into a structured prompt, which the response returns with the image.
     * Upstream: `POST /v2/image/generate/tailored` (202 async, the default; 200 with `sync`).
     * When `sync` is false the response carries `request_id` and `status_url`; follow the job with
     * `StatusService.GetRequestStatus` or `WatchService`. Costs one quota unit.
     * Errors: see the service comment; INVALID_ARGUMENT when the input is not exactly one of
     * `prompt`, `structured_prompt` + `seed`, `structured_prompt` + `prompt`.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<bria.tailored.v1.Generation.GenerateImageResponse> generateImage(
        bria.tailored.v1.Generation.GenerateImageRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGenerateImageMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Creates a structured prompt (JSON text) from a text prompt, or refines an existing one,
     * using the model's visual schema; generates no image. Pass the result to `GenerateImage`
     * (with a seed) to render it as often as needed.
     * Upstream: `POST /v2/structured_prompt/generate/tailored` (202 async, the default; 200 with
     * `sync`). When `sync` is false the response carries `request_id` and `status_url`; follow the
     * job with `StatusService.GetRequestStatus` or `WatchService`. Costs one quota unit.
     * Errors: see the service comment; INVALID_ARGUMENT without `prompt`.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<bria.tailored.v1.Generation.GenerateStructuredPromptResponse> generateStructuredPrompt(
        bria.tailored.v1.Generation.GenerateStructuredPromptRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGenerateStructuredPromptMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Animates an image produced by a tailored model into a 5-second MP4 video (Beta upstream;
     * works for FIBO models, and for legacy models until 2026-07-01).
     * Upstream: `POST /v2/video/generate/tailored/image-to-video` (202). Asynchronous only: the
     * response always carries `request_id` and `status_url`; follow the job with
     * `StatusService.GetRequestStatus` or `WatchService` (the status result holds `video_url`;
     * Bria's SDK waits up to 6 minutes). Costs one quota unit.
     * Errors: see the service comment; NOT_FOUND for an unknown `tailored_model_id`;
     * INVALID_ARGUMENT for an unsupported (415) or invalid (422) image.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<bria.tailored.v1.Generation.GenerateVideoResponse> generateVideo(
        bria.tailored.v1.Generation.GenerateVideoRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGenerateVideoMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_GENERATE_IMAGE = 0;
  private static final int METHODID_GENERATE_STRUCTURED_PROMPT = 1;
  private static final int METHODID_GENERATE_VIDEO = 2;

  private static final class MethodHandlers<Req, Resp> implements
      io.grpc.stub.ServerCalls.UnaryMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.ServerStreamingMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.ClientStreamingMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.BidiStreamingMethod<Req, Resp> {
    private final GenerationServiceImplBase serviceImpl;
    private final int methodId;

    MethodHandlers(GenerationServiceImplBase serviceImpl, int methodId) {
      this.serviceImpl = serviceImpl;
      this.methodId = methodId;
    }

    @java.lang.Override
    @java.lang.SuppressWarnings("unchecked")
    public void invoke(Req request, io.grpc.stub.StreamObserver<Resp> responseObserver) {
      switch (methodId) {
        case METHODID_GENERATE_IMAGE:
          serviceImpl.generateImage((bria.tailored.v1.Generation.GenerateImageRequest) request,
              (io.grpc.stub.StreamObserver<bria.tailored.v1.Generation.GenerateImageResponse>) responseObserver);
          break;
        case METHODID_GENERATE_STRUCTURED_PROMPT:
          serviceImpl.generateStructuredPrompt((bria.tailored.v1.Generation.GenerateStructuredPromptRequest) request,
              (io.grpc.stub.StreamObserver<bria.tailored.v1.Generation.GenerateStructuredPromptResponse>) responseObserver);
          break;
        case METHODID_GENERATE_VIDEO:
          serviceImpl.generateVideo((bria.tailored.v1.Generation.GenerateVideoRequest) request,
              (io.grpc.stub.StreamObserver<bria.tailored.v1.Generation.GenerateVideoResponse>) responseObserver);
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

  private static abstract class GenerationServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    GenerationServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return bria.tailored.v1.Generation.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("GenerationService");
    }
  }

  private static final class GenerationServiceFileDescriptorSupplier
      extends GenerationServiceBaseDescriptorSupplier {
    GenerationServiceFileDescriptorSupplier() {}
  }

  private static final class GenerationServiceMethodDescriptorSupplier
      extends GenerationServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final String methodName;

    GenerationServiceMethodDescriptorSupplier(String methodName) {
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
      synchronized (GenerationServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new GenerationServiceFileDescriptorSupplier())
              .addMethod(getGenerateImageMethod())
              .addMethod(getGenerateStructuredPromptMethod())
              .addMethod(getGenerateVideoMethod())
              .build();
        }
      }
    }
    return result;
  }
}
