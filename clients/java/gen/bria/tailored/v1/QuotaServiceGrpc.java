package bria.tailored.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * The caller's budget at the gateway. Many internal services share one upstream organisation
 * whose limits are small, so the gateway spends that budget fairly: each tenant has a rate
 * and a daily budget, and the gateway throttles before the upstream would answer 429.
 * </pre>
 */
@javax.annotation.Generated(
    value = "by gRPC proto compiler",
    comments = "Source: bria/tailored/v1/quota.proto")
@io.grpc.stub.annotations.GrpcGenerated
public final class QuotaServiceGrpc {

  private QuotaServiceGrpc() {}

  public static final String SERVICE_NAME = "bria.tailored.v1.QuotaService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<bria.tailored.v1.Quota.GetQuotaRequest,
      bria.tailored.v1.Quota.GetQuotaResponse> getGetQuotaMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetQuota",
      requestType = bria.tailored.v1.Quota.GetQuotaRequest.class,
      responseType = bria.tailored.v1.Quota.GetQuotaResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<bria.tailored.v1.Quota.GetQuotaRequest,
      bria.tailored.v1.Quota.GetQuotaResponse> getGetQuotaMethod() {
    io.grpc.MethodDescriptor<bria.tailored.v1.Quota.GetQuotaRequest, bria.tailored.v1.Quota.GetQuotaResponse> getGetQuotaMethod;
    if ((getGetQuotaMethod = QuotaServiceGrpc.getGetQuotaMethod) == null) {
      synchronized (QuotaServiceGrpc.class) {
        if ((getGetQuotaMethod = QuotaServiceGrpc.getGetQuotaMethod) == null) {
          QuotaServiceGrpc.getGetQuotaMethod = getGetQuotaMethod =
              io.grpc.MethodDescriptor.<bria.tailored.v1.Quota.GetQuotaRequest, bria.tailored.v1.Quota.GetQuotaResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetQuota"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  bria.tailored.v1.Quota.GetQuotaRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  bria.tailored.v1.Quota.GetQuotaResponse.getDefaultInstance()))
              .setSchemaDescriptor(new QuotaServiceMethodDescriptorSupplier("GetQuota"))
              .build();
        }
      }
    }
    return getGetQuotaMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static QuotaServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<QuotaServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<QuotaServiceStub>() {
        @java.lang.Override
        public QuotaServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new QuotaServiceStub(channel, callOptions);
        }
      };
    return QuotaServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static QuotaServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<QuotaServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<QuotaServiceBlockingStub>() {
        @java.lang.Override
        public QuotaServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new QuotaServiceBlockingStub(channel, callOptions);
        }
      };
    return QuotaServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static QuotaServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<QuotaServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<QuotaServiceFutureStub>() {
        @java.lang.Override
        public QuotaServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new QuotaServiceFutureStub(channel, callOptions);
        }
      };
    return QuotaServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * The caller's budget at the gateway. Many internal services share one upstream organisation
   * whose limits are small, so the gateway spends that budget fairly: each tenant has a rate
   * and a daily budget, and the gateway throttles before the upstream would answer 429.
   * </pre>
   */
  public static abstract class QuotaServiceImplBase implements io.grpc.BindableService {

    /**
     * <pre>
     * Returns the calling tenant's remaining budget and when it resets. Served by the gateway
     * itself; costs nothing upstream. Errors: UNAUTHENTICATED when the caller cannot be
     * identified.
     * </pre>
     */
    public void getQuota(bria.tailored.v1.Quota.GetQuotaRequest request,
        io.grpc.stub.StreamObserver<bria.tailored.v1.Quota.GetQuotaResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetQuotaMethod(), responseObserver);
    }

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return io.grpc.ServerServiceDefinition.builder(getServiceDescriptor())
          .addMethod(
            getGetQuotaMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                bria.tailored.v1.Quota.GetQuotaRequest,
                bria.tailored.v1.Quota.GetQuotaResponse>(
                  this, METHODID_GET_QUOTA)))
          .build();
    }
  }

  /**
   * <pre>
   * The caller's budget at the gateway. Many internal services share one upstream organisation
   * whose limits are small, so the gateway spends that budget fairly: each tenant has a rate
   * and a daily budget, and the gateway throttles before the upstream would answer 429.
   * </pre>
   */
  public static final class QuotaServiceStub extends io.grpc.stub.AbstractAsyncStub<QuotaServiceStub> {
    private QuotaServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected QuotaServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new QuotaServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * Returns the calling tenant's remaining budget and when it resets. Served by the gateway
     * itself; costs nothing upstream. Errors: UNAUTHENTICATED when the caller cannot be
     * identified.
     * </pre>
     */
    public void getQuota(bria.tailored.v1.Quota.GetQuotaRequest request,
        io.grpc.stub.StreamObserver<bria.tailored.v1.Quota.GetQuotaResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetQuotaMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * <pre>
   * The caller's budget at the gateway. Many internal services share one upstream organisation
   * whose limits are small, so the gateway spends that budget fairly: each tenant has a rate
   * and a daily budget, and the gateway throttles before the upstream would answer 429.
   * </pre>
   */
  public static final class QuotaServiceBlockingStub extends io.grpc.stub.AbstractBlockingStub<QuotaServiceBlockingStub> {
    private QuotaServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected QuotaServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new QuotaServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * Returns the calling tenant's remaining budget and when it resets. Served by the gateway
     * itself; costs nothing upstream. Errors: UNAUTHENTICATED when the caller cannot be
     * identified.
     * </pre>
     */
    public bria.tailored.v1.Quota.GetQuotaResponse getQuota(bria.tailored.v1.Quota.GetQuotaRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetQuotaMethod(), getCallOptions(), request);
    }
  }

  /**
   * <pre>
   * The caller's budget at the gateway. Many internal services share one upstream organisation
   * whose limits are small, so the gateway spends that budget fairly: each tenant has a rate
   * and a daily budget, and the gateway throttles before the upstream would answer 429.
   * </pre>
   */
  public static final class QuotaServiceFutureStub extends io.grpc.stub.AbstractFutureStub<QuotaServiceFutureStub> {
    private QuotaServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected QuotaServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new QuotaServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * Returns the calling tenant's remaining budget and when it resets. Served by the gateway
     * itself; costs nothing upstream. Errors: UNAUTHENTICATED when the caller cannot be
     * identified.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<bria.tailored.v1.Quota.GetQuotaResponse> getQuota(
        bria.tailored.v1.Quota.GetQuotaRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetQuotaMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_GET_QUOTA = 0;

  private static final class MethodHandlers<Req, Resp> implements
      io.grpc.stub.ServerCalls.UnaryMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.ServerStreamingMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.ClientStreamingMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.BidiStreamingMethod<Req, Resp> {
    private final QuotaServiceImplBase serviceImpl;
    private final int methodId;

    MethodHandlers(QuotaServiceImplBase serviceImpl, int methodId) {
      this.serviceImpl = serviceImpl;
      this.methodId = methodId;
    }

    @java.lang.Override
    @java.lang.SuppressWarnings("unchecked")
    public void invoke(Req request, io.grpc.stub.StreamObserver<Resp> responseObserver) {
      switch (methodId) {
        case METHODID_GET_QUOTA:
          serviceImpl.getQuota((bria.tailored.v1.Quota.GetQuotaRequest) request,
              (io.grpc.stub.StreamObserver<bria.tailored.v1.Quota.GetQuotaResponse>) responseObserver);
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

  private static abstract class QuotaServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    QuotaServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return bria.tailored.v1.Quota.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("QuotaService");
    }
  }

  private static final class QuotaServiceFileDescriptorSupplier
      extends QuotaServiceBaseDescriptorSupplier {
    QuotaServiceFileDescriptorSupplier() {}
  }

  private static final class QuotaServiceMethodDescriptorSupplier
      extends QuotaServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final String methodName;

    QuotaServiceMethodDescriptorSupplier(String methodName) {
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
      synchronized (QuotaServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new QuotaServiceFileDescriptorSupplier())
              .addMethod(getGetQuotaMethod())
              .build();
        }
      }
    }
    return result;
  }
}
