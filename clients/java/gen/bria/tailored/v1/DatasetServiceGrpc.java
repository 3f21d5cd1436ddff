package bria.tailored.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * Datasets hold the captioned images a tailored model is trained on, plus the helpers that
 * prepare them (caption prefixes for legacy datasets, visual schemas and structured-prompt
 * refinement for FIBO datasets). A dataset is `draft` while it is edited and `completed` once
 * it is frozen for training. Every RPC maps to one upstream v1 call; errors follow the
 * gateway's error model (see `ErrorReason`): INVALID_ARGUMENT before any upstream call for
 * input that breaks the rules below, NOT_FOUND for a dataset, image or project of another
 * organisation or one that does not exist, FAILED_PRECONDITION for the upstream's 409 and 412
 * (state conflicts), UNAUTHENTICATED for a missing or revoked token, PERMISSION_DENIED or
 * RESOURCE_EXHAUSTED (plan quota) for the upstream's 403, RESOURCE_EXHAUSTED for rate limits.
 * </pre>
 */
@javax.annotation.Generated(
    value = "by gRPC proto compiler",
    comments = "Source: bria/tailored/v1/datasets.proto")
@io.grpc.stub.annotations.GrpcGenerated
public final class DatasetServiceGrpc {

  private DatasetServiceGrpc() {}

  public static final String SERVICE_NAME = "bria.tailored.v1.DatasetService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<bria.tailored.v1.Datasets.CreateDatasetRequest,
      bria.tailored.v1.Datasets.CreateDatasetResponse> getCreateDatasetMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "CreateDataset",
      requestType = bria.tailored.v1.Datasets.CreateDatasetRequest.class,
      responseType = bria.tailored.v1.Datasets.CreateDatasetResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<bria.tailored.v1.Datasets.CreateDatasetRequest,
      bria.tailored.v1.Datasets.CreateDatasetResponse> getCreateDatasetMethod() {
    io.grpc.MethodDescriptor<bria.tailored.v1.Datasets.CreateDatasetRequest, bria.tailored.v1.Datasets.CreateDatasetResponse> getCreateDatasetMethod;
    if ((getCreateDatasetMethod = DatasetServiceGrpc.getCreateDatasetMethod) == null) {
      synchronized (DatasetServiceGrpc.class) {
        if ((getCreateDatasetMethod = DatasetServiceGrpc.getCreateDatasetMethod) == null) {
          DatasetServiceGrpc.getCreateDatasetMethod = getCreateDatasetMethod =
              io.grpc.MethodDescriptor.<bria.tailored.v1.Datasets.CreateDatasetRequest, bria.tailored.v1.Datasets.CreateDatasetResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "CreateDataset"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  bria.tailored.v1.Datasets.CreateDatasetRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  bria.tailored.v1.Datasets.CreateDatasetResponse.getDefaultInstance()))
              .setSchemaDescriptor(new DatasetServiceMethodDescriptorSupplier("CreateDataset"))
              .build();
        }
      }
    }
    return getCreateDatasetMethod;
  }

  private static volatile io.grpc.MethodDescriptor<bria.tailored.v1.Datasets.ListDatasetsRequest,
      bria.tailored.v1.Datasets.ListDatasetsResponse> getListDatasetsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListDatasets",
      requestType = bria.tailored.v1.Datasets.ListDatasetsRequest.class,
      responseType = bria.tailored.v1.Datasets.ListDatasetsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<bria.tailored.v1.Datasets.ListDatasetsRequest,
      bria.tailored.v1.Datasets.ListDatasetsResponse> getListDatasetsMethod() {
    io.grpc.MethodDescriptor<bria.tailored.v1.Datasets.ListDatasetsRequest, bria.tailored.v1.Datasets.ListDatasetsResponse> getListDatasetsMethod;
    if ((getListDatasetsMethod = DatasetServiceGrpc.getListDatasetsMethod) == null) {
      synchronized (DatasetServiceGrpc.class) {
        if ((getListDatasetsMethod = DatasetServiceGrpc.getListDatasetsMethod) == null) {
          DatasetServiceGrpc.getListDatasetsMethod = getListDatasetsMethod =
              io.grpc.MethodDescriptor.<bria.tailored.v1.Datasets.ListDatasetsRequest, bria.tailored.v1.Datasets.ListDatasetsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListDatasets"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  bria.tailored.v1.Datasets.ListDatasetsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  bria.tailored.v1.Datasets.ListDatasetsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new DatasetServiceMethodDescriptorSupplier("ListDatasets"))
              .build();
        }
      }
    }
    return getListDatasetsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<bria.tailored.v1.Datasets.ListProjectDatasetsRequest,
      bria.tailored.v1.Datasets.ListProjectDatasetsResponse> getListProjectDatasetsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListProjectDatasets",
      requestType = bria.tailored.v1.Datasets.ListProjectDatasetsRequest.class,
      responseType = bria.tailored.v1.Datasets.ListProjectDatasetsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<bria.tailored.v1.Datasets.ListProjectDatasetsRequest,
      bria.tailored.v1.Datasets.ListProjectDatasetsResponse> getListProjectDatasetsMethod() {
    io.grpc.MethodDescriptor<bria.tailored.v1.Datasets.ListProjectDatasetsRequest, bria.tailored.v1.Datasets.ListProjectDatasetsResponse> getListProjectDatasetsMethod;
    if ((getListProjectDatasetsMethod = DatasetServiceGrpc.getListProjectDatasetsMethod) == null) {
      synchronized (DatasetServiceGrpc.class) {
        if ((getListProjectDatasetsMethod = DatasetServiceGrpc.getListProjectDatasetsMethod) == null) {
          DatasetServiceGrpc.getListProjectDatasetsMethod = getListProjectDatasetsMethod =
              io.grpc.MethodDescriptor.<bria.tailored.v1.Datasets.ListProjectDatasetsRequest, bria.tailored.v1.Datasets.ListProjectDatasetsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListProjectDatasets"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  bria.tailored.v1.Datasets.ListProjectDatasetsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  bria.tailored.v1.Datasets.ListProjectDatasetsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new DatasetServiceMethodDescriptorSupplier("ListProjectDatasets"))
              .build();
        }
      }
    }
    return getListProjectDatasetsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<bria.tailored.v1.Datasets.GetDatasetRequest,
      bria.tailored.v1.Datasets.GetDatasetResponse> getGetDatasetMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetDataset",
      requestType = bria.tailored.v1.Datasets.GetDatasetRequest.class,
      responseType = bria.tailored.v1.Datasets.GetDatasetResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<bria.tailored.v1.Datasets.GetDatasetRequest,
      bria.tailored.v1.Datasets.GetDatasetResponse> getGetDatasetMethod() {
    io.grpc.MethodDescriptor<bria.tailored.v1.Datasets.GetDatasetRequest, bria.tailored.v1.Datasets.GetDatasetResponse> getGetDatasetMethod;
    if ((getGetDatasetMethod = DatasetServiceGrpc.getGetDatasetMethod) == null) {
      synchronized (DatasetServiceGrpc.class) {
        if ((getGetDatasetMethod = DatasetServiceGrpc.getGetDatasetMethod) == null) {
          DatasetServiceGrpc.getGetDatasetMethod = getGetDatasetMethod =
              io.grpc.MethodDescriptor.<bria.tailored.v1.Datasets.GetDatasetRequest, bria.tailored.v1.Datasets.GetDatasetResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetDataset"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  bria.tailored.v1.Datasets.GetDatasetRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  bria.tailored.v1.Datasets.GetDatasetResponse.getDefaultInstance()))
              .setSchemaDescriptor(new DatasetServiceMethodDescriptorSupplier("GetDataset"))
              .build();
        }
      }
    }
    return getGetDatasetMethod;
  }

  private static volatile io.grpc.MethodDescriptor<bria.tailored.v1.Datasets.UpdateDatasetRequest,
      bria.tailored.v1.Datasets.UpdateDatasetResponse> getUpdateDatasetMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "UpdateDataset",
      requestType = bria.tailored.v1.Datasets.UpdateDatasetRequest.class,
      responseType = bria.tailored.v1.Datasets.UpdateDatasetResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<bria.tailored.v1.Datasets.UpdateDatasetRequest,
      bria.tailored.v1.Datasets.UpdateDatasetResponse> getUpdateDatasetMethod() {
    io.grpc.MethodDescriptor<bria.tailored.v1.Datasets.UpdateDatasetRequest, bria.tailored.v1.Datasets.UpdateDatasetResponse> getUpdateDatasetMethod;
    if ((getUpdateDatasetMethod = DatasetServiceGrpc.getUpdateDatasetMethod) == null) {
      synchronized (DatasetServiceGrpc.class) {
        if ((getUpdateDatasetMethod = DatasetServiceGrpc.getUpdateDatasetMethod) == null) {
          DatasetServiceGrpc.getUpdateDatasetMethod = getUpdateDatasetMethod =
              io.grpc.MethodDescriptor.<bria.tailored.v1.Datasets.UpdateDatasetRequest, bria.tailored.v1.Datasets.UpdateDatasetResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "UpdateDataset"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  bria.tailored.v1.Datasets.UpdateDatasetRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  bria.tailored.v1.Datasets.UpdateDatasetResponse.getDefaultInstance()))
              .setSchemaDescriptor(new DatasetServiceMethodDescriptorSupplier("UpdateDataset"))
              .build();
        }
      }
    }
    return getUpdateDatasetMethod;
  }

  private static volatile io.grpc.MethodDescriptor<bria.tailored.v1.Datasets.DeleteDatasetRequest,
      bria.tailored.v1.Datasets.DeleteDatasetResponse> getDeleteDatasetMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "DeleteDataset",
      requestType = bria.tailored.v1.Datasets.DeleteDatasetRequest.class,
      responseType = bria.tailored.v1.Datasets.DeleteDatasetResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<bria.tailored.v1.Datasets.DeleteDatasetRequest,
      bria.tailored.v1.Datasets.DeleteDatasetResponse> getDeleteDatasetMethod() {
    io.grpc.MethodDescriptor<bria.tailored.v1.Datasets.DeleteDatasetRequest, bria.tailored.v1.Datasets.DeleteDatasetResponse> getDeleteDatasetMethod;
    if ((getDeleteDatasetMethod = DatasetServiceGrpc.getDeleteDatasetMethod) == null) {
      synchronized (DatasetServiceGrpc.class) {
        if ((getDeleteDatasetMethod = DatasetServiceGrpc.getDeleteDatasetMethod) == null) {
          DatasetServiceGrpc.getDeleteDatasetMethod = getDeleteDatasetMethod =
              io.grpc.MethodDescriptor.<bria.tailored.v1.Datasets.DeleteDatasetRequest, bria.tailored.v1.Datasets.DeleteDatasetResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "DeleteDataset"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  bria.tailored.v1.Datasets.DeleteDatasetRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  bria.tailored.v1.Datasets.DeleteDatasetResponse.getDefaultInstance()))
              .setSchemaDescriptor(new DatasetServiceMethodDescriptorSupplier("DeleteDataset"))
              .build();
        }
      }
    }
    return getDeleteDatasetMethod;
  }

  private static volatile io.grpc.MethodDescriptor<bria.tailored.v1.Datasets.CloneDatasetRequest,
      bria.tailored.v1.Datasets.CloneDatasetResponse> getCloneDatasetMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "CloneDataset",
      requestType = bria.tailored.v1.Datasets.CloneDatasetRequest.class,
      responseType = bria.tailored.v1.Datasets.CloneDatasetResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<bria.tailored.v1.Datasets.CloneDatasetRequest,
      bria.tailored.v1.Datasets.CloneDatasetResponse> getCloneDatasetMethod() {
    io.grpc.MethodDescriptor<bria.tailored.v1.Datasets.CloneDatasetRequest, bria.tailored.v1.Datasets.CloneDatasetResponse> getCloneDatasetMethod;
    if ((getCloneDatasetMethod = DatasetServiceGrpc.getCloneDatasetMethod) == null) {
      synchronized (DatasetServiceGrpc.class) {
        if ((getCloneDatasetMethod = DatasetServiceGrpc.getCloneDatasetMethod) == null) {
          DatasetServiceGrpc.getCloneDatasetMethod = getCloneDatasetMethod =
              io.grpc.MethodDescriptor.<bria.tailored.v1.Datasets.CloneDatasetRequest, bria.tailored.v1.Datasets.CloneDatasetResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "CloneDataset"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  bria.tailored.v1.Datasets.CloneDatasetRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  bria.tailored.v1.Datasets.CloneDatasetResponse.getDefaultInstance()))
              .setSchemaDescriptor(new DatasetServiceMethodDescriptorSupplier("CloneDataset"))
              .build();
        }
      }
    }
    return getCloneDatasetMethod;
  }

  private static volatile io.grpc.MethodDescriptor<bria.tailored.v1.Datasets.UploadImageRequest,
      bria.tailored.v1.Datasets.UploadImageResponse> getUploadImageMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "UploadImage",
      requestType = bria.tailored.v1.Datasets.UploadImageRequest.class,
      responseType = bria.tailored.v1.Datasets.UploadImageResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<bria.tailored.v1.Datasets.UploadImageRequest,
      bria.tailored.v1.Datasets.UploadImageResponse> getUploadImageMethod() {
    io.grpc.MethodDescriptor<bria.tailored.v1.Datasets.UploadImageRequest, bria.tailored.v1.Datasets.UploadImageResponse> getUploadImageMethod;
    if ((getUploadImageMethod = DatasetServiceGrpc.getUploadImageMethod) == null) {
      synchronized (DatasetServiceGrpc.class) {
        if ((getUploadImageMethod = DatasetServiceGrpc.getUploadImageMethod) == null) {
          DatasetServiceGrpc.getUploadImageMethod = getUploadImageMethod =
              io.grpc.MethodDescriptor.<bria.tailored.v1.Datasets.UploadImageRequest, bria.tailored.v1.Datasets.UploadImageResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "UploadImage"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  bria.tailored.v1.Datasets.UploadImageRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  bria.tailored.v1.Datasets.UploadImageResponse.getDefaultInstance()))
              .setSchemaDescriptor(new DatasetServiceMethodDescriptorSupplier("UploadImage"))
              .build();
        }
      }
    }
    return getUploadImageMethod;
  }

  private static volatile io.grpc.MethodDescriptor<bria.tailored.v1.Datasets.ListImagesRequest,
      bria.tailored.v1.Datasets.ListImagesResponse> getListImagesMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListImages",
      requestType = bria.tailored.v1.Datasets.ListImagesRequest.class,
      responseType = bria.tailored.v1.Datasets.ListImagesResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<bria.tailored.v1.Datasets.ListImagesRequest,
      bria.tailored.v1.Datasets.ListImagesResponse> getListImagesMethod() {
    io.grpc.MethodDescriptor<bria.tailored.v1.Datasets.ListImagesRequest, bria.tailored.v1.Datasets.ListImagesResponse> getListImagesMethod;
    if ((getListImagesMethod = DatasetServiceGrpc.getListImagesMethod) == null) {
      synchronized (DatasetServiceGrpc.class) {
        if ((getListImagesMethod = DatasetServiceGrpc.getListImagesMethod) == null) {
          DatasetServiceGrpc.getListImagesMethod = getListImagesMethod =
              io.grpc.MethodDescriptor.<bria.tailored.v1.Datasets.ListImagesRequest, bria.tailored.v1.Datasets.ListImagesResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListImages"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  bria.tailored.v1.Datasets.ListImagesRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  bria.tailored.v1.Datasets.ListImagesResponse.getDefaultInstance()))
              .setSchemaDescriptor(new DatasetServiceMethodDescriptorSupplier("ListImages"))
              .build();
        }
      }
    }
    return getListImagesMethod;
  }

  private static volatile io.grpc.MethodDescriptor<bria.tailored.v1.Datasets.RegenerateCaptionsRequest,
      bria.tailored.v1.Datasets.RegenerateCaptionsResponse> getRegenerateCaptionsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "RegenerateCaptions",
      requestType = bria.tailored.v1.Datasets.RegenerateCaptionsRequest.class,
      responseType = bria.tailored.v1.Datasets.RegenerateCaptionsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<bria.tailored.v1.Datasets.RegenerateCaptionsRequest,
      bria.tailored.v1.Datasets.RegenerateCaptionsResponse> getRegenerateCaptionsMethod() {
    io.grpc.MethodDescriptor<bria.tailored.v1.Datasets.RegenerateCaptionsRequest, bria.tailored.v1.Datasets.RegenerateCaptionsResponse> getRegenerateCaptionsMethod;
    if ((getRegenerateCaptionsMethod = DatasetServiceGrpc.getRegenerateCaptionsMethod) == null) {
      synchronized (DatasetServiceGrpc.class) {
        if ((getRegenerateCaptionsMethod = DatasetServiceGrpc.getRegenerateCaptionsMethod) == null) {
          DatasetServiceGrpc.getRegenerateCaptionsMethod = getRegenerateCaptionsMethod =
              io.grpc.MethodDescriptor.<bria.tailored.v1.Datasets.RegenerateCaptionsRequest, bria.tailored.v1.Datasets.RegenerateCaptionsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "RegenerateCaptions"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  bria.tailored.v1.Datasets.RegenerateCaptionsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  bria.tailored.v1.Datasets.RegenerateCaptionsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new DatasetServiceMethodDescriptorSupplier("RegenerateCaptions"))
              .build();
        }
      }
    }
    return getRegenerateCaptionsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<bria.tailored.v1.Datasets.GetImageRequest,
      bria.tailored.v1.Datasets.GetImageResponse> getGetImageMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetImage",
      requestType = bria.tailored.v1.Datasets.GetImageRequest.class,
      responseType = bria.tailored.v1.Datasets.GetImageResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<bria.tailored.v1.Datasets.GetImageRequest,
      bria.tailored.v1.Datasets.GetImageResponse> getGetImageMethod() {
    io.grpc.MethodDescriptor<bria.tailored.v1.Datasets.GetImageRequest, bria.tailored.v1.Datasets.GetImageResponse> getGetImageMethod;
    if ((getGetImageMethod = DatasetServiceGrpc.getGetImageMethod) == null) {
      synchronized (DatasetServiceGrpc.class) {
        if ((getGetImageMethod = DatasetServiceGrpc.getGetImageMethod) == null) {
          DatasetServiceGrpc.getGetImageMethod = getGetImageMethod =
              io.grpc.MethodDescriptor.<bria.tailored.v1.Datasets.GetImageRequest, bria.tailored.v1.Datasets.GetImageResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetImage"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  bria.tailored.v1.Datasets.GetImageRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  bria.tailored.v1.Datasets.GetImageResponse.getDefaultInstance()))
              .setSchemaDescriptor(new DatasetServiceMethodDescriptorSupplier("GetImage"))
              .build();
        }
      }
    }
    return getGetImageMethod;
  }

  private static volatile io.grpc.MethodDescriptor<bria.tailored.v1.Datasets.UpdateImageRequest,
      bria.tailored.v1.Datasets.UpdateImageResponse> getUpdateImageMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "UpdateImage",
      requestType = bria.tailored.v1.Datasets.UpdateImageRequest.class,
      responseType = bria.tailored.v1.Datasets.UpdateImageResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<bria.tailored.v1.Datasets.UpdateImageRequest,
      bria.tailored.v1.Datasets.UpdateImageResponse> getUpdateImageMethod() {
    io.grpc.MethodDescriptor<bria.tailored.v1.Datasets.UpdateImageRequest, bria.tailored.v1.Datasets.UpdateImageResponse> getUpdateImageMethod;
    if ((getUpdateImageMethod = DatasetServiceGrpc.getUpdateImageMethod) == null) {
      synchronized (DatasetServiceGrpc.class) {
        if ((getUpdateImageMethod = DatasetServiceGrpc.getUpdateImageMethod) == null) {
          DatasetServiceGrpc.getUpdateImageMethod = getUpdateImageMethod =
              io.grpc.MethodDescriptor.<bria.tailored.v1.Datasets.UpdateImageRequest, bria.tailored.v1.Datasets.UpdateImageResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "UpdateImage"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  bria.tailored.v1.Datasets.UpdateImageRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  bria.tailored.v1.Datasets.UpdateImageResponse.getDefaultInstance()))
              .setSchemaDescriptor(new DatasetServiceMethodDescriptorSupplier("UpdateImage"))
              .build();
        }
      }
    }
    return getUpdateImageMethod;
  }

  private static volatile io.grpc.MethodDescriptor<bria.tailored.v1.Datasets.DeleteImageRequest,
      bria.tailored.v1.Datasets.DeleteImageResponse> getDeleteImageMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "DeleteImage",
      requestType = bria.tailored.v1.Datasets.DeleteImageRequest.class,
      responseType = bria.tailored.v1.Datasets.DeleteImageResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<bria.tailored.v1.Datasets.DeleteImageRequest,
      bria.tailored.v1.Datasets.DeleteImageResponse> getDeleteImageMethod() {
    io.grpc.MethodDescriptor<bria.tailored.v1.Datasets.DeleteImageRequest, bria.tailored.v1.Datasets.DeleteImageResponse> getDeleteImageMethod;
    if ((getDeleteImageMethod = DatasetServiceGrpc.getDeleteImageMethod) == null) {
      synchronized (DatasetServiceGrpc.class) {
        if ((getDeleteImageMethod = DatasetServiceGrpc.getDeleteImageMethod) == null) {
          DatasetServiceGrpc.getDeleteImageMethod = getDeleteImageMethod =
              io.grpc.MethodDescriptor.<bria.tailored.v1.Datasets.DeleteImageRequest, bria.tailored.v1.Datasets.DeleteImageResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "DeleteImage"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  bria.tailored.v1.Datasets.DeleteImageRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  bria.tailored.v1.Datasets.DeleteImageResponse.getDefaultInstance()))
              .setSchemaDescriptor(new DatasetServiceMethodDescriptorSupplier("DeleteImage"))
              .build();
        }
      }
    }
    return getDeleteImageMethod;
  }

  private static volatile io.grpc.MethodDescriptor<bria.tailored.v1.Datasets.StartBulkUploadRequest,
      bria.tailored.v1.Datasets.StartBulkUploadResponse> getStartBulkUploadMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "StartBulkUpload",
      requestType = bria.tailored.v1.Datasets.StartBulkUploadRequest.class,
      responseType = bria.tailored.v1.Datasets.StartBulkUploadResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<bria.tailored.v1.Datasets.StartBulkUploadRequest,
      bria.tailored.v1.Datasets.StartBulkUploadResponse> getStartBulkUploadMethod() {
    io.grpc.MethodDescriptor<bria.tailored.v1.Datasets.StartBulkUploadRequest, bria.tailored.v1.Datasets.StartBulkUploadResponse> getStartBulkUploadMethod;
    if ((getStartBulkUploadMethod = DatasetServiceGrpc.getStartBulkUploadMethod) == null) {
      synchronized (DatasetServiceGrpc.class) {
        if ((getStartBulkUploadMethod = DatasetServiceGrpc.getStartBulkUploadMethod) == null) {
          DatasetServiceGrpc.getStartBulkUploadMethod = getStartBulkUploadMethod =
              io.grpc.MethodDescriptor.<bria.tailored.v1.Datasets.StartBulkUploadRequest, bria.tailored.v1.Datasets.StartBulkUploadResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "StartBulkUpload"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  bria.tailored.v1.Datasets.StartBulkUploadRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  bria.tailored.v1.Datasets.StartBulkUploadResponse.getDefaultInstance()))
              .setSchemaDescriptor(new DatasetServiceMethodDescriptorSupplier("StartBulkUpload"))
              .build();
        }
      }
    }
    return getStartBulkUploadMethod;
  }

  private static volatile io.grpc.MethodDescriptor<bria.tailored.v1.Datasets.GetBulkUploadStatusRequest,
      bria.tailored.v1.Datasets.GetBulkUploadStatusResponse> getGetBulkUploadStatusMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetBulkUploadStatus",
      requestType = bria.tailored.v1.Datasets.GetBulkUploadStatusRequest.class,
      responseType = bria.tailored.v1.Datasets.GetBulkUploadStatusResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<bria.tailored.v1.Datasets.GetBulkUploadStatusRequest,
      bria.tailored.v1.Datasets.GetBulkUploadStatusResponse> getGetBulkUploadStatusMethod() {
    io.grpc.MethodDescriptor<bria.tailored.v1.Datasets.GetBulkUploadStatusRequest, bria.tailored.v1.Datasets.GetBulkUploadStatusResponse> getGetBulkUploadStatusMethod;
    if ((getGetBulkUploadStatusMethod = DatasetServiceGrpc.getGetBulkUploadStatusMethod) == null) {
      synchronized (DatasetServiceGrpc.class) {
        if ((getGetBulkUploadStatusMethod = DatasetServiceGrpc.getGetBulkUploadStatusMethod) == null) {
          DatasetServiceGrpc.getGetBulkUploadStatusMethod = getGetBulkUploadStatusMethod =
              io.grpc.MethodDescriptor.<bria.tailored.v1.Datasets.GetBulkUploadStatusRequest, bria.tailored.v1.Datasets.GetBulkUploadStatusResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetBulkUploadStatus"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  bria.tailored.v1.Datasets.GetBulkUploadStatusRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  bria.tailored.v1.Datasets.GetBulkUploadStatusResponse.getDefaultInstance()))
              .setSchemaDescriptor(new DatasetServiceMethodDescriptorSupplier("GetBulkUploadStatus"))
              .build();
        }
      }
    }
    return getGetBulkUploadStatusMethod;
  }

  private static volatile io.grpc.MethodDescriptor<bria.tailored.v1.Datasets.GetDatasetDownloadRequest,
      bria.tailored.v1.Datasets.GetDatasetDownloadResponse> getGetDatasetDownloadMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetDatasetDownload",
      requestType = bria.tailored.v1.Datasets.GetDatasetDownloadRequest.class,
      responseType = bria.tailored.v1.Datasets.GetDatasetDownloadResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<bria.tailored.v1.Datasets.GetDatasetDownloadRequest,
      bria.tailored.v1.Datasets.GetDatasetDownloadResponse> getGetDatasetDownloadMethod() {
    io.grpc.MethodDescriptor<bria.tailored.v1.Datasets.GetDatasetDownloadRequest, bria.tailored.v1.Datasets.GetDatasetDownloadResponse> getGetDatasetDownloadMethod;
    if ((getGetDatasetDownloadMethod = DatasetServiceGrpc.getGetDatasetDownloadMethod) == null) {
      synchronized (DatasetServiceGrpc.class) {
        if ((getGetDatasetDownloadMethod = DatasetServiceGrpc.getGetDatasetDownloadMethod) == null) {
          DatasetServiceGrpc.getGetDatasetDownloadMethod = getGetDatasetDownloadMethod =
              io.grpc.MethodDescriptor.<bria.tailored.v1.Datasets.GetDatasetDownloadRequest, bria.tailored.v1.Datasets.GetDatasetDownloadResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetDatasetDownload"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  bria.tailored.v1.Datasets.GetDatasetDownloadRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  bria.tailored.v1.Datasets.GetDatasetDownloadResponse.getDefaultInstance()))
              .setSchemaDescriptor(new DatasetServiceMethodDescriptorSupplier("GetDatasetDownload"))
              .build();
        }
      }
    }
    return getGetDatasetDownloadMethod;
  }

  private static volatile io.grpc.MethodDescriptor<bria.tailored.v1.Datasets.GenerateCaptionPrefixRequest,
      bria.tailored.v1.Datasets.GenerateCaptionPrefixResponse> getGenerateCaptionPrefixMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GenerateCaptionPrefix",
      requestType = bria.tailored.v1.Datasets.GenerateCaptionPrefixRequest.class,
      responseType = bria.tailored.v1.Datasets.GenerateCaptionPrefixResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<bria.tailored.v1.Datasets.GenerateCaptionPrefixRequest,
      bria.tailored.v1.Datasets.GenerateCaptionPrefixResponse> getGenerateCaptionPrefixMethod() {
    io.grpc.MethodDescriptor<bria.tailored.v1.Datasets.GenerateCaptionPrefixRequest, bria.tailored.v1.Datasets.GenerateCaptionPrefixResponse> getGenerateCaptionPrefixMethod;
    if ((getGenerateCaptionPrefixMethod = DatasetServiceGrpc.getGenerateCaptionPrefixMethod) == null) {
      synchronized (DatasetServiceGrpc.class) {
        if ((getGenerateCaptionPrefixMethod = DatasetServiceGrpc.getGenerateCaptionPrefixMethod) == null) {
          DatasetServiceGrpc.getGenerateCaptionPrefixMethod = getGenerateCaptionPrefixMethod =
              io.grpc.MethodDescriptor.<bria.tailored.v1.Datasets.GenerateCaptionPrefixRequest, bria.tailored.v1.Datasets.GenerateCaptionPrefixResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GenerateCaptionPrefix"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  bria.tailored.v1.Datasets.GenerateCaptionPrefixRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  bria.tailored.v1.Datasets.GenerateCaptionPrefixResponse.getDefaultInstance()))
              .setSchemaDescriptor(new DatasetServiceMethodDescriptorSupplier("GenerateCaptionPrefix"))
              .build();
        }
      }
    }
    return getGenerateCaptionPrefixMethod;
  }

  private static volatile io.grpc.MethodDescriptor<bria.tailored.v1.Datasets.GenerateVisualSchemaRequest,
      bria.tailored.v1.Datasets.GenerateVisualSchemaResponse> getGenerateVisualSchemaMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GenerateVisualSchema",
      requestType = bria.tailored.v1.Datasets.GenerateVisualSchemaRequest.class,
      responseType = bria.tailored.v1.Datasets.GenerateVisualSchemaResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<bria.tailored.v1.Datasets.GenerateVisualSchemaRequest,
      bria.tailored.v1.Datasets.GenerateVisualSchemaResponse> getGenerateVisualSchemaMethod() {
    io.grpc.MethodDescriptor<bria.tailored.v1.Datasets.GenerateVisualSchemaRequest, bria.tailored.v1.Datasets.GenerateVisualSchemaResponse> getGenerateVisualSchemaMethod;
    if ((getGenerateVisualSchemaMethod = DatasetServiceGrpc.getGenerateVisualSchemaMethod) == null) {
      synchronized (DatasetServiceGrpc.class) {
        if ((getGenerateVisualSchemaMethod = DatasetServiceGrpc.getGenerateVisualSchemaMethod) == null) {
          DatasetServiceGrpc.getGenerateVisualSchemaMethod = getGenerateVisualSchemaMethod =
              io.grpc.MethodDescriptor.<bria.tailored.v1.Datasets.GenerateVisualSchemaRequest, bria.tailored.v1.Datasets.GenerateVisualSchemaResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GenerateVisualSchema"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  bria.tailored.v1.Datasets.GenerateVisualSchemaRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  bria.tailored.v1.Datasets.GenerateVisualSchemaResponse.getDefaultInstance()))
              .setSchemaDescriptor(new DatasetServiceMethodDescriptorSupplier("GenerateVisualSchema"))
              .build();
        }
      }
    }
    return getGenerateVisualSchemaMethod;
  }

  private static volatile io.grpc.MethodDescriptor<bria.tailored.v1.Datasets.RefineStructuredPromptRequest,
      bria.tailored.v1.Datasets.RefineStructuredPromptResponse> getRefineStructuredPromptMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "RefineStructuredPrompt",
      requestType = bria.tailored.v1.Datasets.RefineStructuredPromptRequest.class,
      responseType = bria.tailored.v1.Datasets.RefineStructuredPromptResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<bria.tailored.v1.Datasets.RefineStructuredPromptRequest,
      bria.tailored.v1.Datasets.RefineStructuredPromptResponse> getRefineStructuredPromptMethod() {
    io.grpc.MethodDescriptor<bria.tailored.v1.Datasets.RefineStructuredPromptRequest, bria.tailored.v1.Datasets.RefineStructuredPromptResponse> getRefineStructuredPromptMethod;
    if ((getRefineStructuredPromptMethod = DatasetServiceGrpc.getRefineStructuredPromptMethod) == null) {
      synchronized (DatasetServiceGrpc.class) {
        if ((getRefineStructuredPromptMethod = DatasetServiceGrpc.getRefineStructuredPromptMethod) == null) {
          DatasetServiceGrpc.getRefineStructuredPromptMethod = getRefineStructuredPromptMethod =
              io.grpc.MethodDescriptor.<bria.tailored.v1.Datasets.RefineStructuredPromptRequest, bria.tailored.v1.Datasets.RefineStructuredPromptResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "RefineStructuredPrompt"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  bria.tailored.v1.Datasets.RefineStructuredPromptRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  bria.tailored.v1.Datasets.RefineStructuredPromptResponse.getDefaultInstance()))
              .setSchemaDescriptor(new DatasetServiceMethodDescriptorSupplier("RefineStructuredPrompt"))
              .build();
        }
      }
    }
    return getRefineStructuredPromptMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static DatasetServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<DatasetServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<DatasetServiceStub>() {
        @java.lang.Override
        public DatasetServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new DatasetServiceStub(channel, callOptions);
        }
      };
    return DatasetServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static DatasetServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<DatasetServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<DatasetServiceBlockingStub>() {
        @java.lang.Override
        public DatasetServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new DatasetServiceBlockingStub(channel, callOptions);
        }
      };
    return DatasetServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static DatasetServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<DatasetServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<DatasetServiceFutureStub>() {
        @java.lang.Override
        public DatasetServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new DatasetServiceFutureStub(channel, callOptions);
        }
      };
    return DatasetServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * Datasets hold the captioned images a tailored model is trained on, plus the helpers that
   * prepare them (caption prefixes for legacy datasets, visual schemas and structured-prompt
   * refinement for FIBO datasets). A dataset is `draft` while it is edited and `completed` once
   * it is frozen for training. Every RPC maps to one upstream v1 call; errors follow the
   * gateway's error model (see `ErrorReason`): INVALID_ARGUMENT before any upstream call for
   * input that breaks the rules below, NOT_FOUND for a dataset, image or project of another
   * organisation or one that does not exist, FAILED_PRECONDITION for the upstream's 409 and 412
   * (state conflicts), UNAUTHENTICATED for a missing or revoked token, PERMISSION_DENIED or
   * RESOURCE_EXHAUSTED (plan quota) for the upstream's 403, RESOURCE_EXHAUSTED for rate limits.
   * </pre>
   */
  public static abstract class DatasetServiceImplBase implements io.grpc.BindableService {

    /**
     * <pre>
     * Creates an empty `draft` dataset in a project. Legacy datasets get a default
     * `caption_prefix` built from the project's IP fields; FIBO datasets start with no
     * `visual_schema`. Upstream: `POST /v1/tailored-gen/datasets` (201).
     * Errors: NOT_FOUND when the project does not exist; INVALID_ARGUMENT when the upstream
     * rejects the body, including a `training_version` whose family (FIBO or legacy) differs
     * from the one the project is locked to.
     * </pre>
     */
    public void createDataset(bria.tailored.v1.Datasets.CreateDatasetRequest request,
        io.grpc.stub.StreamObserver<bria.tailored.v1.Datasets.CreateDatasetResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCreateDatasetMethod(), responseObserver);
    }

    /**
     * <pre>
     * Lists every dataset of the organisation, with `images_count` but without images (no
     * pagination upstream). Upstream: `GET /v1/tailored-gen/datasets`.
     * </pre>
     */
    public void listDatasets(bria.tailored.v1.Datasets.ListDatasetsRequest request,
        io.grpc.stub.StreamObserver<bria.tailored.v1.Datasets.ListDatasetsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListDatasetsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Lists the datasets of one project, optionally with the models trained on each.
     * Upstream: `GET /v1/tailored-gen/projects/{project_id}/datasets`. Errors: NOT_FOUND.
     * </pre>
     */
    public void listProjectDatasets(bria.tailored.v1.Datasets.ListProjectDatasetsRequest request,
        io.grpc.stub.StreamObserver<bria.tailored.v1.Datasets.ListProjectDatasetsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListProjectDatasetsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Gets one dataset including (up to `max_images` of) its images.
     * Upstream: `GET /v1/tailored-gen/datasets/{dataset_id}`.
     * Errors: NOT_FOUND; INVALID_ARGUMENT when `max_images` is out of range.
     * </pre>
     */
    public void getDataset(bria.tailored.v1.Datasets.GetDatasetRequest request,
        io.grpc.stub.StreamObserver<bria.tailored.v1.Datasets.GetDatasetResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetDatasetMethod(), responseObserver);
    }

    /**
     * <pre>
     * Renames a dataset, changes its caption prefix (legacy) or visual schema (FIBO), or marks
     * it `completed`. After changing the prefix or schema, call `RegenerateCaptions`.
     * Upstream: `PUT /v1/tailored-gen/datasets/{dataset_id}`.
     * Errors: NOT_FOUND; INVALID_ARGUMENT when `visual_schema` is not valid JSON or the field
     * does not fit the dataset's family; FAILED_PRECONDITION when the dataset is already
     * `completed` and `caption_prefix`/`visual_schema` is changed, or when completing a
     * dataset with too few images (at least 1 for legacy, 5 for FIBO datasets).
     * </pre>
     */
    public void updateDataset(bria.tailored.v1.Datasets.UpdateDatasetRequest request,
        io.grpc.stub.StreamObserver<bria.tailored.v1.Datasets.UpdateDatasetResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getUpdateDatasetMethod(), responseObserver);
    }

    /**
     * <pre>
     * Deletes a dataset and all its images. Upstream:
     * `DELETE /v1/tailored-gen/datasets/{dataset_id}` (204).
     * Errors: NOT_FOUND; FAILED_PRECONDITION while a model trained on it is training.
     * </pre>
     */
    public void deleteDataset(bria.tailored.v1.Datasets.DeleteDatasetRequest request,
        io.grpc.stub.StreamObserver<bria.tailored.v1.Datasets.DeleteDatasetResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getDeleteDatasetMethod(), responseObserver);
    }

    /**
     * <pre>
     * Copies a dataset, with its images, captions and caption prefix or visual schema, into a
     * new `draft` dataset: the documented way to edit a `completed` dataset.
     * Upstream: `POST /v1/tailored-gen/datasets/{dataset_id}/clone` (201). Errors: NOT_FOUND.
     * </pre>
     */
    public void cloneDataset(bria.tailored.v1.Datasets.CloneDatasetRequest request,
        io.grpc.stub.StreamObserver<bria.tailored.v1.Datasets.CloneDatasetResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCloneDatasetMethod(), responseObserver);
    }

    /**
     * <pre>
     * Uploads one image to a `basic` dataset and captions it automatically (from the caption
     * prefix, or from the visual schema; without a schema yet the caption stays empty and
     * `caption_source` is `pending`). Upstream:
     * `POST /v1/tailored-gen/datasets/{dataset_id}/images` (201).
     * Errors: NOT_FOUND; FAILED_PRECONDITION when the dataset is `completed` or already holds
     * 200 images (409), or the image is below the minimum resolution (412); INVALID_ARGUMENT
     * when the format is not JPEG/PNG/WEBP (415), the image fails content moderation or the
     * URL is unusable (422), or the dataset is an `advanced` one.
     * </pre>
     */
    public void uploadImage(bria.tailored.v1.Datasets.UploadImageRequest request,
        io.grpc.stub.StreamObserver<bria.tailored.v1.Datasets.UploadImageResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getUploadImageMethod(), responseObserver);
    }

    /**
     * <pre>
     * Lists every image of a dataset (no pagination upstream).
     * Upstream: `GET /v1/tailored-gen/datasets/{dataset_id}/images`. Errors: NOT_FOUND.
     * </pre>
     */
    public void listImages(bria.tailored.v1.Datasets.ListImagesRequest request,
        io.grpc.stub.StreamObserver<bria.tailored.v1.Datasets.ListImagesResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListImagesMethod(), responseObserver);
    }

    /**
     * <pre>
     * Starts regenerating the captions of every image of a dataset, asynchronously; poll
     * `GetDataset` until `captions_update_status` is `completed`. Needed after changing the
     * caption prefix or visual schema, or after uploading images before a schema existed.
     * Upstream: `PUT /v1/tailored-gen/datasets/{dataset_id}/images` without a body (202, the
     * dataset with `captions_update_status` `in_progress`). Errors: NOT_FOUND.
     * </pre>
     */
    public void regenerateCaptions(bria.tailored.v1.Datasets.RegenerateCaptionsRequest request,
        io.grpc.stub.StreamObserver<bria.tailored.v1.Datasets.RegenerateCaptionsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getRegenerateCaptionsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Gets one image of a dataset.
     * Upstream: `GET /v1/tailored-gen/datasets/{dataset_id}/images/{image_id}`.
     * Errors: NOT_FOUND (image or dataset).
     * </pre>
     */
    public void getImage(bria.tailored.v1.Datasets.GetImageRequest request,
        io.grpc.stub.StreamObserver<bria.tailored.v1.Datasets.GetImageResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetImageMethod(), responseObserver);
    }

    /**
     * <pre>
     * Replaces an image's caption (it becomes `manual`) or regenerates it (it becomes
     * `automatic`). Upstream: `PUT /v1/tailored-gen/datasets/{dataset_id}/images/{image_id}`.
     * Errors: NOT_FOUND (image or dataset); INVALID_ARGUMENT when a FIBO caption is not a valid
     * JSON caption; FAILED_PRECONDITION when the dataset is `completed`.
     * </pre>
     */
    public void updateImage(bria.tailored.v1.Datasets.UpdateImageRequest request,
        io.grpc.stub.StreamObserver<bria.tailored.v1.Datasets.UpdateImageResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getUpdateImageMethod(), responseObserver);
    }

    /**
     * <pre>
     * Deletes an image and its thumbnails.
     * Upstream: `DELETE /v1/tailored-gen/datasets/{dataset_id}/images/{image_id}` (204).
     * Errors: NOT_FOUND (image or dataset); FAILED_PRECONDITION when the dataset is `completed`.
     * </pre>
     */
    public void deleteImage(bria.tailored.v1.Datasets.DeleteImageRequest request,
        io.grpc.stub.StreamObserver<bria.tailored.v1.Datasets.DeleteImageResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getDeleteImageMethod(), responseObserver);
    }

    /**
     * <pre>
     * Starts importing up to 5000 images from a ZIP file into an empty `advanced` dataset,
     * asynchronously; follow it with `GetBulkUploadStatus`. Images with a bad format, below
     * 1024×1024 or missing a required caption file are skipped and reported there. A dataset
     * accepts one bulk upload attempt ever. Upstream:
     * `POST /v1/tailored-gen/datasets/{dataset_id}/images/bulk-upload` (202, no body).
     * Errors: NOT_FOUND; INVALID_ARGUMENT (upstream 400) when the dataset is not `advanced`,
     * not empty, or has (had) a bulk upload, and (upstream 413) when the ZIP exceeds 5 GB.
     * </pre>
     */
    public void startBulkUpload(bria.tailored.v1.Datasets.StartBulkUploadRequest request,
        io.grpc.stub.StreamObserver<bria.tailored.v1.Datasets.StartBulkUploadResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getStartBulkUploadMethod(), responseObserver);
    }

    /**
     * <pre>
     * Gets the progress of a dataset's bulk upload. Upstream:
     * `GET /v1/tailored-gen/datasets/{dataset_id}/images/bulk-upload/status`.
     * Errors: NOT_FOUND for an unknown dataset, and (as the emulator does; the upstream documents
     * 400 and 404 without saying which) for a dataset that never had a bulk upload;
     * INVALID_ARGUMENT for the upstream's 400.
     * </pre>
     */
    public void getBulkUploadStatus(bria.tailored.v1.Datasets.GetBulkUploadStatusRequest request,
        io.grpc.stub.StreamObserver<bria.tailored.v1.Datasets.GetBulkUploadStatusResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetBulkUploadStatusMethod(), responseObserver);
    }

    /**
     * <pre>
     * Gets pre-signed URLs to download an `advanced` dataset and its captions.
     * Upstream: `GET /v1/datasets/{dataset_id}/download` (every source documents this path
     * without the `/tailored-gen` prefix). Errors: NOT_FOUND; FAILED_PRECONDITION when the
     * dataset is not an `advanced` one.
     * </pre>
     */
    public void getDatasetDownload(bria.tailored.v1.Datasets.GetDatasetDownloadRequest request,
        io.grpc.stub.StreamObserver<bria.tailored.v1.Datasets.GetDatasetDownloadResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetDatasetDownloadMethod(), responseObserver);
    }

    /**
     * <pre>
     * Generates an advanced caption prefix for a legacy dataset from 1–6 sample images
     * (6 recommended); store it with `UpdateDataset`, then call `RegenerateCaptions`. Legacy
     * only: absent from the newest (FIBO-only) upstream documentation.
     * Upstream: `POST /v1/tailored-gen/generate_prefix`.
     * Errors: INVALID_ARGUMENT when any image is invalid, or the first image that fails content
     * moderation (upstream 422).
     * </pre>
     */
    public void generateCaptionPrefix(bria.tailored.v1.Datasets.GenerateCaptionPrefixRequest request,
        io.grpc.stub.StreamObserver<bria.tailored.v1.Datasets.GenerateCaptionPrefixResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGenerateCaptionPrefixMethod(), responseObserver);
    }

    /**
     * <pre>
     * Generates a visual schema (the JSON backbone of a FIBO dataset's captions and prompts)
     * from 5–10 sample images; store it with `UpdateDataset`.
     * Upstream: `POST /v1/tailored-gen/generate_visual_schema`.
     * Errors: INVALID_ARGUMENT for a wrong image count, an unsupported format (upstream 415)
     * or a content moderation failure (upstream 422).
     * </pre>
     */
    public void generateVisualSchema(bria.tailored.v1.Datasets.GenerateVisualSchemaRequest request,
        io.grpc.stub.StreamObserver<bria.tailored.v1.Datasets.GenerateVisualSchemaResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGenerateVisualSchemaMethod(), responseObserver);
    }

    /**
     * <pre>
     * Rewrites a structured prompt (a visual schema or an image caption) following a natural
     * language instruction. Upstream: `POST /v1/tailored-gen/refine_structured_prompt`.
     * Errors: NOT_FOUND when the dataset does not exist or belongs to another organisation;
     * INVALID_ARGUMENT or FAILED_PRECONDITION when the dataset is `completed` (the upstream
     * code is undocumented).
     * </pre>
     */
    public void refineStructuredPrompt(bria.tailored.v1.Datasets.RefineStructuredPromptRequest request,
        io.grpc.stub.StreamObserver<bria.tailored.v1.Datasets.RefineStructuredPromptResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getRefineStructuredPromptMethod(), responseObserver);
    }

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return io.grpc.ServerServiceDefinition.builder(getServiceDescriptor())
          .addMethod(
            getCreateDatasetMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                bria.tailored.v1.Datasets.CreateDatasetRequest,
                bria.tailored.v1.Datasets.CreateDatasetResponse>(
                  this, METHODID_CREATE_DATASET)))
          .addMethod(
            getListDatasetsMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                bria.tailored.v1.Datasets.ListDatasetsRequest,
                bria.tailored.v1.Datasets.ListDatasetsResponse>(
                  this, METHODID_LIST_DATASETS)))
          .addMethod(
            getListProjectDatasetsMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                bria.tailored.v1.Datasets.ListProjectDatasetsRequest,
                bria.tailored.v1.Datasets.ListProjectDatasetsResponse>(
                  this, METHODID_LIST_PROJECT_DATASETS)))
          .addMethod(
            getGetDatasetMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                bria.tailored.v1.Datasets.GetDatasetRequest,
                bria.tailored.v1.Datasets.GetDatasetResponse>(
                  this, METHODID_GET_DATASET)))
          .addMethod(
            getUpdateDatasetMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                bria.tailored.v1.Datasets.UpdateDatasetRequest,
                bria.tailored.v1.Datasets.UpdateDatasetResponse>(
                  this, METHODID_UPDATE_DATASET)))
          .addMethod(
            getDeleteDatasetMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                bria.tailored.v1.Datasets.DeleteDatasetRequest,
                bria.tailored.v1.Datasets.DeleteDatasetResponse>(
                  this, METHODID_DELETE_DATASET)))
          .addMethod(
            getCloneDatasetMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                bria.tailored.v1.Datasets.CloneDatasetRequest,
                bria.tailored.v1.Datasets.CloneDatasetResponse>(
                  this, METHODID_CLONE_DATASET)))
          .addMethod(
            getUploadImageMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                bria.tailored.v1.Datasets.UploadImageRequest,
                bria.tailored.v1.Datasets.UploadImageResponse>(
                  this, METHODID_UPLOAD_IMAGE)))
          .addMethod(
            getListImagesMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                bria.tailored.v1.Datasets.ListImagesRequest,
                bria.tailored.v1.Datasets.ListImagesResponse>(
                  this, METHODID_LIST_IMAGES)))
          .addMethod(
            getRegenerateCaptionsMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                bria.tailored.v1.Datasets.RegenerateCaptionsRequest,
                bria.tailored.v1.Datasets.RegenerateCaptionsResponse>(
                  this, METHODID_REGENERATE_CAPTIONS)))
          .addMethod(
            getGetImageMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                bria.tailored.v1.Datasets.GetImageRequest,
                bria.tailored.v1.Datasets.GetImageResponse>(
                  this, METHODID_GET_IMAGE)))
          .addMethod(
            getUpdateImageMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                bria.tailored.v1.Datasets.UpdateImageRequest,
                bria.tailored.v1.Datasets.UpdateImageResponse>(
                  this, METHODID_UPDATE_IMAGE)))
          .addMethod(
            getDeleteImageMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                bria.tailored.v1.Datasets.DeleteImageRequest,
                bria.tailored.v1.Datasets.DeleteImageResponse>(
                  this, METHODID_DELETE_IMAGE)))
          .addMethod(
            getStartBulkUploadMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                bria.tailored.v1.Datasets.StartBulkUploadRequest,
                bria.tailored.v1.Datasets.StartBulkUploadResponse>(
                  this, METHODID_START_BULK_UPLOAD)))
          .addMethod(
            getGetBulkUploadStatusMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                bria.tailored.v1.Datasets.GetBulkUploadStatusRequest,
                bria.tailored.v1.Datasets.GetBulkUploadStatusResponse>(
                  this, METHODID_GET_BULK_UPLOAD_STATUS)))
          .addMethod(
            getGetDatasetDownloadMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                bria.tailored.v1.Datasets.GetDatasetDownloadRequest,
                bria.tailored.v1.Datasets.GetDatasetDownloadResponse>(
                  this, METHODID_GET_DATASET_DOWNLOAD)))
          .addMethod(
            getGenerateCaptionPrefixMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                bria.tailored.v1.Datasets.GenerateCaptionPrefixRequest,
                bria.tailored.v1.Datasets.GenerateCaptionPrefixResponse>(
                  this, METHODID_GENERATE_CAPTION_PREFIX)))
          .addMethod(
            getGenerateVisualSchemaMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                bria.tailored.v1.Datasets.GenerateVisualSchemaRequest,
                bria.tailored.v1.Datasets.GenerateVisualSchemaResponse>(
                  this, METHODID_GENERATE_VISUAL_SCHEMA)))
          .addMethod(
            getRefineStructuredPromptMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                bria.tailored.v1.Datasets.RefineStructuredPromptRequest,
                bria.tailored.v1.Datasets.RefineStructuredPromptResponse>(
                  this, METHODID_REFINE_STRUCTURED_PROMPT)))
          .build();
    }
  }

  /**
   * <pre>
   * Datasets hold the captioned images a tailored model is trained on, plus the helpers that
   * prepare them (caption prefixes for legacy datasets, visual schemas and structured-prompt
   * refinement for FIBO datasets). A dataset is `draft` while it is edited and `completed` once
   * it is frozen for training. Every RPC maps to one upstream v1 call; errors follow the
   * gateway's error model (see `ErrorReason`): INVALID_ARGUMENT before any upstream call for
   * input that breaks the rules below, NOT_FOUND for a dataset, image or project of another
   * organisation or one that does not exist, FAILED_PRECONDITION for the upstream's 409 and 412
   * (state conflicts), UNAUTHENTICATED for a missing or revoked token, PERMISSION_DENIED or
   * RESOURCE_EXHAUSTED (plan quota) for the upstream's 403, RESOURCE_EXHAUSTED for rate limits.
   * </pre>
   */
  public static final class DatasetServiceStub extends io.grpc.stub.AbstractAsyncStub<DatasetServiceStub> {
    private DatasetServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected DatasetServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new DatasetServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates an empty `draft` dataset in a project. Legacy datasets get a default
     * `caption_prefix` built from the project's IP fields; FIBO datasets start with no
     * `visual_schema`. Upstream: `POST /v1/tailored-gen/datasets` (201).
     * Errors: NOT_FOUND when the project does not exist; INVALID_ARGUMENT when the upstream
     * rejects the body, including a `training_version` whose family (FIBO or legacy) differs
     * from the one the project is locked to.
     * </pre>
     */
    public void createDataset(bria.tailored.v1.Datasets.CreateDatasetRequest request,
        io.grpc.stub.StreamObserver<bria.tailored.v1.Datasets.CreateDatasetResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCreateDatasetMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Lists every dataset of the organisation, with `images_count` but without images (no
     * pagination upstream). Upstream: `GET /v1/tailored-gen/datasets`.
     * </pre>
     */
    public void listDatasets(bria.tailored.v1.Datasets.ListDatasetsRequest request,
        io.grpc.stub.StreamObserver<bria.tailored.v1.Datasets.ListDatasetsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListDatasetsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Lists the datasets of one project, optionally with the models trained on each.
     * Upstream: `GET /v1/tailored-gen/projects/{project_id}/datasets`. Errors: NOT_FOUND.
     * </pre>
     */
    public void listProjectDatasets(bria.tailored.v1.Datasets.ListProjectDatasetsRequest request,
        io.grpc.stub.StreamObserver<bria.tailored.v1.Datasets.ListProjectDatasetsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListProjectDatasetsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Gets one dataset including (up to `max_images` of) its images.
     * Upstream: `GET /v1/tailored-gen/datasets/{dataset_id}`.
     * Errors: NOT_FOUND; INVALID_ARGUMENT when `max_images` is out of range.
     * </pre>
     */
    public void getDataset(bria.tailored.v1.Datasets.GetDatasetRequest request,
        io.grpc.stub.StreamObserver<bria.tailored.v1.Datasets.GetDatasetResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetDatasetMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Renames a dataset, changes its caption prefix (legacy) or visual schema (FIBO), or marks
     * it `completed`. After changing the prefix or schema, call `RegenerateCaptions`.
     * Upstream: `PUT /v1/tailored-gen/datasets/{dataset_id}`.
     * Errors: NOT_FOUND; INVALID_ARGUMENT when `visual_schema` is not valid JSON or the field
     * does not fit the dataset's family; FAILED_PRECONDITION when the dataset is already
     * `completed` and `caption_prefix`/`visual_schema` is changed, or when completing a
     * dataset with too few images (at least 1 for legacy, 5 for FIBO datasets).
     * </pre>
     */
    public void updateDataset(bria.tailored.v1.Datasets.UpdateDatasetRequest request,
        io.grpc.stub.StreamObserver<bria.tailored.v1.Datasets.UpdateDatasetResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getUpdateDatasetMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Deletes a dataset and all its images. Upstream:
     * `DELETE /v1/tailored-gen/datasets/{dataset_id}` (204).
     * Errors: NOT_FOUND; FAILED_PRECONDITION while a model trained on it is training.
     * </pre>
     */
    public void deleteDataset(bria.tailored.v1.Datasets.DeleteDatasetRequest request,
        io.grpc.stub.StreamObserver<bria.tailored.v1.Datasets.DeleteDatasetResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getDeleteDatasetMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Copies a dataset, with its images, captions and caption prefix or visual schema, into a
     * new `draft` dataset: the documented way to edit a `completed` dataset.
     * Upstream: `POST /v1/tailored-gen/datasets/{dataset_id}/clone` (201). Errors: NOT_FOUND.
     * </pre>
     */
    public void cloneDataset(bria.tailored.v1.Datasets.CloneDatasetRequest request,
        io.grpc.stub.StreamObserver<bria.tailored.v1.Datasets.CloneDatasetResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCloneDatasetMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Uploads one image to a `basic` dataset and captions it automatically (from the caption
     * prefix, or from the visual schema; without a schema yet the caption stays empty and
     * `caption_source` is `pending`). Upstream:
     * `POST /v1/tailored-gen/datasets/{dataset_id}/images` (201).
     * Errors: NOT_FOUND; FAILED_PRECONDITION when the dataset is `completed` or already holds
     * 200 images (409), or the image is below the minimum resolution (412); INVALID_ARGUMENT
     * when the format is not JPEG/PNG/WEBP (415), the image fails content moderation or the
     * URL is unusable (422), or the dataset is an `advanced` one.
     * </pre>
     */
    public void uploadImage(bria.tailored.v1.Datasets.UploadImageRequest request,
        io.grpc.stub.StreamObserver<bria.tailored.v1.Datasets.UploadImageResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getUploadImageMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Lists every image of a dataset (no pagination upstream).
     * Upstream: `GET /v1/tailored-gen/datasets/{dataset_id}/images`. Errors: NOT_FOUND.
     * </pre>
     */
    public void listImages(bria.tailored.v1.Datasets.ListImagesRequest request,
        io.grpc.stub.StreamObserver<bria.tailored.v1.Datasets.ListImagesResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListImagesMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Starts regenerating the captions of every image of a dataset, asynchronously; poll
     * `GetDataset` until `captions_update_status` is `completed`. Needed after changing the
     * caption prefix or visual schema, or after uploading images before a schema existed.
     * Upstream: `PUT /v1/tailored-gen/datasets/{dataset_id}/images` without a body (202, the
     * dataset with `captions_update_status` `in_progress`). Errors: NOT_FOUND.
     * </pre>
     */
    public void regenerateCaptions(bria.tailored.v1.Datasets.RegenerateCaptionsRequest request,
        io.grpc.stub.StreamObserver<bria.tailored.v1.Datasets.RegenerateCaptionsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getRegenerateCaptionsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Gets one image of a dataset.
     * Upstream: `GET /v1/tailored-gen/datasets/{dataset_id}/images/{image_id}`.
     * Errors: NOT_FOUND (image or dataset).
     * </pre>
     */
    public void getImage(bria.tailored.v1.Datasets.GetImageRequest request,
        io.grpc.stub.StreamObserver<bria.tailored.v1.Datasets.GetImageResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetImageMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Replaces an image's caption (it becomes `manual`) or regenerates it (it becomes
     * `automatic`). Upstream: `PUT /v1/tailored-gen/datasets/{dataset_id}/images/{image_id}`.
     * Errors: NOT_FOUND (image or dataset); INVALID_ARGUMENT when a FIBO caption is not a valid
     * JSON caption; FAILED_PRECONDITION when the dataset is `completed`.
     * </pre>
     */
    public void updateImage(bria.tailored.v1.Datasets.UpdateImageRequest request,
        io.grpc.stub.StreamObserver<bria.tailored.v1.Datasets.UpdateImageResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getUpdateImageMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Deletes an image and its thumbnails.
     * Upstream: `DELETE /v1/tailored-gen/datasets/{dataset_id}/images/{image_id}` (204).
     * Errors: NOT_FOUND (image or dataset); FAILED_PRECONDITION when the dataset is `completed`.
     * </pre>
     */
    public void deleteImage(bria.tailored.v1.Datasets.DeleteImageRequest request,
        io.grpc.stub.StreamObserver<bria.tailored.v1.Datasets.DeleteImageResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getDeleteImageMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Starts importing up to 5000 images from a ZIP file into an empty `advanced` dataset,
     * asynchronously; follow it with `GetBulkUploadStatus`. Images with a bad format, below
     * 1024×1024 or missing a required caption file are skipped and reported there. A dataset
     * accepts one bulk upload attempt ever. Upstream:
     * `POST /v1/tailored-gen/datasets/{dataset_id}/images/bulk-upload` (202, no body).
     * Errors: NOT_FOUND; INVALID_ARGUMENT (upstream 400) when the dataset is not `advanced`,
     * not empty, or has (had) a bulk upload, and (upstream 413) when the ZIP exceeds 5 GB.
     * </pre>
     */
    public void startBulkUpload(bria.tailored.v1.Datasets.StartBulkUploadRequest request,
        io.grpc.stub.StreamObserver<bria.tailored.v1.Datasets.StartBulkUploadResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getStartBulkUploadMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Gets the progress of a dataset's bulk upload. Upstream:
     * `GET /v1/tailored-gen/datasets/{dataset_id}/images/bulk-upload/status`.
     * Errors: NOT_FOUND for an unknown dataset, and (as the emulator does; the upstream documents
     * 400 and 404 without saying which) for a dataset that never had a bulk upload;
     * INVALID_ARGUMENT for the upstream's 400.
     * </pre>
     */
    public void getBulkUploadStatus(bria.tailored.v1.Datasets.GetBulkUploadStatusRequest request,
        io.grpc.stub.StreamObserver<bria.tailored.v1.Datasets.GetBulkUploadStatusResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetBulkUploadStatusMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Gets pre-signed URLs to download an `advanced` dataset and its captions.
     * Upstream: `GET /v1/datasets/{dataset_id}/download` (every source documents this path
     * without the `/tailored-gen` prefix). Errors: NOT_FOUND; FAILED_PRECONDITION when the
     * dataset is not an `advanced` one.
     * </pre>
     */
    public void getDatasetDownload(bria.tailored.v1.Datasets.GetDatasetDownloadRequest request,
        io.grpc.stub.StreamObserver<bria.tailored.v1.Datasets.GetDatasetDownloadResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetDatasetDownloadMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Generates an advanced caption prefix for a legacy dataset from 1–6 sample images
     * (6 recommended); store it with `UpdateDataset`, then call `RegenerateCaptions`. Legacy
     * only: absent from the newest (FIBO-only) upstream documentation.
     * Upstream: `POST /v1/tailored-gen/generate_prefix`.
     * Errors: INVALID_ARGUMENT when any image is invalid, or the first image that fails content
     * moderation (upstream 422).
     * </pre>
     */
    public void generateCaptionPrefix(bria.tailored.v1.Datasets.GenerateCaptionPrefixRequest request,
        io.grpc.stub.StreamObserver<bria.tailored.v1.Datasets.GenerateCaptionPrefixResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGenerateCaptionPrefixMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Generates a visual schema (the JSON backbone of a FIBO dataset's captions and prompts)
     * from 5–10 sample images; store it with `UpdateDataset`.
     * Upstream: `POST /v1/tailored-gen/generate_visual_schema`.
     * Errors: INVALID_ARGUMENT for a wrong image count, an unsupported format (upstream 415)
     * or a content moderation failure (upstream 422).
     * </pre>
     */
    public void generateVisualSchema(bria.tailored.v1.Datasets.GenerateVisualSchemaRequest request,
        io.grpc.stub.StreamObserver<bria.tailored.v1.Datasets.GenerateVisualSchemaResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGenerateVisualSchemaMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Rewrites a structured prompt (a visual schema or an image caption) following a natural
     * language instruction. Upstream: `POST /v1/tailored-gen/refine_structured_prompt`.
     * Errors: NOT_FOUND when the dataset does not exist or belongs to another organisation;
     * INVALID_ARGUMENT or FAILED_PRECONDITION when the dataset is `completed` (the upstream
     * code is undocumented).
     * </pre>
     */
    public void refineStructuredPrompt(bria.tailored.v1.Datasets.RefineStructuredPromptRequest request,
        io.grpc.stub.StreamObserver<bria.tailored.v1.Datasets.RefineStructuredPromptResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getRefineStructuredPromptMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * <pre>
   * Datasets hold the captioned images a tailored model is trained on, plus the helpers that
   * prepare them (caption prefixes for legacy datasets, visual schemas and structured-prompt
   * refinement for FIBO datasets). A dataset is `draft` while it is edited and `completed` once
   * it is frozen for training. Every RPC maps to one upstream v1 call; errors follow the
   * gateway's error model (see `ErrorReason`): INVALID_ARGUMENT before any upstream call for
   * input that breaks the rules below, NOT_FOUND for a dataset, image or project of another
   * organisation or one that does not exist, FAILED_PRECONDITION for the upstream's 409 and 412
   * (state conflicts), UNAUTHENTICATED for a missing or revoked token, PERMISSION_DENIED or
   * RESOURCE_EXHAUSTED (plan quota) for the upstream's 403, RESOURCE_EXHAUSTED for rate limits.
   * </pre>
   */
  public static final class DatasetServiceBlockingStub extends io.grpc.stub.AbstractBlockingStub<DatasetServiceBlockingStub> {
    private DatasetServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected DatasetServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new DatasetServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates an empty `draft` dataset in a project. Legacy datasets get a default
     * `caption_prefix` built from the project's IP fields; FIBO datasets start with no
     * `visual_schema`. Upstream: `POST /v1/tailored-gen/datasets` (201).
     * Errors: NOT_FOUND when the project does not exist; INVALID_ARGUMENT when the upstream
     * rejects the body, including a `training_version` whose family (FIBO or legacy) differs
     * from the one the project is locked to.
     * </pre>
     */
    public bria.tailored.v1.Datasets.CreateDatasetResponse createDataset(bria.tailored.v1.Datasets.CreateDatasetRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCreateDatasetMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists every dataset of the organisation, with `images_count` but without images (no
     * pagination upstream). Upstream: `GET /v1/tailored-gen/datasets`.
     * </pre>
     */
    public bria.tailored.v1.Datasets.ListDatasetsResponse listDatasets(bria.tailored.v1.Datasets.ListDatasetsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListDatasetsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists the datasets of one project, optionally with the models trained on each.
     * Upstream: `GET /v1/tailored-gen/projects/{project_id}/datasets`. Errors: NOT_FOUND.
     * </pre>
     */
    public bria.tailored.v1.Datasets.ListProjectDatasetsResponse listProjectDatasets(bria.tailored.v1.Datasets.ListProjectDatasetsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListProjectDatasetsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Gets one dataset including (up to `max_images` of) its images.
     * Upstream: `GET /v1/tailored-gen/datasets/{dataset_id}`.
     * Errors: NOT_FOUND; INVALID_ARGUMENT when `max_images` is out of range.
     * </pre>
     */
    public bria.tailored.v1.Datasets.GetDatasetResponse getDataset(bria.tailored.v1.Datasets.GetDatasetRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetDatasetMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Renames a dataset, changes its caption prefix (legacy) or visual schema (FIBO), or marks
     * it `completed`. After changing the prefix or schema, call `RegenerateCaptions`.
     * Upstream: `PUT /v1/tailored-gen/datasets/{dataset_id}`.
     * Errors: NOT_FOUND; INVALID_ARGUMENT when `visual_schema` is not valid JSON or the field
     * does not fit the dataset's family; FAILED_PRECONDITION when the dataset is already
     * `completed` and `caption_prefix`/`visual_schema` is changed, or when completing a
     * dataset with too few images (at least 1 for legacy, 5 for FIBO datasets).
     * </pre>
     */
    public bria.tailored.v1.Datasets.UpdateDatasetResponse updateDataset(bria.tailored.v1.Datasets.UpdateDatasetRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getUpdateDatasetMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes a dataset and all its images. Upstream:
     * `DELETE /v1/tailored-gen/datasets/{dataset_id}` (204).
     * Errors: NOT_FOUND; FAILED_PRECONDITION while a model trained on it is training.
     * </pre>
     */
    public bria.tailored.v1.Datasets.DeleteDatasetResponse deleteDataset(bria.tailored.v1.Datasets.DeleteDatasetRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getDeleteDatasetMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Copies a dataset, with its images, captions and caption prefix or visual schema, into a
     * new `draft` dataset: the documented way to edit a `completed` dataset.
     * Upstream: `POST /v1/tailored-gen/datasets/{dataset_id}/clone` (201). Errors: NOT_FOUND.
     * </pre>
     */
    public bria.tailored.v1.Datasets.CloneDatasetResponse cloneDataset(bria.tailored.v1.Datasets.CloneDatasetRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCloneDatasetMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Uploads one image to a `basic` dataset and captions it automatically (from the caption
     * prefix, or from the visual schema; without a schema yet the caption stays empty and
     * `caption_source` is `pending`). Upstream:
     * `POST /v1/tailored-gen/datasets/{dataset_id}/images` (201).
     * Errors: NOT_FOUND; FAILED_PRECONDITION when the dataset is `completed` or already holds
     * 200 images (409), or the image is below the minimum resolution (412); INVALID_ARGUMENT
     * when the format is not JPEG/PNG/WEBP (415), the image fails content moderation or the
     * URL is unusable (422), or the dataset is an `advanced` one.
     * </pre>
     */
    public bria.tailored.v1.Datasets.UploadImageResponse uploadImage(bria.tailored.v1.Datasets.UploadImageRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getUploadImageMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists every image of a dataset (no pagination upstream).
     * Upstream: `GET /v1/tailored-gen/datasets/{dataset_id}/images`. Errors: NOT_FOUND.
     * </pre>
     */
    public bria.tailored.v1.Datasets.ListImagesResponse listImages(bria.tailored.v1.Datasets.ListImagesRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListImagesMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Starts regenerating the captions of every image of a dataset, asynchronously; poll
     * `GetDataset` until `captions_update_status` is `completed`. Needed after changing the
     * caption prefix or visual schema, or after uploading images before a schema existed.
     * Upstream: `PUT /v1/tailored-gen/datasets/{dataset_id}/images` without a body (202, the
     * dataset with `captions_update_status` `in_progress`). Errors: NOT_FOUND.
     * </pre>
     */
    public bria.tailored.v1.Datasets.RegenerateCaptionsResponse regenerateCaptions(bria.tailored.v1.Datasets.RegenerateCaptionsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getRegenerateCaptionsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Gets one image of a dataset.
     * Upstream: `GET /v1/tailored-gen/datasets/{dataset_id}/images/{image_id}`.
     * Errors: NOT_FOUND (image or dataset).
     * </pre>
     */
    public bria.tailored.v1.Datasets.GetImageResponse getImage(bria.tailored.v1.Datasets.GetImageRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetImageMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Replaces an image's caption (it becomes `manual`) or regenerates it (it becomes
     * `automatic`). Upstream: `PUT /v1/tailored-gen/datasets/{dataset_id}/images/{image_id}`.
     * Errors: NOT_FOUND (image or dataset); INVALID_ARGUMENT when a FIBO caption is not a valid
     * JSON caption; FAILED_PRECONDITION when the dataset is `completed`.
     * </pre>
     */
    public bria.tailored.v1.Datasets.UpdateImageResponse updateImage(bria.tailored.v1.Datasets.UpdateImageRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getUpdateImageMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes an image and its thumbnails.
     * Upstream: `DELETE /v1/tailored-gen/datasets/{dataset_id}/images/{image_id}` (204).
     * Errors: NOT_FOUND (image or dataset); FAILED_PRECONDITION when the dataset is `completed`.
     * </pre>
     */
    public bria.tailored.v1.Datasets.DeleteImageResponse deleteImage(bria.tailored.v1.Datasets.DeleteImageRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getDeleteImageMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Starts importing up to 5000 images from a ZIP file into an empty `advanced` dataset,
     * asynchronously; follow it with `GetBulkUploadStatus`. Images with a bad format, below
     * 1024×1024 or missing a required caption file are skipped and reported there. A dataset
     * accepts one bulk upload attempt ever. Upstream:
     * `POST /v1/tailored-gen/datasets/{dataset_id}/images/bulk-upload` (202, no body).
     * Errors: NOT_FOUND; INVALID_ARGUMENT (upstream 400) when the dataset is not `advanced`,
     * not empty, or has (had) a bulk upload, and (upstream 413) when the ZIP exceeds 5 GB.
     * </pre>
     */
    public bria.tailored.v1.Datasets.StartBulkUploadResponse startBulkUpload(bria.tailored.v1.Datasets.StartBulkUploadRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getStartBulkUploadMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Gets the progress of a dataset's bulk upload. Upstream:
     * `GET /v1/tailored-gen/datasets/{dataset_id}/images/bulk-upload/status`.
     * Errors: NOT_FOUND for an unknown dataset, and (as the emulator does; the upstream documents
     * 400 and 404 without saying which) for a dataset that never had a bulk upload;
     * INVALID_ARGUMENT for the upstream's 400.
     * </pre>
     */
    public bria.tailored.v1.Datasets.GetBulkUploadStatusResponse getBulkUploadStatus(bria.tailored.v1.Datasets.GetBulkUploadStatusRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetBulkUploadStatusMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Gets pre-signed URLs to download an `advanced` dataset and its captions.
     * Upstream: `GET /v1/datasets/{dataset_id}/download` (every source documents this path
     * without the `/tailored-gen` prefix). Errors: NOT_FOUND; FAILED_PRECONDITION when the
     * dataset is not an `advanced` one.
     * </pre>
     */
    public bria.tailored.v1.Datasets.GetDatasetDownloadResponse getDatasetDownload(bria.tailored.v1.Datasets.GetDatasetDownloadRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetDatasetDownloadMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Generates an advanced caption prefix for a legacy dataset from 1–6 sample images
     * (6 recommended); store it with `UpdateDataset`, then call `RegenerateCaptions`. Legacy
     * only: absent from the newest (FIBO-only) upstream documentation.
     * Upstream: `POST /v1/tailored-gen/generate_prefix`.
     * Errors: INVALID_ARGUMENT when any image is invalid, or the first image that fails content
     * moderation (upstream 422).
     * </pre>
     */
    public bria.tailored.v1.Datasets.GenerateCaptionPrefixResponse generateCaptionPrefix(bria.tailored.v1.Datasets.GenerateCaptionPrefixRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGenerateCaptionPrefixMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Generates a visual schema (the JSON backbone of a FIBO dataset's captions and prompts)
     * from 5–10 sample images; store it with `UpdateDataset`.
     * Upstream: `POST /v1/tailored-gen/generate_visual_schema`.
     * Errors: INVALID_ARGUMENT for a wrong image count, an unsupported format (upstream 415)
     * or a content moderation failure (upstream 422).
     * </pre>
     */
    public bria.tailored.v1.Datasets.GenerateVisualSchemaResponse generateVisualSchema(bria.tailored.v1.Datasets.GenerateVisualSchemaRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGenerateVisualSchemaMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Rewrites a structured prompt (a visual schema or an image caption) following a natural
     * language instruction. Upstream: `POST /v1/tailored-gen/refine_structured_prompt`.
     * Errors: NOT_FOUND when the dataset does not exist or belongs to another organisation;
     * INVALID_ARGUMENT or FAILED_PRECONDITION when the dataset is `completed` (the upstream
     * code is undocumented).
     * </pre>
     */
    public bria.tailored.v1.Datasets.RefineStructuredPromptResponse refineStructuredPrompt(bria.tailored.v1.Datasets.RefineStructuredPromptRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getRefineStructuredPromptMethod(), getCallOptions(), request);
    }
  }

  /**
   * <pre>
   * Datasets hold the captioned images a tailored model is trained on, plus the helpers that
   * prepare them (caption prefixes for legacy datasets, visual schemas and structured-prompt
   * refinement for FIBO datasets). A dataset is `draft` while it is edited and `completed` once
   * it is frozen for training. Every RPC maps to one upstream v1 call; errors follow the
   * gateway's error model (see `ErrorReason`): INVALID_ARGUMENT before any upstream call for
   * input that breaks the rules below, NOT_FOUND for a dataset, image or project of another
   * organisation or one that does not exist, FAILED_PRECONDITION for the upstream's 409 and 412
   * (state conflicts), UNAUTHENTICATED for a missing or revoked token, PERMISSION_DENIED or
   * RESOURCE_EXHAUSTED (plan quota) for the upstream's 403, RESOURCE_EXHAUSTED for rate limits.
   * </pre>
   */
  public static final class DatasetServiceFutureStub extends io.grpc.stub.AbstractFutureStub<DatasetServiceFutureStub> {
    private DatasetServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected DatasetServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new DatasetServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates an empty `draft` dataset in a project. Legacy datasets get a default
     * `caption_prefix` built from the project's IP fields; FIBO datasets start with no
     * `visual_schema`. Upstream: `POST /v1/tailored-gen/datasets` (201).
     * Errors: NOT_FOUND when the project does not exist; INVALID_ARGUMENT when the upstream
     * rejects the body, including a `training_version` whose family (FIBO or legacy) differs
     * from the one the project is locked to.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<bria.tailored.v1.Datasets.CreateDatasetResponse> createDataset(
        bria.tailored.v1.Datasets.CreateDatasetRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCreateDatasetMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Lists every dataset of the organisation, with `images_count` but without images (no
     * pagination upstream). Upstream: `GET /v1/tailored-gen/datasets`.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<bria.tailored.v1.Datasets.ListDatasetsResponse> listDatasets(
        bria.tailored.v1.Datasets.ListDatasetsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListDatasetsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Lists the datasets of one project, optionally with the models trained on each.
     * Upstream: `GET /v1/tailored-gen/projects/{project_id}/datasets`. Errors: NOT_FOUND.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<bria.tailored.v1.Datasets.ListProjectDatasetsResponse> listProjectDatasets(
        bria.tailored.v1.Datasets.ListProjectDatasetsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListProjectDatasetsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Gets one dataset including (up to `max_images` of) its images.
     * Upstream: `GET /v1/tailored-gen/datasets/{dataset_id}`.
     * Errors: NOT_FOUND; INVALID_ARGUMENT when `max_images` is out of range.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<bria.tailored.v1.Datasets.GetDatasetResponse> getDataset(
        bria.tailored.v1.Datasets.GetDatasetRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetDatasetMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Renames a dataset, changes its caption prefix (legacy) or visual schema (FIBO), or marks
     * it `completed`. After changing the prefix or schema, call `RegenerateCaptions`.
     * Upstream: `PUT /v1/tailored-gen/datasets/{dataset_id}`.
     * Errors: NOT_FOUND; INVALID_ARGUMENT when `visual_schema` is not valid JSON or the field
     * does not fit the dataset's family; FAILED_PRECONDITION when the dataset is already
     * `completed` and `caption_prefix`/`visual_schema` is changed, or when completing a
     * dataset with too few images (at least 1 for legacy, 5 for FIBO datasets).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<bria.tailored.v1.Datasets.UpdateDatasetResponse> updateDataset(
        bria.tailored.v1.Datasets.UpdateDatasetRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getUpdateDatasetMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Deletes a dataset and all its images. Upstream:
     * `DELETE /v1/tailored-gen/datasets/{dataset_id}` (204).
     * Errors: NOT_FOUND; FAILED_PRECONDITION while a model trained on it is training.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<bria.tailored.v1.Datasets.DeleteDatasetResponse> deleteDataset(
        bria.tailored.v1.Datasets.DeleteDatasetRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getDeleteDatasetMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Copies a dataset, with its images, captions and caption prefix or visual schema, into a
     * new `draft` dataset: the documented way to edit a `completed` dataset.
     * Upstream: `POST /v1/tailored-gen/datasets/{dataset_id}/clone` (201). Errors: NOT_FOUND.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<bria.tailored.v1.Datasets.CloneDatasetResponse> cloneDataset(
        bria.tailored.v1.Datasets.CloneDatasetRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCloneDatasetMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Uploads one image to a `basic` dataset and captions it automatically (from the caption
     * prefix, or from the visual schema; without a schema yet the caption stays empty and
     * `caption_source` is `pending`). Upstream:
     * `POST /v1/tailored-gen/datasets/{dataset_id}/images` (201).
     * Errors: NOT_FOUND; FAILED_PRECONDITION when the dataset is `completed` or already holds
     * 200 images (409), or the image is below the minimum resolution (412); INVALID_ARGUMENT
     * when the format is not JPEG/PNG/WEBP (415), the image fails content moderation or the
     * URL is unusable (422), or the dataset is an `advanced` one.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<bria.tailored.v1.Datasets.UploadImageResponse> uploadImage(
        bria.tailored.v1.Datasets.UploadImageRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getUploadImageMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Lists every image of a dataset (no pagination upstream).
     * Upstream: `GET /v1/tailored-gen/datasets/{dataset_id}/images`. Errors: NOT_FOUND.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<bria.tailored.v1.Datasets.ListImagesResponse> listImages(
        bria.tailored.v1.Datasets.ListImagesRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListImagesMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Starts regenerating the captions of every image of a dataset, asynchronously; poll
     * `GetDataset` until `captions_update_status` is `completed`. Needed after changing the
     * caption prefix or visual schema, or after uploading images before a schema existed.
     * Upstream: `PUT /v1/tailored-gen/datasets/{dataset_id}/images` without a body (202, the
     * dataset with `captions_update_status` `in_progress`). Errors: NOT_FOUND.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<bria.tailored.v1.Datasets.RegenerateCaptionsResponse> regenerateCaptions(
        bria.tailored.v1.Datasets.RegenerateCaptionsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getRegenerateCaptionsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Gets one image of a dataset.
     * Upstream: `GET /v1/tailored-gen/datasets/{dataset_id}/images/{image_id}`.
     * Errors: NOT_FOUND (image or dataset).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<bria.tailored.v1.Datasets.GetImageResponse> getImage(
        bria.tailored.v1.Datasets.GetImageRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetImageMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Replaces an image's caption (it becomes `manual`) or regenerates it (it becomes
     * `automatic`). Upstream: `PUT /v1/tailored-gen/datasets/{dataset_id}/images/{image_id}`.
     * Errors: NOT_FOUND (image or dataset); INVALID_ARGUMENT when a FIBO caption is not a valid
     * JSON caption; FAILED_PRECONDITION when the dataset is `completed`.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<bria.tailored.v1.Datasets.UpdateImageResponse> updateImage(
        bria.tailored.v1.Datasets.UpdateImageRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getUpdateImageMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Deletes an image and its thumbnails.
     * Upstream: `DELETE /v1/tailored-gen/datasets/{dataset_id}/images/{image_id}` (204).
     * Errors: NOT_FOUND (image or dataset); FAILED_PRECONDITION when the dataset is `completed`.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<bria.tailored.v1.Datasets.DeleteImageResponse> deleteImage(
        bria.tailored.v1.Datasets.DeleteImageRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getDeleteImageMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Starts importing up to 5000 images from a ZIP file into an empty `advanced` dataset,
     * asynchronously; follow it with `GetBulkUploadStatus`. Images with a bad format, below
     * 1024×1024 or missing a required caption file are skipped and reported there. A dataset
     * accepts one bulk upload attempt ever. Upstream:
     * `POST /v1/tailored-gen/datasets/{dataset_id}/images/bulk-upload` (202, no body).
     * Errors: NOT_FOUND; INVALID_ARGUMENT (upstream 400) when the dataset is not `advanced`,
     * not empty, or has (had) a bulk upload, and (upstream 413) when the ZIP exceeds 5 GB.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<bria.tailored.v1.Datasets.StartBulkUploadResponse> startBulkUpload(
        bria.tailored.v1.Datasets.StartBulkUploadRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getStartBulkUploadMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Gets the progress of a dataset's bulk upload. Upstream:
     * `GET /v1/tailored-gen/datasets/{dataset_id}/images/bulk-upload/status`.
     * Errors: NOT_FOUND for an unknown dataset, and (as the emulator does; the upstream documents
     * 400 and 404 without saying which) for a dataset that never had a bulk upload;
     * INVALID_ARGUMENT for the upstream's 400.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<bria.tailored.v1.Datasets.GetBulkUploadStatusResponse> getBulkUploadStatus(
        bria.tailored.v1.Datasets.GetBulkUploadStatusRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetBulkUploadStatusMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Gets pre-signed URLs to download an `advanced` dataset and its captions.
     * Upstream: `GET /v1/datasets/{dataset_id}/download` (every source documents this path
     * without the `/tailored-gen` prefix). Errors: NOT_FOUND; FAILED_PRECONDITION when the
     * dataset is not an `advanced` one.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<bria.tailored.v1.Datasets.GetDatasetDownloadResponse> getDatasetDownload(
        bria.tailored.v1.Datasets.GetDatasetDownloadRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetDatasetDownloadMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Generates an advanced caption prefix for a legacy dataset from 1–6 sample images
     * (6 recommended); store it with `UpdateDataset`, then call `RegenerateCaptions`. Legacy
     * only: absent from the newest (FIBO-only) upstream documentation.
     * Upstream: `POST /v1/tailored-gen/generate_prefix`.
     * Errors: INVALID_ARGUMENT when any image is invalid, or the first image that fails content
     * moderation (upstream 422).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<bria.tailored.v1.Datasets.GenerateCaptionPrefixResponse> generateCaptionPrefix(
        bria.tailored.v1.Datasets.GenerateCaptionPrefixRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGenerateCaptionPrefixMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Generates a visual schema (the JSON backbone of a FIBO dataset's captions and prompts)
     * from 5–10 sample images; store it with `UpdateDataset`.
     * Upstream: `POST /v1/tailored-gen/generate_visual_schema`.
     * Errors: INVALID_ARGUMENT for a wrong image count, an unsupported format (upstream 415)
     * or a content moderation failure (upstream 422).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<bria.tailored.v1.Datasets.GenerateVisualSchemaResponse> generateVisualSchema(
        bria.tailored.v1.Datasets.GenerateVisualSchemaRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGenerateVisualSchemaMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Rewrites a structured prompt (a visual schema or an image caption) following a natural
     * language instruction. Upstream: `POST /v1/tailored-gen/refine_structured_prompt`.
     * Errors: NOT_FOUND when the dataset does not exist or belongs to another organisation;
     * INVALID_ARGUMENT or FAILED_PRECONDITION when the dataset is `completed` (the upstream
     * code is undocumented).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<bria.tailored.v1.Datasets.RefineStructuredPromptResponse> refineStructuredPrompt(
        bria.tailored.v1.Datasets.RefineStructuredPromptRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getRefineStructuredPromptMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_CREATE_DATASET = 0;
  private static final int METHODID_LIST_DATASETS = 1;
  private static final int METHODID_LIST_PROJECT_DATASETS = 2;
  private static final int METHODID_GET_DATASET = 3;
  private static final int METHODID_UPDATE_DATASET = 4;
  private static final int METHODID_DELETE_DATASET = 5;
  private static final int METHODID_CLONE_DATASET = 6;
  private static final int METHODID_UPLOAD_IMAGE = 7;
  private static final int METHODID_LIST_IMAGES = 8;
  private static final int METHODID_REGENERATE_CAPTIONS = 9;
  private static final int METHODID_GET_IMAGE = 10;
  private static final int METHODID_UPDATE_IMAGE = 11;
  private static final int METHODID_DELETE_IMAGE = 12;
  private static final int METHODID_START_BULK_UPLOAD = 13;
  private static final int METHODID_GET_BULK_UPLOAD_STATUS = 14;
  private static final int METHODID_GET_DATASET_DOWNLOAD = 15;
  private static final int METHODID_GENERATE_CAPTION_PREFIX = 16;
  private static final int METHODID_GENERATE_VISUAL_SCHEMA = 17;
  private static final int METHODID_REFINE_STRUCTURED_PROMPT = 18;

  private static final class MethodHandlers<Req, Resp> implements
      io.grpc.stub.ServerCalls.UnaryMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.ServerStreamingMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.ClientStreamingMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.BidiStreamingMethod<Req, Resp> {
    private final DatasetServiceImplBase serviceImpl;
    private final int methodId;

    MethodHandlers(DatasetServiceImplBase serviceImpl, int methodId) {
      this.serviceImpl = serviceImpl;
      this.methodId = methodId;
    }

    @java.lang.Override
    @java.lang.SuppressWarnings("unchecked")
    public void invoke(Req request, io.grpc.stub.StreamObserver<Resp> responseObserver) {
      switch (methodId) {
        case METHODID_CREATE_DATASET:
          serviceImpl.createDataset((bria.tailored.v1.Datasets.CreateDatasetRequest) request,
              (io.grpc.stub.StreamObserver<bria.tailored.v1.Datasets.CreateDatasetResponse>) responseObserver);
          break;
        case METHODID_LIST_DATASETS:
          serviceImpl.listDatasets((bria.tailored.v1.Datasets.ListDatasetsRequest) request,
              (io.grpc.stub.StreamObserver<bria.tailored.v1.Datasets.ListDatasetsResponse>) responseObserver);
          break;
        case METHODID_LIST_PROJECT_DATASETS:
          serviceImpl.listProjectDatasets((bria.tailored.v1.Datasets.ListProjectDatasetsRequest) request,
              (io.grpc.stub.StreamObserver<bria.tailored.v1.Datasets.ListProjectDatasetsResponse>) responseObserver);
          break;
        case METHODID_GET_DATASET:
          serviceImpl.getDataset((bria.tailored.v1.Datasets.GetDatasetRequest) request,
              (io.grpc.stub.StreamObserver<bria.tailored.v1.Datasets.GetDatasetResponse>) responseObserver);
          break;
        case METHODID_UPDATE_DATASET:
          serviceImpl.updateDataset((bria.tailored.v1.Datasets.UpdateDatasetRequest) request,
              (io.grpc.stub.StreamObserver<bria.tailored.v1.Datasets.UpdateDatasetResponse>) responseObserver);
          break;
        case METHODID_DELETE_DATASET:
          serviceImpl.deleteDataset((bria.tailored.v1.Datasets.DeleteDatasetRequest) request,
              (io.grpc.stub.StreamObserver<bria.tailored.v1.Datasets.DeleteDatasetResponse>) responseObserver);
          break;
        case METHODID_CLONE_DATASET:
          serviceImpl.cloneDataset((bria.tailored.v1.Datasets.CloneDatasetRequest) request,
              (io.grpc.stub.StreamObserver<bria.tailored.v1.Datasets.CloneDatasetResponse>) responseObserver);
          break;
        case METHODID_UPLOAD_IMAGE:
          serviceImpl.uploadImage((bria.tailored.v1.Datasets.UploadImageRequest) request,
              (io.grpc.stub.StreamObserver<bria.tailored.v1.Datasets.UploadImageResponse>) responseObserver);
          break;
        case METHODID_LIST_IMAGES:
          serviceImpl.listImages((bria.tailored.v1.Datasets.ListImagesRequest) request,
              (io.grpc.stub.StreamObserver<bria.tailored.v1.Datasets.ListImagesResponse>) responseObserver);
          break;
        case METHODID_REGENERATE_CAPTIONS:
          serviceImpl.regenerateCaptions((bria.tailored.v1.Datasets.RegenerateCaptionsRequest) request,
              (io.grpc.stub.StreamObserver<bria.tailored.v1.Datasets.RegenerateCaptionsResponse>) responseObserver);
          break;
        case METHODID_GET_IMAGE:
          serviceImpl.getImage((bria.tailored.v1.Datasets.GetImageRequest) request,
              (io.grpc.stub.StreamObserver<bria.tailored.v1.Datasets.GetImageResponse>) responseObserver);
          break;
        case METHODID_UPDATE_IMAGE:
          serviceImpl.updateImage((bria.tailored.v1.Datasets.UpdateImageRequest) request,
              (io.grpc.stub.StreamObserver<bria.tailored.v1.Datasets.UpdateImageResponse>) responseObserver);
          break;
        case METHODID_DELETE_IMAGE:
          serviceImpl.deleteImage((bria.tailored.v1.Datasets.DeleteImageRequest) request,
              (io.grpc.stub.StreamObserver<bria.tailored.v1.Datasets.DeleteImageResponse>) responseObserver);
          break;
        case METHODID_START_BULK_UPLOAD:
          serviceImpl.startBulkUpload((bria.tailored.v1.Datasets.StartBulkUploadRequest) request,
              (io.grpc.stub.StreamObserver<bria.tailored.v1.Datasets.StartBulkUploadResponse>) responseObserver);
          break;
        case METHODID_GET_BULK_UPLOAD_STATUS:
          serviceImpl.getBulkUploadStatus((bria.tailored.v1.Datasets.GetBulkUploadStatusRequest) request,
              (io.grpc.stub.StreamObserver<bria.tailored.v1.Datasets.GetBulkUploadStatusResponse>) responseObserver);
          break;
        case METHODID_GET_DATASET_DOWNLOAD:
          serviceImpl.getDatasetDownload((bria.tailored.v1.Datasets.GetDatasetDownloadRequest) request,
              (io.grpc.stub.StreamObserver<bria.tailored.v1.Datasets.GetDatasetDownloadResponse>) responseObserver);
          break;
        case METHODID_GENERATE_CAPTION_PREFIX:
          serviceImpl.generateCaptionPrefix((bria.tailored.v1.Datasets.GenerateCaptionPrefixRequest) request,
              (io.grpc.stub.StreamObserver<bria.tailored.v1.Datasets.GenerateCaptionPrefixResponse>) responseObserver);
          break;
        case METHODID_GENERATE_VISUAL_SCHEMA:
          serviceImpl.generateVisualSchema((bria.tailored.v1.Datasets.GenerateVisualSchemaRequest) request,
              (io.grpc.stub.StreamObserver<bria.tailored.v1.Datasets.GenerateVisualSchemaResponse>) responseObserver);
          break;
        case METHODID_REFINE_STRUCTURED_PROMPT:
          serviceImpl.refineStructuredPrompt((bria.tailored.v1.Datasets.RefineStructuredPromptRequest) request,
              (io.grpc.stub.StreamObserver<bria.tailored.v1.Datasets.RefineStructuredPromptResponse>) responseObserver);
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

  private static abstract class DatasetServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    DatasetServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return bria.tailored.v1.Datasets.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("DatasetService");
    }
  }

  private static final class DatasetServiceFileDescriptorSupplier
      extends DatasetServiceBaseDescriptorSupplier {
    DatasetServiceFileDescriptorSupplier() {}
  }

  private static final class DatasetServiceMethodDescriptorSupplier
      extends DatasetServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final String methodName;

    DatasetServiceMethodDescriptorSupplier(String methodName) {
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
      synchronized (DatasetServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new DatasetServiceFileDescriptorSupplier())
              .addMethod(getCreateDatasetMethod())
              .addMethod(getListDatasetsMethod())
              .addMethod(getListProjectDatasetsMethod())
              .addMethod(getGetDatasetMethod())
              .addMethod(getUpdateDatasetMethod())
              .addMethod(getDeleteDatasetMethod())
              .addMethod(getCloneDatasetMethod())
              .addMethod(getUploadImageMethod())
              .addMethod(getListImagesMethod())
              .addMethod(getRegenerateCaptionsMethod())
              .addMethod(getGetImageMethod())
              .addMethod(getUpdateImageMethod())
              .addMethod(getDeleteImageMethod())
              .addMethod(getStartBulkUploadMethod())
              .addMethod(getGetBulkUploadStatusMethod())
              .addMethod(getGetDatasetDownloadMethod())
              .addMethod(getGenerateCaptionPrefixMethod())
              .addMethod(getGenerateVisualSchemaMethod())
              .addMethod(getRefineStructuredPromptMethod())
              .build();
        }
      }
    }
    return result;
  }
}
