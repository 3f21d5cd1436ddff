package bria.tailored.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * Projects group the datasets and models that capture one piece of intellectual property
 * (a character, a style, an icon set). Every RPC maps to one upstream v1 call; errors follow
 * the gateway's error model (see `ErrorReason`): INVALID_ARGUMENT before any upstream call for
 * input that breaks the rules below, NOT_FOUND for a project of another organisation or one
 * that does not exist, UNAUTHENTICATED for a missing or revoked token, PERMISSION_DENIED or
 * RESOURCE_EXHAUSTED (plan quota) for the upstream's 403, RESOURCE_EXHAUSTED for rate limits.
 * </pre>
 */
@javax.annotation.Generated(
    value = "by gRPC proto compiler",
    comments = "Source: bria/tailored/v1/projects.proto")
@io.grpc.stub.annotations.GrpcGenerated
public final class ProjectServiceGrpc {

  private ProjectServiceGrpc() {}

  public static final String SERVICE_NAME = "bria.tailored.v1.ProjectService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<bria.tailored.v1.Projects.CreateProjectRequest,
      bria.tailored.v1.Projects.CreateProjectResponse> getCreateProjectMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "CreateProject",
      requestType = bria.tailored.v1.Projects.CreateProjectRequest.class,
      responseType = bria.tailored.v1.Projects.CreateProjectResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<bria.tailored.v1.Projects.CreateProjectRequest,
      bria.tailored.v1.Projects.CreateProjectResponse> getCreateProjectMethod() {
    io.grpc.MethodDescriptor<bria.tailored.v1.Projects.CreateProjectRequest, bria.tailored.v1.Projects.CreateProjectResponse> getCreateProjectMethod;
    if ((getCreateProjectMethod = ProjectServiceGrpc.getCreateProjectMethod) == null) {
      synchronized (ProjectServiceGrpc.class) {
        if ((getCreateProjectMethod = ProjectServiceGrpc.getCreateProjectMethod) == null) {
          ProjectServiceGrpc.getCreateProjectMethod = getCreateProjectMethod =
              io.grpc.MethodDescriptor.<bria.tailored.v1.Projects.CreateProjectRequest, bria.tailored.v1.Projects.CreateProjectResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "CreateProject"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  bria.tailored.v1.Projects.CreateProjectRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  bria.tailored.v1.Projects.CreateProjectResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ProjectServiceMethodDescriptorSupplier("CreateProject"))
              .build();
        }
      }
    }
    return getCreateProjectMethod;
  }

  private static volatile io.grpc.MethodDescriptor<bria.tailored.v1.Projects.ListProjectsRequest,
      bria.tailored.v1.Projects.ListProjectsResponse> getListProjectsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListProjects",
      requestType = bria.tailored.v1.Projects.ListProjectsRequest.class,
      responseType = bria.tailored.v1.Projects.ListProjectsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<bria.tailored.v1.Projects.ListProjectsRequest,
      bria.tailored.v1.Projects.ListProjectsResponse> getListProjectsMethod() {
    io.grpc.MethodDescriptor<bria.tailored.v1.Projects.ListProjectsRequest, bria.tailored.v1.Projects.ListProjectsResponse> getListProjectsMethod;
    if ((getListProjectsMethod = ProjectServiceGrpc.getListProjectsMethod) == null) {
      synchronized (ProjectServiceGrpc.class) {
        if ((getListProjectsMethod = ProjectServiceGrpc.getListProjectsMethod) == null) {
          ProjectServiceGrpc.getListProjectsMethod = getListProjectsMethod =
              io.grpc.MethodDescriptor.<bria.tailored.v1.Projects.ListProjectsRequest, bria.tailored.v1.Projects.ListProjectsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListProjects"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  bria.tailored.v1.Projects.ListProjectsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  bria.tailored.v1.Projects.ListProjectsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ProjectServiceMethodDescriptorSupplier("ListProjects"))
              .build();
        }
      }
    }
    return getListProjectsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<bria.tailored.v1.Projects.GetProjectRequest,
      bria.tailored.v1.Projects.GetProjectResponse> getGetProjectMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetProject",
      requestType = bria.tailored.v1.Projects.GetProjectRequest.class,
      responseType = bria.tailored.v1.Projects.GetProjectResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<bria.tailored.v1.Projects.GetProjectRequest,
      bria.tailored.v1.Projects.GetProjectResponse> getGetProjectMethod() {
    io.grpc.MethodDescriptor<bria.tailored.v1.Projects.GetProjectRequest, bria.tailored.v1.Projects.GetProjectResponse> getGetProjectMethod;
    if ((getGetProjectMethod = ProjectServiceGrpc.getGetProjectMethod) == null) {
      synchronized (ProjectServiceGrpc.class) {
        if ((getGetProjectMethod = ProjectServiceGrpc.getGetProjectMethod) == null) {
          ProjectServiceGrpc.getGetProjectMethod = getGetProjectMethod =
              io.grpc.MethodDescriptor.<bria.tailored.v1.Projects.GetProjectRequest, bria.tailored.v1.Projects.GetProjectResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetProject"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  bria.tailored.v1.Projects.GetProjectRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  bria.tailored.v1.Projects.GetProjectResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ProjectServiceMethodDescriptorSupplier("GetProject"))
              .build();
        }
      }
    }
    return getGetProjectMethod;
  }

  private static volatile io.grpc.MethodDescriptor<bria.tailored.v1.Projects.UpdateProjectRequest,
      bria.tailored.v1.Projects.UpdateProjectResponse> getUpdateProjectMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "UpdateProject",
      requestType = bria.tailored.v1.Projects.UpdateProjectRequest.class,
      responseType = bria.tailored.v1.Projects.UpdateProjectResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<bria.tailored.v1.Projects.UpdateProjectRequest,
      bria.tailored.v1.Projects.UpdateProjectResponse> getUpdateProjectMethod() {
    io.grpc.MethodDescriptor<bria.tailored.v1.Projects.UpdateProjectRequest, bria.tailored.v1.Projects.UpdateProjectResponse> getUpdateProjectMethod;
    if ((getUpdateProjectMethod = ProjectServiceGrpc.getUpdateProjectMethod) == null) {
      synchronized (ProjectServiceGrpc.class) {
        if ((getUpdateProjectMethod = ProjectServiceGrpc.getUpdateProjectMethod) == null) {
          ProjectServiceGrpc.getUpdateProjectMethod = getUpdateProjectMethod =
              io.grpc.MethodDescriptor.<bria.tailored.v1.Projects.UpdateProjectRequest, bria.tailored.v1.Projects.UpdateProjectResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "UpdateProject"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  bria.tailored.v1.Projects.UpdateProjectRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  bria.tailored.v1.Projects.UpdateProjectResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ProjectServiceMethodDescriptorSupplier("UpdateProject"))
              .build();
        }
      }
    }
    return getUpdateProjectMethod;
  }

  private static volatile io.grpc.MethodDescriptor<bria.tailored.v1.Projects.DeleteProjectRequest,
      bria.tailored.v1.Projects.DeleteProjectResponse> getDeleteProjectMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "DeleteProject",
      requestType = bria.tailored.v1.Projects.DeleteProjectRequest.class,
      responseType = bria.tailored.v1.Projects.DeleteProjectResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<bria.tailored.v1.Projects.DeleteProjectRequest,
      bria.tailored.v1.Projects.DeleteProjectResponse> getDeleteProjectMethod() {
    io.grpc.MethodDescriptor<bria.tailored.v1.Projects.DeleteProjectRequest, bria.tailored.v1.Projects.DeleteProjectResponse> getDeleteProjectMethod;
    if ((getDeleteProjectMethod = ProjectServiceGrpc.getDeleteProjectMethod) == null) {
      synchronized (ProjectServiceGrpc.class) {
        if ((getDeleteProjectMethod = ProjectServiceGrpc.getDeleteProjectMethod) == null) {
          ProjectServiceGrpc.getDeleteProjectMethod = getDeleteProjectMethod =
              io.grpc.MethodDescriptor.<bria.tailored.v1.Projects.DeleteProjectRequest, bria.tailored.v1.Projects.DeleteProjectResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "DeleteProject"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  bria.tailored.v1.Projects.DeleteProjectRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  bria.tailored.v1.Projects.DeleteProjectResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ProjectServiceMethodDescriptorSupplier("DeleteProject"))
              .build();
        }
      }
    }
    return getDeleteProjectMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static ProjectServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<ProjectServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<ProjectServiceStub>() {
        @java.lang.Override
        public ProjectServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new ProjectServiceStub(channel, callOptions);
        }
      };
    return ProjectServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static ProjectServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<ProjectServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<ProjectServiceBlockingStub>() {
        @java.lang.Override
        public ProjectServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new ProjectServiceBlockingStub(channel, callOptions);
        }
      };
    return ProjectServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static ProjectServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<ProjectServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<ProjectServiceFutureStub>() {
        @java.lang.Override
        public ProjectServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new ProjectServiceFutureStub(channel, callOptions);
        }
      };
    return ProjectServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * Projects group the datasets and models that capture one piece of intellectual property
   * (a character, a style, an icon set). Every RPC maps to one upstream v1 call; errors follow
   * the gateway's error model (see `ErrorReason`): INVALID_ARGUMENT before any upstream call for
   * input that breaks the rules below, NOT_FOUND for a project of another organisation or one
   * that does not exist, UNAUTHENTICATED for a missing or revoked token, PERMISSION_DENIED or
   * RESOURCE_EXHAUSTED (plan quota) for the upstream's 403, RESOURCE_EXHAUSTED for rate limits.
   * </pre>
   */
  public static abstract class ProjectServiceImplBase implements io.grpc.BindableService {

    /**
     * <pre>
     * Creates a project. Upstream: `POST /v1/tailored-gen/projects` (201).
     * Errors: INVALID_ARGUMENT when `ip_type` needs `ip_name`/`ip_description` or the
     * illustration medium and they are missing.
     * </pre>
     */
    public void createProject(bria.tailored.v1.Projects.CreateProjectRequest request,
        io.grpc.stub.StreamObserver<bria.tailored.v1.Projects.CreateProjectResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCreateProjectMethod(), responseObserver);
    }

    /**
     * <pre>
     * Lists the organisation's projects (no pagination upstream).
     * Upstream: `GET /v1/tailored-gen/projects`.
     * </pre>
     */
    public void listProjects(bria.tailored.v1.Projects.ListProjectsRequest request,
        io.grpc.stub.StreamObserver<bria.tailored.v1.Projects.ListProjectsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListProjectsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Gets one project. Upstream: `GET /v1/tailored-gen/projects/{project_id}`.
     * Errors: NOT_FOUND.
     * </pre>
     */
    public void getProject(bria.tailored.v1.Projects.GetProjectRequest request,
        io.grpc.stub.StreamObserver<bria.tailored.v1.Projects.GetProjectResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetProjectMethod(), responseObserver);
    }

    /**
     * <pre>
     * Updates a project's name, description and IP name/description; medium and type are fixed.
     * Upstream: `PUT /v1/tailored-gen/projects/{project_id}`. Errors: NOT_FOUND.
     * </pre>
     */
    public void updateProject(bria.tailored.v1.Projects.UpdateProjectRequest request,
        io.grpc.stub.StreamObserver<bria.tailored.v1.Projects.UpdateProjectResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getUpdateProjectMethod(), responseObserver);
    }

    /**
     * <pre>
     * Deletes a project with all its datasets, images and models; irreversible.
     * Upstream: `DELETE /v1/tailored-gen/projects/{project_id}` (204).
     * Errors: NOT_FOUND; FAILED_PRECONDITION while any of its models is training.
     * </pre>
     */
    public void deleteProject(bria.tailored.v1.Projects.DeleteProjectRequest request,
        io.grpc.stub.StreamObserver<bria.tailored.v1.Projects.DeleteProjectResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getDeleteProjectMethod(), responseObserver);
    }

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return io.grpc.ServerServiceDefinition.builder(getServiceDescriptor())
          .addMethod(
            getCreateProjectMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                bria.tailored.v1.Projects.CreateProjectRequest,
                bria.tailored.v1.Projects.CreateProjectResponse>(
                  this, METHODID_CREATE_PROJECT)))
          .addMethod(
            getListProjectsMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                bria.tailored.v1.Projects.ListProjectsRequest,
                bria.tailored.v1.Projects.ListProjectsResponse>(
                  this, METHODID_LIST_PROJECTS)))
          .addMethod(
            getGetProjectMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                bria.tailored.v1.Projects.GetProjectRequest,
                bria.tailored.v1.Projects.GetProjectResponse>(
                  this, METHODID_GET_PROJECT)))
          .addMethod(
            getUpdateProjectMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                bria.tailored.v1.Projects.UpdateProjectRequest,
                bria.tailored.v1.Projects.UpdateProjectResponse>(
                  this, METHODID_UPDATE_PROJECT)))
          .addMethod(
            getDeleteProjectMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                bria.tailored.v1.Projects.DeleteProjectRequest,
                bria.tailored.v1.Projects.DeleteProjectResponse>(
                  this, METHODID_DELETE_PROJECT)))
          .build();
    }
  }

  /**
   * <pre>
   * Projects group the datasets and models that capture one piece of intellectual property
   * (a character, a style, an icon set). Every RPC maps to one upstream v1 call; errors follow
   * the gateway's error model (see `ErrorReason`): INVALID_ARGUMENT before any upstream call for
   * input that breaks the rules below, NOT_FOUND for a project of another organisation or one
   * that does not exist, UNAUTHENTICATED for a missing or revoked token, PERMISSION_DENIED or
   * RESOURCE_EXHAUSTED (plan quota) for the upstream's 403, RESOURCE_EXHAUSTED for rate limits.
   * </pre>
   */
  public static final class ProjectServiceStub extends io.grpc.stub.AbstractAsyncStub<ProjectServiceStub> {
    private ProjectServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected ProjectServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new ProjectServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a project. Upstream: `POST /v1/tailored-gen/projects` (201).
     * Errors: INVALID_ARGUMENT when `ip_type` needs `ip_name`/`ip_description` or the
     * illustration medium and they are missing.
     * </pre>
     */
    public void createProject(bria.tailored.v1.Projects.CreateProjectRequest request,
        io.grpc.stub.StreamObserver<bria.tailored.v1.Projects.CreateProjectResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCreateProjectMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Lists the organisation's projects (no pagination upstream).
     * Upstream: `GET /v1/tailored-gen/projects`.
     * </pre>
     */
    public void listProjects(bria.tailored.v1.Projects.ListProjectsRequest request,
        io.grpc.stub.StreamObserver<bria.tailored.v1.Projects.ListProjectsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListProjectsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Gets one project. Upstream: `GET /v1/tailored-gen/projects/{project_id}`.
     * Errors: NOT_FOUND.
     * </pre>
     */
    public void getProject(bria.tailored.v1.Projects.GetProjectRequest request,
        io.grpc.stub.StreamObserver<bria.tailored.v1.Projects.GetProjectResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetProjectMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Updates a project's name, description and IP name/description; medium and type are fixed.
     * Upstream: `PUT /v1/tailored-gen/projects/{project_id}`. Errors: NOT_FOUND.
     * </pre>
     */
    public void updateProject(bria.tailored.v1.Projects.UpdateProjectRequest request,
        io.grpc.stub.StreamObserver<bria.tailored.v1.Projects.UpdateProjectResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getUpdateProjectMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Deletes a project with all its datasets, images and models; irreversible.
     * Upstream: `DELETE /v1/tailored-gen/projects/{project_id}` (204).
     * Errors: NOT_FOUND; FAILED_PRECONDITION while any of its models is training.
     * </pre>
     */
    public void deleteProject(bria.tailored.v1.Projects.DeleteProjectRequest request,
        io.grpc.stub.StreamObserver<bria.tailored.v1.Projects.DeleteProjectResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getDeleteProjectMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * <pre>
   * Projects group the datasets and models that capture one piece of intellectual property
   * (a character, a style, an icon set). Every RPC maps to one upstream v1 call; errors follow
   * the gateway's error model (see `ErrorReason`): INVALID_ARGUMENT before any upstream call for
   * input that breaks the rules below, NOT_FOUND for a project of another organisation or one
   * that does not exist, UNAUTHENTICATED for a missing or revoked token, PERMISSION_DENIED or
   * RESOURCE_EXHAUSTED (plan quota) for the upstream's 403, RESOURCE_EXHAUSTED for rate limits.
   * </pre>
   */
  public static final class ProjectServiceBlockingStub extends io.grpc.stub.AbstractBlockingStub<ProjectServiceBlockingStub> {
    private ProjectServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected ProjectServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new ProjectServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a project. Upstream: `POST /v1/tailored-gen/projects` (201).
     * Errors: INVALID_ARGUMENT when `ip_type` needs `ip_name`/`ip_description` or the
     * illustration medium and they are missing.
     * </pre>
     */
    public bria.tailored.v1.Projects.CreateProjectResponse createProject(bria.tailored.v1.Projects.CreateProjectRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCreateProjectMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists the organisation's projects (no pagination upstream).
     * Upstream: `GET /v1/tailored-gen/projects`.
     * </pre>
     */
    public bria.tailored.v1.Projects.ListProjectsResponse listProjects(bria.tailored.v1.Projects.ListProjectsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListProjectsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Gets one project. Upstream: `GET /v1/tailored-gen/projects/{project_id}`.
     * Errors: NOT_FOUND.
     * </pre>
     */
    public bria.tailored.v1.Projects.GetProjectResponse getProject(bria.tailored.v1.Projects.GetProjectRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetProjectMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Updates a project's name, description and IP name/description; medium and type are fixed.
     * Upstream: `PUT /v1/tailored-gen/projects/{project_id}`. Errors: NOT_FOUND.
     * </pre>
     */
    public bria.tailored.v1.Projects.UpdateProjectResponse updateProject(bria.tailored.v1.Projects.UpdateProjectRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getUpdateProjectMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes a project with all its datasets, images and models; irreversible.
     * Upstream: `DELETE /v1/tailored-gen/projects/{project_id}` (204).
     * Errors: NOT_FOUND; FAILED_PRECONDITION while any of its models is training.
     * </pre>
     */
    public bria.tailored.v1.Projects.DeleteProjectResponse deleteProject(bria.tailored.v1.Projects.DeleteProjectRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getDeleteProjectMethod(), getCallOptions(), request);
    }
  }

  /**
   * <pre>
   * Projects group the datasets and models that capture one piece of intellectual property
   * (a character, a style, an icon set). Every RPC maps to one upstream v1 call; errors follow
   * the gateway's error model (see `ErrorReason`): INVALID_ARGUMENT before any upstream call for
   * input that breaks the rules below, NOT_FOUND for a project of another organisation or one
   * that does not exist, UNAUTHENTICATED for a missing or revoked token, PERMISSION_DENIED or
   * RESOURCE_EXHAUSTED (plan quota) for the upstream's 403, RESOURCE_EXHAUSTED for rate limits.
   * </pre>
   */
  public static final class ProjectServiceFutureStub extends io.grpc.stub.AbstractFutureStub<ProjectServiceFutureStub> {
    private ProjectServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected ProjectServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new ProjectServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a project. Upstream: `POST /v1/tailored-gen/projects` (201).
     * Errors: INVALID_ARGUMENT when `ip_type` needs `ip_name`/`ip_description` or the
     * illustration medium and they are missing.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<bria.tailored.v1.Projects.CreateProjectResponse> createProject(
        bria.tailored.v1.Projects.CreateProjectRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCreateProjectMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Lists the organisation's projects (no pagination upstream).
     * Upstream: `GET /v1/tailored-gen/projects`.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<bria.tailored.v1.Projects.ListProjectsResponse> listProjects(
        bria.tailored.v1.Projects.ListProjectsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListProjectsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Gets one project. Upstream: `GET /v1/tailored-gen/projects/{project_id}`.
     * Errors: NOT_FOUND.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<bria.tailored.v1.Projects.GetProjectResponse> getProject(
        bria.tailored.v1.Projects.GetProjectRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetProjectMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Updates a project's name, description and IP name/description; medium and type are fixed.
     * Upstream: `PUT /v1/tailored-gen/projects/{project_id}`. Errors: NOT_FOUND.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<bria.tailored.v1.Projects.UpdateProjectResponse> updateProject(
        bria.tailored.v1.Projects.UpdateProjectRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getUpdateProjectMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Deletes a project with all its datasets, images and models; irreversible.
     * Upstream: `DELETE /v1/tailored-gen/projects/{project_id}` (204).
     * Errors: NOT_FOUND; FAILED_PRECONDITION while any of its models is training.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<bria.tailored.v1.Projects.DeleteProjectResponse> deleteProject(
        bria.tailored.v1.Projects.DeleteProjectRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getDeleteProjectMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_CREATE_PROJECT = 0;
  private static final int METHODID_LIST_PROJECTS = 1;
  private static final int METHODID_GET_PROJECT = 2;
  private static final int METHODID_UPDATE_PROJECT = 3;
  private static final int METHODID_DELETE_PROJECT = 4;

  private static final class MethodHandlers<Req, Resp> implements
      io.grpc.stub.ServerCalls.UnaryMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.ServerStreamingMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.ClientStreamingMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.BidiStreamingMethod<Req, Resp> {
    private final ProjectServiceImplBase serviceImpl;
    private final int methodId;

    MethodHandlers(ProjectServiceImplBase serviceImpl, int methodId) {
      this.serviceImpl = serviceImpl;
      this.methodId = methodId;
    }

    @java.lang.Override
    @java.lang.SuppressWarnings("unchecked")
    public void invoke(Req request, io.grpc.stub.StreamObserver<Resp> responseObserver) {
      switch (methodId) {
        case METHODID_CREATE_PROJECT:
          serviceImpl.createProject((bria.tailored.v1.Projects.CreateProjectRequest) request,
              (io.grpc.stub.StreamObserver<bria.tailored.v1.Projects.CreateProjectResponse>) responseObserver);
          break;
        case METHODID_LIST_PROJECTS:
          serviceImpl.listProjects((bria.tailored.v1.Projects.ListProjectsRequest) request,
              (io.grpc.stub.StreamObserver<bria.tailored.v1.Projects.ListProjectsResponse>) responseObserver);
          break;
        case METHODID_GET_PROJECT:
          serviceImpl.getProject((bria.tailored.v1.Projects.GetProjectRequest) request,
              (io.grpc.stub.StreamObserver<bria.tailored.v1.Projects.GetProjectResponse>) responseObserver);
          break;
        case METHODID_UPDATE_PROJECT:
          serviceImpl.updateProject((bria.tailored.v1.Projects.UpdateProjectRequest) request,
              (io.grpc.stub.StreamObserver<bria.tailored.v1.Projects.UpdateProjectResponse>) responseObserver);
          break;
        case METHODID_DELETE_PROJECT:
          serviceImpl.deleteProject((bria.tailored.v1.Projects.DeleteProjectRequest) request,
              (io.grpc.stub.StreamObserver<bria.tailored.v1.Projects.DeleteProjectResponse>) responseObserver);
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

  private static abstract class ProjectServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    ProjectServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return bria.tailored.v1.Projects.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("ProjectService");
    }
  }

  private static final class ProjectServiceFileDescriptorSupplier
      extends ProjectServiceBaseDescriptorSupplier {
    ProjectServiceFileDescriptorSupplier() {}
  }

  private static final class ProjectServiceMethodDescriptorSupplier
      extends ProjectServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final String methodName;

    ProjectServiceMethodDescriptorSupplier(String methodName) {
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
      synchronized (ProjectServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new ProjectServiceFileDescriptorSupplier())
              .addMethod(getCreateProjectMethod())
              .addMethod(getListProjectsMethod())
              .addMethod(getGetProjectMethod())
              .addMethod(getUpdateProjectMethod())
              .addMethod(getDeleteProjectMethod())
              .build();
        }
      }
    }
    return result;
  }
}
