package bria.tailored.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * Models are the tailored generators trained on a dataset (or uploaded as finished weights).
 * A model belongs to its dataset's project; it is created, trained once, optionally stopped,
 * and then used by the generation services. Expert-mode models keep checkpoints that can be
 * listed, inspected, deleted and downloaded. Every RPC maps to one upstream v1 call; errors
 * follow the gateway's error model (see `ErrorReason`): INVALID_ARGUMENT before any upstream
 * call for input that breaks the rules below, NOT_FOUND for a model, dataset or project of
 * another organisation or one that does not exist, UNAUTHENTICATED for a missing or revoked
 * token, PERMISSION_DENIED or RESOURCE_EXHAUSTED (plan quota) for the upstream's 403,
 * RESOURCE_EXHAUSTED for rate limits.
 * </pre>
 */
@javax.annotation.Generated(
    value = "by gRPC proto compiler",
    comments = "Source: bria/tailored/v1/models.proto")
@io.grpc.stub.annotations.GrpcGenerated
public final class ModelServiceGrpc {

  private ModelServiceGrpc() {}

  public static final String SERVICE_NAME = "bria.tailored.v1.ModelService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<bria.tailored.v1.Models.CreateModelRequest,
      bria.tailored.v1.Models.CreateModelResponse> getCreateModelMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "CreateModel",
      requestType = bria.tailored.v1.Models.CreateModelRequest.class,
      responseType = bria.tailored.v1.Models.CreateModelResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<bria.tailored.v1.Models.CreateModelRequest,
      bria.tailored.v1.Models.CreateModelResponse> getCreateModelMethod() {
    io.grpc.MethodDescriptor<bria.tailored.v1.Models.CreateModelRequest, bria.tailored.v1.Models.CreateModelResponse> getCreateModelMethod;
    if ((getCreateModelMethod = ModelServiceGrpc.getCreateModelMethod) == null) {
      synchronized (ModelServiceGrpc.class) {
        if ((getCreateModelMethod = ModelServiceGrpc.getCreateModelMethod) == null) {
          ModelServiceGrpc.getCreateModelMethod = getCreateModelMethod =
              io.grpc.MethodDescriptor.<bria.tailored.v1.Models.CreateModelRequest, bria.tailored.v1.Models.CreateModelResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "CreateModel"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  bria.tailored.v1.Models.CreateModelRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  bria.tailored.v1.Models.CreateModelResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ModelServiceMethodDescriptorSupplier("CreateModel"))
              .build();
        }
      }
    }
    return getCreateModelMethod;
  }

  private static volatile io.grpc.MethodDescriptor<bria.tailored.v1.Models.ListModelsRequest,
      bria.tailored.v1.Models.ListModelsResponse> getListModelsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListModels",
      requestType = bria.tailored.v1.Models.ListModelsRequest.class,
      responseType = bria.tailored.v1.Models.ListModelsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<bria.tailored.v1.Models.ListModelsRequest,
      bria.tailored.v1.Models.ListModelsResponse> getListModelsMethod() {
    io.grpc.MethodDescriptor<bria.tailored.v1.Models.ListModelsRequest, bria.tailored.v1.Models.ListModelsResponse> getListModelsMethod;
    if ((getListModelsMethod = ModelServiceGrpc.getListModelsMethod) == null) {
      synchronized (ModelServiceGrpc.class) {
        if ((getListModelsMethod = ModelServiceGrpc.getListModelsMethod) == null) {
          ModelServiceGrpc.getListModelsMethod = getListModelsMethod =
              io.grpc.MethodDescriptor.<bria.tailored.v1.Models.ListModelsRequest, bria.tailored.v1.Models.ListModelsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListModels"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  bria.tailored.v1.Models.ListModelsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  bria.tailored.v1.Models.ListModelsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ModelServiceMethodDescriptorSupplier("ListModels"))
              .build();
        }
      }
    }
    return getListModelsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<bria.tailored.v1.Models.ListProjectModelsRequest,
      bria.tailored.v1.Models.ListProjectModelsResponse> getListProjectModelsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListProjectModels",
      requestType = bria.tailored.v1.Models.ListProjectModelsRequest.class,
      responseType = bria.tailored.v1.Models.ListProjectModelsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<bria.tailored.v1.Models.ListProjectModelsRequest,
      bria.tailored.v1.Models.ListProjectModelsResponse> getListProjectModelsMethod() {
    io.grpc.MethodDescriptor<bria.tailored.v1.Models.ListProjectModelsRequest, bria.tailored.v1.Models.ListProjectModelsResponse> getListProjectModelsMethod;
    if ((getListProjectModelsMethod = ModelServiceGrpc.getListProjectModelsMethod) == null) {
      synchronized (ModelServiceGrpc.class) {
        if ((getListProjectModelsMethod = ModelServiceGrpc.getListProjectModelsMethod) == null) {
          ModelServiceGrpc.getListProjectModelsMethod = getListProjectModelsMethod =
              io.grpc.MethodDescriptor.<bria.tailored.v1.Models.ListProjectModelsRequest, bria.tailored.v1.Models.ListProjectModelsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListProjectModels"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  bria.tailored.v1.Models.ListProjectModelsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  bria.tailored.v1.Models.ListProjectModelsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ModelServiceMethodDescriptorSupplier("ListProjectModels"))
              .build();
        }
      }
    }
    return getListProjectModelsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<bria.tailored.v1.Models.GetModelRequest,
      bria.tailored.v1.Models.GetModelResponse> getGetModelMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetModel",
      requestType = bria.tailored.v1.Models.GetModelRequest.class,
      responseType = bria.tailored.v1.Models.GetModelResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<bria.tailored.v1.Models.GetModelRequest,
      bria.tailored.v1.Models.GetModelResponse> getGetModelMethod() {
    io.grpc.MethodDescriptor<bria.tailored.v1.Models.GetModelRequest, bria.tailored.v1.Models.GetModelResponse> getGetModelMethod;
    if ((getGetModelMethod = ModelServiceGrpc.getGetModelMethod) == null) {
      synchronized (ModelServiceGrpc.class) {
        if ((getGetModelMethod = ModelServiceGrpc.getGetModelMethod) == null) {
          ModelServiceGrpc.getGetModelMethod = getGetModelMethod =
              io.grpc.MethodDescriptor.<bria.tailored.v1.Models.GetModelRequest, bria.tailored.v1.Models.GetModelResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetModel"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  bria.tailored.v1.Models.GetModelRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  bria.tailored.v1.Models.GetModelResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ModelServiceMethodDescriptorSupplier("GetModel"))
              .build();
        }
      }
    }
    return getGetModelMethod;
  }

  private static volatile io.grpc.MethodDescriptor<bria.tailored.v1.Models.UpdateModelRequest,
      bria.tailored.v1.Models.UpdateModelResponse> getUpdateModelMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "UpdateModel",
      requestType = bria.tailored.v1.Models.UpdateModelRequest.class,
      responseType = bria.tailored.v1.Models.UpdateModelResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<bria.tailored.v1.Models.UpdateModelRequest,
      bria.tailored.v1.Models.UpdateModelResponse> getUpdateModelMethod() {
    io.grpc.MethodDescriptor<bria.tailored.v1.Models.UpdateModelRequest, bria.tailored.v1.Models.UpdateModelResponse> getUpdateModelMethod;
    if ((getUpdateModelMethod = ModelServiceGrpc.getUpdateModelMethod) == null) {
      synchronized (ModelServiceGrpc.class) {
        if ((getUpdateModelMethod = ModelServiceGrpc.getUpdateModelMethod) == null) {
          ModelServiceGrpc.getUpdateModelMethod = getUpdateModelMethod =
              io.grpc.MethodDescriptor.<bria.tailored.v1.Models.UpdateModelRequest, bria.tailored.v1.Models.UpdateModelResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "UpdateModel"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  bria.tailored.v1.Models.UpdateModelRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  bria.tailored.v1.Models.UpdateModelResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ModelServiceMethodDescriptorSupplier("UpdateModel"))
              .build();
        }
      }
    }
    return getUpdateModelMethod;
  }

  private static volatile io.grpc.MethodDescriptor<bria.tailored.v1.Models.DeleteModelRequest,
      bria.tailored.v1.Models.DeleteModelResponse> getDeleteModelMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "DeleteModel",
      requestType = bria.tailored.v1.Models.DeleteModelRequest.class,
      responseType = bria.tailored.v1.Models.DeleteModelResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<bria.tailored.v1.Models.DeleteModelRequest,
      bria.tailored.v1.Models.DeleteModelResponse> getDeleteModelMethod() {
    io.grpc.MethodDescriptor<bria.tailored.v1.Models.DeleteModelRequest, bria.tailored.v1.Models.DeleteModelResponse> getDeleteModelMethod;
    if ((getDeleteModelMethod = ModelServiceGrpc.getDeleteModelMethod) == null) {
      synchronized (ModelServiceGrpc.class) {
        if ((getDeleteModelMethod = ModelServiceGrpc.getDeleteModelMethod) == null) {
          ModelServiceGrpc.getDeleteModelMethod = getDeleteModelMethod =
              io.grpc.MethodDescriptor.<bria.tailored.v1.Models.DeleteModelRequest, bria.tailored.v1.Models.DeleteModelResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "DeleteModel"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  bria.tailored.v1.Models.DeleteModelRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  bria.tailored.v1.Models.DeleteModelResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ModelServiceMethodDescriptorSupplier("DeleteModel"))
              .build();
        }
      }
    }
    return getDeleteModelMethod;
  }

  private static volatile io.grpc.MethodDescriptor<bria.tailored.v1.Models.StartTrainingRequest,
      bria.tailored.v1.Models.StartTrainingResponse> getStartTrainingMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "StartTraining",
      requestType = bria.tailored.v1.Models.StartTrainingRequest.class,
      responseType = bria.tailored.v1.Models.StartTrainingResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<bria.tailored.v1.Models.StartTrainingRequest,
      bria.tailored.v1.Models.StartTrainingResponse> getStartTrainingMethod() {
    io.grpc.MethodDescriptor<bria.tailored.v1.Models.StartTrainingRequest, bria.tailored.v1.Models.StartTrainingResponse> getStartTrainingMethod;
    if ((getStartTrainingMethod = ModelServiceGrpc.getStartTrainingMethod) == null) {
      synchronized (ModelServiceGrpc.class) {
        if ((getStartTrainingMethod = ModelServiceGrpc.getStartTrainingMethod) == null) {
          ModelServiceGrpc.getStartTrainingMethod = getStartTrainingMethod =
              io.grpc.MethodDescriptor.<bria.tailored.v1.Models.StartTrainingRequest, bria.tailored.v1.Models.StartTrainingResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "StartTraining"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  bria.tailored.v1.Models.StartTrainingRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  bria.tailored.v1.Models.StartTrainingResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ModelServiceMethodDescriptorSupplier("StartTraining"))
              .build();
        }
      }
    }
    return getStartTrainingMethod;
  }

  private static volatile io.grpc.MethodDescriptor<bria.tailored.v1.Models.StopTrainingRequest,
      bria.tailored.v1.Models.StopTrainingResponse> getStopTrainingMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "StopTraining",
      requestType = bria.tailored.v1.Models.StopTrainingRequest.class,
      responseType = bria.tailored.v1.Models.StopTrainingResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<bria.tailored.v1.Models.StopTrainingRequest,
      bria.tailored.v1.Models.StopTrainingResponse> getStopTrainingMethod() {
    io.grpc.MethodDescriptor<bria.tailored.v1.Models.StopTrainingRequest, bria.tailored.v1.Models.StopTrainingResponse> getStopTrainingMethod;
    if ((getStopTrainingMethod = ModelServiceGrpc.getStopTrainingMethod) == null) {
      synchronized (ModelServiceGrpc.class) {
        if ((getStopTrainingMethod = ModelServiceGrpc.getStopTrainingMethod) == null) {
          ModelServiceGrpc.getStopTrainingMethod = getStopTrainingMethod =
              io.grpc.MethodDescriptor.<bria.tailored.v1.Models.StopTrainingRequest, bria.tailored.v1.Models.StopTrainingResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "StopTraining"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  bria.tailored.v1.Models.StopTrainingRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  bria.tailored.v1.Models.StopTrainingResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ModelServiceMethodDescriptorSupplier("StopTraining"))
              .build();
        }
      }
    }
    return getStopTrainingMethod;
  }

  private static volatile io.grpc.MethodDescriptor<bria.tailored.v1.Models.UploadModelRequest,
      bria.tailored.v1.Models.UploadModelResponse> getUploadModelMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "UploadModel",
      requestType = bria.tailored.v1.Models.UploadModelRequest.class,
      responseType = bria.tailored.v1.Models.UploadModelResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<bria.tailored.v1.Models.UploadModelRequest,
      bria.tailored.v1.Models.UploadModelResponse> getUploadModelMethod() {
    io.grpc.MethodDescriptor<bria.tailored.v1.Models.UploadModelRequest, bria.tailored.v1.Models.UploadModelResponse> getUploadModelMethod;
    if ((getUploadModelMethod = ModelServiceGrpc.getUploadModelMethod) == null) {
      synchronized (ModelServiceGrpc.class) {
        if ((getUploadModelMethod = ModelServiceGrpc.getUploadModelMethod) == null) {
          ModelServiceGrpc.getUploadModelMethod = getUploadModelMethod =
              io.grpc.MethodDescriptor.<bria.tailored.v1.Models.UploadModelRequest, bria.tailored.v1.Models.UploadModelResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "UploadModel"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  bria.tailored.v1.Models.UploadModelRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  bria.tailored.v1.Models.UploadModelResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ModelServiceMethodDescriptorSupplier("UploadModel"))
              .build();
        }
      }
    }
    return getUploadModelMethod;
  }

  private static volatile io.grpc.MethodDescriptor<bria.tailored.v1.Models.ListCheckpointsRequest,
      bria.tailored.v1.Models.ListCheckpointsResponse> getListCheckpointsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListCheckpoints",
      requestType = bria.tailored.v1.Models.ListCheckpointsRequest.class,
      responseType = bria.tailored.v1.Models.ListCheckpointsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<bria.tailored.v1.Models.ListCheckpointsRequest,
      bria.tailored.v1.Models.ListCheckpointsResponse> getListCheckpointsMethod() {
    io.grpc.MethodDescriptor<bria.tailored.v1.Models.ListCheckpointsRequest, bria.tailored.v1.Models.ListCheckpointsResponse> getListCheckpointsMethod;
    if ((getListCheckpointsMethod = ModelServiceGrpc.getListCheckpointsMethod) == null) {
      synchronized (ModelServiceGrpc.class) {
        if ((getListCheckpointsMethod = ModelServiceGrpc.getListCheckpointsMethod) == null) {
          ModelServiceGrpc.getListCheckpointsMethod = getListCheckpointsMethod =
              io.grpc.MethodDescriptor.<bria.tailored.v1.Models.ListCheckpointsRequest, bria.tailored.v1.Models.ListCheckpointsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListCheckpoints"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  bria.tailored.v1.Models.ListCheckpointsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  bria.tailored.v1.Models.ListCheckpointsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ModelServiceMethodDescriptorSupplier("ListCheckpoints"))
              .build();
        }
      }
    }
    return getListCheckpointsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<bria.tailored.v1.Models.GetCheckpointRequest,
      bria.tailored.v1.Models.GetCheckpointResponse> getGetCheckpointMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetCheckpoint",
      requestType = bria.tailored.v1.Models.GetCheckpointRequest.class,
      responseType = bria.tailored.v1.Models.GetCheckpointResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<bria.tailored.v1.Models.GetCheckpointRequest,
      bria.tailored.v1.Models.GetCheckpointResponse> getGetCheckpointMethod() {
    io.grpc.MethodDescriptor<bria.tailored.v1.Models.GetCheckpointRequest, bria.tailored.v1.Models.GetCheckpointResponse> getGetCheckpointMethod;
    if ((getGetCheckpointMethod = ModelServiceGrpc.getGetCheckpointMethod) == null) {
      synchronized (ModelServiceGrpc.class) {
        if ((getGetCheckpointMethod = ModelServiceGrpc.getGetCheckpointMethod) == null) {
          ModelServiceGrpc.getGetCheckpointMethod = getGetCheckpointMethod =
              io.grpc.MethodDescriptor.<bria.tailored.v1.Models.GetCheckpointRequest, bria.tailored.v1.Models.GetCheckpointResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetCheckpoint"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  bria.tailored.v1.Models.GetCheckpointRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  bria.tailored.v1.Models.GetCheckpointResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ModelServiceMethodDescriptorSupplier("GetCheckpoint"))
              .build();
        }
      }
    }
    return getGetCheckpointMethod;
  }

  private static volatile io.grpc.MethodDescriptor<bria.tailored.v1.Models.DeleteCheckpointRequest,
      bria.tailored.v1.Models.DeleteCheckpointResponse> getDeleteCheckpointMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "DeleteCheckpoint",
      requestType = bria.tailored.v1.Models.DeleteCheckpointRequest.class,
      responseType = bria.tailored.v1.Models.DeleteCheckpointResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<bria.tailored.v1.Models.DeleteCheckpointRequest,
      bria.tailored.v1.Models.DeleteCheckpointResponse> getDeleteCheckpointMethod() {
    io.grpc.MethodDescriptor<bria.tailored.v1.Models.DeleteCheckpointRequest, bria.tailored.v1.Models.DeleteCheckpointResponse> getDeleteCheckpointMethod;
    if ((getDeleteCheckpointMethod = ModelServiceGrpc.getDeleteCheckpointMethod) == null) {
      synchronized (ModelServiceGrpc.class) {
        if ((getDeleteCheckpointMethod = ModelServiceGrpc.getDeleteCheckpointMethod) == null) {
          ModelServiceGrpc.getDeleteCheckpointMethod = getDeleteCheckpointMethod =
              io.grpc.MethodDescriptor.<bria.tailored.v1.Models.DeleteCheckpointRequest, bria.tailored.v1.Models.DeleteCheckpointResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "DeleteCheckpoint"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  bria.tailored.v1.Models.DeleteCheckpointRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  bria.tailored.v1.Models.DeleteCheckpointResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ModelServiceMethodDescriptorSupplier("DeleteCheckpoint"))
              .build();
        }
      }
    }
    return getDeleteCheckpointMethod;
  }

  private static volatile io.grpc.MethodDescriptor<bria.tailored.v1.Models.GetModelDownloadRequest,
      bria.tailored.v1.Models.GetModelDownloadResponse> getGetModelDownloadMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetModelDownload",
      requestType = bria.tailored.v1.Models.GetModelDownloadRequest.class,
      responseType = bria.tailored.v1.Models.GetModelDownloadResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<bria.tailored.v1.Models.GetModelDownloadRequest,
      bria.tailored.v1.Models.GetModelDownloadResponse> getGetModelDownloadMethod() {
    io.grpc.MethodDescriptor<bria.tailored.v1.Models.GetModelDownloadRequest, bria.tailored.v1.Models.GetModelDownloadResponse> getGetModelDownloadMethod;
    if ((getGetModelDownloadMethod = ModelServiceGrpc.getGetModelDownloadMethod) == null) {
      synchronized (ModelServiceGrpc.class) {
        if ((getGetModelDownloadMethod = ModelServiceGrpc.getGetModelDownloadMethod) == null) {
          ModelServiceGrpc.getGetModelDownloadMethod = getGetModelDownloadMethod =
              io.grpc.MethodDescriptor.<bria.tailored.v1.Models.GetModelDownloadRequest, bria.tailored.v1.Models.GetModelDownloadResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetModelDownload"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  bria.tailored.v1.Models.GetModelDownloadRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  bria.tailored.v1.Models.GetModelDownloadResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ModelServiceMethodDescriptorSupplier("GetModelDownload"))
              .build();
        }
      }
    }
    return getGetModelDownloadMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static ModelServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<ModelServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<ModelServiceStub>() {
        @java.lang.Override
        public ModelServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new ModelServiceStub(channel, callOptions);
        }
      };
    return ModelServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static ModelServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<ModelServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<ModelServiceBlockingStub>() {
        @java.lang.Override
        public ModelServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new ModelServiceBlockingStub(channel, callOptions);
        }
      };
    return ModelServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static ModelServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<ModelServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<ModelServiceFutureStub>() {
        @java.lang.Override
        public ModelServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new ModelServiceFutureStub(channel, callOptions);
        }
      };
    return ModelServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * Models are the tailored generators trained on a dataset (or uploaded as finished weights).
   * A model belongs to its dataset's project; it is created, trained once, optionally stopped,
   * and then used by the generation services. Expert-mode models keep checkpoints that can be
   * listed, inspected, deleted and downloaded. Every RPC maps to one upstream v1 call; errors
   * follow the gateway's error model (see `ErrorReason`): INVALID_ARGUMENT before any upstream
   * call for input that breaks the rules below, NOT_FOUND for a model, dataset or project of
   * another organisation or one that does not exist, UNAUTHENTICATED for a missing or revoked
   * token, PERMISSION_DENIED or RESOURCE_EXHAUSTED (plan quota) for the upstream's 403,
   * RESOURCE_EXHAUSTED for rate limits.
   * </pre>
   */
  public static abstract class ModelServiceImplBase implements io.grpc.BindableService {

    /**
     * <pre>
     * Creates a model linked to a dataset; it belongs to the dataset's project and starts in
     * status `Created` with empty training parameters and `active_model_version` `default`.
     * Training is started separately with `StartTraining`.
     * Upstream: `POST /v1/tailored-gen/models` (201).
     * Errors: NOT_FOUND for the dataset; INVALID_ARGUMENT (upstream 400) when the training
     * version does not fit the dataset's family (fibo models need fibo datasets, legacy models
     * legacy datasets) or `max` is asked for a photography project.
     * </pre>
     */
    public void createModel(bria.tailored.v1.Models.CreateModelRequest request,
        io.grpc.stub.StreamObserver<bria.tailored.v1.Models.CreateModelResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCreateModelMethod(), responseObserver);
    }

    /**
     * <pre>
     * Lists the organisation's models (no pagination upstream).
     * Upstream: `GET /v1/tailored-gen/models`.
     * </pre>
     */
    public void listModels(bria.tailored.v1.Models.ListModelsRequest request,
        io.grpc.stub.StreamObserver<bria.tailored.v1.Models.ListModelsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListModelsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Lists the models of one project (no pagination upstream).
     * Upstream: `GET /v1/tailored-gen/projects/{project_id}/models`. Errors: NOT_FOUND for the
     * project.
     * </pre>
     */
    public void listProjectModels(bria.tailored.v1.Models.ListProjectModelsRequest request,
        io.grpc.stub.StreamObserver<bria.tailored.v1.Models.ListProjectModelsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListProjectModelsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Gets one model; poll it to follow training (`InProgress` → `Completed` | `Failed`) or an
     * upload (`syncing` → `completed`). Upstream: `GET /v1/tailored-gen/models/{model_id}`.
     * Errors: NOT_FOUND.
     * </pre>
     */
    public void getModel(bria.tailored.v1.Models.GetModelRequest request,
        io.grpc.stub.StreamObserver<bria.tailored.v1.Models.GetModelResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetModelMethod(), responseObserver);
    }

    /**
     * <pre>
     * Updates a model's name and description; nothing else is mutable after creation.
     * Upstream: `PUT /v1/tailored-gen/models/{model_id}`. Errors: NOT_FOUND.
     * </pre>
     */
    public void updateModel(bria.tailored.v1.Models.UpdateModelRequest request,
        io.grpc.stub.StreamObserver<bria.tailored.v1.Models.UpdateModelResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getUpdateModelMethod(), responseObserver);
    }

    /**
     * <pre>
     * Deletes a model; its status becomes `Deleted`.
     * Upstream: `DELETE /v1/tailored-gen/models/{model_id}` (204).
     * Errors: NOT_FOUND; FAILED_PRECONDITION (upstream 409) while the model is training.
     * </pre>
     */
    public void deleteModel(bria.tailored.v1.Models.DeleteModelRequest request,
        io.grpc.stub.StreamObserver<bria.tailored.v1.Models.DeleteModelResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getDeleteModelMethod(), responseObserver);
    }

    /**
     * <pre>
     * Starts training a `Created` model (typically 2–4 hours); the model becomes `InProgress`
     * and the response carries the resolved training parameters. Unset parameters get
     * defaults chosen by the upstream from the dataset. Setting any parameter is allowed only
     * for `expert` models.
     * Upstream: `POST /v1/tailored-gen/models/{model_id}/start_training` (200).
     * Errors: INVALID_ARGUMENT for out-of-range parameters or (upstream 400) parameters sent
     * for a `fully_automated` model; NOT_FOUND; FAILED_PRECONDITION when training was already
     * started or stopped (upstream 409) or the dataset is not `completed` (upstream 412).
     * </pre>
     */
    public void startTraining(bria.tailored.v1.Models.StartTrainingRequest request,
        io.grpc.stub.StreamObserver<bria.tailored.v1.Models.StartTrainingResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getStartTrainingMethod(), responseObserver);
    }

    /**
     * <pre>
     * Stops a training model; it goes `Stopping` → `Stopped` and can never be resumed (create
     * a new model instead). Upstream: `POST /v1/tailored-gen/models/{model_id}/stop_training`
     * (200; the body is not documented). Errors: NOT_FOUND; FAILED_PRECONDITION (upstream 409)
     * when the model is not training or already stopped.
     * </pre>
     */
    public void stopTraining(bria.tailored.v1.Models.StopTrainingRequest request,
        io.grpc.stub.StreamObserver<bria.tailored.v1.Models.StopTrainingResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getStopTrainingMethod(), responseObserver);
    }

    /**
     * <pre>
     * Uploads finished LoRA weights (a `.safetensors` file of at most 3 GB) as a new model,
     * into an existing project or a new one. The model is `syncing` until it becomes
     * `completed`; poll `GetModel`. Upstream: `POST /v1/tailored-gen/models/upload_model` (200,
     * not 201). Errors: INVALID_ARGUMENT for a URL that is not a `.safetensors` file (checked
     * here; upstream 415), a missing `project_parameters`, or (upstream 400/422) a URL that is
     * unreachable or parameters the upstream rejects; NOT_FOUND for `project_id`.
     * </pre>
     */
    public void uploadModel(bria.tailored.v1.Models.UploadModelRequest request,
        io.grpc.stub.StreamObserver<bria.tailored.v1.Models.UploadModelResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getUploadModelMethod(), responseObserver);
    }

    /**
     * <pre>
     * Lists the checkpoints of a completed expert-mode model and the one active for inference.
     * Upstream: `GET /v1/tailored-gen/models/{model_id}/checkpoints`.
     * Errors: NOT_FOUND; FAILED_PRECONDITION (upstream 400 "The model status is not
     * completed", subject `models/{model_id}`) before training has completed;
     * INVALID_ARGUMENT (upstream 400) for a `fully_automated` model.
     * </pre>
     */
    public void listCheckpoints(bria.tailored.v1.Models.ListCheckpointsRequest request,
        io.grpc.stub.StreamObserver<bria.tailored.v1.Models.ListCheckpointsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListCheckpointsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Gets one checkpoint of a completed expert-mode model.
     * Upstream: `GET /v1/tailored-gen/models/{model_id}/checkpoints/{checkpoint_step}`.
     * Errors: NOT_FOUND for the model or the checkpoint; FAILED_PRECONDITION (upstream 400
     * "The model status is not completed", subject `models/{model_id}`) before training has
     * completed.
     * </pre>
     */
    public void getCheckpoint(bria.tailored.v1.Models.GetCheckpointRequest request,
        io.grpc.stub.StreamObserver<bria.tailored.v1.Models.GetCheckpointResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetCheckpointMethod(), responseObserver);
    }

    /**
     * <pre>
     * Deletes one checkpoint permanently.
     * Upstream: `DELETE /v1/tailored-gen/models/{model_id}/checkpoints/{checkpoint_step}` (204).
     * Errors: NOT_FOUND for the model or the checkpoint; INVALID_ARGUMENT (upstream 400) for
     * the checkpoint currently selected for inference; FAILED_PRECONDITION (subject
     * `models/{model_id}`) before training has completed.
     * </pre>
     */
    public void deleteCheckpoint(bria.tailored.v1.Models.DeleteCheckpointRequest request,
        io.grpc.stub.StreamObserver<bria.tailored.v1.Models.DeleteCheckpointResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getDeleteCheckpointMethod(), responseObserver);
    }

    /**
     * <pre>
     * Gets a pre-signed download URL for a trained model's weights and the base model they
     * apply to. Using the weights needs Bria's source-code-and-weights licence for the base
     * model. Upstream: `GET /v1/tailored-gen/models/{model_id}/download`.
     * Errors: NOT_FOUND; FAILED_PRECONDITION (upstream 400 "Model training is not
     * completed", subject `models/{model_id}`) before training has completed.
     * </pre>
     */
    public void getModelDownload(bria.tailored.v1.Models.GetModelDownloadRequest request,
        io.grpc.stub.StreamObserver<bria.tailored.v1.Models.GetModelDownloadResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetModelDownloadMethod(), responseObserver);
    }

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return io.grpc.ServerServiceDefinition.builder(getServiceDescriptor())
          .addMethod(
            getCreateModelMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                bria.tailored.v1.Models.CreateModelRequest,
                bria.tailored.v1.Models.CreateModelResponse>(
                  this, METHODID_CREATE_MODEL)))
          .addMethod(
            getListModelsMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                bria.tailored.v1.Models.ListModelsRequest,
                bria.tailored.v1.Models.ListModelsResponse>(
                  this, METHODID_LIST_MODELS)))
          .addMethod(
            getListProjectModelsMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                bria.tailored.v1.Models.ListProjectModelsRequest,
                bria.tailored.v1.Models.ListProjectModelsResponse>(
                  this, METHODID_LIST_PROJECT_MODELS)))
          .addMethod(
            getGetModelMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                bria.tailored.v1.Models.GetModelRequest,
                bria.tailored.v1.Models.GetModelResponse>(
                  this, METHODID_GET_MODEL)))
          .addMethod(
            getUpdateModelMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                bria.tailored.v1.Models.UpdateModelRequest,
                bria.tailored.v1.Models.UpdateModelResponse>(
                  this, METHODID_UPDATE_MODEL)))
          .addMethod(
            getDeleteModelMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                bria.tailored.v1.Models.DeleteModelRequest,
                bria.tailored.v1.Models.DeleteModelResponse>(
                  this, METHODID_DELETE_MODEL)))
          .addMethod(
            getStartTrainingMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                bria.tailored.v1.Models.StartTrainingRequest,
                bria.tailored.v1.Models.StartTrainingResponse>(
                  this, METHODID_START_TRAINING)))
          .addMethod(
            getStopTrainingMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                bria.tailored.v1.Models.StopTrainingRequest,
                bria.tailored.v1.Models.StopTrainingResponse>(
                  this, METHODID_STOP_TRAINING)))
          .addMethod(
            getUploadModelMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                bria.tailored.v1.Models.UploadModelRequest,
                bria.tailored.v1.Models.UploadModelResponse>(
                  this, METHODID_UPLOAD_MODEL)))
          .addMethod(
            getListCheckpointsMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                bria.tailored.v1.Models.ListCheckpointsRequest,
                bria.tailored.v1.Models.ListCheckpointsResponse>(
                  this, METHODID_LIST_CHECKPOINTS)))
          .addMethod(
            getGetCheckpointMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                bria.tailored.v1.Models.GetCheckpointRequest,
                bria.tailored.v1.Models.GetCheckpointResponse>(
                  this, METHODID_GET_CHECKPOINT)))
          .addMethod(
            getDeleteCheckpointMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                bria.tailored.v1.Models.DeleteCheckpointRequest,
                bria.tailored.v1.Models.DeleteCheckpointResponse>(
                  this, METHODID_DELETE_CHECKPOINT)))
          .addMethod(
            getGetModelDownloadMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                bria.tailored.v1.Models.GetModelDownloadRequest,
                bria.tailored.v1.Models.GetModelDownloadResponse>(
                  this, METHODID_GET_MODEL_DOWNLOAD)))
          .build();
    }
  }

  /**
   * <pre>
   * Models are the tailored generators trained on a dataset (or uploaded as finished weights).
   * A model belongs to its dataset's project; it is created, trained once, optionally stopped,
   * and then used by the generation services. Expert-mode models keep checkpoints that can be
   * listed, inspected, deleted and downloaded. Every RPC maps to one upstream v1 call; errors
   * follow the gateway's error model (see `ErrorReason`): INVALID_ARGUMENT before any upstream
   * call for input that breaks the rules below, NOT_FOUND for a model, dataset or project of
   * another organisation or one that does not exist, UNAUTHENTICATED for a missing or revoked
   * token, PERMISSION_DENIED or RESOURCE_EXHAUSTED (plan quota) for the upstream's 403,
   * RESOURCE_EXHAUSTED for rate limits.
   * </pre>
   */
  public static final class ModelServiceStub extends io.grpc.stub.AbstractAsyncStub<ModelServiceStub> {
    private ModelServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected ModelServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new ModelServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a model linked to a dataset; it belongs to the dataset's project and starts in
     * status `Created` with empty training parameters and `active_model_version` `default`.
     * Training is started separately with `StartTraining`.
     * Upstream: `POST /v1/tailored-gen/models` (201).
     * Errors: NOT_FOUND for the dataset; INVALID_ARGUMENT (upstream 400) when the training
     * version does not fit the dataset's family (fibo models need fibo datasets, legacy models
     * legacy datasets) or `max` is asked for a photography project.
     * </pre>
     */
    public void createModel(bria.tailored.v1.Models.CreateModelRequest request,
        io.grpc.stub.StreamObserver<bria.tailored.v1.Models.CreateModelResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCreateModelMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Lists the organisation's models (no pagination upstream).
     * Upstream: `GET /v1/tailored-gen/models`.
     * </pre>
     */
    public void listModels(bria.tailored.v1.Models.ListModelsRequest request,
        io.grpc.stub.StreamObserver<bria.tailored.v1.Models.ListModelsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListModelsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Lists the models of one project (no pagination upstream).
     * Upstream: `GET /v1/tailored-gen/projects/{project_id}/models`. Errors: NOT_FOUND for the
     * project.
     * </pre>
     */
    public void listProjectModels(bria.tailored.v1.Models.ListProjectModelsRequest request,
        io.grpc.stub.StreamObserver<bria.tailored.v1.Models.ListProjectModelsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListProjectModelsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Gets one model; poll it to follow training (`InProgress` → `Completed` | `Failed`) or an
     * upload (`syncing` → `completed`). Upstream: `GET /v1/tailored-gen/models/{model_id}`.
     * Errors: NOT_FOUND.
     * </pre>
     */
    public void getModel(bria.tailored.v1.Models.GetModelRequest request,
        io.grpc.stub.StreamObserver<bria.tailored.v1.Models.GetModelResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetModelMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Updates a model's name and description; nothing else is mutable after creation.
     * Upstream: `PUT /v1/tailored-gen/models/{model_id}`. Errors: NOT_FOUND.
     * </pre>
     */
    public void updateModel(bria.tailored.v1.Models.UpdateModelRequest request,
        io.grpc.stub.StreamObserver<bria.tailored.v1.Models.UpdateModelResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getUpdateModelMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Deletes a model; its status becomes `Deleted`.
     * Upstream: `DELETE /v1/tailored-gen/models/{model_id}` (204).
     * Errors: NOT_FOUND; FAILED_PRECONDITION (upstream 409) while the model is training.
     * </pre>
     */
    public void deleteModel(bria.tailored.v1.Models.DeleteModelRequest request,
        io.grpc.stub.StreamObserver<bria.tailored.v1.Models.DeleteModelResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getDeleteModelMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Starts training a `Created` model (typically 2–4 hours); the model becomes `InProgress`
     * and the response carries the resolved training parameters. Unset parameters get
     * defaults chosen by the upstream from the dataset. Setting any parameter is allowed only
     * for `expert` models.
     * Upstream: `POST /v1/tailored-gen/models/{model_id}/start_training` (200).
     * Errors: INVALID_ARGUMENT for out-of-range parameters or (upstream 400) parameters sent
     * for a `fully_automated` model; NOT_FOUND; FAILED_PRECONDITION when training was already
     * started or stopped (upstream 409) or the dataset is not `completed` (upstream 412).
     * </pre>
     */
    public void startTraining(bria.tailored.v1.Models.StartTrainingRequest request,
        io.grpc.stub.StreamObserver<bria.tailored.v1.Models.StartTrainingResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getStartTrainingMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Stops a training model; it goes `Stopping` → `Stopped` and can never be resumed (create
     * a new model instead). Upstream: `POST /v1/tailored-gen/models/{model_id}/stop_training`
     * (200; the body is not documented). Errors: NOT_FOUND; FAILED_PRECONDITION (upstream 409)
     * when the model is not training or already stopped.
     * </pre>
     */
    public void stopTraining(bria.tailored.v1.Models.StopTrainingRequest request,
        io.grpc.stub.StreamObserver<bria.tailored.v1.Models.StopTrainingResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getStopTrainingMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Uploads finished LoRA weights (a `.safetensors` file of at most 3 GB) as a new model,
     * into an existing project or a new one. The model is `syncing` until it becomes
     * `completed`; poll `GetModel`. Upstream: `POST /v1/tailored-gen/models/upload_model` (200,
     * not 201). Errors: INVALID_ARGUMENT for a URL that is not a `.safetensors` file (checked
     * here; upstream 415), a missing `project_parameters`, or (upstream 400/422) a URL that is
     * unreachable or parameters the upstream rejects; NOT_FOUND for `project_id`.
     * </pre>
     */
    public void uploadModel(bria.tailored.v1.Models.UploadModelRequest request,
        io.grpc.stub.StreamObserver<bria.tailored.v1.Models.UploadModelResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getUploadModelMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Lists the checkpoints of a completed expert-mode model and the one active for inference.
     * Upstream: `GET /v1/tailored-gen/models/{model_id}/checkpoints`.
     * Errors: NOT_FOUND; FAILED_PRECONDITION (upstream 400 "The model status is not
     * completed", subject `models/{model_id}`) before training has completed;
     * INVALID_ARGUMENT (upstream 400) for a `fully_automated` model.
     * </pre>
     */
    public void listCheckpoints(bria.tailored.v1.Models.ListCheckpointsRequest request,
        io.grpc.stub.StreamObserver<bria.tailored.v1.Models.ListCheckpointsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListCheckpointsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Gets one checkpoint of a completed expert-mode model.
     * Upstream: `GET /v1/tailored-gen/models/{model_id}/checkpoints/{checkpoint_step}`.
     * Errors: NOT_FOUND for the model or the checkpoint; FAILED_PRECONDITION (upstream 400
     * "The model status is not completed", subject `models/{model_id}`) before training has
     * completed.
     * </pre>
     */
    public void getCheckpoint(bria.tailored.v1.Models.GetCheckpointRequest request,
        io.grpc.stub.StreamObserver<bria.tailored.v1.Models.GetCheckpointResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetCheckpointMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Deletes one checkpoint permanently.
     * Upstream: `DELETE /v1/tailored-gen/models/{model_id}/checkpoints/{checkpoint_step}` (204).
     * Errors: NOT_FOUND for the model or the checkpoint; INVALID_ARGUMENT (upstream 400) for
     * the checkpoint currently selected for inference; FAILED_PRECONDITION (subject
     * `models/{model_id}`) before training has completed.
     * </pre>
     */
    public void deleteCheckpoint(bria.tailored.v1.Models.DeleteCheckpointRequest request,
        io.grpc.stub.StreamObserver<bria.tailored.v1.Models.DeleteCheckpointResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getDeleteCheckpointMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Gets a pre-signed download URL for a trained model's weights and the base model they
     * apply to. Using the weights needs Bria's source-code-and-weights licence for the base
     * model. Upstream: `GET /v1/tailored-gen/models/{model_id}/download`.
     * Errors: NOT_FOUND; FAILED_PRECONDITION (upstream 400 "Model training is not
     * completed", subject `models/{model_id}`) before training has completed.
     * </pre>
     */
    public void getModelDownload(bria.tailored.v1.Models.GetModelDownloadRequest request,
        io.grpc.stub.StreamObserver<bria.tailored.v1.Models.GetModelDownloadResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetModelDownloadMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * <pre>
   * Models are the tailored generators trained on a dataset (or uploaded as finished weights).
   * A model belongs to its dataset's project; it is created, trained once, optionally stopped,
   * and then used by the generation services. Expert-mode models keep checkpoints that can be
   * listed, inspected, deleted and downloaded. Every RPC maps to one upstream v1 call; errors
   * follow the gateway's error model (see `ErrorReason`): INVALID_ARGUMENT before any upstream
   * call for input that breaks the rules below, NOT_FOUND for a model, dataset or project of
   * another organisation or one that does not exist, UNAUTHENTICATED for a missing or revoked
   * token, PERMISSION_DENIED or RESOURCE_EXHAUSTED (plan quota) for the upstream's 403,
   * RESOURCE_EXHAUSTED for rate limits.
   * </pre>
   */
  public static final class ModelServiceBlockingStub extends io.grpc.stub.AbstractBlockingStub<ModelServiceBlockingStub> {
    private ModelServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected ModelServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new ModelServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a model linked to a dataset; it belongs to the dataset's project and starts in
     * status `Created` with empty training parameters and `active_model_version` `default`.
     * Training is started separately with `StartTraining`.
     * Upstream: `POST /v1/tailored-gen/models` (201).
     * Errors: NOT_FOUND for the dataset; INVALID_ARGUMENT (upstream 400) when the training
     * version does not fit the dataset's family (fibo models need fibo datasets, legacy models
     * legacy datasets) or `max` is asked for a photography project.
     * </pre>
     */
    public bria.tailored.v1.Models.CreateModelResponse createModel(bria.tailored.v1.Models.CreateModelRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCreateModelMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists the organisation's models (no pagination upstream).
     * Upstream: `GET /v1/tailored-gen/models`.
     * </pre>
     */
    public bria.tailored.v1.Models.ListModelsResponse listModels(bria.tailored.v1.Models.ListModelsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListModelsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists the models of one project (no pagination upstream).
     * Upstream: `GET /v1/tailored-gen/projects/{project_id}/models`. Errors: NOT_FOUND for the
     * project.
     * </pre>
     */
    public bria.tailored.v1.Models.ListProjectModelsResponse listProjectModels(bria.tailored.v1.Models.ListProjectModelsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListProjectModelsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Gets one model; poll it to follow training (`InProgress` → `Completed` | `Failed`) or an
     * upload (`syncing` → `completed`). Upstream: `GET /v1/tailored-gen/models/{model_id}`.
     * Errors: NOT_FOUND.
     * </pre>
     */
    public bria.tailored.v1.Models.GetModelResponse getModel(bria.tailored.v1.Models.GetModelRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetModelMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Updates a model's name and description; nothing else is mutable after creation.
     * Upstream: `PUT /v1/tailored-gen/models/{model_id}`. Errors: NOT_FOUND.
     * </pre>
     */
    public bria.tailored.v1.Models.UpdateModelResponse updateModel(bria.tailored.v1.Models.UpdateModelRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getUpdateModelMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes a model; its status becomes `Deleted`.
     * Upstream: `DELETE /v1/tailored-gen/models/{model_id}` (204).
     * Errors: NOT_FOUND; FAILED_PRECONDITION (upstream 409) while the model is training.
     * </pre>
     */
    public bria.tailored.v1.Models.DeleteModelResponse deleteModel(bria.tailored.v1.Models.DeleteModelRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getDeleteModelMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Starts training a `Created` model (typically 2–4 hours); the model becomes `InProgress`
     * and the response carries the resolved training parameters. Unset parameters get
     * defaults chosen by the upstream from the dataset. Setting any parameter is allowed only
     * for `expert` models.
     * Upstream: `POST /v1/tailored-gen/models/{model_id}/start_training` (200).
     * Errors: INVALID_ARGUMENT for out-of-range parameters or (upstream 400) parameters sent
     * for a `fully_automated` model; NOT_FOUND; FAILED_PRECONDITION when training was already
     * started or stopped (upstream 409) or the dataset is not `completed` (upstream 412).
     * </pre>
     */
    public bria.tailored.v1.Models.StartTrainingResponse startTraining(bria.tailored.v1.Models.StartTrainingRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getStartTrainingMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Stops a training model; it goes `Stopping` → `Stopped` and can never be resumed (create
     * a new model instead). Upstream: `POST /v1/tailored-gen/models/{model_id}/stop_training`
     * (200; the body is not documented). Errors: NOT_FOUND; FAILED_PRECONDITION (upstream 409)
     * when the model is not training or already stopped.
     * </pre>
     */
    public bria.tailored.v1.Models.StopTrainingResponse stopTraining(bria.tailored.v1.Models.StopTrainingRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getStopTrainingMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Uploads finished LoRA weights (a `.safetensors` file of at most 3 GB) as a new model,
     * into an existing project or a new one. The model is `syncing` until it becomes
     * `completed`; poll `GetModel`. Upstream: `POST /v1/tailored-gen/models/upload_model` (200,
     * not 201). Errors: INVALID_ARGUMENT for a URL that is not a `.safetensors` file (checked
     * here; upstream 415), a missing `project_parameters`, or (upstream 400/422) a URL that is
     * unreachable or parameters the upstream rejects; NOT_FOUND for `project_id`.
     * </pre>
     */
    public bria.tailored.v1.Models.UploadModelResponse uploadModel(bria.tailored.v1.Models.UploadModelRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getUploadModelMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists the checkpoints of a completed expert-mode model and the one active for inference.
     * Upstream: `GET /v1/tailored-gen/models/{model_id}/checkpoints`.
     * Errors: NOT_FOUND; FAILED_PRECONDITION (upstream 400 "The model status is not
     * completed", subject `models/{model_id}`) before training has completed;
     * INVALID_ARGUMENT (upstream 400) for a `fully_automated` model.
     * </pre>
     */
    public bria.tailored.v1.Models.ListCheckpointsResponse listCheckpoints(bria.tailored.v1.Models.ListCheckpointsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListCheckpointsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Gets one checkpoint of a completed expert-mode model.
     * Upstream: `GET /v1/tailored-gen/models/{model_id}/checkpoints/{checkpoint_step}`.
     * Errors: NOT_FOUND for the model or the checkpoint; FAILED_PRECONDITION (upstream 400
     * "The model status is not completed", subject `models/{model_id}`) before training has
     * completed.
     * </pre>
     */
    public bria.tailored.v1.Models.GetCheckpointResponse getCheckpoint(bria.tailored.v1.Models.GetCheckpointRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetCheckpointMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes one checkpoint permanently.
     * Upstream: `DELETE /v1/tailored-gen/models/{model_id}/checkpoints/{checkpoint_step}` (204).
     * Errors: NOT_FOUND for the model or the checkpoint; INVALID_ARGUMENT (upstream 400) for
     * the checkpoint currently selected for inference; FAILED_PRECONDITION (subject
     * `models/{model_id}`) before training has completed.
     * </pre>
     */
    public bria.tailored.v1.Models.DeleteCheckpointResponse deleteCheckpoint(bria.tailored.v1.Models.DeleteCheckpointRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getDeleteCheckpointMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Gets a pre-signed download URL for a trained model's weights and the base model they
     * apply to. Using the weights needs Bria's source-code-and-weights licence for the base
     * model. Upstream: `GET /v1/tailored-gen/models/{model_id}/download`.
     * Errors: NOT_FOUND; FAILED_PRECONDITION (upstream 400 "Model training is not
     * completed", subject `models/{model_id}`) before training has completed.
     * </pre>
     */
    public bria.tailored.v1.Models.GetModelDownloadResponse getModelDownload(bria.tailored.v1.Models.GetModelDownloadRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetModelDownloadMethod(), getCallOptions(), request);
    }
  }

  /**
   * <pre>
   * Models are the tailored generators trained on a dataset (or uploaded as finished weights).
   * A model belongs to its dataset's project; it is created, trained once, optionally stopped,
   * and then used by the generation services. Expert-mode models keep checkpoints that can be
   * listed, inspected, deleted and downloaded. Every RPC maps to one upstream v1 call; errors
   * follow the gateway's error model (see `ErrorReason`): INVALID_ARGUMENT before any upstream
   * call for input that breaks the rules below, NOT_FOUND for a model, dataset or project of
   * another organisation or one that does not exist, UNAUTHENTICATED for a missing or revoked
   * token, PERMISSION_DENIED or RESOURCE_EXHAUSTED (plan quota) for the upstream's 403,
   * RESOURCE_EXHAUSTED for rate limits.
   * </pre>
   */
  public static final class ModelServiceFutureStub extends io.grpc.stub.AbstractFutureStub<ModelServiceFutureStub> {
    private ModelServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected ModelServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new ModelServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a model linked to a dataset; it belongs to the dataset's project and starts in
     * status `Created` with empty training parameters and `active_model_version` `default`.
     * Training is started separately with `StartTraining`.
     * Upstream: `POST /v1/tailored-gen/models` (201).
     * Errors: NOT_FOUND for the dataset; INVALID_ARGUMENT (upstream 400) when the training
     * version does not fit the dataset's family (fibo models need fibo datasets, legacy models
     * legacy datasets) or `max` is asked for a photography project.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<bria.tailored.v1.Models.CreateModelResponse> createModel(
        bria.tailored.v1.Models.CreateModelRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCreateModelMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Lists the organisation's models (no pagination upstream).
     * Upstream: `GET /v1/tailored-gen/models`.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<bria.tailored.v1.Models.ListModelsResponse> listModels(
        bria.tailored.v1.Models.ListModelsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListModelsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Lists the models of one project (no pagination upstream).
     * Upstream: `GET /v1/tailored-gen/projects/{project_id}/models`. Errors: NOT_FOUND for the
     * project.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<bria.tailored.v1.Models.ListProjectModelsResponse> listProjectModels(
        bria.tailored.v1.Models.ListProjectModelsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListProjectModelsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Gets one model; poll it to follow training (`InProgress` → `Completed` | `Failed`) or an
     * upload (`syncing` → `completed`). Upstream: `GET /v1/tailored-gen/models/{model_id}`.
     * Errors: NOT_FOUND.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<bria.tailored.v1.Models.GetModelResponse> getModel(
        bria.tailored.v1.Models.GetModelRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetModelMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Updates a model's name and description; nothing else is mutable after creation.
     * Upstream: `PUT /v1/tailored-gen/models/{model_id}`. Errors: NOT_FOUND.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<bria.tailored.v1.Models.UpdateModelResponse> updateModel(
        bria.tailored.v1.Models.UpdateModelRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getUpdateModelMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Deletes a model; its status becomes `Deleted`.
     * Upstream: `DELETE /v1/tailored-gen/models/{model_id}` (204).
     * Errors: NOT_FOUND; FAILED_PRECONDITION (upstream 409) while the model is training.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<bria.tailored.v1.Models.DeleteModelResponse> deleteModel(
        bria.tailored.v1.Models.DeleteModelRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getDeleteModelMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Starts training a `Created` model (typically 2–4 hours); the model becomes `InProgress`
     * and the response carries the resolved training parameters. Unset parameters get
     * defaults chosen by the upstream from the dataset. Setting any parameter is allowed only
     * for `expert` models.
     * Upstream: `POST /v1/tailored-gen/models/{model_id}/start_training` (200).
     * Errors: INVALID_ARGUMENT for out-of-range parameters or (upstream 400) parameters sent
     * for a `fully_automated` model; NOT_FOUND; FAILED_PRECONDITION when training was already
     * started or stopped (upstream 409) or the dataset is not `completed` (upstream 412).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<bria.tailored.v1.Models.StartTrainingResponse> startTraining(
        bria.tailored.v1.Models.StartTrainingRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getStartTrainingMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Stops a training model; it goes `Stopping` → `Stopped` and can never be resumed (create
     * a new model instead). Upstream: `POST /v1/tailored-gen/models/{model_id}/stop_training`
     * (200; the body is not documented). Errors: NOT_FOUND; FAILED_PRECONDITION (upstream 409)
     * when the model is not training or already stopped.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<bria.tailored.v1.Models.StopTrainingResponse> stopTraining(
        bria.tailored.v1.Models.StopTrainingRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getStopTrainingMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Uploads finished LoRA weights (a `.safetensors` file of at most 3 GB) as a new model,
     * into an existing project or a new one. The model is `syncing` until it becomes
     * `completed`; poll `GetModel`. Upstream: `POST /v1/tailored-gen/models/upload_model` (200,
     * not 201). Errors: INVALID_ARGUMENT for a URL that is not a `.safetensors` file (checked
     * here; upstream 415), a missing `project_parameters`, or (upstream 400/422) a URL that is
     * unreachable or parameters the upstream rejects; NOT_FOUND for `project_id`.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<bria.tailored.v1.Models.UploadModelResponse> uploadModel(
        bria.tailored.v1.Models.UploadModelRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getUploadModelMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Lists the checkpoints of a completed expert-mode model and the one active for inference.
     * Upstream: `GET /v1/tailored-gen/models/{model_id}/checkpoints`.
     * Errors: NOT_FOUND; FAILED_PRECONDITION (upstream 400 "The model status is not
     * completed", subject `models/{model_id}`) before training has completed;
     * INVALID_ARGUMENT (upstream 400) for a `fully_automated` model.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<bria.tailored.v1.Models.ListCheckpointsResponse> listCheckpoints(
        bria.tailored.v1.Models.ListCheckpointsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListCheckpointsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Gets one checkpoint of a completed expert-mode model.
     * Upstream: `GET /v1/tailored-gen/models/{model_id}/checkpoints/{checkpoint_step}`.
     * Errors: NOT_FOUND for the model or the checkpoint; FAILED_PRECONDITION (upstream 400
     * "The model status is not completed", subject `models/{model_id}`) before training has
     * completed.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<bria.tailored.v1.Models.GetCheckpointResponse> getCheckpoint(
        bria.tailored.v1.Models.GetCheckpointRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetCheckpointMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Deletes one checkpoint permanently.
     * Upstream: `DELETE /v1/tailored-gen/models/{model_id}/checkpoints/{checkpoint_step}` (204).
     * Errors: NOT_FOUND for the model or the checkpoint; INVALID_ARGUMENT (upstream 400) for
     * the checkpoint currently selected for inference; FAILED_PRECONDITION (subject
     * `models/{model_id}`) before training has completed.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<bria.tailored.v1.Models.DeleteCheckpointResponse> deleteCheckpoint(
        bria.tailored.v1.Models.DeleteCheckpointRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getDeleteCheckpointMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Gets a pre-signed download URL for a trained model's weights and the base model they
     * apply to. Using the weights needs Bria's source-code-and-weights licence for the base
     * model. Upstream: `GET /v1/tailored-gen/models/{model_id}/download`.
     * Errors: NOT_FOUND; FAILED_PRECONDITION (upstream 400 "Model training is not
     * completed", subject `models/{model_id}`) before training has completed.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<bria.tailored.v1.Models.GetModelDownloadResponse> getModelDownload(
        bria.tailored.v1.Models.GetModelDownloadRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetModelDownloadMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_CREATE_MODEL = 0;
  private static final int METHODID_LIST_MODELS = 1;
  private static final int METHODID_LIST_PROJECT_MODELS = 2;
  private static final int METHODID_GET_MODEL = 3;
  private static final int METHODID_UPDATE_MODEL = 4;
  private static final int METHODID_DELETE_MODEL = 5;
  private static final int METHODID_START_TRAINING = 6;
  private static final int METHODID_STOP_TRAINING = 7;
  private static final int METHODID_UPLOAD_MODEL = 8;
  private static final int METHODID_LIST_CHECKPOINTS = 9;
  private static final int METHODID_GET_CHECKPOINT = 10;
  private static final int METHODID_DELETE_CHECKPOINT = 11;
  private static final int METHODID_GET_MODEL_DOWNLOAD = 12;

  private static final class MethodHandlers<Req, Resp> implements
      io.grpc.stub.ServerCalls.UnaryMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.ServerStreamingMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.ClientStreamingMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.BidiStreamingMethod<Req, Resp> {
    private final ModelServiceImplBase serviceImpl;
    private final int methodId;

    MethodHandlers(ModelServiceImplBase serviceImpl, int methodId) {
      this.serviceImpl = serviceImpl;
      this.methodId = methodId;
    }

    @java.lang.Override
    @java.lang.SuppressWarnings("unchecked")
    public void invoke(Req request, io.grpc.stub.StreamObserver<Resp> responseObserver) {
      switch (methodId) {
        case METHODID_CREATE_MODEL:
          serviceImpl.createModel((bria.tailored.v1.Models.CreateModelRequest) request,
              (io.grpc.stub.StreamObserver<bria.tailored.v1.Models.CreateModelResponse>) responseObserver);
          break;
        case METHODID_LIST_MODELS:
          serviceImpl.listModels((bria.tailored.v1.Models.ListModelsRequest) request,
              (io.grpc.stub.StreamObserver<bria.tailored.v1.Models.ListModelsResponse>) responseObserver);
          break;
        case METHODID_LIST_PROJECT_MODELS:
          serviceImpl.listProjectModels((bria.tailored.v1.Models.ListProjectModelsRequest) request,
              (io.grpc.stub.StreamObserver<bria.tailored.v1.Models.ListProjectModelsResponse>) responseObserver);
          break;
        case METHODID_GET_MODEL:
          serviceImpl.getModel((bria.tailored.v1.Models.GetModelRequest) request,
              (io.grpc.stub.StreamObserver<bria.tailored.v1.Models.GetModelResponse>) responseObserver);
          break;
        case METHODID_UPDATE_MODEL:
          serviceImpl.updateModel((bria.tailored.v1.Models.UpdateModelRequest) request,
              (io.grpc.stub.StreamObserver<bria.tailored.v1.Models.UpdateModelResponse>) responseObserver);
          break;
        case METHODID_DELETE_MODEL:
          serviceImpl.deleteModel((bria.tailored.v1.Models.DeleteModelRequest) request,
              (io.grpc.stub.StreamObserver<bria.tailored.v1.Models.DeleteModelResponse>) responseObserver);
          break;
        case METHODID_START_TRAINING:
          serviceImpl.startTraining((bria.tailored.v1.Models.StartTrainingRequest) request,
              (io.grpc.stub.StreamObserver<bria.tailored.v1.Models.StartTrainingResponse>) responseObserver);
          break;
        case METHODID_STOP_TRAINING:
          serviceImpl.stopTraining((bria.tailored.v1.Models.StopTrainingRequest) request,
              (io.grpc.stub.StreamObserver<bria.tailored.v1.Models.StopTrainingResponse>) responseObserver);
          break;
        case METHODID_UPLOAD_MODEL:
          serviceImpl.uploadModel((bria.tailored.v1.Models.UploadModelRequest) request,
              (io.grpc.stub.StreamObserver<bria.tailored.v1.Models.UploadModelResponse>) responseObserver);
          break;
        case METHODID_LIST_CHECKPOINTS:
          serviceImpl.listCheckpoints((bria.tailored.v1.Models.ListCheckpointsRequest) request,
              (io.grpc.stub.StreamObserver<bria.tailored.v1.Models.ListCheckpointsResponse>) responseObserver);
          break;
        case METHODID_GET_CHECKPOINT:
          serviceImpl.getCheckpoint((bria.tailored.v1.Models.GetCheckpointRequest) request,
              (io.grpc.stub.StreamObserver<bria.tailored.v1.Models.GetCheckpointResponse>) responseObserver);
          break;
        case METHODID_DELETE_CHECKPOINT:
          serviceImpl.deleteCheckpoint((bria.tailored.v1.Models.DeleteCheckpointRequest) request,
              (io.grpc.stub.StreamObserver<bria.tailored.v1.Models.DeleteCheckpointResponse>) responseObserver);
          break;
        case METHODID_GET_MODEL_DOWNLOAD:
          serviceImpl.getModelDownload((bria.tailored.v1.Models.GetModelDownloadRequest) request,
              (io.grpc.stub.StreamObserver<bria.tailored.v1.Models.GetModelDownloadResponse>) responseObserver);
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

  private static abstract class ModelServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    ModelServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return bria.tailored.v1.Models.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("ModelService");
    }
  }

  private static final class ModelServiceFileDescriptorSupplier
      extends ModelServiceBaseDescriptorSupplier {
    ModelServiceFileDescriptorSupplier() {}
  }

  private static final class ModelServiceMethodDescriptorSupplier
      extends ModelServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final String methodName;

    ModelServiceMethodDescriptorSupplier(String methodName) {
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
      synchronized (ModelServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new ModelServiceFileDescriptorSupplier())
              .addMethod(getCreateModelMethod())
              .addMethod(getListModelsMethod())
              .addMethod(getListProjectModelsMethod())
              .addMethod(getGetModelMethod())
              .addMethod(getUpdateModelMethod())
              .addMethod(getDeleteModelMethod())
              .addMethod(getStartTrainingMethod())
              .addMethod(getStopTrainingMethod())
              .addMethod(getUploadModelMethod())
              .addMethod(getListCheckpointsMethod())
              .addMethod(getGetCheckpointMethod())
              .addMethod(getDeleteCheckpointMethod())
              .addMethod(getGetModelDownloadMethod())
              .build();
        }
      }
    }
    return result;
  }
}
