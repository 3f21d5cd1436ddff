package bria.tailored.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * Generation with legacy tailored models (training versions `light`, `max`, `bria-2.3`,
 * `bria-3.2`; not `fibo`, which uses `GenerationService`). Deprecated upstream: Bria ends support
 * for these v1 endpoints on 2026-07-01, and its newest documentation no longer lists them.
 * Every RPC maps to one upstream v1 call that answers 200 with a list of results. There is no
 * request id and the Status Service does not apply: with `sync` false the URLs are placeholders
 * that become readable a few seconds later (403/404 until then; a zero-byte file means the output
 * failed content moderation). With `sync` true and moderation on, outputs that fail moderation
 * come back as blocked items in `result`.
 * Errors follow the gateway's error model (see `ErrorReason`): INVALID_ARGUMENT before any
 * upstream call for input that breaks the rules on the request, and for the upstream's 400, 413
 * (file over 12 MB), 415 (unsupported image type) and 422 (an input image, or every output,
 * failed content moderation; or an image URL that is not an image); NOT_FOUND for a model (or
 * checkpoint) that does not exist or belongs to another organisation; UNAUTHENTICATED for a
 * missing or revoked token; PERMISSION_DENIED or RESOURCE_EXHAUSTED (plan quota) for the
 * upstream's 403 (also used for an image URL the upstream may not fetch); RESOURCE_EXHAUSTED for
 * rate limits. A model the endpoint cannot serve (a `fibo` model; `fast`, guidance methods or an
 * image prompt on a `max` model) is rejected by the upstream, not by the gateway, which cannot see
 * the model's training version. A model whose training has not completed gives
 * FAILED_PRECONDITION (reason RESOURCE_STATE_CONFLICT, subject `models/{id}`) when the upstream's
 * 400 says the model is not ready or its training is not completed.
 * </pre>
 */
@javax.annotation.Generated(
    value = "by gRPC proto compiler",
    comments = "Source: bria/tailored/v1/legacy_generation.proto")
@io.grpc.stub.annotations.GrpcGenerated
@java.lang.Deprecated
public final class LegacyGenerationServiceGrpc {

  private LegacyGenerationServiceGrpc() {}

  public static final String SERVICE_NAME = "bria.tailored.v1.LegacyGenerationService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<bria.tailored.v1.LegacyGeneration.TextToImageRequest,
      bria.tailored.v1.LegacyGeneration.TextToImageResponse> getTextToImageMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "TextToImage",
      requestType = bria.tailored.v1.LegacyGeneration.TextToImageRequest.class,
      responseType = bria.tailored.v1.LegacyGeneration.TextToImageResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<bria.tailored.v1.LegacyGeneration.TextToImageRequest,
      bria.tailored.v1.LegacyGeneration.TextToImageResponse> getTextToImageMethod() {
    io.grpc.MethodDescriptor<bria.tailored.v1.LegacyGeneration.TextToImageRequest, bria.tailored.v1.LegacyGeneration.TextToImageResponse> getTextToImageMethod;
    if ((getTextToImageMethod = LegacyGenerationServiceGrpc.getTextToImageMethod) == null) {
      synchronized (LegacyGenerationServiceGrpc.class) {
        if ((getTextToImageMethod = LegacyGenerationServiceGrpc.getTextToImageMethod) == null) {
          LegacyGenerationServiceGrpc.getTextToImageMethod = getTextToImageMethod =
              io.grpc.MethodDescriptor.<bria.tailored.v1.LegacyGeneration.TextToImageRequest, bria.tailored.v1.LegacyGeneration.TextToImageResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "TextToImage"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  bria.tailored.v1.LegacyGeneration.TextToImageRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  bria.tailored.v1.LegacyGeneration.TextToImageResponse.getDefaultInstance()))
              .setSchemaDescriptor(new LegacyGenerationServiceMethodDescriptorSupplier("TextToImage"))
              .build();
        }
      }
    }
    return getTextToImageMethod;
  }

  private static volatile io.grpc.MethodDescriptor<bria.tailored.v1.LegacyGeneration.TextToImageAtCheckpointRequest,
      bria.tailored.v1.LegacyGeneration.TextToImageAtCheckpointResponse> getTextToImageAtCheckpointMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "TextToImageAtCheckpoint",
      requestType = bria.tailored.v1.LegacyGeneration.TextToImageAtCheckpointRequest.class,
      responseType = bria.tailored.v1.LegacyGeneration.TextToImageAtCheckpointResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<bria.tailored.v1.LegacyGeneration.TextToImageAtCheckpointRequest,
      bria.tailored.v1.LegacyGeneration.TextToImageAtCheckpointResponse> getTextToImageAtCheckpointMethod() {
    io.grpc.MethodDescriptor<bria.tailored.v1.LegacyGeneration.TextToImageAtCheckpointRequest, bria.tailored.v1.LegacyGeneration.TextToImageAtCheckpointResponse> getTextToImageAtCheckpointMethod;
    if ((getTextToImageAtCheckpointMethod = LegacyGenerationServiceGrpc.getTextToImageAtCheckpointMethod) == null) {
      synchronized (LegacyGenerationServiceGrpc.class) {
        if ((getTextToImageAtCheckpointMethod = LegacyGenerationServiceGrpc.getTextToImageAtCheckpointMethod) == null) {
          LegacyGenerationServiceGrpc.getTextToImageAtCheckpointMethod = getTextToImageAtCheckpointMethod =
              io.grpc.MethodDescriptor.<bria.tailored.v1.LegacyGeneration.TextToImageAtCheckpointRequest, bria.tailored.v1.LegacyGeneration.TextToImageAtCheckpointResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "TextToImageAtCheckpoint"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  bria.tailored.v1.LegacyGeneration.TextToImageAtCheckpointRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  bria.tailored.v1.LegacyGeneration.TextToImageAtCheckpointResponse.getDefaultInstance()))
              .setSchemaDescriptor(new LegacyGenerationServiceMethodDescriptorSupplier("TextToImageAtCheckpoint"))
              .build();
        }
      }
    }
    return getTextToImageAtCheckpointMethod;
  }

  private static volatile io.grpc.MethodDescriptor<bria.tailored.v1.LegacyGeneration.TextToVectorRequest,
      bria.tailored.v1.LegacyGeneration.TextToVectorResponse> getTextToVectorMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "TextToVector",
      requestType = bria.tailored.v1.LegacyGeneration.TextToVectorRequest.class,
      responseType = bria.tailored.v1.LegacyGeneration.TextToVectorResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<bria.tailored.v1.LegacyGeneration.TextToVectorRequest,
      bria.tailored.v1.LegacyGeneration.TextToVectorResponse> getTextToVectorMethod() {
    io.grpc.MethodDescriptor<bria.tailored.v1.LegacyGeneration.TextToVectorRequest, bria.tailored.v1.LegacyGeneration.TextToVectorResponse> getTextToVectorMethod;
    if ((getTextToVectorMethod = LegacyGenerationServiceGrpc.getTextToVectorMethod) == null) {
      synchronized (LegacyGenerationServiceGrpc.class) {
        if ((getTextToVectorMethod = LegacyGenerationServiceGrpc.getTextToVectorMethod) == null) {
          LegacyGenerationServiceGrpc.getTextToVectorMethod = getTextToVectorMethod =
              io.grpc.MethodDescriptor.<bria.tailored.v1.LegacyGeneration.TextToVectorRequest, bria.tailored.v1.LegacyGeneration.TextToVectorResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "TextToVector"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  bria.tailored.v1.LegacyGeneration.TextToVectorRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  bria.tailored.v1.LegacyGeneration.TextToVectorResponse.getDefaultInstance()))
              .setSchemaDescriptor(new LegacyGenerationServiceMethodDescriptorSupplier("TextToVector"))
              .build();
        }
      }
    }
    return getTextToVectorMethod;
  }

  private static volatile io.grpc.MethodDescriptor<bria.tailored.v1.LegacyGeneration.TextToVectorAtCheckpointRequest,
      bria.tailored.v1.LegacyGeneration.TextToVectorAtCheckpointResponse> getTextToVectorAtCheckpointMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "TextToVectorAtCheckpoint",
      requestType = bria.tailored.v1.LegacyGeneration.TextToVectorAtCheckpointRequest.class,
      responseType = bria.tailored.v1.LegacyGeneration.TextToVectorAtCheckpointResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<bria.tailored.v1.LegacyGeneration.TextToVectorAtCheckpointRequest,
      bria.tailored.v1.LegacyGeneration.TextToVectorAtCheckpointResponse> getTextToVectorAtCheckpointMethod() {
    io.grpc.MethodDescriptor<bria.tailored.v1.LegacyGeneration.TextToVectorAtCheckpointRequest, bria.tailored.v1.LegacyGeneration.TextToVectorAtCheckpointResponse> getTextToVectorAtCheckpointMethod;
    if ((getTextToVectorAtCheckpointMethod = LegacyGenerationServiceGrpc.getTextToVectorAtCheckpointMethod) == null) {
      synchronized (LegacyGenerationServiceGrpc.class) {
        if ((getTextToVectorAtCheckpointMethod = LegacyGenerationServiceGrpc.getTextToVectorAtCheckpointMethod) == null) {
          LegacyGenerationServiceGrpc.getTextToVectorAtCheckpointMethod = getTextToVectorAtCheckpointMethod =
              io.grpc.MethodDescriptor.<bria.tailored.v1.LegacyGeneration.TextToVectorAtCheckpointRequest, bria.tailored.v1.LegacyGeneration.TextToVectorAtCheckpointResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "TextToVectorAtCheckpoint"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  bria.tailored.v1.LegacyGeneration.TextToVectorAtCheckpointRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  bria.tailored.v1.LegacyGeneration.TextToVectorAtCheckpointResponse.getDefaultInstance()))
              .setSchemaDescriptor(new LegacyGenerationServiceMethodDescriptorSupplier("TextToVectorAtCheckpoint"))
              .build();
        }
      }
    }
    return getTextToVectorAtCheckpointMethod;
  }

  private static volatile io.grpc.MethodDescriptor<bria.tailored.v1.LegacyGeneration.RestylePortraitRequest,
      bria.tailored.v1.LegacyGeneration.RestylePortraitResponse> getRestylePortraitMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "RestylePortrait",
      requestType = bria.tailored.v1.LegacyGeneration.RestylePortraitRequest.class,
      responseType = bria.tailored.v1.LegacyGeneration.RestylePortraitResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<bria.tailored.v1.LegacyGeneration.RestylePortraitRequest,
      bria.tailored.v1.LegacyGeneration.RestylePortraitResponse> getRestylePortraitMethod() {
    io.grpc.MethodDescriptor<bria.tailored.v1.LegacyGeneration.RestylePortraitRequest, bria.tailored.v1.LegacyGeneration.RestylePortraitResponse> getRestylePortraitMethod;
    if ((getRestylePortraitMethod = LegacyGenerationServiceGrpc.getRestylePortraitMethod) == null) {
      synchronized (LegacyGenerationServiceGrpc.class) {
        if ((getRestylePortraitMethod = LegacyGenerationServiceGrpc.getRestylePortraitMethod) == null) {
          LegacyGenerationServiceGrpc.getRestylePortraitMethod = getRestylePortraitMethod =
              io.grpc.MethodDescriptor.<bria.tailored.v1.LegacyGeneration.RestylePortraitRequest, bria.tailored.v1.LegacyGeneration.RestylePortraitResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "RestylePortrait"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  bria.tailored.v1.LegacyGeneration.RestylePortraitRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  bria.tailored.v1.LegacyGeneration.RestylePortraitResponse.getDefaultInstance()))
              .setSchemaDescriptor(new LegacyGenerationServiceMethodDescriptorSupplier("RestylePortrait"))
              .build();
        }
      }
    }
    return getRestylePortraitMethod;
  }

  private static volatile io.grpc.MethodDescriptor<bria.tailored.v1.LegacyGeneration.ReimagineRequest,
      bria.tailored.v1.LegacyGeneration.ReimagineResponse> getReimagineMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "Reimagine",
      requestType = bria.tailored.v1.LegacyGeneration.ReimagineRequest.class,
      responseType = bria.tailored.v1.LegacyGeneration.ReimagineResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<bria.tailored.v1.LegacyGeneration.ReimagineRequest,
      bria.tailored.v1.LegacyGeneration.ReimagineResponse> getReimagineMethod() {
    io.grpc.MethodDescriptor<bria.tailored.v1.LegacyGeneration.ReimagineRequest, bria.tailored.v1.LegacyGeneration.ReimagineResponse> getReimagineMethod;
    if ((getReimagineMethod = LegacyGenerationServiceGrpc.getReimagineMethod) == null) {
      synchronized (LegacyGenerationServiceGrpc.class) {
        if ((getReimagineMethod = LegacyGenerationServiceGrpc.getReimagineMethod) == null) {
          LegacyGenerationServiceGrpc.getReimagineMethod = getReimagineMethod =
              io.grpc.MethodDescriptor.<bria.tailored.v1.LegacyGeneration.ReimagineRequest, bria.tailored.v1.LegacyGeneration.ReimagineResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "Reimagine"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  bria.tailored.v1.LegacyGeneration.ReimagineRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  bria.tailored.v1.LegacyGeneration.ReimagineResponse.getDefaultInstance()))
              .setSchemaDescriptor(new LegacyGenerationServiceMethodDescriptorSupplier("Reimagine"))
              .build();
        }
      }
    }
    return getReimagineMethod;
  }

  private static volatile io.grpc.MethodDescriptor<bria.tailored.v1.LegacyGeneration.ReimagineTailoredRequest,
      bria.tailored.v1.LegacyGeneration.ReimagineTailoredResponse> getReimagineTailoredMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ReimagineTailored",
      requestType = bria.tailored.v1.LegacyGeneration.ReimagineTailoredRequest.class,
      responseType = bria.tailored.v1.LegacyGeneration.ReimagineTailoredResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<bria.tailored.v1.LegacyGeneration.ReimagineTailoredRequest,
      bria.tailored.v1.LegacyGeneration.ReimagineTailoredResponse> getReimagineTailoredMethod() {
    io.grpc.MethodDescriptor<bria.tailored.v1.LegacyGeneration.ReimagineTailoredRequest, bria.tailored.v1.LegacyGeneration.ReimagineTailoredResponse> getReimagineTailoredMethod;
    if ((getReimagineTailoredMethod = LegacyGenerationServiceGrpc.getReimagineTailoredMethod) == null) {
      synchronized (LegacyGenerationServiceGrpc.class) {
        if ((getReimagineTailoredMethod = LegacyGenerationServiceGrpc.getReimagineTailoredMethod) == null) {
          LegacyGenerationServiceGrpc.getReimagineTailoredMethod = getReimagineTailoredMethod =
              io.grpc.MethodDescriptor.<bria.tailored.v1.LegacyGeneration.ReimagineTailoredRequest, bria.tailored.v1.LegacyGeneration.ReimagineTailoredResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ReimagineTailored"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  bria.tailored.v1.LegacyGeneration.ReimagineTailoredRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  bria.tailored.v1.LegacyGeneration.ReimagineTailoredResponse.getDefaultInstance()))
              .setSchemaDescriptor(new LegacyGenerationServiceMethodDescriptorSupplier("ReimagineTailored"))
              .build();
        }
      }
    }
    return getReimagineTailoredMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static LegacyGenerationServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<LegacyGenerationServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<LegacyGenerationServiceStub>() {
        @java.lang.Override
        public LegacyGenerationServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new LegacyGenerationServiceStub(channel, callOptions);
        }
      };
    return LegacyGenerationServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static LegacyGenerationServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<LegacyGenerationServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<LegacyGenerationServiceBlockingStub>() {
        @java.lang.Override
        public LegacyGenerationServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new LegacyGenerationServiceBlockingStub(channel, callOptions);
        }
      };
    return LegacyGenerationServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static LegacyGenerationServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<LegacyGenerationServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<LegacyGenerationServiceFutureStub>() {
        @java.lang.Override
        public LegacyGenerationServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new LegacyGenerationServiceFutureStub(channel, callOptions);
        }
      };
    return LegacyGenerationServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * Generation with legacy tailored models (training versions `light`, `max`, `bria-2.3`,
   * `bria-3.2`; not `fibo`, which uses `GenerationService`). Deprecated upstream: Bria ends support
   * for these v1 endpoints on 2026-07-01, and its newest documentation no longer lists them.
   * Every RPC maps to one upstream v1 call that answers 200 with a list of results. There is no
   * request id and the Status Service does not apply: with `sync` false the URLs are placeholders
   * that become readable a few seconds later (403/404 until then; a zero-byte file means the output
   * failed content moderation). With `sync` true and moderation on, outputs that fail moderation
   * come back as blocked items in `result`.
   * Errors follow the gateway's error model (see `ErrorReason`): INVALID_ARGUMENT before any
   * upstream call for input that breaks the rules on the request, and for the upstream's 400, 413
   * (file over 12 MB), 415 (unsupported image type) and 422 (an input image, or every output,
   * failed content moderation; or an image URL that is not an image); NOT_FOUND for a model (or
   * checkpoint) that does not exist or belongs to another organisation; UNAUTHENTICATED for a
   * missing or revoked token; PERMISSION_DENIED or RESOURCE_EXHAUSTED (plan quota) for the
   * upstream's 403 (also used for an image URL the upstream may not fetch); RESOURCE_EXHAUSTED for
   * rate limits. A model the endpoint cannot serve (a `fibo` model; `fast`, guidance methods or an
   * image prompt on a `max` model) is rejected by the upstream, not by the gateway, which cannot see
   * the model's training version. A model whose training has not completed gives
   * FAILED_PRECONDITION (reason RESOURCE_STATE_CONFLICT, subject `models/{id}`) when the upstream's
   * 400 says the model is not ready or its training is not completed.
   * </pre>
   */
  @java.lang.Deprecated
  public static abstract class LegacyGenerationServiceImplBase implements io.grpc.BindableService {

    /**
     * <pre>
     * Generates images with a legacy tailored model.
     * Upstream: `POST /v1/text-to-image/tailored/{model_id}` (200). Deprecated upstream; support
     * ends 2026-07-01. Costs one quota unit per requested image (`num_results`, default 4).
     * Errors: see the service comment.
     * </pre>
     */
    @java.lang.Deprecated
    public void textToImage(bria.tailored.v1.LegacyGeneration.TextToImageRequest request,
        io.grpc.stub.StreamObserver<bria.tailored.v1.LegacyGeneration.TextToImageResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getTextToImageMethod(), responseObserver);
    }

    /**
     * <pre>
     * Generates images with one checkpoint of an expert-mode legacy model.
     * Upstream: `POST /v1/text-to-image/tailored/{model_id}/{checkpoint_step}` (200). Deprecated
     * upstream; support ends 2026-07-01. Costs one quota unit per requested image.
     * Errors: see the service comment; NOT_FOUND also for a checkpoint that does not exist.
     * </pre>
     */
    @java.lang.Deprecated
    public void textToImageAtCheckpoint(bria.tailored.v1.LegacyGeneration.TextToImageAtCheckpointRequest request,
        io.grpc.stub.StreamObserver<bria.tailored.v1.LegacyGeneration.TextToImageAtCheckpointResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getTextToImageAtCheckpointMethod(), responseObserver);
    }

    /**
     * <pre>
     * Generates vector graphics with a legacy tailored model of the illustrative domain.
     * Upstream: `POST /v1/text-to-vector/tailored/{model_id}` (200); `sync` defaults to true here.
     * Deprecated upstream; support ends 2026-07-01. Costs one quota unit per requested result.
     * Errors: see the service comment.
     * </pre>
     */
    @java.lang.Deprecated
    public void textToVector(bria.tailored.v1.LegacyGeneration.TextToVectorRequest request,
        io.grpc.stub.StreamObserver<bria.tailored.v1.LegacyGeneration.TextToVectorResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getTextToVectorMethod(), responseObserver);
    }

    /**
     * <pre>
     * Generates vector graphics with one checkpoint of an expert-mode legacy model.
     * Upstream: `POST /v1/text-to-vector/tailored/{model_id}/{checkpoint_step}` (200). Deprecated
     * upstream; support ends 2026-07-01. Costs one quota unit per requested result.
     * Errors: see the service comment; NOT_FOUND also for a checkpoint that does not exist.
     * </pre>
     */
    @java.lang.Deprecated
    public void textToVectorAtCheckpoint(bria.tailored.v1.LegacyGeneration.TextToVectorAtCheckpointRequest request,
        io.grpc.stub.StreamObserver<bria.tailored.v1.LegacyGeneration.TextToVectorAtCheckpointResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getTextToVectorAtCheckpointMethod(), responseObserver);
    }

    /**
     * <pre>
     * Restyles a portrait in the tailored model's style while keeping the person's identity
     * ("Reimagine – Portrait Reference"). Works for portraits from the torso up with a face of at
     * least 500×500 px, and only with `light` models, expert-mode `bria-2.3` models and uploaded
     * `bria-2.3` models. Upstream: `POST /v1/tailored-gen/restyle_portrait` (200); `sync` defaults
     * to true. Deprecated with the other legacy generators (support ends 2026-07-01). Costs one
     * quota unit. Errors: see the service comment.
     * </pre>
     */
    @java.lang.Deprecated
    public void restylePortrait(bria.tailored.v1.LegacyGeneration.RestylePortraitRequest request,
        io.grpc.stub.StreamObserver<bria.tailored.v1.LegacyGeneration.RestylePortraitResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getRestylePortraitMethod(), responseObserver);
    }

    /**
     * <pre>
     * Generates images that keep the structure of a reference image, in the style of a tailored
     * model ("Reimagine – Structure Reference"; `light` models are the ones described as
     * compatible). Upstream: `POST /v1/reimagine` (200) with `tailored_model_id` in the body; the
     * output keeps the reference's aspect ratio at about 1 MP. Only partially documented upstream:
     * the fields come from Bria's ComfyUI nodes and third-party listings. Deprecated with the other
     * legacy generators (support ends 2026-07-01). Costs one quota unit per requested image
     * (`num_results`, default 1). Errors: see the service comment.
     * </pre>
     */
    @java.lang.Deprecated
    public void reimagine(bria.tailored.v1.LegacyGeneration.ReimagineRequest request,
        io.grpc.stub.StreamObserver<bria.tailored.v1.LegacyGeneration.ReimagineResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getReimagineMethod(), responseObserver);
    }

    /**
     * <pre>
     * Structure-reference generation with the tailored model in the path.
     * Upstream: `POST /v1/reimagine/tailored/{model_id}`. This operation is named only in old
     * overview pages of Bria's documentation (no page, schema or client usage was found); its
     * fields are inferred from `POST /v1/reimagine` (see `Reimagine`, the documented way to do the
     * same thing), minus `tailored_model_id`, and its response is assumed to be the same. Prefer
     * `Reimagine`. Deprecated with the other legacy generators (support ends 2026-07-01). Costs one
     * quota unit per requested image. Errors: see the service comment.
     * </pre>
     */
    @java.lang.Deprecated
    public void reimagineTailored(bria.tailored.v1.LegacyGeneration.ReimagineTailoredRequest request,
        io.grpc.stub.StreamObserver<bria.tailored.v1.LegacyGeneration.ReimagineTailoredResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getReimagineTailoredMethod(), responseObserver);
    }

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return io.grpc.ServerServiceDefinition.builder(getServiceDescriptor())
          .addMethod(
            getTextToImageMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                bria.tailored.v1.LegacyGeneration.TextToImageRequest,
                bria.tailored.v1.LegacyGeneration.TextToImageResponse>(
                  this, METHODID_TEXT_TO_IMAGE)))
          .addMethod(
            getTextToImageAtCheckpointMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                bria.tailored.v1.LegacyGeneration.TextToImageAtCheckpointRequest,
                bria.tailored.v1.LegacyGeneration.TextToImageAtCheckpointResponse>(
                  this, METHODID_TEXT_TO_IMAGE_AT_CHECKPOINT)))
          .addMethod(
            getTextToVectorMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                bria.tailored.v1.LegacyGeneration.TextToVectorRequest,
                bria.tailored.v1.LegacyGeneration.TextToVectorResponse>(
                  this, METHODID_TEXT_TO_VECTOR)))
          .addMethod(
            getTextToVectorAtCheckpointMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                bria.tailored.v1.LegacyGeneration.TextToVectorAtCheckpointRequest,
                bria.tailored.v1.LegacyGeneration.TextToVectorAtCheckpointResponse>(
                  this, METHODID_TEXT_TO_VECTOR_AT_CHECKPOINT)))
          .addMethod(
            getRestylePortraitMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                bria.tailored.v1.LegacyGeneration.RestylePortraitRequest,
                bria.tailored.v1.LegacyGeneration.RestylePortraitResponse>(
                  this, METHODID_RESTYLE_PORTRAIT)))
          .addMethod(
            getReimagineMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                bria.tailored.v1.LegacyGeneration.ReimagineRequest,
                bria.tailored.v1.LegacyGeneration.ReimagineResponse>(
                  this, METHODID_REIMAGINE)))
          .addMethod(
            getReimagineTailoredMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                bria.tailored.v1.LegacyGeneration.ReimagineTailoredRequest,
                bria.tailored.v1.LegacyGeneration.ReimagineTailoredResponse>(
                  this, METHODID_REIMAGINE_TAILORED)))
          .build();
    }
  }

  /**
   * <pre>
   * Generation with legacy tailored models (training versions `light`, `max`, `bria-2.3`,
   * `bria-3.2`; not `fibo`, which uses `GenerationService`). Deprecated upstream: Bria ends support
   * for these v1 endpoints on 2026-07-01, and its newest documentation no longer lists them.
   * Every RPC maps to one upstream v1 call that answers 200 with a list of results. There is no
   * request id and the Status Service does not apply: with `sync` false the URLs are placeholders
   * that become readable a few seconds later (403/404 until then; a zero-byte file means the output
   * failed content moderation). With `sync` true and moderation on, outputs that fail moderation
   * come back as blocked items in `result`.
   * Errors follow the gateway's error model (see `ErrorReason`): INVALID_ARGUMENT before any
   * upstream call for input that breaks the rules on the request, and for the upstream's 400, 413
   * (file over 12 MB), 415 (unsupported image type) and 422 (an input image, or every output,
   * failed content moderation; or an image URL that is not an image); NOT_FOUND for a model (or
   * checkpoint) that does not exist or belongs to another organisation; UNAUTHENTICATED for a
   * missing or revoked token; PERMISSION_DENIED or RESOURCE_EXHAUSTED (plan quota) for the
   * upstream's 403 (also used for an image URL the upstream may not fetch); RESOURCE_EXHAUSTED for
   * rate limits. A model the endpoint cannot serve (a `fibo` model; `fast`, guidance methods or an
   * image prompt on a `max` model) is rejected by the upstream, not by the gateway, which cannot see
   * the model's training version. A model whose training has not completed gives
   * FAILED_PRECONDITION (reason RESOURCE_STATE_CONFLICT, subject `models/{id}`) when the upstream's
   * 400 says the model is not ready or its training is not completed.
   * </pre>
   */
  @java.lang.Deprecated
  public static final class LegacyGenerationServiceStub extends io.grpc.stub.AbstractAsyncStub<LegacyGenerationServiceStub> {
    private LegacyGenerationServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected LegacyGenerationServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new LegacyGenerationServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * Generates images with a legacy tailored model.
     * Upstream: `POST /v1/text-to-image/tailored/{model_id}` (200). Deprecated upstream; support
     * ends 2026-07-01. Costs one quota unit per requested image (`num_results`, default 4).
     * Errors: see the service comment.
     * </pre>
     */
    @java.lang.Deprecated
    public void textToImage(bria.tailored.v1.LegacyGeneration.TextToImageRequest request,
        io.grpc.stub.StreamObserver<bria.tailored.v1.LegacyGeneration.TextToImageResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getTextToImageMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Generates images with one checkpoint of an expert-mode legacy model.
     * Upstream: `POST /v1/text-to-image/tailored/{model_id}/{checkpoint_step}` (200). Deprecated
     * upstream; support ends 2026-07-01. Costs one quota unit per requested image.
     * Errors: see the service comment; NOT_FOUND also for a checkpoint that does not exist.
     * </pre>
     */
    @java.lang.Deprecated
    public void textToImageAtCheckpoint(bria.tailored.v1.LegacyGeneration.TextToImageAtCheckpointRequest request,
        io.grpc.stub.StreamObserver<bria.tailored.v1.LegacyGeneration.TextToImageAtCheckpointResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getTextToImageAtCheckpointMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Generates vector graphics with a legacy tailored model of the illustrative domain.
     * Upstream: `POST /v1/text-to-vector/tailored/{model_id}` (200); `sync` defaults to true here.
     * Deprecated upstream; support ends 2026-07-01. Costs one quota unit per requested result.
     * Errors: see the service comment.
     * </pre>
     */
    @java.lang.Deprecated
    public void textToVector(bria.tailored.v1.LegacyGeneration.TextToVectorRequest request,
        io.grpc.stub.StreamObserver<bria.tailored.v1.LegacyGeneration.TextToVectorResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getTextToVectorMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Generates vector graphics with one checkpoint of an expert-mode legacy model.
     * Upstream: `POST /v1/text-to-vector/tailored/{model_id}/{checkpoint_step}` (200). Deprecated
     * upstream; support ends 2026-07-01. Costs one quota unit per requested result.
     * Errors: see the service comment; NOT_FOUND also for a checkpoint that does not exist.
     * </pre>
     */
    @java.lang.Deprecated
    public void textToVectorAtCheckpoint(bria.tailored.v1.LegacyGeneration.TextToVectorAtCheckpointRequest request,
        io.grpc.stub.StreamObserver<bria.tailored.v1.LegacyGeneration.TextToVectorAtCheckpointResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getTextToVectorAtCheckpointMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Restyles a portrait in the tailored model's style while keeping the person's identity
     * ("Reimagine – Portrait Reference"). Works for portraits from the torso up with a face of at
     * least 500×500 px, and only with `light` models, expert-mode `bria-2.3` models and uploaded
     * `bria-2.3` models. Upstream: `POST /v1/tailored-gen/restyle_portrait` (200); `sync` defaults
     * to true. Deprecated with the other legacy generators (support ends 2026-07-01). Costs one
     * quota unit. Errors: see the service comment.
     * </pre>
     */
    @java.lang.Deprecated
    public void restylePortrait(bria.tailored.v1.LegacyGeneration.RestylePortraitRequest request,
        io.grpc.stub.StreamObserver<bria.tailored.v1.LegacyGeneration.RestylePortraitResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getRestylePortraitMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Generates images that keep the structure of a reference image, in the style of a tailored
     * model ("Reimagine – Structure Reference"; `light` models are the ones described as
     * compatible). Upstream: `POST /v1/reimagine` (200) with `tailored_model_id` in the body; the
     * output keeps the reference's aspect ratio at about 1 MP. Only partially documented upstream:
     * the fields come from Bria's ComfyUI nodes and third-party listings. Deprecated with the other
     * legacy generators (support ends 2026-07-01). Costs one quota unit per requested image
     * (`num_results`, default 1). Errors: see the service comment.
     * </pre>
     */
    @java.lang.Deprecated
    public void reimagine(bria.tailored.v1.LegacyGeneration.ReimagineRequest request,
        io.grpc.stub.StreamObserver<bria.tailored.v1.LegacyGeneration.ReimagineResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getReimagineMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Structure-reference generation with the tailored model in the path.
     * Upstream: `POST /v1/reimagine/tailored/{model_id}`. This operation is named only in old
     * overview pages of Bria's documentation (no page, schema or client usage was found); its
     * fields are inferred from `POST /v1/reimagine` (see `Reimagine`, the documented way to do the
     * same thing), minus `tailored_model_id`, and its response is assumed to be the same. Prefer
     * `Reimagine`. Deprecated with the other legacy generators (support ends 2026-07-01). Costs one
     * quota unit per requested image. Errors: see the service comment.
     * </pre>
     */
    @java.lang.Deprecated
    public void reimagineTailored(bria.tailored.v1.LegacyGeneration.ReimagineTailoredRequest request,
        io.grpc.stub.StreamObserver<bria.tailored.v1.LegacyGeneration.ReimagineTailoredResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getReimagineTailoredMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * <pre>
   * Generation with legacy tailored models (training versions `light`, `max`, `bria-2.3`,
   * `bria-3.2`; not `fibo`, which uses `GenerationService`). Deprecated upstream: Bria ends support
   * for these v1 endpoints on 2026-07-01, and its newest documentation no longer lists them.
   * Every RPC maps to one upstream v1 call that answers 200 with a list of results. There is no
   * request id and the Status Service does not apply: with `sync` false the URLs are placeholders
   * that become readable a few seconds later (403/404 until then; a zero-byte file means the output
   * failed content moderation). With `sync` true and moderation on, outputs that fail moderation
   * come back as blocked items in `result`.
   * Errors follow the gateway's error model (see `ErrorReason`): INVALID_ARGUMENT before any
   * upstream call for input that breaks the rules on the request, and for the upstream's 400, 413
   * (file over 12 MB), 415 (unsupported image type) and 422 (an input image, or every output,
   * failed content moderation; or an image URL that is not an image); NOT_FOUND for a model (or
   * checkpoint) that does not exist or belongs to another organisation; UNAUTHENTICATED for a
   * missing or revoked token; PERMISSION_DENIED or RESOURCE_EXHAUSTED (plan quota) for the
   * upstream's 403 (also used for an image URL the upstream may not fetch); RESOURCE_EXHAUSTED for
   * rate limits. A model the endpoint cannot serve (a `fibo` model; `fast`, guidance methods or an
   * image prompt on a `max` model) is rejected by the upstream, not by the gateway, which cannot see
   * the model's training version. A model whose training has not completed gives
   * FAILED_PRECONDITION (reason RESOURCE_STATE_CONFLICT, subject `models/{id}`) when the upstream's
   * 400 says the model is not ready or its training is not completed.
   * </pre>
   */
  @java.lang.Deprecated
  public static final class LegacyGenerationServiceBlockingStub extends io.grpc.stub.AbstractBlockingStub<LegacyGenerationServiceBlockingStub> {
    private LegacyGenerationServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected LegacyGenerationServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new LegacyGenerationServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * Generates images with a legacy tailored model.
     * Upstream: `POST /v1/text-to-image/tailored/{model_id}` (200). Deprecated upstream; support
     * ends 2026-07-01. Costs one quota unit per requested image (`num_results`, default 4).
     * Errors: see the service comment.
     * </pre>
     */
    @java.lang.Deprecated
    public bria.tailored.v1.LegacyGeneration.TextToImageResponse textToImage(bria.tailored.v1.LegacyGeneration.TextToImageRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getTextToImageMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Generates images with one checkpoint of an expert-mode legacy model.
     * Upstream: `POST /v1/text-to-image/tailored/{model_id}/{checkpoint_step}` (200). Deprecated
     * upstream; support ends 2026-07-01. Costs one quota unit per requested image.
     * Errors: see the service comment; NOT_FOUND also for a checkpoint that does not exist.
     * </pre>
     */
    @java.lang.Deprecated
    public bria.tailored.v1.LegacyGeneration.TextToImageAtCheckpointResponse textToImageAtCheckpoint(bria.tailored.v1.LegacyGeneration.TextToImageAtCheckpointRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getTextToImageAtCheckpointMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Generates vector graphics with a legacy tailored model of the illustrative domain.
     * Upstream: `POST /v1/text-to-vector/tailored/{model_id}` (200); `sync` defaults to true here.
     * Deprecated upstream; support ends 2026-07-01. Costs one quota unit per requested result.
     * Errors: see the service comment.
     * </pre>
     */
    @java.lang.Deprecated
    public bria.tailored.v1.LegacyGeneration.TextToVectorResponse textToVector(bria.tailored.v1.LegacyGeneration.TextToVectorRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getTextToVectorMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Generates vector graphics with one checkpoint of an expert-mode legacy model.
     * Upstream: `POST /v1/text-to-vector/tailored/{model_id}/{checkpoint_step}` (200). Deprecated
     * upstream; support ends 2026-07-01. Costs one quota unit per requested result.
     * Errors: see the service comment; NOT_FOUND also for a checkpoint that does not exist.
     * </pre>
     */
    @java.lang.Deprecated
    public bria.tailored.v1.LegacyGeneration.TextToVectorAtCheckpointResponse textToVectorAtCheckpoint(bria.tailored.v1.LegacyGeneration.TextToVectorAtCheckpointRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getTextToVectorAtCheckpointMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Restyles a portrait in the tailored model's style while keeping the person's identity
     * ("Reimagine – Portrait Reference"). Works for portraits from the torso up with a face of at
     * least 500×500 px, and only with `light` models, expert-mode `bria-2.3` models and uploaded
     * `bria-2.3` models. Upstream: `POST /v1/tailored-gen/restyle_portrait` (200); `sync` defaults
     * to true. Deprecated with the other legacy generators (support ends 2026-07-01). Costs one
     * quota unit. Errors: see the service comment.
     * </pre>
     */
    @java.lang.Deprecated
    public bria.tailored.v1.LegacyGeneration.RestylePortraitResponse restylePortrait(bria.tailored.v1.LegacyGeneration.RestylePortraitRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getRestylePortraitMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Generates images that keep the structure of a reference image, in the style of a tailored
     * model ("Reimagine – Structure Reference"; `light` models are the ones described as
     * compatible). Upstream: `POST /v1/reimagine` (200) with `tailored_model_id` in the body; the
     * output keeps the reference's aspect ratio at about 1 MP. Only partially documented upstream:
     * the fields come from Bria's ComfyUI nodes and third-party listings. Deprecated with the other
     * legacy generators (support ends 2026-07-01). Costs one quota unit per requested image
     * (`num_results`, default 1). Errors: see the service comment.
     * </pre>
     */
    @java.lang.Deprecated
    public bria.tailored.v1.LegacyGeneration.ReimagineResponse reimagine(bria.tailored.v1.LegacyGeneration.ReimagineRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getReimagineMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Structure-reference generation with the tailored model in the path.
     * Upstream: `POST /v1/reimagine/tailored/{model_id}`. This operation is named only in old
     * overview pages of Bria's documentation (no page, schema or client usage was found); its
     * fields are inferred from `POST /v1/reimagine` (see `Reimagine`, the documented way to do the
     * same thing), minus `tailored_model_id`, and its response is assumed to be the same. Prefer
     * `Reimagine`. Deprecated with the other legacy generators (support ends 2026-07-01). Costs one
     * quota unit per requested image. Errors: see the service comment.
     * </pre>
     */
    @java.lang.Deprecated
    public bria.tailored.v1.LegacyGeneration.ReimagineTailoredResponse reimagineTailored(bria.tailored.v1.LegacyGeneration.ReimagineTailoredRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getReimagineTailoredMethod(), getCallOptions(), request);
    }
  }

  /**
   * <pre>
   * Generation with legacy tailored models (training versions `light`, `max`, `bria-2.3`,
   * `bria-3.2`; not `fibo`, which uses `GenerationService`). Deprecated upstream: Bria ends support
   * for these v1 endpoints on 2026-07-01, and its newest documentation no longer lists them.
   * Every RPC maps to one upstream v1 call that answers 200 with a list of results. There is no
   * request id and the Status Service does not apply: with `sync` false the URLs are placeholders
   * that become readable a few seconds later (403/404 until then; a zero-byte file means the output
   * failed content moderation). With `sync` true and moderation on, outputs that fail moderation
   * come back as blocked items in `result`.
   * Errors follow the gateway's error model (see `ErrorReason`): INVALID_ARGUMENT before any
   * upstream call for input that breaks the rules on the request, and for the upstream's 400, 413
   * (file over 12 MB), 415 (unsupported image type) and 422 (an input image, or every output,
   * failed content moderation; or an image URL that is not an image); NOT_FOUND for a model (or
   * checkpoint) that does not exist or belongs to another organisation; UNAUTHENTICATED for a
   * missing or revoked token; PERMISSION_DENIED or RESOURCE_EXHAUSTED (plan quota) for the
   * upstream's 403 (also used for an image URL the upstream may not fetch); RESOURCE_EXHAUSTED for
   * rate limits. A model the endpoint cannot serve (a `fibo` model; `fast`, guidance methods or an
   * image prompt on a `max` model) is rejected by the upstream, not by the gateway, which cannot see
   * the model's training version. A model whose training has not completed gives
   * FAILED_PRECONDITION (reason RESOURCE_STATE_CONFLICT, subject `models/{id}`) when the upstream's
   * 400 says the model is not ready or its training is not completed.
   * </pre>
   */
  @java.lang.Deprecated
  public static final class LegacyGenerationServiceFutureStub extends io.grpc.stub.AbstractFutureStub<LegacyGenerationServiceFutureStub> {
    private LegacyGenerationServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected LegacyGenerationServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new LegacyGenerationServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * Generates images with a legacy tailored model.
     * Upstream: `POST /v1/text-to-image/tailored/{model_id}` (200). Deprecated upstream; support
     * ends 2026-07-01. Costs one quota unit per requested image (`num_results`, default 4).
     * Errors: see the service comment.
     * </pre>
     */
    @java.lang.Deprecated
    public com.google.common.util.concurrent.ListenableFuture<bria.tailored.v1.LegacyGeneration.TextToImageResponse> textToImage(
        bria.tailored.v1.LegacyGeneration.TextToImageRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getTextToImageMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Generates images with one checkpoint of an expert-mode legacy model.
     * Upstream: `POST /v1/text-to-image/tailored/{model_id}/{checkpoint_step}` (200). Deprecated
     * upstream; support ends 2026-07-01. Costs one quota unit per requested image.
     * Errors: see the service comment; NOT_FOUND also for a checkpoint that does not exist.
     * </pre>
     */
    @java.lang.Deprecated
    public com.google.common.util.concurrent.ListenableFuture<bria.tailored.v1.LegacyGeneration.TextToImageAtCheckpointResponse> textToImageAtCheckpoint(
        bria.tailored.v1.LegacyGeneration.TextToImageAtCheckpointRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getTextToImageAtCheckpointMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Generates vector graphics with a legacy tailored model of the illustrative domain.
     * Upstream: `POST /v1/text-to-vector/tailored/{model_id}` (200); `sync` defaults to true here.
     * Deprecated upstream; support ends 2026-07-01. Costs one quota unit per requested result.
     * Errors: see the service comment.
     * </pre>
     */
    @java.lang.Deprecated
    public com.google.common.util.concurrent.ListenableFuture<bria.tailored.v1.LegacyGeneration.TextToVectorResponse> textToVector(
        bria.tailored.v1.LegacyGeneration.TextToVectorRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getTextToVectorMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Generates vector graphics with one checkpoint of an expert-mode legacy model.
     * Upstream: `POST /v1/text-to-vector/tailored/{model_id}/{checkpoint_step}` (200). Deprecated
     * upstream; support ends 2026-07-01. Costs one quota unit per requested result.
     * Errors: see the service comment; NOT_FOUND also for a checkpoint that does not exist.
     * </pre>
     */
    @java.lang.Deprecated
    public com.google.common.util.concurrent.ListenableFuture<bria.tailored.v1.LegacyGeneration.TextToVectorAtCheckpointResponse> textToVectorAtCheckpoint(
        bria.tailored.v1.LegacyGeneration.TextToVectorAtCheckpointRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getTextToVectorAtCheckpointMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Restyles a portrait in the tailored model's style while keeping the person's identity
     * ("Reimagine – Portrait Reference"). Works for portraits from the torso up with a face of at
     * least 500×500 px, and only with `light` models, expert-mode `bria-2.3` models and uploaded
     * `bria-2.3` models. Upstream: `POST /v1/tailored-gen/restyle_portrait` (200); `sync` defaults
     * to true. Deprecated with the other legacy generators (support ends 2026-07-01). Costs one
     * quota unit. Errors: see the service comment.
     * </pre>
     */
    @java.lang.Deprecated
    public com.google.common.util.concurrent.ListenableFuture<bria.tailored.v1.LegacyGeneration.RestylePortraitResponse> restylePortrait(
        bria.tailored.v1.LegacyGeneration.RestylePortraitRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getRestylePortraitMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Generates images that keep the structure of a reference image, in the style of a tailored
     * model ("Reimagine – Structure Reference"; `light` models are the ones described as
     * compatible). Upstream: `POST /v1/reimagine` (200) with `tailored_model_id` in the body; the
     * output keeps the reference's aspect ratio at about 1 MP. Only partially documented upstream:
     * the fields come from Bria's ComfyUI nodes and third-party listings. Deprecated with the other
     * legacy generators (support ends 2026-07-01). Costs one quota unit per requested image
     * (`num_results`, default 1). Errors: see the service comment.
     * </pre>
     */
    @java.lang.Deprecated
    public com.google.common.util.concurrent.ListenableFuture<bria.tailored.v1.LegacyGeneration.ReimagineResponse> reimagine(
        bria.tailored.v1.LegacyGeneration.ReimagineRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getReimagineMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Structure-reference generation with the tailored model in the path.
     * Upstream: `POST /v1/reimagine/tailored/{model_id}`. This operation is named only in old
     * overview pages of Bria's documentation (no page, schema or client usage was found); its
     * fields are inferred from `POST /v1/reimagine` (see `Reimagine`, the documented way to do the
     * same thing), minus `tailored_model_id`, and its response is assumed to be the same. Prefer
     * `Reimagine`. Deprecated with the other legacy generators (support ends 2026-07-01). Costs one
     * quota unit per requested image. Errors: see the service comment.
     * </pre>
     */
    @java.lang.Deprecated
    public com.google.common.util.concurrent.ListenableFuture<bria.tailored.v1.LegacyGeneration.ReimagineTailoredResponse> reimagineTailored(
        bria.tailored.v1.LegacyGeneration.ReimagineTailoredRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getReimagineTailoredMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_TEXT_TO_IMAGE = 0;
  private static final int METHODID_TEXT_TO_IMAGE_AT_CHECKPOINT = 1;
  private static final int METHODID_TEXT_TO_VECTOR = 2;
  private static final int METHODID_TEXT_TO_VECTOR_AT_CHECKPOINT = 3;
  private static final int METHODID_RESTYLE_PORTRAIT = 4;
  private static final int METHODID_REIMAGINE = 5;
  private static final int METHODID_REIMAGINE_TAILORED = 6;

  private static final class MethodHandlers<Req, Resp> implements
      io.grpc.stub.ServerCalls.UnaryMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.ServerStreamingMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.ClientStreamingMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.BidiStreamingMethod<Req, Resp> {
    private final LegacyGenerationServiceImplBase serviceImpl;
    private final int methodId;

    MethodHandlers(LegacyGenerationServiceImplBase serviceImpl, int methodId) {
      this.serviceImpl = serviceImpl;
      this.methodId = methodId;
    }

    @java.lang.Override
    @java.lang.SuppressWarnings("unchecked")
    public void invoke(Req request, io.grpc.stub.StreamObserver<Resp> responseObserver) {
      switch (methodId) {
        case METHODID_TEXT_TO_IMAGE:
          serviceImpl.textToImage((bria.tailored.v1.LegacyGeneration.TextToImageRequest) request,
              (io.grpc.stub.StreamObserver<bria.tailored.v1.LegacyGeneration.TextToImageResponse>) responseObserver);
          break;
        case METHODID_TEXT_TO_IMAGE_AT_CHECKPOINT:
          serviceImpl.textToImageAtCheckpoint((bria.tailored.v1.LegacyGeneration.TextToImageAtCheckpointRequest) request,
              (io.grpc.stub.StreamObserver<bria.tailored.v1.LegacyGeneration.TextToImageAtCheckpointResponse>) responseObserver);
          break;
        case METHODID_TEXT_TO_VECTOR:
          serviceImpl.textToVector((bria.tailored.v1.LegacyGeneration.TextToVectorRequest) request,
              (io.grpc.stub.StreamObserver<bria.tailored.v1.LegacyGeneration.TextToVectorResponse>) responseObserver);
          break;
        case METHODID_TEXT_TO_VECTOR_AT_CHECKPOINT:
          serviceImpl.textToVectorAtCheckpoint((bria.tailored.v1.LegacyGeneration.TextToVectorAtCheckpointRequest) request,
              (io.grpc.stub.StreamObserver<bria.tailored.v1.LegacyGeneration.TextToVectorAtCheckpointResponse>) responseObserver);
          break;
        case METHODID_RESTYLE_PORTRAIT:
          serviceImpl.restylePortrait((bria.tailored.v1.LegacyGeneration.RestylePortraitRequest) request,
              (io.grpc.stub.StreamObserver<bria.tailored.v1.LegacyGeneration.RestylePortraitResponse>) responseObserver);
          break;
        case METHODID_REIMAGINE:
          serviceImpl.reimagine((bria.tailored.v1.LegacyGeneration.ReimagineRequest) request,
              (io.grpc.stub.StreamObserver<bria.tailored.v1.LegacyGeneration.ReimagineResponse>) responseObserver);
          break;
        case METHODID_REIMAGINE_TAILORED:
          serviceImpl.reimagineTailored((bria.tailored.v1.LegacyGeneration.ReimagineTailoredRequest) request,
              (io.grpc.stub.StreamObserver<bria.tailored.v1.LegacyGeneration.ReimagineTailoredResponse>) responseObserver);
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

  private static abstract class LegacyGenerationServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    LegacyGenerationServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return bria.tailored.v1.LegacyGeneration.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("LegacyGenerationService");
    }
  }

  private static final class LegacyGenerationServiceFileDescriptorSupplier
      extends LegacyGenerationServiceBaseDescriptorSupplier {
    LegacyGenerationServiceFileDescriptorSupplier() {}
  }

  private static final class LegacyGenerationServiceMethodDescriptorSupplier
      extends LegacyGenerationServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final String methodName;

    LegacyGenerationServiceMethodDescriptorSupplier(String methodName) {
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
      synchronized (LegacyGenerationServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new LegacyGenerationServiceFileDescriptorSupplier())
              .addMethod(getTextToImageMethod())
              .addMethod(getTextToImageAtCheckpointMethod())
              .addMethod(getTextToVectorMethod())
              .addMethod(getTextToVectorAtCheckpointMethod())
              .addMethod(getRestylePortraitMethod())
              .addMethod(getReimagineMethod())
              .addMethod(getReimagineTailoredMethod())
              .build();
        }
      }
    }
    return result;
  }
}
