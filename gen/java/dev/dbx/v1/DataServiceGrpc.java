package dev.dbx.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * Key-addressed reads and writes of records, the same on every backend.
 * A collection is a table (SQL), a collection (MongoDB) or a key prefix
 * (Redis). A record's key is the value of its key field: the primary key of
 * a SQL table, `_id` in MongoDB, the key suffix in Redis. When a table's
 * primary key has several columns, the key is a `map_value` of every key
 * column to its value ({"tenant": 7, "id": 42}); a single-column key is the
 * plain value (or that one-entry map).
 * Calls that carry a `transaction_id` (from TransactionService.Begin) run in
 * that transaction.
 * </pre>
 */
@io.grpc.stub.annotations.GrpcGenerated
public final class DataServiceGrpc {

  private DataServiceGrpc() {}

  public static final java.lang.String SERVICE_NAME = "dbx.v1.DataService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<dev.dbx.v1.GetRequest,
      dev.dbx.v1.GetResponse> getGetMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "Get",
      requestType = dev.dbx.v1.GetRequest.class,
      responseType = dev.dbx.v1.GetResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.v1.GetRequest,
      dev.dbx.v1.GetResponse> getGetMethod() {
    io.grpc.MethodDescriptor<dev.dbx.v1.GetRequest, dev.dbx.v1.GetResponse> getGetMethod;
    if ((getGetMethod = DataServiceGrpc.getGetMethod) == null) {
      synchronized (DataServiceGrpc.class) {
        if ((getGetMethod = DataServiceGrpc.getGetMethod) == null) {
          DataServiceGrpc.getGetMethod = getGetMethod =
              io.grpc.MethodDescriptor.<dev.dbx.v1.GetRequest, dev.dbx.v1.GetResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "Get"))
              .setSafe(true)
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.v1.GetRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.v1.GetResponse.getDefaultInstance()))
              .setSchemaDescriptor(new DataServiceMethodDescriptorSupplier("Get"))
              .build();
        }
      }
    }
    return getGetMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.v1.PutRequest,
      dev.dbx.v1.PutResponse> getPutMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "Put",
      requestType = dev.dbx.v1.PutRequest.class,
      responseType = dev.dbx.v1.PutResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.v1.PutRequest,
      dev.dbx.v1.PutResponse> getPutMethod() {
    io.grpc.MethodDescriptor<dev.dbx.v1.PutRequest, dev.dbx.v1.PutResponse> getPutMethod;
    if ((getPutMethod = DataServiceGrpc.getPutMethod) == null) {
      synchronized (DataServiceGrpc.class) {
        if ((getPutMethod = DataServiceGrpc.getPutMethod) == null) {
          DataServiceGrpc.getPutMethod = getPutMethod =
              io.grpc.MethodDescriptor.<dev.dbx.v1.PutRequest, dev.dbx.v1.PutResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "Put"))
              .setIdempotent(true)
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.v1.PutRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.v1.PutResponse.getDefaultInstance()))
              .setSchemaDescriptor(new DataServiceMethodDescriptorSupplier("Put"))
              .build();
        }
      }
    }
    return getPutMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.v1.InsertRequest,
      dev.dbx.v1.InsertResponse> getInsertMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "Insert",
      requestType = dev.dbx.v1.InsertRequest.class,
      responseType = dev.dbx.v1.InsertResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.v1.InsertRequest,
      dev.dbx.v1.InsertResponse> getInsertMethod() {
    io.grpc.MethodDescriptor<dev.dbx.v1.InsertRequest, dev.dbx.v1.InsertResponse> getInsertMethod;
    if ((getInsertMethod = DataServiceGrpc.getInsertMethod) == null) {
      synchronized (DataServiceGrpc.class) {
        if ((getInsertMethod = DataServiceGrpc.getInsertMethod) == null) {
          DataServiceGrpc.getInsertMethod = getInsertMethod =
              io.grpc.MethodDescriptor.<dev.dbx.v1.InsertRequest, dev.dbx.v1.InsertResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "Insert"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.v1.InsertRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.v1.InsertResponse.getDefaultInstance()))
              .setSchemaDescriptor(new DataServiceMethodDescriptorSupplier("Insert"))
              .build();
        }
      }
    }
    return getInsertMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.v1.UpdateRequest,
      dev.dbx.v1.UpdateResponse> getUpdateMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "Update",
      requestType = dev.dbx.v1.UpdateRequest.class,
      responseType = dev.dbx.v1.UpdateResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.v1.UpdateRequest,
      dev.dbx.v1.UpdateResponse> getUpdateMethod() {
    io.grpc.MethodDescriptor<dev.dbx.v1.UpdateRequest, dev.dbx.v1.UpdateResponse> getUpdateMethod;
    if ((getUpdateMethod = DataServiceGrpc.getUpdateMethod) == null) {
      synchronized (DataServiceGrpc.class) {
        if ((getUpdateMethod = DataServiceGrpc.getUpdateMethod) == null) {
          DataServiceGrpc.getUpdateMethod = getUpdateMethod =
              io.grpc.MethodDescriptor.<dev.dbx.v1.UpdateRequest, dev.dbx.v1.UpdateResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "Update"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.v1.UpdateRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.v1.UpdateResponse.getDefaultInstance()))
              .setSchemaDescriptor(new DataServiceMethodDescriptorSupplier("Update"))
              .build();
        }
      }
    }
    return getUpdateMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.v1.DeleteRequest,
      dev.dbx.v1.DeleteResponse> getDeleteMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "Delete",
      requestType = dev.dbx.v1.DeleteRequest.class,
      responseType = dev.dbx.v1.DeleteResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.v1.DeleteRequest,
      dev.dbx.v1.DeleteResponse> getDeleteMethod() {
    io.grpc.MethodDescriptor<dev.dbx.v1.DeleteRequest, dev.dbx.v1.DeleteResponse> getDeleteMethod;
    if ((getDeleteMethod = DataServiceGrpc.getDeleteMethod) == null) {
      synchronized (DataServiceGrpc.class) {
        if ((getDeleteMethod = DataServiceGrpc.getDeleteMethod) == null) {
          DataServiceGrpc.getDeleteMethod = getDeleteMethod =
              io.grpc.MethodDescriptor.<dev.dbx.v1.DeleteRequest, dev.dbx.v1.DeleteResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "Delete"))
              .setIdempotent(true)
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.v1.DeleteRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.v1.DeleteResponse.getDefaultInstance()))
              .setSchemaDescriptor(new DataServiceMethodDescriptorSupplier("Delete"))
              .build();
        }
      }
    }
    return getDeleteMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.v1.ExistsRequest,
      dev.dbx.v1.ExistsResponse> getExistsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "Exists",
      requestType = dev.dbx.v1.ExistsRequest.class,
      responseType = dev.dbx.v1.ExistsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.v1.ExistsRequest,
      dev.dbx.v1.ExistsResponse> getExistsMethod() {
    io.grpc.MethodDescriptor<dev.dbx.v1.ExistsRequest, dev.dbx.v1.ExistsResponse> getExistsMethod;
    if ((getExistsMethod = DataServiceGrpc.getExistsMethod) == null) {
      synchronized (DataServiceGrpc.class) {
        if ((getExistsMethod = DataServiceGrpc.getExistsMethod) == null) {
          DataServiceGrpc.getExistsMethod = getExistsMethod =
              io.grpc.MethodDescriptor.<dev.dbx.v1.ExistsRequest, dev.dbx.v1.ExistsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "Exists"))
              .setSafe(true)
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.v1.ExistsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.v1.ExistsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new DataServiceMethodDescriptorSupplier("Exists"))
              .build();
        }
      }
    }
    return getExistsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.v1.BatchGetRequest,
      dev.dbx.v1.BatchGetResponse> getBatchGetMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "BatchGet",
      requestType = dev.dbx.v1.BatchGetRequest.class,
      responseType = dev.dbx.v1.BatchGetResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.v1.BatchGetRequest,
      dev.dbx.v1.BatchGetResponse> getBatchGetMethod() {
    io.grpc.MethodDescriptor<dev.dbx.v1.BatchGetRequest, dev.dbx.v1.BatchGetResponse> getBatchGetMethod;
    if ((getBatchGetMethod = DataServiceGrpc.getBatchGetMethod) == null) {
      synchronized (DataServiceGrpc.class) {
        if ((getBatchGetMethod = DataServiceGrpc.getBatchGetMethod) == null) {
          DataServiceGrpc.getBatchGetMethod = getBatchGetMethod =
              io.grpc.MethodDescriptor.<dev.dbx.v1.BatchGetRequest, dev.dbx.v1.BatchGetResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "BatchGet"))
              .setSafe(true)
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.v1.BatchGetRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.v1.BatchGetResponse.getDefaultInstance()))
              .setSchemaDescriptor(new DataServiceMethodDescriptorSupplier("BatchGet"))
              .build();
        }
      }
    }
    return getBatchGetMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.v1.BatchWriteRequest,
      dev.dbx.v1.BatchWriteResponse> getBatchWriteMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "BatchWrite",
      requestType = dev.dbx.v1.BatchWriteRequest.class,
      responseType = dev.dbx.v1.BatchWriteResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.v1.BatchWriteRequest,
      dev.dbx.v1.BatchWriteResponse> getBatchWriteMethod() {
    io.grpc.MethodDescriptor<dev.dbx.v1.BatchWriteRequest, dev.dbx.v1.BatchWriteResponse> getBatchWriteMethod;
    if ((getBatchWriteMethod = DataServiceGrpc.getBatchWriteMethod) == null) {
      synchronized (DataServiceGrpc.class) {
        if ((getBatchWriteMethod = DataServiceGrpc.getBatchWriteMethod) == null) {
          DataServiceGrpc.getBatchWriteMethod = getBatchWriteMethod =
              io.grpc.MethodDescriptor.<dev.dbx.v1.BatchWriteRequest, dev.dbx.v1.BatchWriteResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "BatchWrite"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.v1.BatchWriteRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.v1.BatchWriteResponse.getDefaultInstance()))
              .setSchemaDescriptor(new DataServiceMethodDescriptorSupplier("BatchWrite"))
              .build();
        }
      }
    }
    return getBatchWriteMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.v1.ListRequest,
      dev.dbx.v1.ListResponse> getListMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "List",
      requestType = dev.dbx.v1.ListRequest.class,
      responseType = dev.dbx.v1.ListResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.v1.ListRequest,
      dev.dbx.v1.ListResponse> getListMethod() {
    io.grpc.MethodDescriptor<dev.dbx.v1.ListRequest, dev.dbx.v1.ListResponse> getListMethod;
    if ((getListMethod = DataServiceGrpc.getListMethod) == null) {
      synchronized (DataServiceGrpc.class) {
        if ((getListMethod = DataServiceGrpc.getListMethod) == null) {
          DataServiceGrpc.getListMethod = getListMethod =
              io.grpc.MethodDescriptor.<dev.dbx.v1.ListRequest, dev.dbx.v1.ListResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "List"))
              .setSafe(true)
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.v1.ListRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.v1.ListResponse.getDefaultInstance()))
              .setSchemaDescriptor(new DataServiceMethodDescriptorSupplier("List"))
              .build();
        }
      }
    }
    return getListMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.v1.UpdateManyRequest,
      dev.dbx.v1.UpdateManyResponse> getUpdateManyMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "UpdateMany",
      requestType = dev.dbx.v1.UpdateManyRequest.class,
      responseType = dev.dbx.v1.UpdateManyResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.v1.UpdateManyRequest,
      dev.dbx.v1.UpdateManyResponse> getUpdateManyMethod() {
    io.grpc.MethodDescriptor<dev.dbx.v1.UpdateManyRequest, dev.dbx.v1.UpdateManyResponse> getUpdateManyMethod;
    if ((getUpdateManyMethod = DataServiceGrpc.getUpdateManyMethod) == null) {
      synchronized (DataServiceGrpc.class) {
        if ((getUpdateManyMethod = DataServiceGrpc.getUpdateManyMethod) == null) {
          DataServiceGrpc.getUpdateManyMethod = getUpdateManyMethod =
              io.grpc.MethodDescriptor.<dev.dbx.v1.UpdateManyRequest, dev.dbx.v1.UpdateManyResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "UpdateMany"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.v1.UpdateManyRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.v1.UpdateManyResponse.getDefaultInstance()))
              .setSchemaDescriptor(new DataServiceMethodDescriptorSupplier("UpdateMany"))
              .build();
        }
      }
    }
    return getUpdateManyMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.v1.DeleteManyRequest,
      dev.dbx.v1.DeleteManyResponse> getDeleteManyMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "DeleteMany",
      requestType = dev.dbx.v1.DeleteManyRequest.class,
      responseType = dev.dbx.v1.DeleteManyResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.v1.DeleteManyRequest,
      dev.dbx.v1.DeleteManyResponse> getDeleteManyMethod() {
    io.grpc.MethodDescriptor<dev.dbx.v1.DeleteManyRequest, dev.dbx.v1.DeleteManyResponse> getDeleteManyMethod;
    if ((getDeleteManyMethod = DataServiceGrpc.getDeleteManyMethod) == null) {
      synchronized (DataServiceGrpc.class) {
        if ((getDeleteManyMethod = DataServiceGrpc.getDeleteManyMethod) == null) {
          DataServiceGrpc.getDeleteManyMethod = getDeleteManyMethod =
              io.grpc.MethodDescriptor.<dev.dbx.v1.DeleteManyRequest, dev.dbx.v1.DeleteManyResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "DeleteMany"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.v1.DeleteManyRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.v1.DeleteManyResponse.getDefaultInstance()))
              .setSchemaDescriptor(new DataServiceMethodDescriptorSupplier("DeleteMany"))
              .build();
        }
      }
    }
    return getDeleteManyMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.v1.CountRequest,
      dev.dbx.v1.CountResponse> getCountMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "Count",
      requestType = dev.dbx.v1.CountRequest.class,
      responseType = dev.dbx.v1.CountResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.v1.CountRequest,
      dev.dbx.v1.CountResponse> getCountMethod() {
    io.grpc.MethodDescriptor<dev.dbx.v1.CountRequest, dev.dbx.v1.CountResponse> getCountMethod;
    if ((getCountMethod = DataServiceGrpc.getCountMethod) == null) {
      synchronized (DataServiceGrpc.class) {
        if ((getCountMethod = DataServiceGrpc.getCountMethod) == null) {
          DataServiceGrpc.getCountMethod = getCountMethod =
              io.grpc.MethodDescriptor.<dev.dbx.v1.CountRequest, dev.dbx.v1.CountResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "Count"))
              .setSafe(true)
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.v1.CountRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.v1.CountResponse.getDefaultInstance()))
              .setSchemaDescriptor(new DataServiceMethodDescriptorSupplier("Count"))
              .build();
        }
      }
    }
    return getCountMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.v1.ReadBytesRequest,
      dev.dbx.v1.ReadBytesResponse> getReadBytesMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ReadBytes",
      requestType = dev.dbx.v1.ReadBytesRequest.class,
      responseType = dev.dbx.v1.ReadBytesResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.SERVER_STREAMING)
  public static io.grpc.MethodDescriptor<dev.dbx.v1.ReadBytesRequest,
      dev.dbx.v1.ReadBytesResponse> getReadBytesMethod() {
    io.grpc.MethodDescriptor<dev.dbx.v1.ReadBytesRequest, dev.dbx.v1.ReadBytesResponse> getReadBytesMethod;
    if ((getReadBytesMethod = DataServiceGrpc.getReadBytesMethod) == null) {
      synchronized (DataServiceGrpc.class) {
        if ((getReadBytesMethod = DataServiceGrpc.getReadBytesMethod) == null) {
          DataServiceGrpc.getReadBytesMethod = getReadBytesMethod =
              io.grpc.MethodDescriptor.<dev.dbx.v1.ReadBytesRequest, dev.dbx.v1.ReadBytesResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.SERVER_STREAMING)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ReadBytes"))
              .setSafe(true)
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.v1.ReadBytesRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.v1.ReadBytesResponse.getDefaultInstance()))
              .setSchemaDescriptor(new DataServiceMethodDescriptorSupplier("ReadBytes"))
              .build();
        }
      }
    }
    return getReadBytesMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static DataServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<DataServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<DataServiceStub>() {
        @java.lang.Override
        public DataServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new DataServiceStub(channel, callOptions);
        }
      };
    return DataServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports all types of calls on the service
   */
  public static DataServiceBlockingV2Stub newBlockingV2Stub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<DataServiceBlockingV2Stub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<DataServiceBlockingV2Stub>() {
        @java.lang.Override
        public DataServiceBlockingV2Stub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new DataServiceBlockingV2Stub(channel, callOptions);
        }
      };
    return DataServiceBlockingV2Stub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static DataServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<DataServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<DataServiceBlockingStub>() {
        @java.lang.Override
        public DataServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new DataServiceBlockingStub(channel, callOptions);
        }
      };
    return DataServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static DataServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<DataServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<DataServiceFutureStub>() {
        @java.lang.Override
        public DataServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new DataServiceFutureStub(channel, callOptions);
        }
      };
    return DataServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * Key-addressed reads and writes of records, the same on every backend.
   * A collection is a table (SQL), a collection (MongoDB) or a key prefix
   * (Redis). A record's key is the value of its key field: the primary key of
   * a SQL table, `_id` in MongoDB, the key suffix in Redis. When a table's
   * primary key has several columns, the key is a `map_value` of every key
   * column to its value ({"tenant": 7, "id": 42}); a single-column key is the
   * plain value (or that one-entry map).
   * Calls that carry a `transaction_id` (from TransactionService.Begin) run in
   * that transaction.
   * </pre>
   */
  public interface AsyncService {

    /**
     * <pre>
     * Reads one record. NOT_FOUND when there is none.
     * </pre>
     */
    default void get(dev.dbx.v1.GetRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.v1.GetResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetMethod(), responseObserver);
    }

    /**
     * <pre>
     * Writes a whole record, creating or replacing it (upsert).
     * </pre>
     */
    default void put(dev.dbx.v1.PutRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.v1.PutResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getPutMethod(), responseObserver);
    }

    /**
     * <pre>
     * Creates a record. ALREADY_EXISTS when the key is taken. Without a key,
     * the backend generates one (autoincrement, serial, ObjectId) where it can;
     * the answer carries the key and the record as stored.
     * </pre>
     */
    default void insert(dev.dbx.v1.InsertRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.v1.InsertResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getInsertMethod(), responseObserver);
    }

    /**
     * <pre>
     * Changes the given fields of an existing record; other fields stay.
     * NOT_FOUND when there is none, unless `upsert` is set.
     * </pre>
     */
    default void update(dev.dbx.v1.UpdateRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.v1.UpdateResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getUpdateMethod(), responseObserver);
    }

    /**
     * <pre>
     * Deletes a record. Deleting a missing record succeeds with `deleted` false.
     * </pre>
     */
    default void delete(dev.dbx.v1.DeleteRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.v1.DeleteResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getDeleteMethod(), responseObserver);
    }

    /**
     * <pre>
     * Tells whether a record exists.
     * </pre>
     */
    default void exists(dev.dbx.v1.ExistsRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.v1.ExistsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getExistsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Reads many records by key in one call.
     * </pre>
     */
    default void batchGet(dev.dbx.v1.BatchGetRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.v1.BatchGetResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getBatchGetMethod(), responseObserver);
    }

    /**
     * <pre>
     * Applies many writes in one call: all of them atomically where the backend
     * can (see `atomic` in the response), never a partial write reported as
     * success.
     * </pre>
     */
    default void batchWrite(dev.dbx.v1.BatchWriteRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.v1.BatchWriteResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getBatchWriteMethod(), responseObserver);
    }

    /**
     * <pre>
     * Lists records in key order (insertion order on Redis), one page at a time.
     * </pre>
     */
    default void list(dev.dbx.v1.ListRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.v1.ListResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListMethod(), responseObserver);
    }

    /**
     * <pre>
     * Changes every record that matches a filter, atomically on backends with
     * `data.atomic_batch`. Capability `data.bulk_by_filter`.
     * </pre>
     */
    default void updateMany(dev.dbx.v1.UpdateManyRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.v1.UpdateManyResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getUpdateManyMethod(), responseObserver);
    }

    /**
     * <pre>
     * Deletes every record that matches a filter, atomically on backends with
     * `data.atomic_batch`. Capability `data.bulk_by_filter`.
     * </pre>
     */
    default void deleteMany(dev.dbx.v1.DeleteManyRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.v1.DeleteManyResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getDeleteManyMethod(), responseObserver);
    }

    /**
     * <pre>
     * Counts the records of a collection, or those that match a filter.
     * </pre>
     */
    default void count(dev.dbx.v1.CountRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.v1.CountResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCountMethod(), responseObserver);
    }

    /**
     * <pre>
     * Reads a bytes or string field of one record in chunks, for values larger
     * than one answer may be (RESPONSE_TOO_LARGE). A string field is read as
     * its UTF-8 bytes. Needs the `data.ranged_read` capability.
     * </pre>
     */
    default void readBytes(dev.dbx.v1.ReadBytesRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.v1.ReadBytesResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getReadBytesMethod(), responseObserver);
    }
  }

  /**
   * Base class for the server implementation of the service DataService.
   * <pre>
   * Key-addressed reads and writes of records, the same on every backend.
   * A collection is a table (SQL), a collection (MongoDB) or a key prefix
   * (Redis). A record's key is the value of its key field: the primary key of
   * a SQL table, `_id` in MongoDB, the key suffix in Redis. When a table's
   * primary key has several columns, the key is a `map_value` of every key
   * column to its value ({"tenant": 7, "id": 42}); a single-column key is the
   * plain value (or that one-entry map).
   * Calls that carry a `transaction_id` (from TransactionService.Begin) run in
   * that transaction.
   * </pre>
   */
  public static abstract class DataServiceImplBase
      implements io.grpc.BindableService, AsyncService {

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return DataServiceGrpc.bindService(this);
    }
  }

  /**
   * A stub to allow clients to do asynchronous rpc calls to service DataService.
   * <pre>
   * Key-addressed reads and writes of records, the same on every backend.
   * A collection is a table (SQL), a collection (MongoDB) or a key prefix
   * (Redis). A record's key is the value of its key field: the primary key of
   * a SQL table, `_id` in MongoDB, the key suffix in Redis. When a table's
   * primary key has several columns, the key is a `map_value` of every key
   * column to its value ({"tenant": 7, "id": 42}); a single-column key is the
   * plain value (or that one-entry map).
   * Calls that carry a `transaction_id` (from TransactionService.Begin) run in
   * that transaction.
   * </pre>
   */
  public static final class DataServiceStub
      extends io.grpc.stub.AbstractAsyncStub<DataServiceStub> {
    private DataServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected DataServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new DataServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * Reads one record. NOT_FOUND when there is none.
     * </pre>
     */
    public void get(dev.dbx.v1.GetRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.v1.GetResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Writes a whole record, creating or replacing it (upsert).
     * </pre>
     */
    public void put(dev.dbx.v1.PutRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.v1.PutResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getPutMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Creates a record. ALREADY_EXISTS when the key is taken. Without a key,
     * the backend generates one (autoincrement, serial, ObjectId) where it can;
     * the answer carries the key and the record as stored.
     * </pre>
     */
    public void insert(dev.dbx.v1.InsertRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.v1.InsertResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getInsertMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Changes the given fields of an existing record; other fields stay.
     * NOT_FOUND when there is none, unless `upsert` is set.
     * </pre>
     */
    public void update(dev.dbx.v1.UpdateRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.v1.UpdateResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getUpdateMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Deletes a record. Deleting a missing record succeeds with `deleted` false.
     * </pre>
     */
    public void delete(dev.dbx.v1.DeleteRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.v1.DeleteResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getDeleteMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Tells whether a record exists.
     * </pre>
     */
    public void exists(dev.dbx.v1.ExistsRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.v1.ExistsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getExistsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Reads many records by key in one call.
     * </pre>
     */
    public void batchGet(dev.dbx.v1.BatchGetRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.v1.BatchGetResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getBatchGetMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Applies many writes in one call: all of them atomically where the backend
     * can (see `atomic` in the response), never a partial write reported as
     * success.
     * </pre>
     */
    public void batchWrite(dev.dbx.v1.BatchWriteRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.v1.BatchWriteResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getBatchWriteMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Lists records in key order (insertion order on Redis), one page at a time.
     * </pre>
     */
    public void list(dev.dbx.v1.ListRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.v1.ListResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Changes every record that matches a filter, atomically on backends with
     * `data.atomic_batch`. Capability `data.bulk_by_filter`.
     * </pre>
     */
    public void updateMany(dev.dbx.v1.UpdateManyRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.v1.UpdateManyResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getUpdateManyMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Deletes every record that matches a filter, atomically on backends with
     * `data.atomic_batch`. Capability `data.bulk_by_filter`.
     * </pre>
     */
    public void deleteMany(dev.dbx.v1.DeleteManyRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.v1.DeleteManyResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getDeleteManyMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Counts the records of a collection, or those that match a filter.
     * </pre>
     */
    public void count(dev.dbx.v1.CountRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.v1.CountResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCountMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Reads a bytes or string field of one record in chunks, for values larger
     * than one answer may be (RESPONSE_TOO_LARGE). A string field is read as
     * its UTF-8 bytes. Needs the `data.ranged_read` capability.
     * </pre>
     */
    public void readBytes(dev.dbx.v1.ReadBytesRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.v1.ReadBytesResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncServerStreamingCall(
          getChannel().newCall(getReadBytesMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * A stub to allow clients to do synchronous rpc calls to service DataService.
   * <pre>
   * Key-addressed reads and writes of records, the same on every backend.
   * A collection is a table (SQL), a collection (MongoDB) or a key prefix
   * (Redis). A record's key is the value of its key field: the primary key of
   * a SQL table, `_id` in MongoDB, the key suffix in Redis. When a table's
   * primary key has several columns, the key is a `map_value` of every key
   * column to its value ({"tenant": 7, "id": 42}); a single-column key is the
   * plain value (or that one-entry map).
   * Calls that carry a `transaction_id` (from TransactionService.Begin) run in
   * that transaction.
   * </pre>
   */
  public static final class DataServiceBlockingV2Stub
      extends io.grpc.stub.AbstractBlockingStub<DataServiceBlockingV2Stub> {
    private DataServiceBlockingV2Stub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected DataServiceBlockingV2Stub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new DataServiceBlockingV2Stub(channel, callOptions);
    }

    /**
     * <pre>
     * Reads one record. NOT_FOUND when there is none.
     * </pre>
     */
    public dev.dbx.v1.GetResponse get(dev.dbx.v1.GetRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Writes a whole record, creating or replacing it (upsert).
     * </pre>
     */
    public dev.dbx.v1.PutResponse put(dev.dbx.v1.PutRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getPutMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Creates a record. ALREADY_EXISTS when the key is taken. Without a key,
     * the backend generates one (autoincrement, serial, ObjectId) where it can;
     * the answer carries the key and the record as stored.
     * </pre>
     */
    public dev.dbx.v1.InsertResponse insert(dev.dbx.v1.InsertRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getInsertMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Changes the given fields of an existing record; other fields stay.
     * NOT_FOUND when there is none, unless `upsert` is set.
     * </pre>
     */
    public dev.dbx.v1.UpdateResponse update(dev.dbx.v1.UpdateRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getUpdateMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes a record. Deleting a missing record succeeds with `deleted` false.
     * </pre>
     */
    public dev.dbx.v1.DeleteResponse delete(dev.dbx.v1.DeleteRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getDeleteMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Tells whether a record exists.
     * </pre>
     */
    public dev.dbx.v1.ExistsResponse exists(dev.dbx.v1.ExistsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getExistsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Reads many records by key in one call.
     * </pre>
     */
    public dev.dbx.v1.BatchGetResponse batchGet(dev.dbx.v1.BatchGetRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getBatchGetMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Applies many writes in one call: all of them atomically where the backend
     * can (see `atomic` in the response), never a partial write reported as
     * success.
     * </pre>
     */
    public dev.dbx.v1.BatchWriteResponse batchWrite(dev.dbx.v1.BatchWriteRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getBatchWriteMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists records in key order (insertion order on Redis), one page at a time.
     * </pre>
     */
    public dev.dbx.v1.ListResponse list(dev.dbx.v1.ListRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getListMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Changes every record that matches a filter, atomically on backends with
     * `data.atomic_batch`. Capability `data.bulk_by_filter`.
     * </pre>
     */
    public dev.dbx.v1.UpdateManyResponse updateMany(dev.dbx.v1.UpdateManyRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getUpdateManyMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes every record that matches a filter, atomically on backends with
     * `data.atomic_batch`. Capability `data.bulk_by_filter`.
     * </pre>
     */
    public dev.dbx.v1.DeleteManyResponse deleteMany(dev.dbx.v1.DeleteManyRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getDeleteManyMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Counts the records of a collection, or those that match a filter.
     * </pre>
     */
    public dev.dbx.v1.CountResponse count(dev.dbx.v1.CountRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getCountMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Reads a bytes or string field of one record in chunks, for values larger
     * than one answer may be (RESPONSE_TOO_LARGE). A string field is read as
     * its UTF-8 bytes. Needs the `data.ranged_read` capability.
     * </pre>
     */
    @io.grpc.ExperimentalApi("https://github.com/grpc/grpc-java/issues/10918")
    public io.grpc.stub.BlockingClientCall<?, dev.dbx.v1.ReadBytesResponse>
        readBytes(dev.dbx.v1.ReadBytesRequest request) {
      return io.grpc.stub.ClientCalls.blockingV2ServerStreamingCall(
          getChannel(), getReadBytesMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do limited synchronous rpc calls to service DataService.
   * <pre>
   * Key-addressed reads and writes of records, the same on every backend.
   * A collection is a table (SQL), a collection (MongoDB) or a key prefix
   * (Redis). A record's key is the value of its key field: the primary key of
   * a SQL table, `_id` in MongoDB, the key suffix in Redis. When a table's
   * primary key has several columns, the key is a `map_value` of every key
   * column to its value ({"tenant": 7, "id": 42}); a single-column key is the
   * plain value (or that one-entry map).
   * Calls that carry a `transaction_id` (from TransactionService.Begin) run in
   * that transaction.
   * </pre>
   */
  public static final class DataServiceBlockingStub
      extends io.grpc.stub.AbstractBlockingStub<DataServiceBlockingStub> {
    private DataServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected DataServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new DataServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * Reads one record. NOT_FOUND when there is none.
     * </pre>
     */
    public dev.dbx.v1.GetResponse get(dev.dbx.v1.GetRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Writes a whole record, creating or replacing it (upsert).
     * </pre>
     */
    public dev.dbx.v1.PutResponse put(dev.dbx.v1.PutRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getPutMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Creates a record. ALREADY_EXISTS when the key is taken. Without a key,
     * the backend generates one (autoincrement, serial, ObjectId) where it can;
     * the answer carries the key and the record as stored.
     * </pre>
     */
    public dev.dbx.v1.InsertResponse insert(dev.dbx.v1.InsertRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getInsertMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Changes the given fields of an existing record; other fields stay.
     * NOT_FOUND when there is none, unless `upsert` is set.
     * </pre>
     */
    public dev.dbx.v1.UpdateResponse update(dev.dbx.v1.UpdateRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getUpdateMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes a record. Deleting a missing record succeeds with `deleted` false.
     * </pre>
     */
    public dev.dbx.v1.DeleteResponse delete(dev.dbx.v1.DeleteRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getDeleteMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Tells whether a record exists.
     * </pre>
     */
    public dev.dbx.v1.ExistsResponse exists(dev.dbx.v1.ExistsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getExistsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Reads many records by key in one call.
     * </pre>
     */
    public dev.dbx.v1.BatchGetResponse batchGet(dev.dbx.v1.BatchGetRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getBatchGetMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Applies many writes in one call: all of them atomically where the backend
     * can (see `atomic` in the response), never a partial write reported as
     * success.
     * </pre>
     */
    public dev.dbx.v1.BatchWriteResponse batchWrite(dev.dbx.v1.BatchWriteRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getBatchWriteMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists records in key order (insertion order on Redis), one page at a time.
     * </pre>
     */
    public dev.dbx.v1.ListResponse list(dev.dbx.v1.ListRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Changes every record that matches a filter, atomically on backends with
     * `data.atomic_batch`. Capability `data.bulk_by_filter`.
     * </pre>
     */
    public dev.dbx.v1.UpdateManyResponse updateMany(dev.dbx.v1.UpdateManyRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getUpdateManyMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes every record that matches a filter, atomically on backends with
     * `data.atomic_batch`. Capability `data.bulk_by_filter`.
     * </pre>
     */
    public dev.dbx.v1.DeleteManyResponse deleteMany(dev.dbx.v1.DeleteManyRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getDeleteManyMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Counts the records of a collection, or those that match a filter.
     * </pre>
     */
    public dev.dbx.v1.CountResponse count(dev.dbx.v1.CountRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCountMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Reads a bytes or string field of one record in chunks, for values larger
     * than one answer may be (RESPONSE_TOO_LARGE). A string field is read as
     * its UTF-8 bytes. Needs the `data.ranged_read` capability.
     * </pre>
     */
    public java.util.Iterator<dev.dbx.v1.ReadBytesResponse> readBytes(
        dev.dbx.v1.ReadBytesRequest request) {
      return io.grpc.stub.ClientCalls.blockingServerStreamingCall(
          getChannel(), getReadBytesMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do ListenableFuture-style rpc calls to service DataService.
   * <pre>
   * Key-addressed reads and writes of records, the same on every backend.
   * A collection is a table (SQL), a collection (MongoDB) or a key prefix
   * (Redis). A record's key is the value of its key field: the primary key of
   * a SQL table, `_id` in MongoDB, the key suffix in Redis. When a table's
   * primary key has several columns, the key is a `map_value` of every key
   * column to its value ({"tenant": 7, "id": 42}); a single-column key is the
   * plain value (or that one-entry map).
   * Calls that carry a `transaction_id` (from TransactionService.Begin) run in
   * that transaction.
   * </pre>
   */
  public static final class DataServiceFutureStub
      extends io.grpc.stub.AbstractFutureStub<DataServiceFutureStub> {
    private DataServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected DataServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new DataServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * Reads one record. NOT_FOUND when there is none.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.v1.GetResponse> get(
        dev.dbx.v1.GetRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Writes a whole record, creating or replacing it (upsert).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.v1.PutResponse> put(
        dev.dbx.v1.PutRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getPutMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Creates a record. ALREADY_EXISTS when the key is taken. Without a key,
     * the backend generates one (autoincrement, serial, ObjectId) where it can;
     * the answer carries the key and the record as stored.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.v1.InsertResponse> insert(
        dev.dbx.v1.InsertRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getInsertMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Changes the given fields of an existing record; other fields stay.
     * NOT_FOUND when there is none, unless `upsert` is set.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.v1.UpdateResponse> update(
        dev.dbx.v1.UpdateRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getUpdateMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Deletes a record. Deleting a missing record succeeds with `deleted` false.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.v1.DeleteResponse> delete(
        dev.dbx.v1.DeleteRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getDeleteMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Tells whether a record exists.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.v1.ExistsResponse> exists(
        dev.dbx.v1.ExistsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getExistsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Reads many records by key in one call.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.v1.BatchGetResponse> batchGet(
        dev.dbx.v1.BatchGetRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getBatchGetMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Applies many writes in one call: all of them atomically where the backend
     * can (see `atomic` in the response), never a partial write reported as
     * success.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.v1.BatchWriteResponse> batchWrite(
        dev.dbx.v1.BatchWriteRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getBatchWriteMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Lists records in key order (insertion order on Redis), one page at a time.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.v1.ListResponse> list(
        dev.dbx.v1.ListRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Changes every record that matches a filter, atomically on backends with
     * `data.atomic_batch`. Capability `data.bulk_by_filter`.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.v1.UpdateManyResponse> updateMany(
        dev.dbx.v1.UpdateManyRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getUpdateManyMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Deletes every record that matches a filter, atomically on backends with
     * `data.atomic_batch`. Capability `data.bulk_by_filter`.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.v1.DeleteManyResponse> deleteMany(
        dev.dbx.v1.DeleteManyRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getDeleteManyMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Counts the records of a collection, or those that match a filter.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.v1.CountResponse> count(
        dev.dbx.v1.CountRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCountMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_GET = 0;
  private static final int METHODID_PUT = 1;
  private static final int METHODID_INSERT = 2;
  private static final int METHODID_UPDATE = 3;
  private static final int METHODID_DELETE = 4;
  private static final int METHODID_EXISTS = 5;
  private static final int METHODID_BATCH_GET = 6;
  private static final int METHODID_BATCH_WRITE = 7;
  private static final int METHODID_LIST = 8;
  private static final int METHODID_UPDATE_MANY = 9;
  private static final int METHODID_DELETE_MANY = 10;
  private static final int METHODID_COUNT = 11;
  private static final int METHODID_READ_BYTES = 12;

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
        case METHODID_GET:
          serviceImpl.get((dev.dbx.v1.GetRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.v1.GetResponse>) responseObserver);
          break;
        case METHODID_PUT:
          serviceImpl.put((dev.dbx.v1.PutRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.v1.PutResponse>) responseObserver);
          break;
        case METHODID_INSERT:
          serviceImpl.insert((dev.dbx.v1.InsertRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.v1.InsertResponse>) responseObserver);
          break;
        case METHODID_UPDATE:
          serviceImpl.update((dev.dbx.v1.UpdateRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.v1.UpdateResponse>) responseObserver);
          break;
        case METHODID_DELETE:
          serviceImpl.delete((dev.dbx.v1.DeleteRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.v1.DeleteResponse>) responseObserver);
          break;
        case METHODID_EXISTS:
          serviceImpl.exists((dev.dbx.v1.ExistsRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.v1.ExistsResponse>) responseObserver);
          break;
        case METHODID_BATCH_GET:
          serviceImpl.batchGet((dev.dbx.v1.BatchGetRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.v1.BatchGetResponse>) responseObserver);
          break;
        case METHODID_BATCH_WRITE:
          serviceImpl.batchWrite((dev.dbx.v1.BatchWriteRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.v1.BatchWriteResponse>) responseObserver);
          break;
        case METHODID_LIST:
          serviceImpl.list((dev.dbx.v1.ListRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.v1.ListResponse>) responseObserver);
          break;
        case METHODID_UPDATE_MANY:
          serviceImpl.updateMany((dev.dbx.v1.UpdateManyRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.v1.UpdateManyResponse>) responseObserver);
          break;
        case METHODID_DELETE_MANY:
          serviceImpl.deleteMany((dev.dbx.v1.DeleteManyRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.v1.DeleteManyResponse>) responseObserver);
          break;
        case METHODID_COUNT:
          serviceImpl.count((dev.dbx.v1.CountRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.v1.CountResponse>) responseObserver);
          break;
        case METHODID_READ_BYTES:
          serviceImpl.readBytes((dev.dbx.v1.ReadBytesRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.v1.ReadBytesResponse>) responseObserver);
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
          getGetMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.v1.GetRequest,
              dev.dbx.v1.GetResponse>(
                service, METHODID_GET)))
        .addMethod(
          getPutMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.v1.PutRequest,
              dev.dbx.v1.PutResponse>(
                service, METHODID_PUT)))
        .addMethod(
          getInsertMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.v1.InsertRequest,
              dev.dbx.v1.InsertResponse>(
                service, METHODID_INSERT)))
        .addMethod(
          getUpdateMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.v1.UpdateRequest,
              dev.dbx.v1.UpdateResponse>(
                service, METHODID_UPDATE)))
        .addMethod(
          getDeleteMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.v1.DeleteRequest,
              dev.dbx.v1.DeleteResponse>(
                service, METHODID_DELETE)))
        .addMethod(
          getExistsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.v1.ExistsRequest,
              dev.dbx.v1.ExistsResponse>(
                service, METHODID_EXISTS)))
        .addMethod(
          getBatchGetMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.v1.BatchGetRequest,
              dev.dbx.v1.BatchGetResponse>(
                service, METHODID_BATCH_GET)))
        .addMethod(
          getBatchWriteMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.v1.BatchWriteRequest,
              dev.dbx.v1.BatchWriteResponse>(
                service, METHODID_BATCH_WRITE)))
        .addMethod(
          getListMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.v1.ListRequest,
              dev.dbx.v1.ListResponse>(
                service, METHODID_LIST)))
        .addMethod(
          getUpdateManyMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.v1.UpdateManyRequest,
              dev.dbx.v1.UpdateManyResponse>(
                service, METHODID_UPDATE_MANY)))
        .addMethod(
          getDeleteManyMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.v1.DeleteManyRequest,
              dev.dbx.v1.DeleteManyResponse>(
                service, METHODID_DELETE_MANY)))
        .addMethod(
          getCountMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.v1.CountRequest,
              dev.dbx.v1.CountResponse>(
                service, METHODID_COUNT)))
        .addMethod(
          getReadBytesMethod(),
          io.grpc.stub.ServerCalls.asyncServerStreamingCall(
            new MethodHandlers<
              dev.dbx.v1.ReadBytesRequest,
              dev.dbx.v1.ReadBytesResponse>(
                service, METHODID_READ_BYTES)))
        .build();
  }

  private static abstract class DataServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    DataServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return dev.dbx.v1.DataProto.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("DataService");
    }
  }

  private static final class DataServiceFileDescriptorSupplier
      extends DataServiceBaseDescriptorSupplier {
    DataServiceFileDescriptorSupplier() {}
  }

  private static final class DataServiceMethodDescriptorSupplier
      extends DataServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final java.lang.String methodName;

    DataServiceMethodDescriptorSupplier(java.lang.String methodName) {
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
      synchronized (DataServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new DataServiceFileDescriptorSupplier())
              .addMethod(getGetMethod())
              .addMethod(getPutMethod())
              .addMethod(getInsertMethod())
              .addMethod(getUpdateMethod())
              .addMethod(getDeleteMethod())
              .addMethod(getExistsMethod())
              .addMethod(getBatchGetMethod())
              .addMethod(getBatchWriteMethod())
              .addMethod(getListMethod())
              .addMethod(getUpdateManyMethod())
              .addMethod(getDeleteManyMethod())
              .addMethod(getCountMethod())
              .addMethod(getReadBytesMethod())
              .build();
        }
      }
    }
    return result;
  }
}
