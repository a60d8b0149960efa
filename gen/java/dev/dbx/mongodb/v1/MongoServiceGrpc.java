package dev.dbx.mongodb.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * MongoDB's own API over DBX: documents, filters, updates and pipelines as
 * MongoDB takes them, each a `BsonDocument` in BSON or Extended JSON v2, so that
 * an SDK uses its own BSON library and nothing is lost either way.
 * Every request names its backend, database (`namespace`, empty: the URL's)
 * and collection in `target`. A backend that is not MongoDB answers
 * FAILED_PRECONDITION (reason WRONG_BACKEND_KIND) naming its kind. A filter,
 * update or pipeline MongoDB refuses answers INVALID_ARGUMENT (reason
 * STATEMENT_FAILED) with MongoDB's message and code. Operators that run
 * JavaScript on the server (`$where`, `$function`, `$accumulator`) answer
 * PERMISSION_DENIED (reason DISABLED) unless the backend's configuration
 * allows them. A call's deadline becomes the operation's time limit
 * (`maxTimeMS`).
 * </pre>
 */
@io.grpc.stub.annotations.GrpcGenerated
public final class MongoServiceGrpc {

  private MongoServiceGrpc() {}

  public static final java.lang.String SERVICE_NAME = "dbx.mongodb.v1.MongoService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<dev.dbx.mongodb.v1.InsertOneRequest,
      dev.dbx.mongodb.v1.InsertOneResponse> getInsertOneMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "InsertOne",
      requestType = dev.dbx.mongodb.v1.InsertOneRequest.class,
      responseType = dev.dbx.mongodb.v1.InsertOneResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.mongodb.v1.InsertOneRequest,
      dev.dbx.mongodb.v1.InsertOneResponse> getInsertOneMethod() {
    io.grpc.MethodDescriptor<dev.dbx.mongodb.v1.InsertOneRequest, dev.dbx.mongodb.v1.InsertOneResponse> getInsertOneMethod;
    if ((getInsertOneMethod = MongoServiceGrpc.getInsertOneMethod) == null) {
      synchronized (MongoServiceGrpc.class) {
        if ((getInsertOneMethod = MongoServiceGrpc.getInsertOneMethod) == null) {
          MongoServiceGrpc.getInsertOneMethod = getInsertOneMethod =
              io.grpc.MethodDescriptor.<dev.dbx.mongodb.v1.InsertOneRequest, dev.dbx.mongodb.v1.InsertOneResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "InsertOne"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.mongodb.v1.InsertOneRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.mongodb.v1.InsertOneResponse.getDefaultInstance()))
              .setSchemaDescriptor(new MongoServiceMethodDescriptorSupplier("InsertOne"))
              .build();
        }
      }
    }
    return getInsertOneMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.mongodb.v1.InsertManyRequest,
      dev.dbx.mongodb.v1.InsertManyResponse> getInsertManyMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "InsertMany",
      requestType = dev.dbx.mongodb.v1.InsertManyRequest.class,
      responseType = dev.dbx.mongodb.v1.InsertManyResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.mongodb.v1.InsertManyRequest,
      dev.dbx.mongodb.v1.InsertManyResponse> getInsertManyMethod() {
    io.grpc.MethodDescriptor<dev.dbx.mongodb.v1.InsertManyRequest, dev.dbx.mongodb.v1.InsertManyResponse> getInsertManyMethod;
    if ((getInsertManyMethod = MongoServiceGrpc.getInsertManyMethod) == null) {
      synchronized (MongoServiceGrpc.class) {
        if ((getInsertManyMethod = MongoServiceGrpc.getInsertManyMethod) == null) {
          MongoServiceGrpc.getInsertManyMethod = getInsertManyMethod =
              io.grpc.MethodDescriptor.<dev.dbx.mongodb.v1.InsertManyRequest, dev.dbx.mongodb.v1.InsertManyResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "InsertMany"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.mongodb.v1.InsertManyRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.mongodb.v1.InsertManyResponse.getDefaultInstance()))
              .setSchemaDescriptor(new MongoServiceMethodDescriptorSupplier("InsertMany"))
              .build();
        }
      }
    }
    return getInsertManyMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.mongodb.v1.FindOneRequest,
      dev.dbx.mongodb.v1.FindOneResponse> getFindOneMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "FindOne",
      requestType = dev.dbx.mongodb.v1.FindOneRequest.class,
      responseType = dev.dbx.mongodb.v1.FindOneResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.mongodb.v1.FindOneRequest,
      dev.dbx.mongodb.v1.FindOneResponse> getFindOneMethod() {
    io.grpc.MethodDescriptor<dev.dbx.mongodb.v1.FindOneRequest, dev.dbx.mongodb.v1.FindOneResponse> getFindOneMethod;
    if ((getFindOneMethod = MongoServiceGrpc.getFindOneMethod) == null) {
      synchronized (MongoServiceGrpc.class) {
        if ((getFindOneMethod = MongoServiceGrpc.getFindOneMethod) == null) {
          MongoServiceGrpc.getFindOneMethod = getFindOneMethod =
              io.grpc.MethodDescriptor.<dev.dbx.mongodb.v1.FindOneRequest, dev.dbx.mongodb.v1.FindOneResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "FindOne"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.mongodb.v1.FindOneRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.mongodb.v1.FindOneResponse.getDefaultInstance()))
              .setSchemaDescriptor(new MongoServiceMethodDescriptorSupplier("FindOne"))
              .build();
        }
      }
    }
    return getFindOneMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.mongodb.v1.FindRequest,
      dev.dbx.mongodb.v1.FindResponse> getFindMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "Find",
      requestType = dev.dbx.mongodb.v1.FindRequest.class,
      responseType = dev.dbx.mongodb.v1.FindResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.mongodb.v1.FindRequest,
      dev.dbx.mongodb.v1.FindResponse> getFindMethod() {
    io.grpc.MethodDescriptor<dev.dbx.mongodb.v1.FindRequest, dev.dbx.mongodb.v1.FindResponse> getFindMethod;
    if ((getFindMethod = MongoServiceGrpc.getFindMethod) == null) {
      synchronized (MongoServiceGrpc.class) {
        if ((getFindMethod = MongoServiceGrpc.getFindMethod) == null) {
          MongoServiceGrpc.getFindMethod = getFindMethod =
              io.grpc.MethodDescriptor.<dev.dbx.mongodb.v1.FindRequest, dev.dbx.mongodb.v1.FindResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "Find"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.mongodb.v1.FindRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.mongodb.v1.FindResponse.getDefaultInstance()))
              .setSchemaDescriptor(new MongoServiceMethodDescriptorSupplier("Find"))
              .build();
        }
      }
    }
    return getFindMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.mongodb.v1.FindStreamRequest,
      dev.dbx.mongodb.v1.FindStreamResponse> getFindStreamMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "FindStream",
      requestType = dev.dbx.mongodb.v1.FindStreamRequest.class,
      responseType = dev.dbx.mongodb.v1.FindStreamResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.SERVER_STREAMING)
  public static io.grpc.MethodDescriptor<dev.dbx.mongodb.v1.FindStreamRequest,
      dev.dbx.mongodb.v1.FindStreamResponse> getFindStreamMethod() {
    io.grpc.MethodDescriptor<dev.dbx.mongodb.v1.FindStreamRequest, dev.dbx.mongodb.v1.FindStreamResponse> getFindStreamMethod;
    if ((getFindStreamMethod = MongoServiceGrpc.getFindStreamMethod) == null) {
      synchronized (MongoServiceGrpc.class) {
        if ((getFindStreamMethod = MongoServiceGrpc.getFindStreamMethod) == null) {
          MongoServiceGrpc.getFindStreamMethod = getFindStreamMethod =
              io.grpc.MethodDescriptor.<dev.dbx.mongodb.v1.FindStreamRequest, dev.dbx.mongodb.v1.FindStreamResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.SERVER_STREAMING)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "FindStream"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.mongodb.v1.FindStreamRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.mongodb.v1.FindStreamResponse.getDefaultInstance()))
              .setSchemaDescriptor(new MongoServiceMethodDescriptorSupplier("FindStream"))
              .build();
        }
      }
    }
    return getFindStreamMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.mongodb.v1.CountDocumentsRequest,
      dev.dbx.mongodb.v1.CountDocumentsResponse> getCountDocumentsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "CountDocuments",
      requestType = dev.dbx.mongodb.v1.CountDocumentsRequest.class,
      responseType = dev.dbx.mongodb.v1.CountDocumentsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.mongodb.v1.CountDocumentsRequest,
      dev.dbx.mongodb.v1.CountDocumentsResponse> getCountDocumentsMethod() {
    io.grpc.MethodDescriptor<dev.dbx.mongodb.v1.CountDocumentsRequest, dev.dbx.mongodb.v1.CountDocumentsResponse> getCountDocumentsMethod;
    if ((getCountDocumentsMethod = MongoServiceGrpc.getCountDocumentsMethod) == null) {
      synchronized (MongoServiceGrpc.class) {
        if ((getCountDocumentsMethod = MongoServiceGrpc.getCountDocumentsMethod) == null) {
          MongoServiceGrpc.getCountDocumentsMethod = getCountDocumentsMethod =
              io.grpc.MethodDescriptor.<dev.dbx.mongodb.v1.CountDocumentsRequest, dev.dbx.mongodb.v1.CountDocumentsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "CountDocuments"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.mongodb.v1.CountDocumentsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.mongodb.v1.CountDocumentsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new MongoServiceMethodDescriptorSupplier("CountDocuments"))
              .build();
        }
      }
    }
    return getCountDocumentsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.mongodb.v1.EstimatedDocumentCountRequest,
      dev.dbx.mongodb.v1.EstimatedDocumentCountResponse> getEstimatedDocumentCountMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "EstimatedDocumentCount",
      requestType = dev.dbx.mongodb.v1.EstimatedDocumentCountRequest.class,
      responseType = dev.dbx.mongodb.v1.EstimatedDocumentCountResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.mongodb.v1.EstimatedDocumentCountRequest,
      dev.dbx.mongodb.v1.EstimatedDocumentCountResponse> getEstimatedDocumentCountMethod() {
    io.grpc.MethodDescriptor<dev.dbx.mongodb.v1.EstimatedDocumentCountRequest, dev.dbx.mongodb.v1.EstimatedDocumentCountResponse> getEstimatedDocumentCountMethod;
    if ((getEstimatedDocumentCountMethod = MongoServiceGrpc.getEstimatedDocumentCountMethod) == null) {
      synchronized (MongoServiceGrpc.class) {
        if ((getEstimatedDocumentCountMethod = MongoServiceGrpc.getEstimatedDocumentCountMethod) == null) {
          MongoServiceGrpc.getEstimatedDocumentCountMethod = getEstimatedDocumentCountMethod =
              io.grpc.MethodDescriptor.<dev.dbx.mongodb.v1.EstimatedDocumentCountRequest, dev.dbx.mongodb.v1.EstimatedDocumentCountResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "EstimatedDocumentCount"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.mongodb.v1.EstimatedDocumentCountRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.mongodb.v1.EstimatedDocumentCountResponse.getDefaultInstance()))
              .setSchemaDescriptor(new MongoServiceMethodDescriptorSupplier("EstimatedDocumentCount"))
              .build();
        }
      }
    }
    return getEstimatedDocumentCountMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.mongodb.v1.DistinctRequest,
      dev.dbx.mongodb.v1.DistinctResponse> getDistinctMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "Distinct",
      requestType = dev.dbx.mongodb.v1.DistinctRequest.class,
      responseType = dev.dbx.mongodb.v1.DistinctResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.mongodb.v1.DistinctRequest,
      dev.dbx.mongodb.v1.DistinctResponse> getDistinctMethod() {
    io.grpc.MethodDescriptor<dev.dbx.mongodb.v1.DistinctRequest, dev.dbx.mongodb.v1.DistinctResponse> getDistinctMethod;
    if ((getDistinctMethod = MongoServiceGrpc.getDistinctMethod) == null) {
      synchronized (MongoServiceGrpc.class) {
        if ((getDistinctMethod = MongoServiceGrpc.getDistinctMethod) == null) {
          MongoServiceGrpc.getDistinctMethod = getDistinctMethod =
              io.grpc.MethodDescriptor.<dev.dbx.mongodb.v1.DistinctRequest, dev.dbx.mongodb.v1.DistinctResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "Distinct"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.mongodb.v1.DistinctRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.mongodb.v1.DistinctResponse.getDefaultInstance()))
              .setSchemaDescriptor(new MongoServiceMethodDescriptorSupplier("Distinct"))
              .build();
        }
      }
    }
    return getDistinctMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.mongodb.v1.UpdateOneRequest,
      dev.dbx.mongodb.v1.UpdateOneResponse> getUpdateOneMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "UpdateOne",
      requestType = dev.dbx.mongodb.v1.UpdateOneRequest.class,
      responseType = dev.dbx.mongodb.v1.UpdateOneResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.mongodb.v1.UpdateOneRequest,
      dev.dbx.mongodb.v1.UpdateOneResponse> getUpdateOneMethod() {
    io.grpc.MethodDescriptor<dev.dbx.mongodb.v1.UpdateOneRequest, dev.dbx.mongodb.v1.UpdateOneResponse> getUpdateOneMethod;
    if ((getUpdateOneMethod = MongoServiceGrpc.getUpdateOneMethod) == null) {
      synchronized (MongoServiceGrpc.class) {
        if ((getUpdateOneMethod = MongoServiceGrpc.getUpdateOneMethod) == null) {
          MongoServiceGrpc.getUpdateOneMethod = getUpdateOneMethod =
              io.grpc.MethodDescriptor.<dev.dbx.mongodb.v1.UpdateOneRequest, dev.dbx.mongodb.v1.UpdateOneResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "UpdateOne"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.mongodb.v1.UpdateOneRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.mongodb.v1.UpdateOneResponse.getDefaultInstance()))
              .setSchemaDescriptor(new MongoServiceMethodDescriptorSupplier("UpdateOne"))
              .build();
        }
      }
    }
    return getUpdateOneMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.mongodb.v1.UpdateManyRequest,
      dev.dbx.mongodb.v1.UpdateManyResponse> getUpdateManyMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "UpdateMany",
      requestType = dev.dbx.mongodb.v1.UpdateManyRequest.class,
      responseType = dev.dbx.mongodb.v1.UpdateManyResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.mongodb.v1.UpdateManyRequest,
      dev.dbx.mongodb.v1.UpdateManyResponse> getUpdateManyMethod() {
    io.grpc.MethodDescriptor<dev.dbx.mongodb.v1.UpdateManyRequest, dev.dbx.mongodb.v1.UpdateManyResponse> getUpdateManyMethod;
    if ((getUpdateManyMethod = MongoServiceGrpc.getUpdateManyMethod) == null) {
      synchronized (MongoServiceGrpc.class) {
        if ((getUpdateManyMethod = MongoServiceGrpc.getUpdateManyMethod) == null) {
          MongoServiceGrpc.getUpdateManyMethod = getUpdateManyMethod =
              io.grpc.MethodDescriptor.<dev.dbx.mongodb.v1.UpdateManyRequest, dev.dbx.mongodb.v1.UpdateManyResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "UpdateMany"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.mongodb.v1.UpdateManyRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.mongodb.v1.UpdateManyResponse.getDefaultInstance()))
              .setSchemaDescriptor(new MongoServiceMethodDescriptorSupplier("UpdateMany"))
              .build();
        }
      }
    }
    return getUpdateManyMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.mongodb.v1.ReplaceOneRequest,
      dev.dbx.mongodb.v1.ReplaceOneResponse> getReplaceOneMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ReplaceOne",
      requestType = dev.dbx.mongodb.v1.ReplaceOneRequest.class,
      responseType = dev.dbx.mongodb.v1.ReplaceOneResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.mongodb.v1.ReplaceOneRequest,
      dev.dbx.mongodb.v1.ReplaceOneResponse> getReplaceOneMethod() {
    io.grpc.MethodDescriptor<dev.dbx.mongodb.v1.ReplaceOneRequest, dev.dbx.mongodb.v1.ReplaceOneResponse> getReplaceOneMethod;
    if ((getReplaceOneMethod = MongoServiceGrpc.getReplaceOneMethod) == null) {
      synchronized (MongoServiceGrpc.class) {
        if ((getReplaceOneMethod = MongoServiceGrpc.getReplaceOneMethod) == null) {
          MongoServiceGrpc.getReplaceOneMethod = getReplaceOneMethod =
              io.grpc.MethodDescriptor.<dev.dbx.mongodb.v1.ReplaceOneRequest, dev.dbx.mongodb.v1.ReplaceOneResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ReplaceOne"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.mongodb.v1.ReplaceOneRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.mongodb.v1.ReplaceOneResponse.getDefaultInstance()))
              .setSchemaDescriptor(new MongoServiceMethodDescriptorSupplier("ReplaceOne"))
              .build();
        }
      }
    }
    return getReplaceOneMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.mongodb.v1.FindOneAndUpdateRequest,
      dev.dbx.mongodb.v1.FindOneAndUpdateResponse> getFindOneAndUpdateMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "FindOneAndUpdate",
      requestType = dev.dbx.mongodb.v1.FindOneAndUpdateRequest.class,
      responseType = dev.dbx.mongodb.v1.FindOneAndUpdateResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.mongodb.v1.FindOneAndUpdateRequest,
      dev.dbx.mongodb.v1.FindOneAndUpdateResponse> getFindOneAndUpdateMethod() {
    io.grpc.MethodDescriptor<dev.dbx.mongodb.v1.FindOneAndUpdateRequest, dev.dbx.mongodb.v1.FindOneAndUpdateResponse> getFindOneAndUpdateMethod;
    if ((getFindOneAndUpdateMethod = MongoServiceGrpc.getFindOneAndUpdateMethod) == null) {
      synchronized (MongoServiceGrpc.class) {
        if ((getFindOneAndUpdateMethod = MongoServiceGrpc.getFindOneAndUpdateMethod) == null) {
          MongoServiceGrpc.getFindOneAndUpdateMethod = getFindOneAndUpdateMethod =
              io.grpc.MethodDescriptor.<dev.dbx.mongodb.v1.FindOneAndUpdateRequest, dev.dbx.mongodb.v1.FindOneAndUpdateResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "FindOneAndUpdate"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.mongodb.v1.FindOneAndUpdateRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.mongodb.v1.FindOneAndUpdateResponse.getDefaultInstance()))
              .setSchemaDescriptor(new MongoServiceMethodDescriptorSupplier("FindOneAndUpdate"))
              .build();
        }
      }
    }
    return getFindOneAndUpdateMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.mongodb.v1.FindOneAndReplaceRequest,
      dev.dbx.mongodb.v1.FindOneAndReplaceResponse> getFindOneAndReplaceMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "FindOneAndReplace",
      requestType = dev.dbx.mongodb.v1.FindOneAndReplaceRequest.class,
      responseType = dev.dbx.mongodb.v1.FindOneAndReplaceResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.mongodb.v1.FindOneAndReplaceRequest,
      dev.dbx.mongodb.v1.FindOneAndReplaceResponse> getFindOneAndReplaceMethod() {
    io.grpc.MethodDescriptor<dev.dbx.mongodb.v1.FindOneAndReplaceRequest, dev.dbx.mongodb.v1.FindOneAndReplaceResponse> getFindOneAndReplaceMethod;
    if ((getFindOneAndReplaceMethod = MongoServiceGrpc.getFindOneAndReplaceMethod) == null) {
      synchronized (MongoServiceGrpc.class) {
        if ((getFindOneAndReplaceMethod = MongoServiceGrpc.getFindOneAndReplaceMethod) == null) {
          MongoServiceGrpc.getFindOneAndReplaceMethod = getFindOneAndReplaceMethod =
              io.grpc.MethodDescriptor.<dev.dbx.mongodb.v1.FindOneAndReplaceRequest, dev.dbx.mongodb.v1.FindOneAndReplaceResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "FindOneAndReplace"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.mongodb.v1.FindOneAndReplaceRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.mongodb.v1.FindOneAndReplaceResponse.getDefaultInstance()))
              .setSchemaDescriptor(new MongoServiceMethodDescriptorSupplier("FindOneAndReplace"))
              .build();
        }
      }
    }
    return getFindOneAndReplaceMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.mongodb.v1.FindOneAndDeleteRequest,
      dev.dbx.mongodb.v1.FindOneAndDeleteResponse> getFindOneAndDeleteMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "FindOneAndDelete",
      requestType = dev.dbx.mongodb.v1.FindOneAndDeleteRequest.class,
      responseType = dev.dbx.mongodb.v1.FindOneAndDeleteResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.mongodb.v1.FindOneAndDeleteRequest,
      dev.dbx.mongodb.v1.FindOneAndDeleteResponse> getFindOneAndDeleteMethod() {
    io.grpc.MethodDescriptor<dev.dbx.mongodb.v1.FindOneAndDeleteRequest, dev.dbx.mongodb.v1.FindOneAndDeleteResponse> getFindOneAndDeleteMethod;
    if ((getFindOneAndDeleteMethod = MongoServiceGrpc.getFindOneAndDeleteMethod) == null) {
      synchronized (MongoServiceGrpc.class) {
        if ((getFindOneAndDeleteMethod = MongoServiceGrpc.getFindOneAndDeleteMethod) == null) {
          MongoServiceGrpc.getFindOneAndDeleteMethod = getFindOneAndDeleteMethod =
              io.grpc.MethodDescriptor.<dev.dbx.mongodb.v1.FindOneAndDeleteRequest, dev.dbx.mongodb.v1.FindOneAndDeleteResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "FindOneAndDelete"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.mongodb.v1.FindOneAndDeleteRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.mongodb.v1.FindOneAndDeleteResponse.getDefaultInstance()))
              .setSchemaDescriptor(new MongoServiceMethodDescriptorSupplier("FindOneAndDelete"))
              .build();
        }
      }
    }
    return getFindOneAndDeleteMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.mongodb.v1.DeleteOneRequest,
      dev.dbx.mongodb.v1.DeleteOneResponse> getDeleteOneMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "DeleteOne",
      requestType = dev.dbx.mongodb.v1.DeleteOneRequest.class,
      responseType = dev.dbx.mongodb.v1.DeleteOneResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.mongodb.v1.DeleteOneRequest,
      dev.dbx.mongodb.v1.DeleteOneResponse> getDeleteOneMethod() {
    io.grpc.MethodDescriptor<dev.dbx.mongodb.v1.DeleteOneRequest, dev.dbx.mongodb.v1.DeleteOneResponse> getDeleteOneMethod;
    if ((getDeleteOneMethod = MongoServiceGrpc.getDeleteOneMethod) == null) {
      synchronized (MongoServiceGrpc.class) {
        if ((getDeleteOneMethod = MongoServiceGrpc.getDeleteOneMethod) == null) {
          MongoServiceGrpc.getDeleteOneMethod = getDeleteOneMethod =
              io.grpc.MethodDescriptor.<dev.dbx.mongodb.v1.DeleteOneRequest, dev.dbx.mongodb.v1.DeleteOneResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "DeleteOne"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.mongodb.v1.DeleteOneRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.mongodb.v1.DeleteOneResponse.getDefaultInstance()))
              .setSchemaDescriptor(new MongoServiceMethodDescriptorSupplier("DeleteOne"))
              .build();
        }
      }
    }
    return getDeleteOneMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.mongodb.v1.DeleteManyRequest,
      dev.dbx.mongodb.v1.DeleteManyResponse> getDeleteManyMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "DeleteMany",
      requestType = dev.dbx.mongodb.v1.DeleteManyRequest.class,
      responseType = dev.dbx.mongodb.v1.DeleteManyResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.mongodb.v1.DeleteManyRequest,
      dev.dbx.mongodb.v1.DeleteManyResponse> getDeleteManyMethod() {
    io.grpc.MethodDescriptor<dev.dbx.mongodb.v1.DeleteManyRequest, dev.dbx.mongodb.v1.DeleteManyResponse> getDeleteManyMethod;
    if ((getDeleteManyMethod = MongoServiceGrpc.getDeleteManyMethod) == null) {
      synchronized (MongoServiceGrpc.class) {
        if ((getDeleteManyMethod = MongoServiceGrpc.getDeleteManyMethod) == null) {
          MongoServiceGrpc.getDeleteManyMethod = getDeleteManyMethod =
              io.grpc.MethodDescriptor.<dev.dbx.mongodb.v1.DeleteManyRequest, dev.dbx.mongodb.v1.DeleteManyResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "DeleteMany"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.mongodb.v1.DeleteManyRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.mongodb.v1.DeleteManyResponse.getDefaultInstance()))
              .setSchemaDescriptor(new MongoServiceMethodDescriptorSupplier("DeleteMany"))
              .build();
        }
      }
    }
    return getDeleteManyMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.mongodb.v1.BulkWriteRequest,
      dev.dbx.mongodb.v1.BulkWriteResponse> getBulkWriteMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "BulkWrite",
      requestType = dev.dbx.mongodb.v1.BulkWriteRequest.class,
      responseType = dev.dbx.mongodb.v1.BulkWriteResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.mongodb.v1.BulkWriteRequest,
      dev.dbx.mongodb.v1.BulkWriteResponse> getBulkWriteMethod() {
    io.grpc.MethodDescriptor<dev.dbx.mongodb.v1.BulkWriteRequest, dev.dbx.mongodb.v1.BulkWriteResponse> getBulkWriteMethod;
    if ((getBulkWriteMethod = MongoServiceGrpc.getBulkWriteMethod) == null) {
      synchronized (MongoServiceGrpc.class) {
        if ((getBulkWriteMethod = MongoServiceGrpc.getBulkWriteMethod) == null) {
          MongoServiceGrpc.getBulkWriteMethod = getBulkWriteMethod =
              io.grpc.MethodDescriptor.<dev.dbx.mongodb.v1.BulkWriteRequest, dev.dbx.mongodb.v1.BulkWriteResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "BulkWrite"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.mongodb.v1.BulkWriteRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.mongodb.v1.BulkWriteResponse.getDefaultInstance()))
              .setSchemaDescriptor(new MongoServiceMethodDescriptorSupplier("BulkWrite"))
              .build();
        }
      }
    }
    return getBulkWriteMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.mongodb.v1.ListCollectionsRequest,
      dev.dbx.mongodb.v1.ListCollectionsResponse> getListCollectionsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListCollections",
      requestType = dev.dbx.mongodb.v1.ListCollectionsRequest.class,
      responseType = dev.dbx.mongodb.v1.ListCollectionsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.mongodb.v1.ListCollectionsRequest,
      dev.dbx.mongodb.v1.ListCollectionsResponse> getListCollectionsMethod() {
    io.grpc.MethodDescriptor<dev.dbx.mongodb.v1.ListCollectionsRequest, dev.dbx.mongodb.v1.ListCollectionsResponse> getListCollectionsMethod;
    if ((getListCollectionsMethod = MongoServiceGrpc.getListCollectionsMethod) == null) {
      synchronized (MongoServiceGrpc.class) {
        if ((getListCollectionsMethod = MongoServiceGrpc.getListCollectionsMethod) == null) {
          MongoServiceGrpc.getListCollectionsMethod = getListCollectionsMethod =
              io.grpc.MethodDescriptor.<dev.dbx.mongodb.v1.ListCollectionsRequest, dev.dbx.mongodb.v1.ListCollectionsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListCollections"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.mongodb.v1.ListCollectionsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.mongodb.v1.ListCollectionsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new MongoServiceMethodDescriptorSupplier("ListCollections"))
              .build();
        }
      }
    }
    return getListCollectionsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.mongodb.v1.CreateCollectionRequest,
      dev.dbx.mongodb.v1.CreateCollectionResponse> getCreateCollectionMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "CreateCollection",
      requestType = dev.dbx.mongodb.v1.CreateCollectionRequest.class,
      responseType = dev.dbx.mongodb.v1.CreateCollectionResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.mongodb.v1.CreateCollectionRequest,
      dev.dbx.mongodb.v1.CreateCollectionResponse> getCreateCollectionMethod() {
    io.grpc.MethodDescriptor<dev.dbx.mongodb.v1.CreateCollectionRequest, dev.dbx.mongodb.v1.CreateCollectionResponse> getCreateCollectionMethod;
    if ((getCreateCollectionMethod = MongoServiceGrpc.getCreateCollectionMethod) == null) {
      synchronized (MongoServiceGrpc.class) {
        if ((getCreateCollectionMethod = MongoServiceGrpc.getCreateCollectionMethod) == null) {
          MongoServiceGrpc.getCreateCollectionMethod = getCreateCollectionMethod =
              io.grpc.MethodDescriptor.<dev.dbx.mongodb.v1.CreateCollectionRequest, dev.dbx.mongodb.v1.CreateCollectionResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "CreateCollection"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.mongodb.v1.CreateCollectionRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.mongodb.v1.CreateCollectionResponse.getDefaultInstance()))
              .setSchemaDescriptor(new MongoServiceMethodDescriptorSupplier("CreateCollection"))
              .build();
        }
      }
    }
    return getCreateCollectionMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.mongodb.v1.DropCollectionRequest,
      dev.dbx.mongodb.v1.DropCollectionResponse> getDropCollectionMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "DropCollection",
      requestType = dev.dbx.mongodb.v1.DropCollectionRequest.class,
      responseType = dev.dbx.mongodb.v1.DropCollectionResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.mongodb.v1.DropCollectionRequest,
      dev.dbx.mongodb.v1.DropCollectionResponse> getDropCollectionMethod() {
    io.grpc.MethodDescriptor<dev.dbx.mongodb.v1.DropCollectionRequest, dev.dbx.mongodb.v1.DropCollectionResponse> getDropCollectionMethod;
    if ((getDropCollectionMethod = MongoServiceGrpc.getDropCollectionMethod) == null) {
      synchronized (MongoServiceGrpc.class) {
        if ((getDropCollectionMethod = MongoServiceGrpc.getDropCollectionMethod) == null) {
          MongoServiceGrpc.getDropCollectionMethod = getDropCollectionMethod =
              io.grpc.MethodDescriptor.<dev.dbx.mongodb.v1.DropCollectionRequest, dev.dbx.mongodb.v1.DropCollectionResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "DropCollection"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.mongodb.v1.DropCollectionRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.mongodb.v1.DropCollectionResponse.getDefaultInstance()))
              .setSchemaDescriptor(new MongoServiceMethodDescriptorSupplier("DropCollection"))
              .build();
        }
      }
    }
    return getDropCollectionMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.mongodb.v1.RenameCollectionRequest,
      dev.dbx.mongodb.v1.RenameCollectionResponse> getRenameCollectionMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "RenameCollection",
      requestType = dev.dbx.mongodb.v1.RenameCollectionRequest.class,
      responseType = dev.dbx.mongodb.v1.RenameCollectionResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.mongodb.v1.RenameCollectionRequest,
      dev.dbx.mongodb.v1.RenameCollectionResponse> getRenameCollectionMethod() {
    io.grpc.MethodDescriptor<dev.dbx.mongodb.v1.RenameCollectionRequest, dev.dbx.mongodb.v1.RenameCollectionResponse> getRenameCollectionMethod;
    if ((getRenameCollectionMethod = MongoServiceGrpc.getRenameCollectionMethod) == null) {
      synchronized (MongoServiceGrpc.class) {
        if ((getRenameCollectionMethod = MongoServiceGrpc.getRenameCollectionMethod) == null) {
          MongoServiceGrpc.getRenameCollectionMethod = getRenameCollectionMethod =
              io.grpc.MethodDescriptor.<dev.dbx.mongodb.v1.RenameCollectionRequest, dev.dbx.mongodb.v1.RenameCollectionResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "RenameCollection"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.mongodb.v1.RenameCollectionRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.mongodb.v1.RenameCollectionResponse.getDefaultInstance()))
              .setSchemaDescriptor(new MongoServiceMethodDescriptorSupplier("RenameCollection"))
              .build();
        }
      }
    }
    return getRenameCollectionMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.mongodb.v1.GetCollectionStatsRequest,
      dev.dbx.mongodb.v1.GetCollectionStatsResponse> getGetCollectionStatsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetCollectionStats",
      requestType = dev.dbx.mongodb.v1.GetCollectionStatsRequest.class,
      responseType = dev.dbx.mongodb.v1.GetCollectionStatsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.mongodb.v1.GetCollectionStatsRequest,
      dev.dbx.mongodb.v1.GetCollectionStatsResponse> getGetCollectionStatsMethod() {
    io.grpc.MethodDescriptor<dev.dbx.mongodb.v1.GetCollectionStatsRequest, dev.dbx.mongodb.v1.GetCollectionStatsResponse> getGetCollectionStatsMethod;
    if ((getGetCollectionStatsMethod = MongoServiceGrpc.getGetCollectionStatsMethod) == null) {
      synchronized (MongoServiceGrpc.class) {
        if ((getGetCollectionStatsMethod = MongoServiceGrpc.getGetCollectionStatsMethod) == null) {
          MongoServiceGrpc.getGetCollectionStatsMethod = getGetCollectionStatsMethod =
              io.grpc.MethodDescriptor.<dev.dbx.mongodb.v1.GetCollectionStatsRequest, dev.dbx.mongodb.v1.GetCollectionStatsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetCollectionStats"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.mongodb.v1.GetCollectionStatsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.mongodb.v1.GetCollectionStatsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new MongoServiceMethodDescriptorSupplier("GetCollectionStats"))
              .build();
        }
      }
    }
    return getGetCollectionStatsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.mongodb.v1.CreateIndexesRequest,
      dev.dbx.mongodb.v1.CreateIndexesResponse> getCreateIndexesMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "CreateIndexes",
      requestType = dev.dbx.mongodb.v1.CreateIndexesRequest.class,
      responseType = dev.dbx.mongodb.v1.CreateIndexesResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.mongodb.v1.CreateIndexesRequest,
      dev.dbx.mongodb.v1.CreateIndexesResponse> getCreateIndexesMethod() {
    io.grpc.MethodDescriptor<dev.dbx.mongodb.v1.CreateIndexesRequest, dev.dbx.mongodb.v1.CreateIndexesResponse> getCreateIndexesMethod;
    if ((getCreateIndexesMethod = MongoServiceGrpc.getCreateIndexesMethod) == null) {
      synchronized (MongoServiceGrpc.class) {
        if ((getCreateIndexesMethod = MongoServiceGrpc.getCreateIndexesMethod) == null) {
          MongoServiceGrpc.getCreateIndexesMethod = getCreateIndexesMethod =
              io.grpc.MethodDescriptor.<dev.dbx.mongodb.v1.CreateIndexesRequest, dev.dbx.mongodb.v1.CreateIndexesResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "CreateIndexes"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.mongodb.v1.CreateIndexesRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.mongodb.v1.CreateIndexesResponse.getDefaultInstance()))
              .setSchemaDescriptor(new MongoServiceMethodDescriptorSupplier("CreateIndexes"))
              .build();
        }
      }
    }
    return getCreateIndexesMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.mongodb.v1.ListIndexesRequest,
      dev.dbx.mongodb.v1.ListIndexesResponse> getListIndexesMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListIndexes",
      requestType = dev.dbx.mongodb.v1.ListIndexesRequest.class,
      responseType = dev.dbx.mongodb.v1.ListIndexesResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.mongodb.v1.ListIndexesRequest,
      dev.dbx.mongodb.v1.ListIndexesResponse> getListIndexesMethod() {
    io.grpc.MethodDescriptor<dev.dbx.mongodb.v1.ListIndexesRequest, dev.dbx.mongodb.v1.ListIndexesResponse> getListIndexesMethod;
    if ((getListIndexesMethod = MongoServiceGrpc.getListIndexesMethod) == null) {
      synchronized (MongoServiceGrpc.class) {
        if ((getListIndexesMethod = MongoServiceGrpc.getListIndexesMethod) == null) {
          MongoServiceGrpc.getListIndexesMethod = getListIndexesMethod =
              io.grpc.MethodDescriptor.<dev.dbx.mongodb.v1.ListIndexesRequest, dev.dbx.mongodb.v1.ListIndexesResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListIndexes"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.mongodb.v1.ListIndexesRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.mongodb.v1.ListIndexesResponse.getDefaultInstance()))
              .setSchemaDescriptor(new MongoServiceMethodDescriptorSupplier("ListIndexes"))
              .build();
        }
      }
    }
    return getListIndexesMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.mongodb.v1.DropIndexRequest,
      dev.dbx.mongodb.v1.DropIndexResponse> getDropIndexMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "DropIndex",
      requestType = dev.dbx.mongodb.v1.DropIndexRequest.class,
      responseType = dev.dbx.mongodb.v1.DropIndexResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.mongodb.v1.DropIndexRequest,
      dev.dbx.mongodb.v1.DropIndexResponse> getDropIndexMethod() {
    io.grpc.MethodDescriptor<dev.dbx.mongodb.v1.DropIndexRequest, dev.dbx.mongodb.v1.DropIndexResponse> getDropIndexMethod;
    if ((getDropIndexMethod = MongoServiceGrpc.getDropIndexMethod) == null) {
      synchronized (MongoServiceGrpc.class) {
        if ((getDropIndexMethod = MongoServiceGrpc.getDropIndexMethod) == null) {
          MongoServiceGrpc.getDropIndexMethod = getDropIndexMethod =
              io.grpc.MethodDescriptor.<dev.dbx.mongodb.v1.DropIndexRequest, dev.dbx.mongodb.v1.DropIndexResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "DropIndex"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.mongodb.v1.DropIndexRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.mongodb.v1.DropIndexResponse.getDefaultInstance()))
              .setSchemaDescriptor(new MongoServiceMethodDescriptorSupplier("DropIndex"))
              .build();
        }
      }
    }
    return getDropIndexMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.mongodb.v1.WatchChangesRequest,
      dev.dbx.mongodb.v1.WatchChangesResponse> getWatchChangesMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "WatchChanges",
      requestType = dev.dbx.mongodb.v1.WatchChangesRequest.class,
      responseType = dev.dbx.mongodb.v1.WatchChangesResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.SERVER_STREAMING)
  public static io.grpc.MethodDescriptor<dev.dbx.mongodb.v1.WatchChangesRequest,
      dev.dbx.mongodb.v1.WatchChangesResponse> getWatchChangesMethod() {
    io.grpc.MethodDescriptor<dev.dbx.mongodb.v1.WatchChangesRequest, dev.dbx.mongodb.v1.WatchChangesResponse> getWatchChangesMethod;
    if ((getWatchChangesMethod = MongoServiceGrpc.getWatchChangesMethod) == null) {
      synchronized (MongoServiceGrpc.class) {
        if ((getWatchChangesMethod = MongoServiceGrpc.getWatchChangesMethod) == null) {
          MongoServiceGrpc.getWatchChangesMethod = getWatchChangesMethod =
              io.grpc.MethodDescriptor.<dev.dbx.mongodb.v1.WatchChangesRequest, dev.dbx.mongodb.v1.WatchChangesResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.SERVER_STREAMING)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "WatchChanges"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.mongodb.v1.WatchChangesRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.mongodb.v1.WatchChangesResponse.getDefaultInstance()))
              .setSchemaDescriptor(new MongoServiceMethodDescriptorSupplier("WatchChanges"))
              .build();
        }
      }
    }
    return getWatchChangesMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.mongodb.v1.StartFileUploadRequest,
      dev.dbx.mongodb.v1.StartFileUploadResponse> getStartFileUploadMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "StartFileUpload",
      requestType = dev.dbx.mongodb.v1.StartFileUploadRequest.class,
      responseType = dev.dbx.mongodb.v1.StartFileUploadResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.mongodb.v1.StartFileUploadRequest,
      dev.dbx.mongodb.v1.StartFileUploadResponse> getStartFileUploadMethod() {
    io.grpc.MethodDescriptor<dev.dbx.mongodb.v1.StartFileUploadRequest, dev.dbx.mongodb.v1.StartFileUploadResponse> getStartFileUploadMethod;
    if ((getStartFileUploadMethod = MongoServiceGrpc.getStartFileUploadMethod) == null) {
      synchronized (MongoServiceGrpc.class) {
        if ((getStartFileUploadMethod = MongoServiceGrpc.getStartFileUploadMethod) == null) {
          MongoServiceGrpc.getStartFileUploadMethod = getStartFileUploadMethod =
              io.grpc.MethodDescriptor.<dev.dbx.mongodb.v1.StartFileUploadRequest, dev.dbx.mongodb.v1.StartFileUploadResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "StartFileUpload"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.mongodb.v1.StartFileUploadRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.mongodb.v1.StartFileUploadResponse.getDefaultInstance()))
              .setSchemaDescriptor(new MongoServiceMethodDescriptorSupplier("StartFileUpload"))
              .build();
        }
      }
    }
    return getStartFileUploadMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.mongodb.v1.UploadFileChunkRequest,
      dev.dbx.mongodb.v1.UploadFileChunkResponse> getUploadFileChunkMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "UploadFileChunk",
      requestType = dev.dbx.mongodb.v1.UploadFileChunkRequest.class,
      responseType = dev.dbx.mongodb.v1.UploadFileChunkResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.mongodb.v1.UploadFileChunkRequest,
      dev.dbx.mongodb.v1.UploadFileChunkResponse> getUploadFileChunkMethod() {
    io.grpc.MethodDescriptor<dev.dbx.mongodb.v1.UploadFileChunkRequest, dev.dbx.mongodb.v1.UploadFileChunkResponse> getUploadFileChunkMethod;
    if ((getUploadFileChunkMethod = MongoServiceGrpc.getUploadFileChunkMethod) == null) {
      synchronized (MongoServiceGrpc.class) {
        if ((getUploadFileChunkMethod = MongoServiceGrpc.getUploadFileChunkMethod) == null) {
          MongoServiceGrpc.getUploadFileChunkMethod = getUploadFileChunkMethod =
              io.grpc.MethodDescriptor.<dev.dbx.mongodb.v1.UploadFileChunkRequest, dev.dbx.mongodb.v1.UploadFileChunkResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "UploadFileChunk"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.mongodb.v1.UploadFileChunkRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.mongodb.v1.UploadFileChunkResponse.getDefaultInstance()))
              .setSchemaDescriptor(new MongoServiceMethodDescriptorSupplier("UploadFileChunk"))
              .build();
        }
      }
    }
    return getUploadFileChunkMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.mongodb.v1.GetFileUploadRequest,
      dev.dbx.mongodb.v1.GetFileUploadResponse> getGetFileUploadMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetFileUpload",
      requestType = dev.dbx.mongodb.v1.GetFileUploadRequest.class,
      responseType = dev.dbx.mongodb.v1.GetFileUploadResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.mongodb.v1.GetFileUploadRequest,
      dev.dbx.mongodb.v1.GetFileUploadResponse> getGetFileUploadMethod() {
    io.grpc.MethodDescriptor<dev.dbx.mongodb.v1.GetFileUploadRequest, dev.dbx.mongodb.v1.GetFileUploadResponse> getGetFileUploadMethod;
    if ((getGetFileUploadMethod = MongoServiceGrpc.getGetFileUploadMethod) == null) {
      synchronized (MongoServiceGrpc.class) {
        if ((getGetFileUploadMethod = MongoServiceGrpc.getGetFileUploadMethod) == null) {
          MongoServiceGrpc.getGetFileUploadMethod = getGetFileUploadMethod =
              io.grpc.MethodDescriptor.<dev.dbx.mongodb.v1.GetFileUploadRequest, dev.dbx.mongodb.v1.GetFileUploadResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetFileUpload"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.mongodb.v1.GetFileUploadRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.mongodb.v1.GetFileUploadResponse.getDefaultInstance()))
              .setSchemaDescriptor(new MongoServiceMethodDescriptorSupplier("GetFileUpload"))
              .build();
        }
      }
    }
    return getGetFileUploadMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.mongodb.v1.FinishFileUploadRequest,
      dev.dbx.mongodb.v1.FinishFileUploadResponse> getFinishFileUploadMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "FinishFileUpload",
      requestType = dev.dbx.mongodb.v1.FinishFileUploadRequest.class,
      responseType = dev.dbx.mongodb.v1.FinishFileUploadResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.mongodb.v1.FinishFileUploadRequest,
      dev.dbx.mongodb.v1.FinishFileUploadResponse> getFinishFileUploadMethod() {
    io.grpc.MethodDescriptor<dev.dbx.mongodb.v1.FinishFileUploadRequest, dev.dbx.mongodb.v1.FinishFileUploadResponse> getFinishFileUploadMethod;
    if ((getFinishFileUploadMethod = MongoServiceGrpc.getFinishFileUploadMethod) == null) {
      synchronized (MongoServiceGrpc.class) {
        if ((getFinishFileUploadMethod = MongoServiceGrpc.getFinishFileUploadMethod) == null) {
          MongoServiceGrpc.getFinishFileUploadMethod = getFinishFileUploadMethod =
              io.grpc.MethodDescriptor.<dev.dbx.mongodb.v1.FinishFileUploadRequest, dev.dbx.mongodb.v1.FinishFileUploadResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "FinishFileUpload"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.mongodb.v1.FinishFileUploadRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.mongodb.v1.FinishFileUploadResponse.getDefaultInstance()))
              .setSchemaDescriptor(new MongoServiceMethodDescriptorSupplier("FinishFileUpload"))
              .build();
        }
      }
    }
    return getFinishFileUploadMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.mongodb.v1.AbortFileUploadRequest,
      dev.dbx.mongodb.v1.AbortFileUploadResponse> getAbortFileUploadMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "AbortFileUpload",
      requestType = dev.dbx.mongodb.v1.AbortFileUploadRequest.class,
      responseType = dev.dbx.mongodb.v1.AbortFileUploadResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.mongodb.v1.AbortFileUploadRequest,
      dev.dbx.mongodb.v1.AbortFileUploadResponse> getAbortFileUploadMethod() {
    io.grpc.MethodDescriptor<dev.dbx.mongodb.v1.AbortFileUploadRequest, dev.dbx.mongodb.v1.AbortFileUploadResponse> getAbortFileUploadMethod;
    if ((getAbortFileUploadMethod = MongoServiceGrpc.getAbortFileUploadMethod) == null) {
      synchronized (MongoServiceGrpc.class) {
        if ((getAbortFileUploadMethod = MongoServiceGrpc.getAbortFileUploadMethod) == null) {
          MongoServiceGrpc.getAbortFileUploadMethod = getAbortFileUploadMethod =
              io.grpc.MethodDescriptor.<dev.dbx.mongodb.v1.AbortFileUploadRequest, dev.dbx.mongodb.v1.AbortFileUploadResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "AbortFileUpload"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.mongodb.v1.AbortFileUploadRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.mongodb.v1.AbortFileUploadResponse.getDefaultInstance()))
              .setSchemaDescriptor(new MongoServiceMethodDescriptorSupplier("AbortFileUpload"))
              .build();
        }
      }
    }
    return getAbortFileUploadMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.mongodb.v1.DownloadFileRequest,
      dev.dbx.mongodb.v1.DownloadFileResponse> getDownloadFileMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "DownloadFile",
      requestType = dev.dbx.mongodb.v1.DownloadFileRequest.class,
      responseType = dev.dbx.mongodb.v1.DownloadFileResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.SERVER_STREAMING)
  public static io.grpc.MethodDescriptor<dev.dbx.mongodb.v1.DownloadFileRequest,
      dev.dbx.mongodb.v1.DownloadFileResponse> getDownloadFileMethod() {
    io.grpc.MethodDescriptor<dev.dbx.mongodb.v1.DownloadFileRequest, dev.dbx.mongodb.v1.DownloadFileResponse> getDownloadFileMethod;
    if ((getDownloadFileMethod = MongoServiceGrpc.getDownloadFileMethod) == null) {
      synchronized (MongoServiceGrpc.class) {
        if ((getDownloadFileMethod = MongoServiceGrpc.getDownloadFileMethod) == null) {
          MongoServiceGrpc.getDownloadFileMethod = getDownloadFileMethod =
              io.grpc.MethodDescriptor.<dev.dbx.mongodb.v1.DownloadFileRequest, dev.dbx.mongodb.v1.DownloadFileResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.SERVER_STREAMING)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "DownloadFile"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.mongodb.v1.DownloadFileRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.mongodb.v1.DownloadFileResponse.getDefaultInstance()))
              .setSchemaDescriptor(new MongoServiceMethodDescriptorSupplier("DownloadFile"))
              .build();
        }
      }
    }
    return getDownloadFileMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.mongodb.v1.GetFileRequest,
      dev.dbx.mongodb.v1.GetFileResponse> getGetFileMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetFile",
      requestType = dev.dbx.mongodb.v1.GetFileRequest.class,
      responseType = dev.dbx.mongodb.v1.GetFileResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.mongodb.v1.GetFileRequest,
      dev.dbx.mongodb.v1.GetFileResponse> getGetFileMethod() {
    io.grpc.MethodDescriptor<dev.dbx.mongodb.v1.GetFileRequest, dev.dbx.mongodb.v1.GetFileResponse> getGetFileMethod;
    if ((getGetFileMethod = MongoServiceGrpc.getGetFileMethod) == null) {
      synchronized (MongoServiceGrpc.class) {
        if ((getGetFileMethod = MongoServiceGrpc.getGetFileMethod) == null) {
          MongoServiceGrpc.getGetFileMethod = getGetFileMethod =
              io.grpc.MethodDescriptor.<dev.dbx.mongodb.v1.GetFileRequest, dev.dbx.mongodb.v1.GetFileResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetFile"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.mongodb.v1.GetFileRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.mongodb.v1.GetFileResponse.getDefaultInstance()))
              .setSchemaDescriptor(new MongoServiceMethodDescriptorSupplier("GetFile"))
              .build();
        }
      }
    }
    return getGetFileMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.mongodb.v1.ListFilesRequest,
      dev.dbx.mongodb.v1.ListFilesResponse> getListFilesMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListFiles",
      requestType = dev.dbx.mongodb.v1.ListFilesRequest.class,
      responseType = dev.dbx.mongodb.v1.ListFilesResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.mongodb.v1.ListFilesRequest,
      dev.dbx.mongodb.v1.ListFilesResponse> getListFilesMethod() {
    io.grpc.MethodDescriptor<dev.dbx.mongodb.v1.ListFilesRequest, dev.dbx.mongodb.v1.ListFilesResponse> getListFilesMethod;
    if ((getListFilesMethod = MongoServiceGrpc.getListFilesMethod) == null) {
      synchronized (MongoServiceGrpc.class) {
        if ((getListFilesMethod = MongoServiceGrpc.getListFilesMethod) == null) {
          MongoServiceGrpc.getListFilesMethod = getListFilesMethod =
              io.grpc.MethodDescriptor.<dev.dbx.mongodb.v1.ListFilesRequest, dev.dbx.mongodb.v1.ListFilesResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListFiles"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.mongodb.v1.ListFilesRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.mongodb.v1.ListFilesResponse.getDefaultInstance()))
              .setSchemaDescriptor(new MongoServiceMethodDescriptorSupplier("ListFiles"))
              .build();
        }
      }
    }
    return getListFilesMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.mongodb.v1.DeleteFileRequest,
      dev.dbx.mongodb.v1.DeleteFileResponse> getDeleteFileMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "DeleteFile",
      requestType = dev.dbx.mongodb.v1.DeleteFileRequest.class,
      responseType = dev.dbx.mongodb.v1.DeleteFileResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.mongodb.v1.DeleteFileRequest,
      dev.dbx.mongodb.v1.DeleteFileResponse> getDeleteFileMethod() {
    io.grpc.MethodDescriptor<dev.dbx.mongodb.v1.DeleteFileRequest, dev.dbx.mongodb.v1.DeleteFileResponse> getDeleteFileMethod;
    if ((getDeleteFileMethod = MongoServiceGrpc.getDeleteFileMethod) == null) {
      synchronized (MongoServiceGrpc.class) {
        if ((getDeleteFileMethod = MongoServiceGrpc.getDeleteFileMethod) == null) {
          MongoServiceGrpc.getDeleteFileMethod = getDeleteFileMethod =
              io.grpc.MethodDescriptor.<dev.dbx.mongodb.v1.DeleteFileRequest, dev.dbx.mongodb.v1.DeleteFileResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "DeleteFile"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.mongodb.v1.DeleteFileRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.mongodb.v1.DeleteFileResponse.getDefaultInstance()))
              .setSchemaDescriptor(new MongoServiceMethodDescriptorSupplier("DeleteFile"))
              .build();
        }
      }
    }
    return getDeleteFileMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.mongodb.v1.AggregateRequest,
      dev.dbx.mongodb.v1.AggregateResponse> getAggregateMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "Aggregate",
      requestType = dev.dbx.mongodb.v1.AggregateRequest.class,
      responseType = dev.dbx.mongodb.v1.AggregateResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.mongodb.v1.AggregateRequest,
      dev.dbx.mongodb.v1.AggregateResponse> getAggregateMethod() {
    io.grpc.MethodDescriptor<dev.dbx.mongodb.v1.AggregateRequest, dev.dbx.mongodb.v1.AggregateResponse> getAggregateMethod;
    if ((getAggregateMethod = MongoServiceGrpc.getAggregateMethod) == null) {
      synchronized (MongoServiceGrpc.class) {
        if ((getAggregateMethod = MongoServiceGrpc.getAggregateMethod) == null) {
          MongoServiceGrpc.getAggregateMethod = getAggregateMethod =
              io.grpc.MethodDescriptor.<dev.dbx.mongodb.v1.AggregateRequest, dev.dbx.mongodb.v1.AggregateResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "Aggregate"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.mongodb.v1.AggregateRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.mongodb.v1.AggregateResponse.getDefaultInstance()))
              .setSchemaDescriptor(new MongoServiceMethodDescriptorSupplier("Aggregate"))
              .build();
        }
      }
    }
    return getAggregateMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.mongodb.v1.AggregateStreamRequest,
      dev.dbx.mongodb.v1.AggregateStreamResponse> getAggregateStreamMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "AggregateStream",
      requestType = dev.dbx.mongodb.v1.AggregateStreamRequest.class,
      responseType = dev.dbx.mongodb.v1.AggregateStreamResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.SERVER_STREAMING)
  public static io.grpc.MethodDescriptor<dev.dbx.mongodb.v1.AggregateStreamRequest,
      dev.dbx.mongodb.v1.AggregateStreamResponse> getAggregateStreamMethod() {
    io.grpc.MethodDescriptor<dev.dbx.mongodb.v1.AggregateStreamRequest, dev.dbx.mongodb.v1.AggregateStreamResponse> getAggregateStreamMethod;
    if ((getAggregateStreamMethod = MongoServiceGrpc.getAggregateStreamMethod) == null) {
      synchronized (MongoServiceGrpc.class) {
        if ((getAggregateStreamMethod = MongoServiceGrpc.getAggregateStreamMethod) == null) {
          MongoServiceGrpc.getAggregateStreamMethod = getAggregateStreamMethod =
              io.grpc.MethodDescriptor.<dev.dbx.mongodb.v1.AggregateStreamRequest, dev.dbx.mongodb.v1.AggregateStreamResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.SERVER_STREAMING)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "AggregateStream"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.mongodb.v1.AggregateStreamRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.mongodb.v1.AggregateStreamResponse.getDefaultInstance()))
              .setSchemaDescriptor(new MongoServiceMethodDescriptorSupplier("AggregateStream"))
              .build();
        }
      }
    }
    return getAggregateStreamMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static MongoServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<MongoServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<MongoServiceStub>() {
        @java.lang.Override
        public MongoServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new MongoServiceStub(channel, callOptions);
        }
      };
    return MongoServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports all types of calls on the service
   */
  public static MongoServiceBlockingV2Stub newBlockingV2Stub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<MongoServiceBlockingV2Stub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<MongoServiceBlockingV2Stub>() {
        @java.lang.Override
        public MongoServiceBlockingV2Stub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new MongoServiceBlockingV2Stub(channel, callOptions);
        }
      };
    return MongoServiceBlockingV2Stub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static MongoServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<MongoServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<MongoServiceBlockingStub>() {
        @java.lang.Override
        public MongoServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new MongoServiceBlockingStub(channel, callOptions);
        }
      };
    return MongoServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static MongoServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<MongoServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<MongoServiceFutureStub>() {
        @java.lang.Override
        public MongoServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new MongoServiceFutureStub(channel, callOptions);
        }
      };
    return MongoServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * MongoDB's own API over DBX: documents, filters, updates and pipelines as
   * MongoDB takes them, each a `BsonDocument` in BSON or Extended JSON v2, so that
   * an SDK uses its own BSON library and nothing is lost either way.
   * Every request names its backend, database (`namespace`, empty: the URL's)
   * and collection in `target`. A backend that is not MongoDB answers
   * FAILED_PRECONDITION (reason WRONG_BACKEND_KIND) naming its kind. A filter,
   * update or pipeline MongoDB refuses answers INVALID_ARGUMENT (reason
   * STATEMENT_FAILED) with MongoDB's message and code. Operators that run
   * JavaScript on the server (`$where`, `$function`, `$accumulator`) answer
   * PERMISSION_DENIED (reason DISABLED) unless the backend's configuration
   * allows them. A call's deadline becomes the operation's time limit
   * (`maxTimeMS`).
   * </pre>
   */
  public interface AsyncService {

    /**
     * <pre>
     * Inserts one document; without `_id` it gets an ObjectId. A taken `_id`
     * answers ALREADY_EXISTS.
     * </pre>
     */
    default void insertOne(dev.dbx.mongodb.v1.InsertOneRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.mongodb.v1.InsertOneResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getInsertOneMethod(), responseObserver);
    }

    /**
     * <pre>
     * Inserts documents in order, or in any order with `unordered`. When one
     * fails, the call fails; its error says how many were inserted
     * (ErrorInfo metadata `inserted_count`) and at which index it failed
     * (`failed_index`): an ordered insert stops there, an unordered one
     * inserts every other document.
     * </pre>
     */
    default void insertMany(dev.dbx.mongodb.v1.InsertManyRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.mongodb.v1.InsertManyResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getInsertManyMethod(), responseObserver);
    }

    /**
     * <pre>
     * The first document matching the filter, in the sort's order; none is
     * not an error.
     * </pre>
     */
    default void findOne(dev.dbx.mongodb.v1.FindOneRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.mongodb.v1.FindOneResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getFindOneMethod(), responseObserver);
    }

    /**
     * <pre>
     * One page of the documents matching the filter, at most the server's row
     * limit (`server.maxRowsPerResponse`), with a token for the next page.
     * </pre>
     */
    default void find(dev.dbx.mongodb.v1.FindRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.mongodb.v1.FindResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getFindMethod(), responseObserver);
    }

    /**
     * <pre>
     * Every document matching the filter, in batches, read through one cursor
     * with backpressure (a batch is fetched when the client takes the last).
     * Works from browsers (server streaming).
     * </pre>
     */
    default void findStream(dev.dbx.mongodb.v1.FindStreamRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.mongodb.v1.FindStreamResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getFindStreamMethod(), responseObserver);
    }

    /**
     * <pre>
     * How many documents match the filter (`countDocuments`).
     * </pre>
     */
    default void countDocuments(dev.dbx.mongodb.v1.CountDocumentsRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.mongodb.v1.CountDocumentsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCountDocumentsMethod(), responseObserver);
    }

    /**
     * <pre>
     * The collection's document count from its metadata: fast, and possibly
     * off after an unclean shutdown (`estimatedDocumentCount`).
     * </pre>
     */
    default void estimatedDocumentCount(dev.dbx.mongodb.v1.EstimatedDocumentCountRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.mongodb.v1.EstimatedDocumentCountResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getEstimatedDocumentCountMethod(), responseObserver);
    }

    /**
     * <pre>
     * The distinct values of a field among the documents matching the filter.
     * </pre>
     */
    default void distinct(dev.dbx.mongodb.v1.DistinctRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.mongodb.v1.DistinctResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getDistinctMethod(), responseObserver);
    }

    /**
     * <pre>
     * Applies an update (operators such as `$set`, or a pipeline) to the first
     * document matching the filter; `upsert` inserts one when none matches.
     * </pre>
     */
    default void updateOne(dev.dbx.mongodb.v1.UpdateOneRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.mongodb.v1.UpdateOneResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getUpdateOneMethod(), responseObserver);
    }

    /**
     * <pre>
     * Applies an update to every document matching the filter. Each document
     * changes atomically; the call as a whole is not atomic.
     * </pre>
     */
    default void updateMany(dev.dbx.mongodb.v1.UpdateManyRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.mongodb.v1.UpdateManyResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getUpdateManyMethod(), responseObserver);
    }

    /**
     * <pre>
     * Replaces the first document matching the filter with `replacement`.
     * </pre>
     */
    default void replaceOne(dev.dbx.mongodb.v1.ReplaceOneRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.mongodb.v1.ReplaceOneResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getReplaceOneMethod(), responseObserver);
    }

    /**
     * <pre>
     * Updates the first document matching the filter (in the sort's order)
     * and answers it, before or after the change, in one atomic operation.
     * </pre>
     */
    default void findOneAndUpdate(dev.dbx.mongodb.v1.FindOneAndUpdateRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.mongodb.v1.FindOneAndUpdateResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getFindOneAndUpdateMethod(), responseObserver);
    }

    /**
     * <pre>
     * Replaces the first document matching the filter and answers it, before
     * or after, in one atomic operation.
     * </pre>
     */
    default void findOneAndReplace(dev.dbx.mongodb.v1.FindOneAndReplaceRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.mongodb.v1.FindOneAndReplaceResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getFindOneAndReplaceMethod(), responseObserver);
    }

    /**
     * <pre>
     * Deletes the first document matching the filter and answers it, in one
     * atomic operation.
     * </pre>
     */
    default void findOneAndDelete(dev.dbx.mongodb.v1.FindOneAndDeleteRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.mongodb.v1.FindOneAndDeleteResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getFindOneAndDeleteMethod(), responseObserver);
    }

    /**
     * <pre>
     * Deletes the first document matching the filter.
     * </pre>
     */
    default void deleteOne(dev.dbx.mongodb.v1.DeleteOneRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.mongodb.v1.DeleteOneResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getDeleteOneMethod(), responseObserver);
    }

    /**
     * <pre>
     * Deletes every document matching the filter (an empty filter: all of
     * them).
     * </pre>
     */
    default void deleteMany(dev.dbx.mongodb.v1.DeleteManyRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.mongodb.v1.DeleteManyResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getDeleteManyMethod(), responseObserver);
    }

    /**
     * <pre>
     * Runs inserts, updates, replaces and deletes in order, or in any order
     * with `unordered`, in one call. When every operation succeeds it answers
     * the counts and each operation's result. When one fails, the call fails
     * with the first failed operation's error (ALREADY_EXISTS for a taken
     * `_id`, INVALID_ARGUMENT otherwise), whose message says how many
     * operations were applied, and whose details carry a BulkWriteResponse
     * with every operation's outcome: an ordered bulk write stops at the
     * failure, an unordered one runs every other operation.
     * </pre>
     */
    default void bulkWrite(dev.dbx.mongodb.v1.BulkWriteRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.mongodb.v1.BulkWriteResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getBulkWriteMethod(), responseObserver);
    }

    /**
     * <pre>
     * The collections (and views) of the database (`namespace`), each with
     * its type and options, at most the server's row limit per page.
     * </pre>
     */
    default void listCollections(dev.dbx.mongodb.v1.ListCollectionsRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.mongodb.v1.ListCollectionsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListCollectionsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Creates a collection with MongoDB's create options (validator, capped,
     * time series, collation, ...). One that exists answers ALREADY_EXISTS.
     * </pre>
     */
    default void createCollection(dev.dbx.mongodb.v1.CreateCollectionRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.mongodb.v1.CreateCollectionResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCreateCollectionMethod(), responseObserver);
    }

    /**
     * <pre>
     * Drops a collection and its indexes; one that does not exist is not an
     * error (`dropped` says).
     * </pre>
     */
    default void dropCollection(dev.dbx.mongodb.v1.DropCollectionRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.mongodb.v1.DropCollectionResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getDropCollectionMethod(), responseObserver);
    }

    /**
     * <pre>
     * Renames a collection inside its database.
     * </pre>
     */
    default void renameCollection(dev.dbx.mongodb.v1.RenameCollectionRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.mongodb.v1.RenameCollectionResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getRenameCollectionMethod(), responseObserver);
    }

    /**
     * <pre>
     * The collection's statistics as MongoDB reports them (`collStats`):
     * count, sizes, indexes.
     * </pre>
     */
    default void getCollectionStats(dev.dbx.mongodb.v1.GetCollectionStatsRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.mongodb.v1.GetCollectionStatsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetCollectionStatsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Creates indexes (compound, unique, sparse, partial, TTL, text,
     * 2dsphere, wildcard: whatever the server supports) and answers their
     * names.
     * </pre>
     */
    default void createIndexes(dev.dbx.mongodb.v1.CreateIndexesRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.mongodb.v1.CreateIndexesResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCreateIndexesMethod(), responseObserver);
    }

    /**
     * <pre>
     * The collection's indexes, each as MongoDB describes it.
     * </pre>
     */
    default void listIndexes(dev.dbx.mongodb.v1.ListIndexesRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.mongodb.v1.ListIndexesResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListIndexesMethod(), responseObserver);
    }

    /**
     * <pre>
     * Drops an index by name.
     * </pre>
     */
    default void dropIndex(dev.dbx.mongodb.v1.DropIndexRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.mongodb.v1.DropIndexResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getDropIndexMethod(), responseObserver);
    }

    /**
     * <pre>
     * Streams the changes of a collection, or of a whole database when
     * `target.collection` is empty, as MongoDB's change events (a replica set
     * or sharded cluster; elsewhere UNIMPLEMENTED naming stream.watch). The
     * first message is `ready`, once the change stream is open: no change
     * after it is missed. Every change carries its resume token; a client
     * that reconnects with `resume_after` gets every change after that one,
     * while MongoDB's oplog still holds it. Works from browsers.
     * </pre>
     */
    default void watchChanges(dev.dbx.mongodb.v1.WatchChangesRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.mongodb.v1.WatchChangesResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getWatchChangesMethod(), responseObserver);
    }

    /**
     * <pre>
     * Starts a GridFS upload into a bucket (`target.collection`; empty: `fs`)
     * and answers its id. The bytes then come in UploadFileChunk calls,
     * unary so that browsers can upload too; FinishFileUpload makes the file.
     * The upload's state lives in MongoDB (`&lt;bucket&gt;.uploads`), so it
     * survives a restart of DBX or of the client, which resumes from
     * GetFileUpload's offset. Uploads left untouched for 24 hours are removed,
     * chunks included, when the next upload of the bucket starts.
     * </pre>
     */
    default void startFileUpload(dev.dbx.mongodb.v1.StartFileUploadRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.mongodb.v1.StartFileUploadResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getStartFileUploadMethod(), responseObserver);
    }

    /**
     * <pre>
     * Appends bytes at `offset`, which must be the number of bytes received so
     * far (INVALID_ARGUMENT naming `offset` otherwise, with the expected
     * offset in the ErrorInfo metadata `offset`): a retried chunk is never
     * stored twice.
     * </pre>
     */
    default void uploadFileChunk(dev.dbx.mongodb.v1.UploadFileChunkRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.mongodb.v1.UploadFileChunkResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getUploadFileChunkMethod(), responseObserver);
    }

    /**
     * <pre>
     * Where an upload stands: the bytes received so far.
     * </pre>
     */
    default void getFileUpload(dev.dbx.mongodb.v1.GetFileUploadRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.mongodb.v1.GetFileUploadResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetFileUploadMethod(), responseObserver);
    }

    /**
     * <pre>
     * Makes the file from the bytes received; `length` must be their number.
     * </pre>
     */
    default void finishFileUpload(dev.dbx.mongodb.v1.FinishFileUploadRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.mongodb.v1.FinishFileUploadResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getFinishFileUploadMethod(), responseObserver);
    }

    /**
     * <pre>
     * Abandons an upload and removes what it stored.
     * </pre>
     */
    default void abortFileUpload(dev.dbx.mongodb.v1.AbortFileUploadRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.mongodb.v1.AbortFileUploadResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getAbortFileUploadMethod(), responseObserver);
    }

    /**
     * <pre>
     * Streams a file's bytes (all, or a range), one GridFS chunk at most per
     * message, read as the client takes them. Works from browsers.
     * </pre>
     */
    default void downloadFile(dev.dbx.mongodb.v1.DownloadFileRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.mongodb.v1.DownloadFileResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getDownloadFileMethod(), responseObserver);
    }

    /**
     * <pre>
     * A file's description (`&lt;bucket&gt;.files`): length, chunk size, upload
     * date, filename, metadata.
     * </pre>
     */
    default void getFile(dev.dbx.mongodb.v1.GetFileRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.mongodb.v1.GetFileResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetFileMethod(), responseObserver);
    }

    /**
     * <pre>
     * The bucket's files, filtered on their descriptions, in pages.
     * </pre>
     */
    default void listFiles(dev.dbx.mongodb.v1.ListFilesRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.mongodb.v1.ListFilesResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListFilesMethod(), responseObserver);
    }

    /**
     * <pre>
     * Deletes a file and its chunks; answers whether it existed.
     * </pre>
     */
    default void deleteFile(dev.dbx.mongodb.v1.DeleteFileRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.mongodb.v1.DeleteFileResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getDeleteFileMethod(), responseObserver);
    }

    /**
     * <pre>
     * Runs an aggregation pipeline and answers its documents, at most the
     * server's row limit (more answers RESOURCE_EXHAUSTED, reason
     * TOO_MANY_ROWS: use AggregateStream).
     * </pre>
     */
    default void aggregate(dev.dbx.mongodb.v1.AggregateRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.mongodb.v1.AggregateResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getAggregateMethod(), responseObserver);
    }

    /**
     * <pre>
     * Runs an aggregation pipeline and streams its documents in batches,
     * through one cursor with backpressure. Works from browsers.
     * </pre>
     */
    default void aggregateStream(dev.dbx.mongodb.v1.AggregateStreamRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.mongodb.v1.AggregateStreamResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getAggregateStreamMethod(), responseObserver);
    }
  }

  /**
   * Base class for the server implementation of the service MongoService.
   * <pre>
   * MongoDB's own API over DBX: documents, filters, updates and pipelines as
   * MongoDB takes them, each a `BsonDocument` in BSON or Extended JSON v2, so that
   * an SDK uses its own BSON library and nothing is lost either way.
   * Every request names its backend, database (`namespace`, empty: the URL's)
   * and collection in `target`. A backend that is not MongoDB answers
   * FAILED_PRECONDITION (reason WRONG_BACKEND_KIND) naming its kind. A filter,
   * update or pipeline MongoDB refuses answers INVALID_ARGUMENT (reason
   * STATEMENT_FAILED) with MongoDB's message and code. Operators that run
   * JavaScript on the server (`$where`, `$function`, `$accumulator`) answer
   * PERMISSION_DENIED (reason DISABLED) unless the backend's configuration
   * allows them. A call's deadline becomes the operation's time limit
   * (`maxTimeMS`).
   * </pre>
   */
  public static abstract class MongoServiceImplBase
      implements io.grpc.BindableService, AsyncService {

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return MongoServiceGrpc.bindService(this);
    }
  }

  /**
   * A stub to allow clients to do asynchronous rpc calls to service MongoService.
   * <pre>
   * MongoDB's own API over DBX: documents, filters, updates and pipelines as
   * MongoDB takes them, each a `BsonDocument` in BSON or Extended JSON v2, so that
   * an SDK uses its own BSON library and nothing is lost either way.
   * Every request names its backend, database (`namespace`, empty: the URL's)
   * and collection in `target`. A backend that is not MongoDB answers
   * FAILED_PRECONDITION (reason WRONG_BACKEND_KIND) naming its kind. A filter,
   * update or pipeline MongoDB refuses answers INVALID_ARGUMENT (reason
   * STATEMENT_FAILED) with MongoDB's message and code. Operators that run
   * JavaScript on the server (`$where`, `$function`, `$accumulator`) answer
   * PERMISSION_DENIED (reason DISABLED) unless the backend's configuration
   * allows them. A call's deadline becomes the operation's time limit
   * (`maxTimeMS`).
   * </pre>
   */
  public static final class MongoServiceStub
      extends io.grpc.stub.AbstractAsyncStub<MongoServiceStub> {
    private MongoServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected MongoServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new MongoServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * Inserts one document; without `_id` it gets an ObjectId. A taken `_id`
     * answers ALREADY_EXISTS.
     * </pre>
     */
    public void insertOne(dev.dbx.mongodb.v1.InsertOneRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.mongodb.v1.InsertOneResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getInsertOneMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Inserts documents in order, or in any order with `unordered`. When one
     * fails, the call fails; its error says how many were inserted
     * (ErrorInfo metadata `inserted_count`) and at which index it failed
     * (`failed_index`): an ordered insert stops there, an unordered one
     * inserts every other document.
     * </pre>
     */
    public void insertMany(dev.dbx.mongodb.v1.InsertManyRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.mongodb.v1.InsertManyResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getInsertManyMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * The first document matching the filter, in the sort's order; none is
     * not an error.
     * </pre>
     */
    public void findOne(dev.dbx.mongodb.v1.FindOneRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.mongodb.v1.FindOneResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getFindOneMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * One page of the documents matching the filter, at most the server's row
     * limit (`server.maxRowsPerResponse`), with a token for the next page.
     * </pre>
     */
    public void find(dev.dbx.mongodb.v1.FindRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.mongodb.v1.FindResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getFindMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Every document matching the filter, in batches, read through one cursor
     * with backpressure (a batch is fetched when the client takes the last).
     * Works from browsers (server streaming).
     * </pre>
     */
    public void findStream(dev.dbx.mongodb.v1.FindStreamRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.mongodb.v1.FindStreamResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncServerStreamingCall(
          getChannel().newCall(getFindStreamMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * How many documents match the filter (`countDocuments`).
     * </pre>
     */
    public void countDocuments(dev.dbx.mongodb.v1.CountDocumentsRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.mongodb.v1.CountDocumentsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCountDocumentsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * The collection's document count from its metadata: fast, and possibly
     * off after an unclean shutdown (`estimatedDocumentCount`).
     * </pre>
     */
    public void estimatedDocumentCount(dev.dbx.mongodb.v1.EstimatedDocumentCountRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.mongodb.v1.EstimatedDocumentCountResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getEstimatedDocumentCountMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * The distinct values of a field among the documents matching the filter.
     * </pre>
     */
    public void distinct(dev.dbx.mongodb.v1.DistinctRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.mongodb.v1.DistinctResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getDistinctMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Applies an update (operators such as `$set`, or a pipeline) to the first
     * document matching the filter; `upsert` inserts one when none matches.
     * </pre>
     */
    public void updateOne(dev.dbx.mongodb.v1.UpdateOneRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.mongodb.v1.UpdateOneResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getUpdateOneMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Applies an update to every document matching the filter. Each document
     * changes atomically; the call as a whole is not atomic.
     * </pre>
     */
    public void updateMany(dev.dbx.mongodb.v1.UpdateManyRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.mongodb.v1.UpdateManyResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getUpdateManyMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Replaces the first document matching the filter with `replacement`.
     * </pre>
     */
    public void replaceOne(dev.dbx.mongodb.v1.ReplaceOneRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.mongodb.v1.ReplaceOneResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getReplaceOneMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Updates the first document matching the filter (in the sort's order)
     * and answers it, before or after the change, in one atomic operation.
     * </pre>
     */
    public void findOneAndUpdate(dev.dbx.mongodb.v1.FindOneAndUpdateRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.mongodb.v1.FindOneAndUpdateResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getFindOneAndUpdateMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Replaces the first document matching the filter and answers it, before
     * or after, in one atomic operation.
     * </pre>
     */
    public void findOneAndReplace(dev.dbx.mongodb.v1.FindOneAndReplaceRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.mongodb.v1.FindOneAndReplaceResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getFindOneAndReplaceMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Deletes the first document matching the filter and answers it, in one
     * atomic operation.
     * </pre>
     */
    public void findOneAndDelete(dev.dbx.mongodb.v1.FindOneAndDeleteRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.mongodb.v1.FindOneAndDeleteResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getFindOneAndDeleteMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Deletes the first document matching the filter.
     * </pre>
     */
    public void deleteOne(dev.dbx.mongodb.v1.DeleteOneRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.mongodb.v1.DeleteOneResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getDeleteOneMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Deletes every document matching the filter (an empty filter: all of
     * them).
     * </pre>
     */
    public void deleteMany(dev.dbx.mongodb.v1.DeleteManyRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.mongodb.v1.DeleteManyResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getDeleteManyMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Runs inserts, updates, replaces and deletes in order, or in any order
     * with `unordered`, in one call. When every operation succeeds it answers
     * the counts and each operation's result. When one fails, the call fails
     * with the first failed operation's error (ALREADY_EXISTS for a taken
     * `_id`, INVALID_ARGUMENT otherwise), whose message says how many
     * operations were applied, and whose details carry a BulkWriteResponse
     * with every operation's outcome: an ordered bulk write stops at the
     * failure, an unordered one runs every other operation.
     * </pre>
     */
    public void bulkWrite(dev.dbx.mongodb.v1.BulkWriteRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.mongodb.v1.BulkWriteResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getBulkWriteMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * The collections (and views) of the database (`namespace`), each with
     * its type and options, at most the server's row limit per page.
     * </pre>
     */
    public void listCollections(dev.dbx.mongodb.v1.ListCollectionsRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.mongodb.v1.ListCollectionsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListCollectionsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Creates a collection with MongoDB's create options (validator, capped,
     * time series, collation, ...). One that exists answers ALREADY_EXISTS.
     * </pre>
     */
    public void createCollection(dev.dbx.mongodb.v1.CreateCollectionRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.mongodb.v1.CreateCollectionResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCreateCollectionMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Drops a collection and its indexes; one that does not exist is not an
     * error (`dropped` says).
     * </pre>
     */
    public void dropCollection(dev.dbx.mongodb.v1.DropCollectionRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.mongodb.v1.DropCollectionResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getDropCollectionMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Renames a collection inside its database.
     * </pre>
     */
    public void renameCollection(dev.dbx.mongodb.v1.RenameCollectionRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.mongodb.v1.RenameCollectionResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getRenameCollectionMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * The collection's statistics as MongoDB reports them (`collStats`):
     * count, sizes, indexes.
     * </pre>
     */
    public void getCollectionStats(dev.dbx.mongodb.v1.GetCollectionStatsRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.mongodb.v1.GetCollectionStatsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetCollectionStatsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Creates indexes (compound, unique, sparse, partial, TTL, text,
     * 2dsphere, wildcard: whatever the server supports) and answers their
     * names.
     * </pre>
     */
    public void createIndexes(dev.dbx.mongodb.v1.CreateIndexesRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.mongodb.v1.CreateIndexesResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCreateIndexesMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * The collection's indexes, each as MongoDB describes it.
     * </pre>
     */
    public void listIndexes(dev.dbx.mongodb.v1.ListIndexesRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.mongodb.v1.ListIndexesResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListIndexesMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Drops an index by name.
     * </pre>
     */
    public void dropIndex(dev.dbx.mongodb.v1.DropIndexRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.mongodb.v1.DropIndexResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getDropIndexMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Streams the changes of a collection, or of a whole database when
     * `target.collection` is empty, as MongoDB's change events (a replica set
     * or sharded cluster; elsewhere UNIMPLEMENTED naming stream.watch). The
     * first message is `ready`, once the change stream is open: no change
     * after it is missed. Every change carries its resume token; a client
     * that reconnects with `resume_after` gets every change after that one,
     * while MongoDB's oplog still holds it. Works from browsers.
     * </pre>
     */
    public void watchChanges(dev.dbx.mongodb.v1.WatchChangesRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.mongodb.v1.WatchChangesResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncServerStreamingCall(
          getChannel().newCall(getWatchChangesMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Starts a GridFS upload into a bucket (`target.collection`; empty: `fs`)
     * and answers its id. The bytes then come in UploadFileChunk calls,
     * unary so that browsers can upload too; FinishFileUpload makes the file.
     * The upload's state lives in MongoDB (`&lt;bucket&gt;.uploads`), so it
     * survives a restart of DBX or of the client, which resumes from
     * GetFileUpload's offset. Uploads left untouched for 24 hours are removed,
     * chunks included, when the next upload of the bucket starts.
     * </pre>
     */
    public void startFileUpload(dev.dbx.mongodb.v1.StartFileUploadRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.mongodb.v1.StartFileUploadResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getStartFileUploadMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Appends bytes at `offset`, which must be the number of bytes received so
     * far (INVALID_ARGUMENT naming `offset` otherwise, with the expected
     * offset in the ErrorInfo metadata `offset`): a retried chunk is never
     * stored twice.
     * </pre>
     */
    public void uploadFileChunk(dev.dbx.mongodb.v1.UploadFileChunkRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.mongodb.v1.UploadFileChunkResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getUploadFileChunkMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Where an upload stands: the bytes received so far.
     * </pre>
     */
    public void getFileUpload(dev.dbx.mongodb.v1.GetFileUploadRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.mongodb.v1.GetFileUploadResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetFileUploadMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Makes the file from the bytes received; `length` must be their number.
     * </pre>
     */
    public void finishFileUpload(dev.dbx.mongodb.v1.FinishFileUploadRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.mongodb.v1.FinishFileUploadResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getFinishFileUploadMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Abandons an upload and removes what it stored.
     * </pre>
     */
    public void abortFileUpload(dev.dbx.mongodb.v1.AbortFileUploadRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.mongodb.v1.AbortFileUploadResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getAbortFileUploadMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Streams a file's bytes (all, or a range), one GridFS chunk at most per
     * message, read as the client takes them. Works from browsers.
     * </pre>
     */
    public void downloadFile(dev.dbx.mongodb.v1.DownloadFileRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.mongodb.v1.DownloadFileResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncServerStreamingCall(
          getChannel().newCall(getDownloadFileMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * A file's description (`&lt;bucket&gt;.files`): length, chunk size, upload
     * date, filename, metadata.
     * </pre>
     */
    public void getFile(dev.dbx.mongodb.v1.GetFileRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.mongodb.v1.GetFileResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetFileMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * The bucket's files, filtered on their descriptions, in pages.
     * </pre>
     */
    public void listFiles(dev.dbx.mongodb.v1.ListFilesRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.mongodb.v1.ListFilesResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListFilesMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Deletes a file and its chunks; answers whether it existed.
     * </pre>
     */
    public void deleteFile(dev.dbx.mongodb.v1.DeleteFileRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.mongodb.v1.DeleteFileResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getDeleteFileMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Runs an aggregation pipeline and answers its documents, at most the
     * server's row limit (more answers RESOURCE_EXHAUSTED, reason
     * TOO_MANY_ROWS: use AggregateStream).
     * </pre>
     */
    public void aggregate(dev.dbx.mongodb.v1.AggregateRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.mongodb.v1.AggregateResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getAggregateMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Runs an aggregation pipeline and streams its documents in batches,
     * through one cursor with backpressure. Works from browsers.
     * </pre>
     */
    public void aggregateStream(dev.dbx.mongodb.v1.AggregateStreamRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.mongodb.v1.AggregateStreamResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncServerStreamingCall(
          getChannel().newCall(getAggregateStreamMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * A stub to allow clients to do synchronous rpc calls to service MongoService.
   * <pre>
   * MongoDB's own API over DBX: documents, filters, updates and pipelines as
   * MongoDB takes them, each a `BsonDocument` in BSON or Extended JSON v2, so that
   * an SDK uses its own BSON library and nothing is lost either way.
   * Every request names its backend, database (`namespace`, empty: the URL's)
   * and collection in `target`. A backend that is not MongoDB answers
   * FAILED_PRECONDITION (reason WRONG_BACKEND_KIND) naming its kind. A filter,
   * update or pipeline MongoDB refuses answers INVALID_ARGUMENT (reason
   * STATEMENT_FAILED) with MongoDB's message and code. Operators that run
   * JavaScript on the server (`$where`, `$function`, `$accumulator`) answer
   * PERMISSION_DENIED (reason DISABLED) unless the backend's configuration
   * allows them. A call's deadline becomes the operation's time limit
   * (`maxTimeMS`).
   * </pre>
   */
  public static final class MongoServiceBlockingV2Stub
      extends io.grpc.stub.AbstractBlockingStub<MongoServiceBlockingV2Stub> {
    private MongoServiceBlockingV2Stub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected MongoServiceBlockingV2Stub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new MongoServiceBlockingV2Stub(channel, callOptions);
    }

    /**
     * <pre>
     * Inserts one document; without `_id` it gets an ObjectId. A taken `_id`
     * answers ALREADY_EXISTS.
     * </pre>
     */
    public dev.dbx.mongodb.v1.InsertOneResponse insertOne(dev.dbx.mongodb.v1.InsertOneRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getInsertOneMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Inserts documents in order, or in any order with `unordered`. When one
     * fails, the call fails; its error says how many were inserted
     * (ErrorInfo metadata `inserted_count`) and at which index it failed
     * (`failed_index`): an ordered insert stops there, an unordered one
     * inserts every other document.
     * </pre>
     */
    public dev.dbx.mongodb.v1.InsertManyResponse insertMany(dev.dbx.mongodb.v1.InsertManyRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getInsertManyMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * The first document matching the filter, in the sort's order; none is
     * not an error.
     * </pre>
     */
    public dev.dbx.mongodb.v1.FindOneResponse findOne(dev.dbx.mongodb.v1.FindOneRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getFindOneMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * One page of the documents matching the filter, at most the server's row
     * limit (`server.maxRowsPerResponse`), with a token for the next page.
     * </pre>
     */
    public dev.dbx.mongodb.v1.FindResponse find(dev.dbx.mongodb.v1.FindRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getFindMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Every document matching the filter, in batches, read through one cursor
     * with backpressure (a batch is fetched when the client takes the last).
     * Works from browsers (server streaming).
     * </pre>
     */
    @io.grpc.ExperimentalApi("https://github.com/grpc/grpc-java/issues/10918")
    public io.grpc.stub.BlockingClientCall<?, dev.dbx.mongodb.v1.FindStreamResponse>
        findStream(dev.dbx.mongodb.v1.FindStreamRequest request) {
      return io.grpc.stub.ClientCalls.blockingV2ServerStreamingCall(
          getChannel(), getFindStreamMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * How many documents match the filter (`countDocuments`).
     * </pre>
     */
    public dev.dbx.mongodb.v1.CountDocumentsResponse countDocuments(dev.dbx.mongodb.v1.CountDocumentsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getCountDocumentsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * The collection's document count from its metadata: fast, and possibly
     * off after an unclean shutdown (`estimatedDocumentCount`).
     * </pre>
     */
    public dev.dbx.mongodb.v1.EstimatedDocumentCountResponse estimatedDocumentCount(dev.dbx.mongodb.v1.EstimatedDocumentCountRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getEstimatedDocumentCountMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * The distinct values of a field among the documents matching the filter.
     * </pre>
     */
    public dev.dbx.mongodb.v1.DistinctResponse distinct(dev.dbx.mongodb.v1.DistinctRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getDistinctMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Applies an update (operators such as `$set`, or a pipeline) to the first
     * document matching the filter; `upsert` inserts one when none matches.
     * </pre>
     */
    public dev.dbx.mongodb.v1.UpdateOneResponse updateOne(dev.dbx.mongodb.v1.UpdateOneRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getUpdateOneMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Applies an update to every document matching the filter. Each document
     * changes atomically; the call as a whole is not atomic.
     * </pre>
     */
    public dev.dbx.mongodb.v1.UpdateManyResponse updateMany(dev.dbx.mongodb.v1.UpdateManyRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getUpdateManyMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Replaces the first document matching the filter with `replacement`.
     * </pre>
     */
    public dev.dbx.mongodb.v1.ReplaceOneResponse replaceOne(dev.dbx.mongodb.v1.ReplaceOneRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getReplaceOneMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Updates the first document matching the filter (in the sort's order)
     * and answers it, before or after the change, in one atomic operation.
     * </pre>
     */
    public dev.dbx.mongodb.v1.FindOneAndUpdateResponse findOneAndUpdate(dev.dbx.mongodb.v1.FindOneAndUpdateRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getFindOneAndUpdateMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Replaces the first document matching the filter and answers it, before
     * or after, in one atomic operation.
     * </pre>
     */
    public dev.dbx.mongodb.v1.FindOneAndReplaceResponse findOneAndReplace(dev.dbx.mongodb.v1.FindOneAndReplaceRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getFindOneAndReplaceMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes the first document matching the filter and answers it, in one
     * atomic operation.
     * </pre>
     */
    public dev.dbx.mongodb.v1.FindOneAndDeleteResponse findOneAndDelete(dev.dbx.mongodb.v1.FindOneAndDeleteRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getFindOneAndDeleteMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes the first document matching the filter.
     * </pre>
     */
    public dev.dbx.mongodb.v1.DeleteOneResponse deleteOne(dev.dbx.mongodb.v1.DeleteOneRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getDeleteOneMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes every document matching the filter (an empty filter: all of
     * them).
     * </pre>
     */
    public dev.dbx.mongodb.v1.DeleteManyResponse deleteMany(dev.dbx.mongodb.v1.DeleteManyRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getDeleteManyMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Runs inserts, updates, replaces and deletes in order, or in any order
     * with `unordered`, in one call. When every operation succeeds it answers
     * the counts and each operation's result. When one fails, the call fails
     * with the first failed operation's error (ALREADY_EXISTS for a taken
     * `_id`, INVALID_ARGUMENT otherwise), whose message says how many
     * operations were applied, and whose details carry a BulkWriteResponse
     * with every operation's outcome: an ordered bulk write stops at the
     * failure, an unordered one runs every other operation.
     * </pre>
     */
    public dev.dbx.mongodb.v1.BulkWriteResponse bulkWrite(dev.dbx.mongodb.v1.BulkWriteRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getBulkWriteMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * The collections (and views) of the database (`namespace`), each with
     * its type and options, at most the server's row limit per page.
     * </pre>
     */
    public dev.dbx.mongodb.v1.ListCollectionsResponse listCollections(dev.dbx.mongodb.v1.ListCollectionsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getListCollectionsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Creates a collection with MongoDB's create options (validator, capped,
     * time series, collation, ...). One that exists answers ALREADY_EXISTS.
     * </pre>
     */
    public dev.dbx.mongodb.v1.CreateCollectionResponse createCollection(dev.dbx.mongodb.v1.CreateCollectionRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getCreateCollectionMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Drops a collection and its indexes; one that does not exist is not an
     * error (`dropped` says).
     * </pre>
     */
    public dev.dbx.mongodb.v1.DropCollectionResponse dropCollection(dev.dbx.mongodb.v1.DropCollectionRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getDropCollectionMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Renames a collection inside its database.
     * </pre>
     */
    public dev.dbx.mongodb.v1.RenameCollectionResponse renameCollection(dev.dbx.mongodb.v1.RenameCollectionRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getRenameCollectionMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * The collection's statistics as MongoDB reports them (`collStats`):
     * count, sizes, indexes.
     * </pre>
     */
    public dev.dbx.mongodb.v1.GetCollectionStatsResponse getCollectionStats(dev.dbx.mongodb.v1.GetCollectionStatsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetCollectionStatsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Creates indexes (compound, unique, sparse, partial, TTL, text,
     * 2dsphere, wildcard: whatever the server supports) and answers their
     * names.
     * </pre>
     */
    public dev.dbx.mongodb.v1.CreateIndexesResponse createIndexes(dev.dbx.mongodb.v1.CreateIndexesRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getCreateIndexesMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * The collection's indexes, each as MongoDB describes it.
     * </pre>
     */
    public dev.dbx.mongodb.v1.ListIndexesResponse listIndexes(dev.dbx.mongodb.v1.ListIndexesRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getListIndexesMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Drops an index by name.
     * </pre>
     */
    public dev.dbx.mongodb.v1.DropIndexResponse dropIndex(dev.dbx.mongodb.v1.DropIndexRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getDropIndexMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Streams the changes of a collection, or of a whole database when
     * `target.collection` is empty, as MongoDB's change events (a replica set
     * or sharded cluster; elsewhere UNIMPLEMENTED naming stream.watch). The
     * first message is `ready`, once the change stream is open: no change
     * after it is missed. Every change carries its resume token; a client
     * that reconnects with `resume_after` gets every change after that one,
     * while MongoDB's oplog still holds it. Works from browsers.
     * </pre>
     */
    @io.grpc.ExperimentalApi("https://github.com/grpc/grpc-java/issues/10918")
    public io.grpc.stub.BlockingClientCall<?, dev.dbx.mongodb.v1.WatchChangesResponse>
        watchChanges(dev.dbx.mongodb.v1.WatchChangesRequest request) {
      return io.grpc.stub.ClientCalls.blockingV2ServerStreamingCall(
          getChannel(), getWatchChangesMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Starts a GridFS upload into a bucket (`target.collection`; empty: `fs`)
     * and answers its id. The bytes then come in UploadFileChunk calls,
     * unary so that browsers can upload too; FinishFileUpload makes the file.
     * The upload's state lives in MongoDB (`&lt;bucket&gt;.uploads`), so it
     * survives a restart of DBX or of the client, which resumes from
     * GetFileUpload's offset. Uploads left untouched for 24 hours are removed,
     * chunks included, when the next upload of the bucket starts.
     * </pre>
     */
    public dev.dbx.mongodb.v1.StartFileUploadResponse startFileUpload(dev.dbx.mongodb.v1.StartFileUploadRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getStartFileUploadMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Appends bytes at `offset`, which must be the number of bytes received so
     * far (INVALID_ARGUMENT naming `offset` otherwise, with the expected
     * offset in the ErrorInfo metadata `offset`): a retried chunk is never
     * stored twice.
     * </pre>
     */
    public dev.dbx.mongodb.v1.UploadFileChunkResponse uploadFileChunk(dev.dbx.mongodb.v1.UploadFileChunkRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getUploadFileChunkMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Where an upload stands: the bytes received so far.
     * </pre>
     */
    public dev.dbx.mongodb.v1.GetFileUploadResponse getFileUpload(dev.dbx.mongodb.v1.GetFileUploadRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetFileUploadMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Makes the file from the bytes received; `length` must be their number.
     * </pre>
     */
    public dev.dbx.mongodb.v1.FinishFileUploadResponse finishFileUpload(dev.dbx.mongodb.v1.FinishFileUploadRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getFinishFileUploadMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Abandons an upload and removes what it stored.
     * </pre>
     */
    public dev.dbx.mongodb.v1.AbortFileUploadResponse abortFileUpload(dev.dbx.mongodb.v1.AbortFileUploadRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getAbortFileUploadMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Streams a file's bytes (all, or a range), one GridFS chunk at most per
     * message, read as the client takes them. Works from browsers.
     * </pre>
     */
    @io.grpc.ExperimentalApi("https://github.com/grpc/grpc-java/issues/10918")
    public io.grpc.stub.BlockingClientCall<?, dev.dbx.mongodb.v1.DownloadFileResponse>
        downloadFile(dev.dbx.mongodb.v1.DownloadFileRequest request) {
      return io.grpc.stub.ClientCalls.blockingV2ServerStreamingCall(
          getChannel(), getDownloadFileMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * A file's description (`&lt;bucket&gt;.files`): length, chunk size, upload
     * date, filename, metadata.
     * </pre>
     */
    public dev.dbx.mongodb.v1.GetFileResponse getFile(dev.dbx.mongodb.v1.GetFileRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetFileMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * The bucket's files, filtered on their descriptions, in pages.
     * </pre>
     */
    public dev.dbx.mongodb.v1.ListFilesResponse listFiles(dev.dbx.mongodb.v1.ListFilesRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getListFilesMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes a file and its chunks; answers whether it existed.
     * </pre>
     */
    public dev.dbx.mongodb.v1.DeleteFileResponse deleteFile(dev.dbx.mongodb.v1.DeleteFileRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getDeleteFileMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Runs an aggregation pipeline and answers its documents, at most the
     * server's row limit (more answers RESOURCE_EXHAUSTED, reason
     * TOO_MANY_ROWS: use AggregateStream).
     * </pre>
     */
    public dev.dbx.mongodb.v1.AggregateResponse aggregate(dev.dbx.mongodb.v1.AggregateRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getAggregateMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Runs an aggregation pipeline and streams its documents in batches,
     * through one cursor with backpressure. Works from browsers.
     * </pre>
     */
    @io.grpc.ExperimentalApi("https://github.com/grpc/grpc-java/issues/10918")
    public io.grpc.stub.BlockingClientCall<?, dev.dbx.mongodb.v1.AggregateStreamResponse>
        aggregateStream(dev.dbx.mongodb.v1.AggregateStreamRequest request) {
      return io.grpc.stub.ClientCalls.blockingV2ServerStreamingCall(
          getChannel(), getAggregateStreamMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do limited synchronous rpc calls to service MongoService.
   * <pre>
   * MongoDB's own API over DBX: documents, filters, updates and pipelines as
   * MongoDB takes them, each a `BsonDocument` in BSON or Extended JSON v2, so that
   * an SDK uses its own BSON library and nothing is lost either way.
   * Every request names its backend, database (`namespace`, empty: the URL's)
   * and collection in `target`. A backend that is not MongoDB answers
   * FAILED_PRECONDITION (reason WRONG_BACKEND_KIND) naming its kind. A filter,
   * update or pipeline MongoDB refuses answers INVALID_ARGUMENT (reason
   * STATEMENT_FAILED) with MongoDB's message and code. Operators that run
   * JavaScript on the server (`$where`, `$function`, `$accumulator`) answer
   * PERMISSION_DENIED (reason DISABLED) unless the backend's configuration
   * allows them. A call's deadline becomes the operation's time limit
   * (`maxTimeMS`).
   * </pre>
   */
  public static final class MongoServiceBlockingStub
      extends io.grpc.stub.AbstractBlockingStub<MongoServiceBlockingStub> {
    private MongoServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected MongoServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new MongoServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * Inserts one document; without `_id` it gets an ObjectId. A taken `_id`
     * answers ALREADY_EXISTS.
     * </pre>
     */
    public dev.dbx.mongodb.v1.InsertOneResponse insertOne(dev.dbx.mongodb.v1.InsertOneRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getInsertOneMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Inserts documents in order, or in any order with `unordered`. When one
     * fails, the call fails; its error says how many were inserted
     * (ErrorInfo metadata `inserted_count`) and at which index it failed
     * (`failed_index`): an ordered insert stops there, an unordered one
     * inserts every other document.
     * </pre>
     */
    public dev.dbx.mongodb.v1.InsertManyResponse insertMany(dev.dbx.mongodb.v1.InsertManyRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getInsertManyMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * The first document matching the filter, in the sort's order; none is
     * not an error.
     * </pre>
     */
    public dev.dbx.mongodb.v1.FindOneResponse findOne(dev.dbx.mongodb.v1.FindOneRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getFindOneMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * One page of the documents matching the filter, at most the server's row
     * limit (`server.maxRowsPerResponse`), with a token for the next page.
     * </pre>
     */
    public dev.dbx.mongodb.v1.FindResponse find(dev.dbx.mongodb.v1.FindRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getFindMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Every document matching the filter, in batches, read through one cursor
     * with backpressure (a batch is fetched when the client takes the last).
     * Works from browsers (server streaming).
     * </pre>
     */
    public java.util.Iterator<dev.dbx.mongodb.v1.FindStreamResponse> findStream(
        dev.dbx.mongodb.v1.FindStreamRequest request) {
      return io.grpc.stub.ClientCalls.blockingServerStreamingCall(
          getChannel(), getFindStreamMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * How many documents match the filter (`countDocuments`).
     * </pre>
     */
    public dev.dbx.mongodb.v1.CountDocumentsResponse countDocuments(dev.dbx.mongodb.v1.CountDocumentsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCountDocumentsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * The collection's document count from its metadata: fast, and possibly
     * off after an unclean shutdown (`estimatedDocumentCount`).
     * </pre>
     */
    public dev.dbx.mongodb.v1.EstimatedDocumentCountResponse estimatedDocumentCount(dev.dbx.mongodb.v1.EstimatedDocumentCountRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getEstimatedDocumentCountMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * The distinct values of a field among the documents matching the filter.
     * </pre>
     */
    public dev.dbx.mongodb.v1.DistinctResponse distinct(dev.dbx.mongodb.v1.DistinctRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getDistinctMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Applies an update (operators such as `$set`, or a pipeline) to the first
     * document matching the filter; `upsert` inserts one when none matches.
     * </pre>
     */
    public dev.dbx.mongodb.v1.UpdateOneResponse updateOne(dev.dbx.mongodb.v1.UpdateOneRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getUpdateOneMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Applies an update to every document matching the filter. Each document
     * changes atomically; the call as a whole is not atomic.
     * </pre>
     */
    public dev.dbx.mongodb.v1.UpdateManyResponse updateMany(dev.dbx.mongodb.v1.UpdateManyRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getUpdateManyMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Replaces the first document matching the filter with `replacement`.
     * </pre>
     */
    public dev.dbx.mongodb.v1.ReplaceOneResponse replaceOne(dev.dbx.mongodb.v1.ReplaceOneRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getReplaceOneMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Updates the first document matching the filter (in the sort's order)
     * and answers it, before or after the change, in one atomic operation.
     * </pre>
     */
    public dev.dbx.mongodb.v1.FindOneAndUpdateResponse findOneAndUpdate(dev.dbx.mongodb.v1.FindOneAndUpdateRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getFindOneAndUpdateMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Replaces the first document matching the filter and answers it, before
     * or after, in one atomic operation.
     * </pre>
     */
    public dev.dbx.mongodb.v1.FindOneAndReplaceResponse findOneAndReplace(dev.dbx.mongodb.v1.FindOneAndReplaceRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getFindOneAndReplaceMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes the first document matching the filter and answers it, in one
     * atomic operation.
     * </pre>
     */
    public dev.dbx.mongodb.v1.FindOneAndDeleteResponse findOneAndDelete(dev.dbx.mongodb.v1.FindOneAndDeleteRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getFindOneAndDeleteMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes the first document matching the filter.
     * </pre>
     */
    public dev.dbx.mongodb.v1.DeleteOneResponse deleteOne(dev.dbx.mongodb.v1.DeleteOneRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getDeleteOneMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes every document matching the filter (an empty filter: all of
     * them).
     * </pre>
     */
    public dev.dbx.mongodb.v1.DeleteManyResponse deleteMany(dev.dbx.mongodb.v1.DeleteManyRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getDeleteManyMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Runs inserts, updates, replaces and deletes in order, or in any order
     * with `unordered`, in one call. When every operation succeeds it answers
     * the counts and each operation's result. When one fails, the call fails
     * with the first failed operation's error (ALREADY_EXISTS for a taken
     * `_id`, INVALID_ARGUMENT otherwise), whose message says how many
     * operations were applied, and whose details carry a BulkWriteResponse
     * with every operation's outcome: an ordered bulk write stops at the
     * failure, an unordered one runs every other operation.
     * </pre>
     */
    public dev.dbx.mongodb.v1.BulkWriteResponse bulkWrite(dev.dbx.mongodb.v1.BulkWriteRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getBulkWriteMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * The collections (and views) of the database (`namespace`), each with
     * its type and options, at most the server's row limit per page.
     * </pre>
     */
    public dev.dbx.mongodb.v1.ListCollectionsResponse listCollections(dev.dbx.mongodb.v1.ListCollectionsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListCollectionsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Creates a collection with MongoDB's create options (validator, capped,
     * time series, collation, ...). One that exists answers ALREADY_EXISTS.
     * </pre>
     */
    public dev.dbx.mongodb.v1.CreateCollectionResponse createCollection(dev.dbx.mongodb.v1.CreateCollectionRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCreateCollectionMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Drops a collection and its indexes; one that does not exist is not an
     * error (`dropped` says).
     * </pre>
     */
    public dev.dbx.mongodb.v1.DropCollectionResponse dropCollection(dev.dbx.mongodb.v1.DropCollectionRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getDropCollectionMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Renames a collection inside its database.
     * </pre>
     */
    public dev.dbx.mongodb.v1.RenameCollectionResponse renameCollection(dev.dbx.mongodb.v1.RenameCollectionRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getRenameCollectionMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * The collection's statistics as MongoDB reports them (`collStats`):
     * count, sizes, indexes.
     * </pre>
     */
    public dev.dbx.mongodb.v1.GetCollectionStatsResponse getCollectionStats(dev.dbx.mongodb.v1.GetCollectionStatsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetCollectionStatsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Creates indexes (compound, unique, sparse, partial, TTL, text,
     * 2dsphere, wildcard: whatever the server supports) and answers their
     * names.
     * </pre>
     */
    public dev.dbx.mongodb.v1.CreateIndexesResponse createIndexes(dev.dbx.mongodb.v1.CreateIndexesRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCreateIndexesMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * The collection's indexes, each as MongoDB describes it.
     * </pre>
     */
    public dev.dbx.mongodb.v1.ListIndexesResponse listIndexes(dev.dbx.mongodb.v1.ListIndexesRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListIndexesMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Drops an index by name.
     * </pre>
     */
    public dev.dbx.mongodb.v1.DropIndexResponse dropIndex(dev.dbx.mongodb.v1.DropIndexRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getDropIndexMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Streams the changes of a collection, or of a whole database when
     * `target.collection` is empty, as MongoDB's change events (a replica set
     * or sharded cluster; elsewhere UNIMPLEMENTED naming stream.watch). The
     * first message is `ready`, once the change stream is open: no change
     * after it is missed. Every change carries its resume token; a client
     * that reconnects with `resume_after` gets every change after that one,
     * while MongoDB's oplog still holds it. Works from browsers.
     * </pre>
     */
    public java.util.Iterator<dev.dbx.mongodb.v1.WatchChangesResponse> watchChanges(
        dev.dbx.mongodb.v1.WatchChangesRequest request) {
      return io.grpc.stub.ClientCalls.blockingServerStreamingCall(
          getChannel(), getWatchChangesMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Starts a GridFS upload into a bucket (`target.collection`; empty: `fs`)
     * and answers its id. The bytes then come in UploadFileChunk calls,
     * unary so that browsers can upload too; FinishFileUpload makes the file.
     * The upload's state lives in MongoDB (`&lt;bucket&gt;.uploads`), so it
     * survives a restart of DBX or of the client, which resumes from
     * GetFileUpload's offset. Uploads left untouched for 24 hours are removed,
     * chunks included, when the next upload of the bucket starts.
     * </pre>
     */
    public dev.dbx.mongodb.v1.StartFileUploadResponse startFileUpload(dev.dbx.mongodb.v1.StartFileUploadRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getStartFileUploadMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Appends bytes at `offset`, which must be the number of bytes received so
     * far (INVALID_ARGUMENT naming `offset` otherwise, with the expected
     * offset in the ErrorInfo metadata `offset`): a retried chunk is never
     * stored twice.
     * </pre>
     */
    public dev.dbx.mongodb.v1.UploadFileChunkResponse uploadFileChunk(dev.dbx.mongodb.v1.UploadFileChunkRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getUploadFileChunkMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Where an upload stands: the bytes received so far.
     * </pre>
     */
    public dev.dbx.mongodb.v1.GetFileUploadResponse getFileUpload(dev.dbx.mongodb.v1.GetFileUploadRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetFileUploadMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Makes the file from the bytes received; `length` must be their number.
     * </pre>
     */
    public dev.dbx.mongodb.v1.FinishFileUploadResponse finishFileUpload(dev.dbx.mongodb.v1.FinishFileUploadRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getFinishFileUploadMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Abandons an upload and removes what it stored.
     * </pre>
     */
    public dev.dbx.mongodb.v1.AbortFileUploadResponse abortFileUpload(dev.dbx.mongodb.v1.AbortFileUploadRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getAbortFileUploadMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Streams a file's bytes (all, or a range), one GridFS chunk at most per
     * message, read as the client takes them. Works from browsers.
     * </pre>
     */
    public java.util.Iterator<dev.dbx.mongodb.v1.DownloadFileResponse> downloadFile(
        dev.dbx.mongodb.v1.DownloadFileRequest request) {
      return io.grpc.stub.ClientCalls.blockingServerStreamingCall(
          getChannel(), getDownloadFileMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * A file's description (`&lt;bucket&gt;.files`): length, chunk size, upload
     * date, filename, metadata.
     * </pre>
     */
    public dev.dbx.mongodb.v1.GetFileResponse getFile(dev.dbx.mongodb.v1.GetFileRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetFileMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * The bucket's files, filtered on their descriptions, in pages.
     * </pre>
     */
    public dev.dbx.mongodb.v1.ListFilesResponse listFiles(dev.dbx.mongodb.v1.ListFilesRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListFilesMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes a file and its chunks; answers whether it existed.
     * </pre>
     */
    public dev.dbx.mongodb.v1.DeleteFileResponse deleteFile(dev.dbx.mongodb.v1.DeleteFileRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getDeleteFileMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Runs an aggregation pipeline and answers its documents, at most the
     * server's row limit (more answers RESOURCE_EXHAUSTED, reason
     * TOO_MANY_ROWS: use AggregateStream).
     * </pre>
     */
    public dev.dbx.mongodb.v1.AggregateResponse aggregate(dev.dbx.mongodb.v1.AggregateRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getAggregateMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Runs an aggregation pipeline and streams its documents in batches,
     * through one cursor with backpressure. Works from browsers.
     * </pre>
     */
    public java.util.Iterator<dev.dbx.mongodb.v1.AggregateStreamResponse> aggregateStream(
        dev.dbx.mongodb.v1.AggregateStreamRequest request) {
      return io.grpc.stub.ClientCalls.blockingServerStreamingCall(
          getChannel(), getAggregateStreamMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do ListenableFuture-style rpc calls to service MongoService.
   * <pre>
   * MongoDB's own API over DBX: documents, filters, updates and pipelines as
   * MongoDB takes them, each a `BsonDocument` in BSON or Extended JSON v2, so that
   * an SDK uses its own BSON library and nothing is lost either way.
   * Every request names its backend, database (`namespace`, empty: the URL's)
   * and collection in `target`. A backend that is not MongoDB answers
   * FAILED_PRECONDITION (reason WRONG_BACKEND_KIND) naming its kind. A filter,
   * update or pipeline MongoDB refuses answers INVALID_ARGUMENT (reason
   * STATEMENT_FAILED) with MongoDB's message and code. Operators that run
   * JavaScript on the server (`$where`, `$function`, `$accumulator`) answer
   * PERMISSION_DENIED (reason DISABLED) unless the backend's configuration
   * allows them. A call's deadline becomes the operation's time limit
   * (`maxTimeMS`).
   * </pre>
   */
  public static final class MongoServiceFutureStub
      extends io.grpc.stub.AbstractFutureStub<MongoServiceFutureStub> {
    private MongoServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected MongoServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new MongoServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * Inserts one document; without `_id` it gets an ObjectId. A taken `_id`
     * answers ALREADY_EXISTS.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.mongodb.v1.InsertOneResponse> insertOne(
        dev.dbx.mongodb.v1.InsertOneRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getInsertOneMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Inserts documents in order, or in any order with `unordered`. When one
     * fails, the call fails; its error says how many were inserted
     * (ErrorInfo metadata `inserted_count`) and at which index it failed
     * (`failed_index`): an ordered insert stops there, an unordered one
     * inserts every other document.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.mongodb.v1.InsertManyResponse> insertMany(
        dev.dbx.mongodb.v1.InsertManyRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getInsertManyMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * The first document matching the filter, in the sort's order; none is
     * not an error.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.mongodb.v1.FindOneResponse> findOne(
        dev.dbx.mongodb.v1.FindOneRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getFindOneMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * One page of the documents matching the filter, at most the server's row
     * limit (`server.maxRowsPerResponse`), with a token for the next page.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.mongodb.v1.FindResponse> find(
        dev.dbx.mongodb.v1.FindRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getFindMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * How many documents match the filter (`countDocuments`).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.mongodb.v1.CountDocumentsResponse> countDocuments(
        dev.dbx.mongodb.v1.CountDocumentsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCountDocumentsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * The collection's document count from its metadata: fast, and possibly
     * off after an unclean shutdown (`estimatedDocumentCount`).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.mongodb.v1.EstimatedDocumentCountResponse> estimatedDocumentCount(
        dev.dbx.mongodb.v1.EstimatedDocumentCountRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getEstimatedDocumentCountMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * The distinct values of a field among the documents matching the filter.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.mongodb.v1.DistinctResponse> distinct(
        dev.dbx.mongodb.v1.DistinctRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getDistinctMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Applies an update (operators such as `$set`, or a pipeline) to the first
     * document matching the filter; `upsert` inserts one when none matches.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.mongodb.v1.UpdateOneResponse> updateOne(
        dev.dbx.mongodb.v1.UpdateOneRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getUpdateOneMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Applies an update to every document matching the filter. Each document
     * changes atomically; the call as a whole is not atomic.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.mongodb.v1.UpdateManyResponse> updateMany(
        dev.dbx.mongodb.v1.UpdateManyRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getUpdateManyMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Replaces the first document matching the filter with `replacement`.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.mongodb.v1.ReplaceOneResponse> replaceOne(
        dev.dbx.mongodb.v1.ReplaceOneRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getReplaceOneMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Updates the first document matching the filter (in the sort's order)
     * and answers it, before or after the change, in one atomic operation.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.mongodb.v1.FindOneAndUpdateResponse> findOneAndUpdate(
        dev.dbx.mongodb.v1.FindOneAndUpdateRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getFindOneAndUpdateMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Replaces the first document matching the filter and answers it, before
     * or after, in one atomic operation.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.mongodb.v1.FindOneAndReplaceResponse> findOneAndReplace(
        dev.dbx.mongodb.v1.FindOneAndReplaceRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getFindOneAndReplaceMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Deletes the first document matching the filter and answers it, in one
     * atomic operation.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.mongodb.v1.FindOneAndDeleteResponse> findOneAndDelete(
        dev.dbx.mongodb.v1.FindOneAndDeleteRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getFindOneAndDeleteMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Deletes the first document matching the filter.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.mongodb.v1.DeleteOneResponse> deleteOne(
        dev.dbx.mongodb.v1.DeleteOneRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getDeleteOneMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Deletes every document matching the filter (an empty filter: all of
     * them).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.mongodb.v1.DeleteManyResponse> deleteMany(
        dev.dbx.mongodb.v1.DeleteManyRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getDeleteManyMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Runs inserts, updates, replaces and deletes in order, or in any order
     * with `unordered`, in one call. When every operation succeeds it answers
     * the counts and each operation's result. When one fails, the call fails
     * with the first failed operation's error (ALREADY_EXISTS for a taken
     * `_id`, INVALID_ARGUMENT otherwise), whose message says how many
     * operations were applied, and whose details carry a BulkWriteResponse
     * with every operation's outcome: an ordered bulk write stops at the
     * failure, an unordered one runs every other operation.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.mongodb.v1.BulkWriteResponse> bulkWrite(
        dev.dbx.mongodb.v1.BulkWriteRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getBulkWriteMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * The collections (and views) of the database (`namespace`), each with
     * its type and options, at most the server's row limit per page.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.mongodb.v1.ListCollectionsResponse> listCollections(
        dev.dbx.mongodb.v1.ListCollectionsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListCollectionsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Creates a collection with MongoDB's create options (validator, capped,
     * time series, collation, ...). One that exists answers ALREADY_EXISTS.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.mongodb.v1.CreateCollectionResponse> createCollection(
        dev.dbx.mongodb.v1.CreateCollectionRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCreateCollectionMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Drops a collection and its indexes; one that does not exist is not an
     * error (`dropped` says).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.mongodb.v1.DropCollectionResponse> dropCollection(
        dev.dbx.mongodb.v1.DropCollectionRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getDropCollectionMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Renames a collection inside its database.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.mongodb.v1.RenameCollectionResponse> renameCollection(
        dev.dbx.mongodb.v1.RenameCollectionRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getRenameCollectionMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * The collection's statistics as MongoDB reports them (`collStats`):
     * count, sizes, indexes.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.mongodb.v1.GetCollectionStatsResponse> getCollectionStats(
        dev.dbx.mongodb.v1.GetCollectionStatsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetCollectionStatsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Creates indexes (compound, unique, sparse, partial, TTL, text,
     * 2dsphere, wildcard: whatever the server supports) and answers their
     * names.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.mongodb.v1.CreateIndexesResponse> createIndexes(
        dev.dbx.mongodb.v1.CreateIndexesRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCreateIndexesMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * The collection's indexes, each as MongoDB describes it.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.mongodb.v1.ListIndexesResponse> listIndexes(
        dev.dbx.mongodb.v1.ListIndexesRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListIndexesMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Drops an index by name.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.mongodb.v1.DropIndexResponse> dropIndex(
        dev.dbx.mongodb.v1.DropIndexRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getDropIndexMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Starts a GridFS upload into a bucket (`target.collection`; empty: `fs`)
     * and answers its id. The bytes then come in UploadFileChunk calls,
     * unary so that browsers can upload too; FinishFileUpload makes the file.
     * The upload's state lives in MongoDB (`&lt;bucket&gt;.uploads`), so it
     * survives a restart of DBX or of the client, which resumes from
     * GetFileUpload's offset. Uploads left untouched for 24 hours are removed,
     * chunks included, when the next upload of the bucket starts.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.mongodb.v1.StartFileUploadResponse> startFileUpload(
        dev.dbx.mongodb.v1.StartFileUploadRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getStartFileUploadMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Appends bytes at `offset`, which must be the number of bytes received so
     * far (INVALID_ARGUMENT naming `offset` otherwise, with the expected
     * offset in the ErrorInfo metadata `offset`): a retried chunk is never
     * stored twice.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.mongodb.v1.UploadFileChunkResponse> uploadFileChunk(
        dev.dbx.mongodb.v1.UploadFileChunkRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getUploadFileChunkMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Where an upload stands: the bytes received so far.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.mongodb.v1.GetFileUploadResponse> getFileUpload(
        dev.dbx.mongodb.v1.GetFileUploadRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetFileUploadMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Makes the file from the bytes received; `length` must be their number.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.mongodb.v1.FinishFileUploadResponse> finishFileUpload(
        dev.dbx.mongodb.v1.FinishFileUploadRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getFinishFileUploadMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Abandons an upload and removes what it stored.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.mongodb.v1.AbortFileUploadResponse> abortFileUpload(
        dev.dbx.mongodb.v1.AbortFileUploadRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getAbortFileUploadMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * A file's description (`&lt;bucket&gt;.files`): length, chunk size, upload
     * date, filename, metadata.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.mongodb.v1.GetFileResponse> getFile(
        dev.dbx.mongodb.v1.GetFileRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetFileMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * The bucket's files, filtered on their descriptions, in pages.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.mongodb.v1.ListFilesResponse> listFiles(
        dev.dbx.mongodb.v1.ListFilesRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListFilesMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Deletes a file and its chunks; answers whether it existed.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.mongodb.v1.DeleteFileResponse> deleteFile(
        dev.dbx.mongodb.v1.DeleteFileRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getDeleteFileMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Runs an aggregation pipeline and answers its documents, at most the
     * server's row limit (more answers RESOURCE_EXHAUSTED, reason
     * TOO_MANY_ROWS: use AggregateStream).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.mongodb.v1.AggregateResponse> aggregate(
        dev.dbx.mongodb.v1.AggregateRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getAggregateMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_INSERT_ONE = 0;
  private static final int METHODID_INSERT_MANY = 1;
  private static final int METHODID_FIND_ONE = 2;
  private static final int METHODID_FIND = 3;
  private static final int METHODID_FIND_STREAM = 4;
  private static final int METHODID_COUNT_DOCUMENTS = 5;
  private static final int METHODID_ESTIMATED_DOCUMENT_COUNT = 6;
  private static final int METHODID_DISTINCT = 7;
  private static final int METHODID_UPDATE_ONE = 8;
  private static final int METHODID_UPDATE_MANY = 9;
  private static final int METHODID_REPLACE_ONE = 10;
  private static final int METHODID_FIND_ONE_AND_UPDATE = 11;
  private static final int METHODID_FIND_ONE_AND_REPLACE = 12;
  private static final int METHODID_FIND_ONE_AND_DELETE = 13;
  private static final int METHODID_DELETE_ONE = 14;
  private static final int METHODID_DELETE_MANY = 15;
  private static final int METHODID_BULK_WRITE = 16;
  private static final int METHODID_LIST_COLLECTIONS = 17;
  private static final int METHODID_CREATE_COLLECTION = 18;
  private static final int METHODID_DROP_COLLECTION = 19;
  private static final int METHODID_RENAME_COLLECTION = 20;
  private static final int METHODID_GET_COLLECTION_STATS = 21;
  private static final int METHODID_CREATE_INDEXES = 22;
  private static final int METHODID_LIST_INDEXES = 23;
  private static final int METHODID_DROP_INDEX = 24;
  private static final int METHODID_WATCH_CHANGES = 25;
  private static final int METHODID_START_FILE_UPLOAD = 26;
  private static final int METHODID_UPLOAD_FILE_CHUNK = 27;
  private static final int METHODID_GET_FILE_UPLOAD = 28;
  private static final int METHODID_FINISH_FILE_UPLOAD = 29;
  private static final int METHODID_ABORT_FILE_UPLOAD = 30;
  private static final int METHODID_DOWNLOAD_FILE = 31;
  private static final int METHODID_GET_FILE = 32;
  private static final int METHODID_LIST_FILES = 33;
  private static final int METHODID_DELETE_FILE = 34;
  private static final int METHODID_AGGREGATE = 35;
  private static final int METHODID_AGGREGATE_STREAM = 36;

  private static final class MethodHandlers<Req, Resp> implements
      io.grpc.stub.ServerCalls.UnaryMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.ServerStreamingMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.ClientStreamingMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.BidiStreamingMethod<Req, Resp> {
    private final AsyncService serviceImpl;
    private final int methodId;

    MethodHandlers(AsyncService serviceImpl, int methodId) {
      this.serviceImpl = serviceImpl;
      this.methodId = methodId;
    }

    @java.lang.Override
    @java.lang.SuppressWarnings("unchecked")
    public void invoke(Req request, io.grpc.stub.StreamObserver<Resp> responseObserver) {
      switch (methodId) {
        case METHODID_INSERT_ONE:
          serviceImpl.insertOne((dev.dbx.mongodb.v1.InsertOneRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.mongodb.v1.InsertOneResponse>) responseObserver);
          break;
        case METHODID_INSERT_MANY:
          serviceImpl.insertMany((dev.dbx.mongodb.v1.InsertManyRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.mongodb.v1.InsertManyResponse>) responseObserver);
          break;
        case METHODID_FIND_ONE:
          serviceImpl.findOne((dev.dbx.mongodb.v1.FindOneRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.mongodb.v1.FindOneResponse>) responseObserver);
          break;
        case METHODID_FIND:
          serviceImpl.find((dev.dbx.mongodb.v1.FindRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.mongodb.v1.FindResponse>) responseObserver);
          break;
        case METHODID_FIND_STREAM:
          serviceImpl.findStream((dev.dbx.mongodb.v1.FindStreamRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.mongodb.v1.FindStreamResponse>) responseObserver);
          break;
        case METHODID_COUNT_DOCUMENTS:
          serviceImpl.countDocuments((dev.dbx.mongodb.v1.CountDocumentsRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.mongodb.v1.CountDocumentsResponse>) responseObserver);
          break;
        case METHODID_ESTIMATED_DOCUMENT_COUNT:
          serviceImpl.estimatedDocumentCount((dev.dbx.mongodb.v1.EstimatedDocumentCountRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.mongodb.v1.EstimatedDocumentCountResponse>) responseObserver);
          break;
        case METHODID_DISTINCT:
          serviceImpl.distinct((dev.dbx.mongodb.v1.DistinctRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.mongodb.v1.DistinctResponse>) responseObserver);
          break;
        case METHODID_UPDATE_ONE:
          serviceImpl.updateOne((dev.dbx.mongodb.v1.UpdateOneRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.mongodb.v1.UpdateOneResponse>) responseObserver);
          break;
        case METHODID_UPDATE_MANY:
          serviceImpl.updateMany((dev.dbx.mongodb.v1.UpdateManyRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.mongodb.v1.UpdateManyResponse>) responseObserver);
          break;
        case METHODID_REPLACE_ONE:
          serviceImpl.replaceOne((dev.dbx.mongodb.v1.ReplaceOneRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.mongodb.v1.ReplaceOneResponse>) responseObserver);
          break;
        case METHODID_FIND_ONE_AND_UPDATE:
          serviceImpl.findOneAndUpdate((dev.dbx.mongodb.v1.FindOneAndUpdateRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.mongodb.v1.FindOneAndUpdateResponse>) responseObserver);
          break;
        case METHODID_FIND_ONE_AND_REPLACE:
          serviceImpl.findOneAndReplace((dev.dbx.mongodb.v1.FindOneAndReplaceRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.mongodb.v1.FindOneAndReplaceResponse>) responseObserver);
          break;
        case METHODID_FIND_ONE_AND_DELETE:
          serviceImpl.findOneAndDelete((dev.dbx.mongodb.v1.FindOneAndDeleteRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.mongodb.v1.FindOneAndDeleteResponse>) responseObserver);
          break;
        case METHODID_DELETE_ONE:
          serviceImpl.deleteOne((dev.dbx.mongodb.v1.DeleteOneRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.mongodb.v1.DeleteOneResponse>) responseObserver);
          break;
        case METHODID_DELETE_MANY:
          serviceImpl.deleteMany((dev.dbx.mongodb.v1.DeleteManyRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.mongodb.v1.DeleteManyResponse>) responseObserver);
          break;
        case METHODID_BULK_WRITE:
          serviceImpl.bulkWrite((dev.dbx.mongodb.v1.BulkWriteRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.mongodb.v1.BulkWriteResponse>) responseObserver);
          break;
        case METHODID_LIST_COLLECTIONS:
          serviceImpl.listCollections((dev.dbx.mongodb.v1.ListCollectionsRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.mongodb.v1.ListCollectionsResponse>) responseObserver);
          break;
        case METHODID_CREATE_COLLECTION:
          serviceImpl.createCollection((dev.dbx.mongodb.v1.CreateCollectionRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.mongodb.v1.CreateCollectionResponse>) responseObserver);
          break;
        case METHODID_DROP_COLLECTION:
          serviceImpl.dropCollection((dev.dbx.mongodb.v1.DropCollectionRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.mongodb.v1.DropCollectionResponse>) responseObserver);
          break;
        case METHODID_RENAME_COLLECTION:
          serviceImpl.renameCollection((dev.dbx.mongodb.v1.RenameCollectionRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.mongodb.v1.RenameCollectionResponse>) responseObserver);
          break;
        case METHODID_GET_COLLECTION_STATS:
          serviceImpl.getCollectionStats((dev.dbx.mongodb.v1.GetCollectionStatsRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.mongodb.v1.GetCollectionStatsResponse>) responseObserver);
          break;
        case METHODID_CREATE_INDEXES:
          serviceImpl.createIndexes((dev.dbx.mongodb.v1.CreateIndexesRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.mongodb.v1.CreateIndexesResponse>) responseObserver);
          break;
        case METHODID_LIST_INDEXES:
          serviceImpl.listIndexes((dev.dbx.mongodb.v1.ListIndexesRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.mongodb.v1.ListIndexesResponse>) responseObserver);
          break;
        case METHODID_DROP_INDEX:
          serviceImpl.dropIndex((dev.dbx.mongodb.v1.DropIndexRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.mongodb.v1.DropIndexResponse>) responseObserver);
          break;
        case METHODID_WATCH_CHANGES:
          serviceImpl.watchChanges((dev.dbx.mongodb.v1.WatchChangesRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.mongodb.v1.WatchChangesResponse>) responseObserver);
          break;
        case METHODID_START_FILE_UPLOAD:
          serviceImpl.startFileUpload((dev.dbx.mongodb.v1.StartFileUploadRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.mongodb.v1.StartFileUploadResponse>) responseObserver);
          break;
        case METHODID_UPLOAD_FILE_CHUNK:
          serviceImpl.uploadFileChunk((dev.dbx.mongodb.v1.UploadFileChunkRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.mongodb.v1.UploadFileChunkResponse>) responseObserver);
          break;
        case METHODID_GET_FILE_UPLOAD:
          serviceImpl.getFileUpload((dev.dbx.mongodb.v1.GetFileUploadRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.mongodb.v1.GetFileUploadResponse>) responseObserver);
          break;
        case METHODID_FINISH_FILE_UPLOAD:
          serviceImpl.finishFileUpload((dev.dbx.mongodb.v1.FinishFileUploadRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.mongodb.v1.FinishFileUploadResponse>) responseObserver);
          break;
        case METHODID_ABORT_FILE_UPLOAD:
          serviceImpl.abortFileUpload((dev.dbx.mongodb.v1.AbortFileUploadRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.mongodb.v1.AbortFileUploadResponse>) responseObserver);
          break;
        case METHODID_DOWNLOAD_FILE:
          serviceImpl.downloadFile((dev.dbx.mongodb.v1.DownloadFileRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.mongodb.v1.DownloadFileResponse>) responseObserver);
          break;
        case METHODID_GET_FILE:
          serviceImpl.getFile((dev.dbx.mongodb.v1.GetFileRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.mongodb.v1.GetFileResponse>) responseObserver);
          break;
        case METHODID_LIST_FILES:
          serviceImpl.listFiles((dev.dbx.mongodb.v1.ListFilesRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.mongodb.v1.ListFilesResponse>) responseObserver);
          break;
        case METHODID_DELETE_FILE:
          serviceImpl.deleteFile((dev.dbx.mongodb.v1.DeleteFileRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.mongodb.v1.DeleteFileResponse>) responseObserver);
          break;
        case METHODID_AGGREGATE:
          serviceImpl.aggregate((dev.dbx.mongodb.v1.AggregateRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.mongodb.v1.AggregateResponse>) responseObserver);
          break;
        case METHODID_AGGREGATE_STREAM:
          serviceImpl.aggregateStream((dev.dbx.mongodb.v1.AggregateStreamRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.mongodb.v1.AggregateStreamResponse>) responseObserver);
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

  public static final io.grpc.ServerServiceDefinition bindService(AsyncService service) {
    return io.grpc.ServerServiceDefinition.builder(getServiceDescriptor())
        .addMethod(
          getInsertOneMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.mongodb.v1.InsertOneRequest,
              dev.dbx.mongodb.v1.InsertOneResponse>(
                service, METHODID_INSERT_ONE)))
        .addMethod(
          getInsertManyMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.mongodb.v1.InsertManyRequest,
              dev.dbx.mongodb.v1.InsertManyResponse>(
                service, METHODID_INSERT_MANY)))
        .addMethod(
          getFindOneMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.mongodb.v1.FindOneRequest,
              dev.dbx.mongodb.v1.FindOneResponse>(
                service, METHODID_FIND_ONE)))
        .addMethod(
          getFindMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.mongodb.v1.FindRequest,
              dev.dbx.mongodb.v1.FindResponse>(
                service, METHODID_FIND)))
        .addMethod(
          getFindStreamMethod(),
          io.grpc.stub.ServerCalls.asyncServerStreamingCall(
            new MethodHandlers<
              dev.dbx.mongodb.v1.FindStreamRequest,
              dev.dbx.mongodb.v1.FindStreamResponse>(
                service, METHODID_FIND_STREAM)))
        .addMethod(
          getCountDocumentsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.mongodb.v1.CountDocumentsRequest,
              dev.dbx.mongodb.v1.CountDocumentsResponse>(
                service, METHODID_COUNT_DOCUMENTS)))
        .addMethod(
          getEstimatedDocumentCountMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.mongodb.v1.EstimatedDocumentCountRequest,
              dev.dbx.mongodb.v1.EstimatedDocumentCountResponse>(
                service, METHODID_ESTIMATED_DOCUMENT_COUNT)))
        .addMethod(
          getDistinctMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.mongodb.v1.DistinctRequest,
              dev.dbx.mongodb.v1.DistinctResponse>(
                service, METHODID_DISTINCT)))
        .addMethod(
          getUpdateOneMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.mongodb.v1.UpdateOneRequest,
              dev.dbx.mongodb.v1.UpdateOneResponse>(
                service, METHODID_UPDATE_ONE)))
        .addMethod(
          getUpdateManyMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.mongodb.v1.UpdateManyRequest,
              dev.dbx.mongodb.v1.UpdateManyResponse>(
                service, METHODID_UPDATE_MANY)))
        .addMethod(
          getReplaceOneMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.mongodb.v1.ReplaceOneRequest,
              dev.dbx.mongodb.v1.ReplaceOneResponse>(
                service, METHODID_REPLACE_ONE)))
        .addMethod(
          getFindOneAndUpdateMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.mongodb.v1.FindOneAndUpdateRequest,
              dev.dbx.mongodb.v1.FindOneAndUpdateResponse>(
                service, METHODID_FIND_ONE_AND_UPDATE)))
        .addMethod(
          getFindOneAndReplaceMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.mongodb.v1.FindOneAndReplaceRequest,
              dev.dbx.mongodb.v1.FindOneAndReplaceResponse>(
                service, METHODID_FIND_ONE_AND_REPLACE)))
        .addMethod(
          getFindOneAndDeleteMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.mongodb.v1.FindOneAndDeleteRequest,
              dev.dbx.mongodb.v1.FindOneAndDeleteResponse>(
                service, METHODID_FIND_ONE_AND_DELETE)))
        .addMethod(
          getDeleteOneMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.mongodb.v1.DeleteOneRequest,
              dev.dbx.mongodb.v1.DeleteOneResponse>(
                service, METHODID_DELETE_ONE)))
        .addMethod(
          getDeleteManyMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.mongodb.v1.DeleteManyRequest,
              dev.dbx.mongodb.v1.DeleteManyResponse>(
                service, METHODID_DELETE_MANY)))
        .addMethod(
          getBulkWriteMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.mongodb.v1.BulkWriteRequest,
              dev.dbx.mongodb.v1.BulkWriteResponse>(
                service, METHODID_BULK_WRITE)))
        .addMethod(
          getListCollectionsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.mongodb.v1.ListCollectionsRequest,
              dev.dbx.mongodb.v1.ListCollectionsResponse>(
                service, METHODID_LIST_COLLECTIONS)))
        .addMethod(
          getCreateCollectionMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.mongodb.v1.CreateCollectionRequest,
              dev.dbx.mongodb.v1.CreateCollectionResponse>(
                service, METHODID_CREATE_COLLECTION)))
        .addMethod(
          getDropCollectionMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.mongodb.v1.DropCollectionRequest,
              dev.dbx.mongodb.v1.DropCollectionResponse>(
                service, METHODID_DROP_COLLECTION)))
        .addMethod(
          getRenameCollectionMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.mongodb.v1.RenameCollectionRequest,
              dev.dbx.mongodb.v1.RenameCollectionResponse>(
                service, METHODID_RENAME_COLLECTION)))
        .addMethod(
          getGetCollectionStatsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.mongodb.v1.GetCollectionStatsRequest,
              dev.dbx.mongodb.v1.GetCollectionStatsResponse>(
                service, METHODID_GET_COLLECTION_STATS)))
        .addMethod(
          getCreateIndexesMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.mongodb.v1.CreateIndexesRequest,
              dev.dbx.mongodb.v1.CreateIndexesResponse>(
                service, METHODID_CREATE_INDEXES)))
        .addMethod(
          getListIndexesMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.mongodb.v1.ListIndexesRequest,
              dev.dbx.mongodb.v1.ListIndexesResponse>(
                service, METHODID_LIST_INDEXES)))
        .addMethod(
          getDropIndexMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.mongodb.v1.DropIndexRequest,
              dev.dbx.mongodb.v1.DropIndexResponse>(
                service, METHODID_DROP_INDEX)))
        .addMethod(
          getWatchChangesMethod(),
          io.grpc.stub.ServerCalls.asyncServerStreamingCall(
            new MethodHandlers<
              dev.dbx.mongodb.v1.WatchChangesRequest,
              dev.dbx.mongodb.v1.WatchChangesResponse>(
                service, METHODID_WATCH_CHANGES)))
        .addMethod(
          getStartFileUploadMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.mongodb.v1.StartFileUploadRequest,
              dev.dbx.mongodb.v1.StartFileUploadResponse>(
                service, METHODID_START_FILE_UPLOAD)))
        .addMethod(
          getUploadFileChunkMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.mongodb.v1.UploadFileChunkRequest,
              dev.dbx.mongodb.v1.UploadFileChunkResponse>(
                service, METHODID_UPLOAD_FILE_CHUNK)))
        .addMethod(
          getGetFileUploadMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.mongodb.v1.GetFileUploadRequest,
              dev.dbx.mongodb.v1.GetFileUploadResponse>(
                service, METHODID_GET_FILE_UPLOAD)))
        .addMethod(
          getFinishFileUploadMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.mongodb.v1.FinishFileUploadRequest,
              dev.dbx.mongodb.v1.FinishFileUploadResponse>(
                service, METHODID_FINISH_FILE_UPLOAD)))
        .addMethod(
          getAbortFileUploadMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.mongodb.v1.AbortFileUploadRequest,
              dev.dbx.mongodb.v1.AbortFileUploadResponse>(
                service, METHODID_ABORT_FILE_UPLOAD)))
        .addMethod(
          getDownloadFileMethod(),
          io.grpc.stub.ServerCalls.asyncServerStreamingCall(
            new MethodHandlers<
              dev.dbx.mongodb.v1.DownloadFileRequest,
              dev.dbx.mongodb.v1.DownloadFileResponse>(
                service, METHODID_DOWNLOAD_FILE)))
        .addMethod(
          getGetFileMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.mongodb.v1.GetFileRequest,
              dev.dbx.mongodb.v1.GetFileResponse>(
                service, METHODID_GET_FILE)))
        .addMethod(
          getListFilesMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.mongodb.v1.ListFilesRequest,
              dev.dbx.mongodb.v1.ListFilesResponse>(
                service, METHODID_LIST_FILES)))
        .addMethod(
          getDeleteFileMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.mongodb.v1.DeleteFileRequest,
              dev.dbx.mongodb.v1.DeleteFileResponse>(
                service, METHODID_DELETE_FILE)))
        .addMethod(
          getAggregateMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.mongodb.v1.AggregateRequest,
              dev.dbx.mongodb.v1.AggregateResponse>(
                service, METHODID_AGGREGATE)))
        .addMethod(
          getAggregateStreamMethod(),
          io.grpc.stub.ServerCalls.asyncServerStreamingCall(
            new MethodHandlers<
              dev.dbx.mongodb.v1.AggregateStreamRequest,
              dev.dbx.mongodb.v1.AggregateStreamResponse>(
                service, METHODID_AGGREGATE_STREAM)))
        .build();
  }

  private static abstract class MongoServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    MongoServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return dev.dbx.mongodb.v1.MongodbProto.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("MongoService");
    }
  }

  private static final class MongoServiceFileDescriptorSupplier
      extends MongoServiceBaseDescriptorSupplier {
    MongoServiceFileDescriptorSupplier() {}
  }

  private static final class MongoServiceMethodDescriptorSupplier
      extends MongoServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final java.lang.String methodName;

    MongoServiceMethodDescriptorSupplier(java.lang.String methodName) {
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
      synchronized (MongoServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new MongoServiceFileDescriptorSupplier())
              .addMethod(getInsertOneMethod())
              .addMethod(getInsertManyMethod())
              .addMethod(getFindOneMethod())
              .addMethod(getFindMethod())
              .addMethod(getFindStreamMethod())
              .addMethod(getCountDocumentsMethod())
              .addMethod(getEstimatedDocumentCountMethod())
              .addMethod(getDistinctMethod())
              .addMethod(getUpdateOneMethod())
              .addMethod(getUpdateManyMethod())
              .addMethod(getReplaceOneMethod())
              .addMethod(getFindOneAndUpdateMethod())
              .addMethod(getFindOneAndReplaceMethod())
              .addMethod(getFindOneAndDeleteMethod())
              .addMethod(getDeleteOneMethod())
              .addMethod(getDeleteManyMethod())
              .addMethod(getBulkWriteMethod())
              .addMethod(getListCollectionsMethod())
              .addMethod(getCreateCollectionMethod())
              .addMethod(getDropCollectionMethod())
              .addMethod(getRenameCollectionMethod())
              .addMethod(getGetCollectionStatsMethod())
              .addMethod(getCreateIndexesMethod())
              .addMethod(getListIndexesMethod())
              .addMethod(getDropIndexMethod())
              .addMethod(getWatchChangesMethod())
              .addMethod(getStartFileUploadMethod())
              .addMethod(getUploadFileChunkMethod())
              .addMethod(getGetFileUploadMethod())
              .addMethod(getFinishFileUploadMethod())
              .addMethod(getAbortFileUploadMethod())
              .addMethod(getDownloadFileMethod())
              .addMethod(getGetFileMethod())
              .addMethod(getListFilesMethod())
              .addMethod(getDeleteFileMethod())
              .addMethod(getAggregateMethod())
              .addMethod(getAggregateStreamMethod())
              .build();
        }
      }
    }
    return result;
  }
}
