package dev.dbx.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * Atomic batches and interactive transactions.
 * An interactive transaction lives in the DBX process that began it: calls
 * that carry its id must reach the same process (see docs/operations.md).
 * </pre>
 */
@io.grpc.stub.annotations.GrpcGenerated
public final class TransactionServiceGrpc {

  private TransactionServiceGrpc() {}

  public static final java.lang.String SERVICE_NAME = "dbx.v1.TransactionService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<dev.dbx.v1.AtomicBatchRequest,
      dev.dbx.v1.AtomicBatchResponse> getAtomicBatchMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "AtomicBatch",
      requestType = dev.dbx.v1.AtomicBatchRequest.class,
      responseType = dev.dbx.v1.AtomicBatchResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.v1.AtomicBatchRequest,
      dev.dbx.v1.AtomicBatchResponse> getAtomicBatchMethod() {
    io.grpc.MethodDescriptor<dev.dbx.v1.AtomicBatchRequest, dev.dbx.v1.AtomicBatchResponse> getAtomicBatchMethod;
    if ((getAtomicBatchMethod = TransactionServiceGrpc.getAtomicBatchMethod) == null) {
      synchronized (TransactionServiceGrpc.class) {
        if ((getAtomicBatchMethod = TransactionServiceGrpc.getAtomicBatchMethod) == null) {
          TransactionServiceGrpc.getAtomicBatchMethod = getAtomicBatchMethod =
              io.grpc.MethodDescriptor.<dev.dbx.v1.AtomicBatchRequest, dev.dbx.v1.AtomicBatchResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "AtomicBatch"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.v1.AtomicBatchRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.v1.AtomicBatchResponse.getDefaultInstance()))
              .setSchemaDescriptor(new TransactionServiceMethodDescriptorSupplier("AtomicBatch"))
              .build();
        }
      }
    }
    return getAtomicBatchMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.v1.BeginRequest,
      dev.dbx.v1.BeginResponse> getBeginMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "Begin",
      requestType = dev.dbx.v1.BeginRequest.class,
      responseType = dev.dbx.v1.BeginResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.v1.BeginRequest,
      dev.dbx.v1.BeginResponse> getBeginMethod() {
    io.grpc.MethodDescriptor<dev.dbx.v1.BeginRequest, dev.dbx.v1.BeginResponse> getBeginMethod;
    if ((getBeginMethod = TransactionServiceGrpc.getBeginMethod) == null) {
      synchronized (TransactionServiceGrpc.class) {
        if ((getBeginMethod = TransactionServiceGrpc.getBeginMethod) == null) {
          TransactionServiceGrpc.getBeginMethod = getBeginMethod =
              io.grpc.MethodDescriptor.<dev.dbx.v1.BeginRequest, dev.dbx.v1.BeginResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "Begin"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.v1.BeginRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.v1.BeginResponse.getDefaultInstance()))
              .setSchemaDescriptor(new TransactionServiceMethodDescriptorSupplier("Begin"))
              .build();
        }
      }
    }
    return getBeginMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.v1.CommitRequest,
      dev.dbx.v1.CommitResponse> getCommitMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "Commit",
      requestType = dev.dbx.v1.CommitRequest.class,
      responseType = dev.dbx.v1.CommitResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.v1.CommitRequest,
      dev.dbx.v1.CommitResponse> getCommitMethod() {
    io.grpc.MethodDescriptor<dev.dbx.v1.CommitRequest, dev.dbx.v1.CommitResponse> getCommitMethod;
    if ((getCommitMethod = TransactionServiceGrpc.getCommitMethod) == null) {
      synchronized (TransactionServiceGrpc.class) {
        if ((getCommitMethod = TransactionServiceGrpc.getCommitMethod) == null) {
          TransactionServiceGrpc.getCommitMethod = getCommitMethod =
              io.grpc.MethodDescriptor.<dev.dbx.v1.CommitRequest, dev.dbx.v1.CommitResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "Commit"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.v1.CommitRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.v1.CommitResponse.getDefaultInstance()))
              .setSchemaDescriptor(new TransactionServiceMethodDescriptorSupplier("Commit"))
              .build();
        }
      }
    }
    return getCommitMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.v1.RollbackRequest,
      dev.dbx.v1.RollbackResponse> getRollbackMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "Rollback",
      requestType = dev.dbx.v1.RollbackRequest.class,
      responseType = dev.dbx.v1.RollbackResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.v1.RollbackRequest,
      dev.dbx.v1.RollbackResponse> getRollbackMethod() {
    io.grpc.MethodDescriptor<dev.dbx.v1.RollbackRequest, dev.dbx.v1.RollbackResponse> getRollbackMethod;
    if ((getRollbackMethod = TransactionServiceGrpc.getRollbackMethod) == null) {
      synchronized (TransactionServiceGrpc.class) {
        if ((getRollbackMethod = TransactionServiceGrpc.getRollbackMethod) == null) {
          TransactionServiceGrpc.getRollbackMethod = getRollbackMethod =
              io.grpc.MethodDescriptor.<dev.dbx.v1.RollbackRequest, dev.dbx.v1.RollbackResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "Rollback"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.v1.RollbackRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.v1.RollbackResponse.getDefaultInstance()))
              .setSchemaDescriptor(new TransactionServiceMethodDescriptorSupplier("Rollback"))
              .build();
        }
      }
    }
    return getRollbackMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.v1.CreateSavepointRequest,
      dev.dbx.v1.CreateSavepointResponse> getCreateSavepointMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "CreateSavepoint",
      requestType = dev.dbx.v1.CreateSavepointRequest.class,
      responseType = dev.dbx.v1.CreateSavepointResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.v1.CreateSavepointRequest,
      dev.dbx.v1.CreateSavepointResponse> getCreateSavepointMethod() {
    io.grpc.MethodDescriptor<dev.dbx.v1.CreateSavepointRequest, dev.dbx.v1.CreateSavepointResponse> getCreateSavepointMethod;
    if ((getCreateSavepointMethod = TransactionServiceGrpc.getCreateSavepointMethod) == null) {
      synchronized (TransactionServiceGrpc.class) {
        if ((getCreateSavepointMethod = TransactionServiceGrpc.getCreateSavepointMethod) == null) {
          TransactionServiceGrpc.getCreateSavepointMethod = getCreateSavepointMethod =
              io.grpc.MethodDescriptor.<dev.dbx.v1.CreateSavepointRequest, dev.dbx.v1.CreateSavepointResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "CreateSavepoint"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.v1.CreateSavepointRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.v1.CreateSavepointResponse.getDefaultInstance()))
              .setSchemaDescriptor(new TransactionServiceMethodDescriptorSupplier("CreateSavepoint"))
              .build();
        }
      }
    }
    return getCreateSavepointMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.v1.RollbackToSavepointRequest,
      dev.dbx.v1.RollbackToSavepointResponse> getRollbackToSavepointMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "RollbackToSavepoint",
      requestType = dev.dbx.v1.RollbackToSavepointRequest.class,
      responseType = dev.dbx.v1.RollbackToSavepointResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.v1.RollbackToSavepointRequest,
      dev.dbx.v1.RollbackToSavepointResponse> getRollbackToSavepointMethod() {
    io.grpc.MethodDescriptor<dev.dbx.v1.RollbackToSavepointRequest, dev.dbx.v1.RollbackToSavepointResponse> getRollbackToSavepointMethod;
    if ((getRollbackToSavepointMethod = TransactionServiceGrpc.getRollbackToSavepointMethod) == null) {
      synchronized (TransactionServiceGrpc.class) {
        if ((getRollbackToSavepointMethod = TransactionServiceGrpc.getRollbackToSavepointMethod) == null) {
          TransactionServiceGrpc.getRollbackToSavepointMethod = getRollbackToSavepointMethod =
              io.grpc.MethodDescriptor.<dev.dbx.v1.RollbackToSavepointRequest, dev.dbx.v1.RollbackToSavepointResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "RollbackToSavepoint"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.v1.RollbackToSavepointRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.v1.RollbackToSavepointResponse.getDefaultInstance()))
              .setSchemaDescriptor(new TransactionServiceMethodDescriptorSupplier("RollbackToSavepoint"))
              .build();
        }
      }
    }
    return getRollbackToSavepointMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.v1.ReleaseSavepointRequest,
      dev.dbx.v1.ReleaseSavepointResponse> getReleaseSavepointMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ReleaseSavepoint",
      requestType = dev.dbx.v1.ReleaseSavepointRequest.class,
      responseType = dev.dbx.v1.ReleaseSavepointResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.v1.ReleaseSavepointRequest,
      dev.dbx.v1.ReleaseSavepointResponse> getReleaseSavepointMethod() {
    io.grpc.MethodDescriptor<dev.dbx.v1.ReleaseSavepointRequest, dev.dbx.v1.ReleaseSavepointResponse> getReleaseSavepointMethod;
    if ((getReleaseSavepointMethod = TransactionServiceGrpc.getReleaseSavepointMethod) == null) {
      synchronized (TransactionServiceGrpc.class) {
        if ((getReleaseSavepointMethod = TransactionServiceGrpc.getReleaseSavepointMethod) == null) {
          TransactionServiceGrpc.getReleaseSavepointMethod = getReleaseSavepointMethod =
              io.grpc.MethodDescriptor.<dev.dbx.v1.ReleaseSavepointRequest, dev.dbx.v1.ReleaseSavepointResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ReleaseSavepoint"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.v1.ReleaseSavepointRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.v1.ReleaseSavepointResponse.getDefaultInstance()))
              .setSchemaDescriptor(new TransactionServiceMethodDescriptorSupplier("ReleaseSavepoint"))
              .build();
        }
      }
    }
    return getReleaseSavepointMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static TransactionServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<TransactionServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<TransactionServiceStub>() {
        @java.lang.Override
        public TransactionServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new TransactionServiceStub(channel, callOptions);
        }
      };
    return TransactionServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports all types of calls on the service
   */
  public static TransactionServiceBlockingV2Stub newBlockingV2Stub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<TransactionServiceBlockingV2Stub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<TransactionServiceBlockingV2Stub>() {
        @java.lang.Override
        public TransactionServiceBlockingV2Stub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new TransactionServiceBlockingV2Stub(channel, callOptions);
        }
      };
    return TransactionServiceBlockingV2Stub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static TransactionServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<TransactionServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<TransactionServiceBlockingStub>() {
        @java.lang.Override
        public TransactionServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new TransactionServiceBlockingStub(channel, callOptions);
        }
      };
    return TransactionServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static TransactionServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<TransactionServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<TransactionServiceFutureStub>() {
        @java.lang.Override
        public TransactionServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new TransactionServiceFutureStub(channel, callOptions);
        }
      };
    return TransactionServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * Atomic batches and interactive transactions.
   * An interactive transaction lives in the DBX process that began it: calls
   * that carry its id must reach the same process (see docs/operations.md).
   * </pre>
   */
  public interface AsyncService {

    /**
     * <pre>
     * Applies writes as one atomic unit, or none of them.
     * Capability `transaction.atomic_batch`.
     * </pre>
     */
    default void atomicBatch(dev.dbx.v1.AtomicBatchRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.v1.AtomicBatchResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getAtomicBatchMethod(), responseObserver);
    }

    /**
     * <pre>
     * Begins an interactive transaction. Data, query and SQL calls that carry
     * its id run in it. It is rolled back when idle longer than its timeout.
     * Capability `transaction.interactive`.
     * </pre>
     */
    default void begin(dev.dbx.v1.BeginRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.v1.BeginResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getBeginMethod(), responseObserver);
    }

    /**
     * <pre>
     * Commits a transaction. FAILED_PRECONDITION when the id is unknown or
     * expired; ABORTED when the backend aborted it (a conflict).
     * </pre>
     */
    default void commit(dev.dbx.v1.CommitRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.v1.CommitResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCommitMethod(), responseObserver);
    }

    /**
     * <pre>
     * Rolls back a transaction. FAILED_PRECONDITION when the id is unknown or
     * expired.
     * </pre>
     */
    default void rollback(dev.dbx.v1.RollbackRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.v1.RollbackResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getRollbackMethod(), responseObserver);
    }

    /**
     * <pre>
     * Marks a point in a transaction to roll back to later. Capability
     * `transaction.savepoints`.
     * </pre>
     */
    default void createSavepoint(dev.dbx.v1.CreateSavepointRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.v1.CreateSavepointResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCreateSavepointMethod(), responseObserver);
    }

    /**
     * <pre>
     * Undoes what the transaction did after the savepoint; the savepoint stays.
     * Capability `transaction.savepoints`.
     * </pre>
     */
    default void rollbackToSavepoint(dev.dbx.v1.RollbackToSavepointRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.v1.RollbackToSavepointResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getRollbackToSavepointMethod(), responseObserver);
    }

    /**
     * <pre>
     * Forgets a savepoint (and the ones made after it), keeping their changes.
     * Capability `transaction.savepoints`.
     * </pre>
     */
    default void releaseSavepoint(dev.dbx.v1.ReleaseSavepointRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.v1.ReleaseSavepointResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getReleaseSavepointMethod(), responseObserver);
    }
  }

  /**
   * Base class for the server implementation of the service TransactionService.
   * <pre>
   * Atomic batches and interactive transactions.
   * An interactive transaction lives in the DBX process that began it: calls
   * that carry its id must reach the same process (see docs/operations.md).
   * </pre>
   */
  public static abstract class TransactionServiceImplBase
      implements io.grpc.BindableService, AsyncService {

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return TransactionServiceGrpc.bindService(this);
    }
  }

  /**
   * A stub to allow clients to do asynchronous rpc calls to service TransactionService.
   * <pre>
   * Atomic batches and interactive transactions.
   * An interactive transaction lives in the DBX process that began it: calls
   * that carry its id must reach the same process (see docs/operations.md).
   * </pre>
   */
  public static final class TransactionServiceStub
      extends io.grpc.stub.AbstractAsyncStub<TransactionServiceStub> {
    private TransactionServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected TransactionServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new TransactionServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * Applies writes as one atomic unit, or none of them.
     * Capability `transaction.atomic_batch`.
     * </pre>
     */
    public void atomicBatch(dev.dbx.v1.AtomicBatchRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.v1.AtomicBatchResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getAtomicBatchMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Begins an interactive transaction. Data, query and SQL calls that carry
     * its id run in it. It is rolled back when idle longer than its timeout.
     * Capability `transaction.interactive`.
     * </pre>
     */
    public void begin(dev.dbx.v1.BeginRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.v1.BeginResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getBeginMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Commits a transaction. FAILED_PRECONDITION when the id is unknown or
     * expired; ABORTED when the backend aborted it (a conflict).
     * </pre>
     */
    public void commit(dev.dbx.v1.CommitRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.v1.CommitResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCommitMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Rolls back a transaction. FAILED_PRECONDITION when the id is unknown or
     * expired.
     * </pre>
     */
    public void rollback(dev.dbx.v1.RollbackRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.v1.RollbackResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getRollbackMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Marks a point in a transaction to roll back to later. Capability
     * `transaction.savepoints`.
     * </pre>
     */
    public void createSavepoint(dev.dbx.v1.CreateSavepointRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.v1.CreateSavepointResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCreateSavepointMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Undoes what the transaction did after the savepoint; the savepoint stays.
     * Capability `transaction.savepoints`.
     * </pre>
     */
    public void rollbackToSavepoint(dev.dbx.v1.RollbackToSavepointRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.v1.RollbackToSavepointResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getRollbackToSavepointMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Forgets a savepoint (and the ones made after it), keeping their changes.
     * Capability `transaction.savepoints`.
     * </pre>
     */
    public void releaseSavepoint(dev.dbx.v1.ReleaseSavepointRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.v1.ReleaseSavepointResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getReleaseSavepointMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * A stub to allow clients to do synchronous rpc calls to service TransactionService.
   * <pre>
   * Atomic batches and interactive transactions.
   * An interactive transaction lives in the DBX process that began it: calls
   * that carry its id must reach the same process (see docs/operations.md).
   * </pre>
   */
  public static final class TransactionServiceBlockingV2Stub
      extends io.grpc.stub.AbstractBlockingStub<TransactionServiceBlockingV2Stub> {
    private TransactionServiceBlockingV2Stub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected TransactionServiceBlockingV2Stub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new TransactionServiceBlockingV2Stub(channel, callOptions);
    }

    /**
     * <pre>
     * Applies writes as one atomic unit, or none of them.
     * Capability `transaction.atomic_batch`.
     * </pre>
     */
    public dev.dbx.v1.AtomicBatchResponse atomicBatch(dev.dbx.v1.AtomicBatchRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getAtomicBatchMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Begins an interactive transaction. Data, query and SQL calls that carry
     * its id run in it. It is rolled back when idle longer than its timeout.
     * Capability `transaction.interactive`.
     * </pre>
     */
    public dev.dbx.v1.BeginResponse begin(dev.dbx.v1.BeginRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getBeginMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Commits a transaction. FAILED_PRECONDITION when the id is unknown or
     * expired; ABORTED when the backend aborted it (a conflict).
     * </pre>
     */
    public dev.dbx.v1.CommitResponse commit(dev.dbx.v1.CommitRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getCommitMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Rolls back a transaction. FAILED_PRECONDITION when the id is unknown or
     * expired.
     * </pre>
     */
    public dev.dbx.v1.RollbackResponse rollback(dev.dbx.v1.RollbackRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getRollbackMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Marks a point in a transaction to roll back to later. Capability
     * `transaction.savepoints`.
     * </pre>
     */
    public dev.dbx.v1.CreateSavepointResponse createSavepoint(dev.dbx.v1.CreateSavepointRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getCreateSavepointMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Undoes what the transaction did after the savepoint; the savepoint stays.
     * Capability `transaction.savepoints`.
     * </pre>
     */
    public dev.dbx.v1.RollbackToSavepointResponse rollbackToSavepoint(dev.dbx.v1.RollbackToSavepointRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getRollbackToSavepointMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Forgets a savepoint (and the ones made after it), keeping their changes.
     * Capability `transaction.savepoints`.
     * </pre>
     */
    public dev.dbx.v1.ReleaseSavepointResponse releaseSavepoint(dev.dbx.v1.ReleaseSavepointRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getReleaseSavepointMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do limited synchronous rpc calls to service TransactionService.
   * <pre>
   * Atomic batches and interactive transactions.
   * An interactive transaction lives in the DBX process that began it: calls
   * that carry its id must reach the same process (see docs/operations.md).
   * </pre>
   */
  public static final class TransactionServiceBlockingStub
      extends io.grpc.stub.AbstractBlockingStub<TransactionServiceBlockingStub> {
    private TransactionServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected TransactionServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new TransactionServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * Applies writes as one atomic unit, or none of them.
     * Capability `transaction.atomic_batch`.
     * </pre>
     */
    public dev.dbx.v1.AtomicBatchResponse atomicBatch(dev.dbx.v1.AtomicBatchRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getAtomicBatchMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Begins an interactive transaction. Data, query and SQL calls that carry
     * its id run in it. It is rolled back when idle longer than its timeout.
     * Capability `transaction.interactive`.
     * </pre>
     */
    public dev.dbx.v1.BeginResponse begin(dev.dbx.v1.BeginRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getBeginMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Commits a transaction. FAILED_PRECONDITION when the id is unknown or
     * expired; ABORTED when the backend aborted it (a conflict).
     * </pre>
     */
    public dev.dbx.v1.CommitResponse commit(dev.dbx.v1.CommitRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCommitMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Rolls back a transaction. FAILED_PRECONDITION when the id is unknown or
     * expired.
     * </pre>
     */
    public dev.dbx.v1.RollbackResponse rollback(dev.dbx.v1.RollbackRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getRollbackMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Marks a point in a transaction to roll back to later. Capability
     * `transaction.savepoints`.
     * </pre>
     */
    public dev.dbx.v1.CreateSavepointResponse createSavepoint(dev.dbx.v1.CreateSavepointRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCreateSavepointMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Undoes what the transaction did after the savepoint; the savepoint stays.
     * Capability `transaction.savepoints`.
     * </pre>
     */
    public dev.dbx.v1.RollbackToSavepointResponse rollbackToSavepoint(dev.dbx.v1.RollbackToSavepointRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getRollbackToSavepointMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Forgets a savepoint (and the ones made after it), keeping their changes.
     * Capability `transaction.savepoints`.
     * </pre>
     */
    public dev.dbx.v1.ReleaseSavepointResponse releaseSavepoint(dev.dbx.v1.ReleaseSavepointRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getReleaseSavepointMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do ListenableFuture-style rpc calls to service TransactionService.
   * <pre>
   * Atomic batches and interactive transactions.
   * An interactive transaction lives in the DBX process that began it: calls
   * that carry its id must reach the same process (see docs/operations.md).
   * </pre>
   */
  public static final class TransactionServiceFutureStub
      extends io.grpc.stub.AbstractFutureStub<TransactionServiceFutureStub> {
    private TransactionServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected TransactionServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new TransactionServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * Applies writes as one atomic unit, or none of them.
     * Capability `transaction.atomic_batch`.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.v1.AtomicBatchResponse> atomicBatch(
        dev.dbx.v1.AtomicBatchRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getAtomicBatchMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Begins an interactive transaction. Data, query and SQL calls that carry
     * its id run in it. It is rolled back when idle longer than its timeout.
     * Capability `transaction.interactive`.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.v1.BeginResponse> begin(
        dev.dbx.v1.BeginRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getBeginMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Commits a transaction. FAILED_PRECONDITION when the id is unknown or
     * expired; ABORTED when the backend aborted it (a conflict).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.v1.CommitResponse> commit(
        dev.dbx.v1.CommitRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCommitMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Rolls back a transaction. FAILED_PRECONDITION when the id is unknown or
     * expired.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.v1.RollbackResponse> rollback(
        dev.dbx.v1.RollbackRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getRollbackMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Marks a point in a transaction to roll back to later. Capability
     * `transaction.savepoints`.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.v1.CreateSavepointResponse> createSavepoint(
        dev.dbx.v1.CreateSavepointRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCreateSavepointMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Undoes what the transaction did after the savepoint; the savepoint stays.
     * Capability `transaction.savepoints`.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.v1.RollbackToSavepointResponse> rollbackToSavepoint(
        dev.dbx.v1.RollbackToSavepointRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getRollbackToSavepointMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Forgets a savepoint (and the ones made after it), keeping their changes.
     * Capability `transaction.savepoints`.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.v1.ReleaseSavepointResponse> releaseSavepoint(
        dev.dbx.v1.ReleaseSavepointRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getReleaseSavepointMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_ATOMIC_BATCH = 0;
  private static final int METHODID_BEGIN = 1;
  private static final int METHODID_COMMIT = 2;
  private static final int METHODID_ROLLBACK = 3;
  private static final int METHODID_CREATE_SAVEPOINT = 4;
  private static final int METHODID_ROLLBACK_TO_SAVEPOINT = 5;
  private static final int METHODID_RELEASE_SAVEPOINT = 6;

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
        case METHODID_ATOMIC_BATCH:
          serviceImpl.atomicBatch((dev.dbx.v1.AtomicBatchRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.v1.AtomicBatchResponse>) responseObserver);
          break;
        case METHODID_BEGIN:
          serviceImpl.begin((dev.dbx.v1.BeginRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.v1.BeginResponse>) responseObserver);
          break;
        case METHODID_COMMIT:
          serviceImpl.commit((dev.dbx.v1.CommitRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.v1.CommitResponse>) responseObserver);
          break;
        case METHODID_ROLLBACK:
          serviceImpl.rollback((dev.dbx.v1.RollbackRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.v1.RollbackResponse>) responseObserver);
          break;
        case METHODID_CREATE_SAVEPOINT:
          serviceImpl.createSavepoint((dev.dbx.v1.CreateSavepointRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.v1.CreateSavepointResponse>) responseObserver);
          break;
        case METHODID_ROLLBACK_TO_SAVEPOINT:
          serviceImpl.rollbackToSavepoint((dev.dbx.v1.RollbackToSavepointRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.v1.RollbackToSavepointResponse>) responseObserver);
          break;
        case METHODID_RELEASE_SAVEPOINT:
          serviceImpl.releaseSavepoint((dev.dbx.v1.ReleaseSavepointRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.v1.ReleaseSavepointResponse>) responseObserver);
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
          getAtomicBatchMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.v1.AtomicBatchRequest,
              dev.dbx.v1.AtomicBatchResponse>(
                service, METHODID_ATOMIC_BATCH)))
        .addMethod(
          getBeginMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.v1.BeginRequest,
              dev.dbx.v1.BeginResponse>(
                service, METHODID_BEGIN)))
        .addMethod(
          getCommitMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.v1.CommitRequest,
              dev.dbx.v1.CommitResponse>(
                service, METHODID_COMMIT)))
        .addMethod(
          getRollbackMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.v1.RollbackRequest,
              dev.dbx.v1.RollbackResponse>(
                service, METHODID_ROLLBACK)))
        .addMethod(
          getCreateSavepointMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.v1.CreateSavepointRequest,
              dev.dbx.v1.CreateSavepointResponse>(
                service, METHODID_CREATE_SAVEPOINT)))
        .addMethod(
          getRollbackToSavepointMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.v1.RollbackToSavepointRequest,
              dev.dbx.v1.RollbackToSavepointResponse>(
                service, METHODID_ROLLBACK_TO_SAVEPOINT)))
        .addMethod(
          getReleaseSavepointMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.v1.ReleaseSavepointRequest,
              dev.dbx.v1.ReleaseSavepointResponse>(
                service, METHODID_RELEASE_SAVEPOINT)))
        .build();
  }

  private static abstract class TransactionServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    TransactionServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return dev.dbx.v1.TransactionProto.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("TransactionService");
    }
  }

  private static final class TransactionServiceFileDescriptorSupplier
      extends TransactionServiceBaseDescriptorSupplier {
    TransactionServiceFileDescriptorSupplier() {}
  }

  private static final class TransactionServiceMethodDescriptorSupplier
      extends TransactionServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final java.lang.String methodName;

    TransactionServiceMethodDescriptorSupplier(java.lang.String methodName) {
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
      synchronized (TransactionServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new TransactionServiceFileDescriptorSupplier())
              .addMethod(getAtomicBatchMethod())
              .addMethod(getBeginMethod())
              .addMethod(getCommitMethod())
              .addMethod(getRollbackMethod())
              .addMethod(getCreateSavepointMethod())
              .addMethod(getRollbackToSavepointMethod())
              .addMethod(getReleaseSavepointMethod())
              .build();
        }
      }
    }
    return result;
  }
}
