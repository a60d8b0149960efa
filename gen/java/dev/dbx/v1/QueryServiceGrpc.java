package dev.dbx.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * Structured queries that every backend answers, and native queries in the
 * backend's own language.
 * </pre>
 */
@io.grpc.stub.annotations.GrpcGenerated
public final class QueryServiceGrpc {

  private QueryServiceGrpc() {}

  public static final java.lang.String SERVICE_NAME = "dbx.v1.QueryService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<dev.dbx.v1.FindRequest,
      dev.dbx.v1.FindResponse> getFindMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "Find",
      requestType = dev.dbx.v1.FindRequest.class,
      responseType = dev.dbx.v1.FindResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.v1.FindRequest,
      dev.dbx.v1.FindResponse> getFindMethod() {
    io.grpc.MethodDescriptor<dev.dbx.v1.FindRequest, dev.dbx.v1.FindResponse> getFindMethod;
    if ((getFindMethod = QueryServiceGrpc.getFindMethod) == null) {
      synchronized (QueryServiceGrpc.class) {
        if ((getFindMethod = QueryServiceGrpc.getFindMethod) == null) {
          QueryServiceGrpc.getFindMethod = getFindMethod =
              io.grpc.MethodDescriptor.<dev.dbx.v1.FindRequest, dev.dbx.v1.FindResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "Find"))
              .setSafe(true)
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.v1.FindRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.v1.FindResponse.getDefaultInstance()))
              .setSchemaDescriptor(new QueryServiceMethodDescriptorSupplier("Find"))
              .build();
        }
      }
    }
    return getFindMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.v1.FindStreamRequest,
      dev.dbx.v1.FindStreamResponse> getFindStreamMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "FindStream",
      requestType = dev.dbx.v1.FindStreamRequest.class,
      responseType = dev.dbx.v1.FindStreamResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.SERVER_STREAMING)
  public static io.grpc.MethodDescriptor<dev.dbx.v1.FindStreamRequest,
      dev.dbx.v1.FindStreamResponse> getFindStreamMethod() {
    io.grpc.MethodDescriptor<dev.dbx.v1.FindStreamRequest, dev.dbx.v1.FindStreamResponse> getFindStreamMethod;
    if ((getFindStreamMethod = QueryServiceGrpc.getFindStreamMethod) == null) {
      synchronized (QueryServiceGrpc.class) {
        if ((getFindStreamMethod = QueryServiceGrpc.getFindStreamMethod) == null) {
          QueryServiceGrpc.getFindStreamMethod = getFindStreamMethod =
              io.grpc.MethodDescriptor.<dev.dbx.v1.FindStreamRequest, dev.dbx.v1.FindStreamResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.SERVER_STREAMING)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "FindStream"))
              .setSafe(true)
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.v1.FindStreamRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.v1.FindStreamResponse.getDefaultInstance()))
              .setSchemaDescriptor(new QueryServiceMethodDescriptorSupplier("FindStream"))
              .build();
        }
      }
    }
    return getFindStreamMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.v1.ExecuteRequest,
      dev.dbx.v1.ExecuteResponse> getExecuteMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "Execute",
      requestType = dev.dbx.v1.ExecuteRequest.class,
      responseType = dev.dbx.v1.ExecuteResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.v1.ExecuteRequest,
      dev.dbx.v1.ExecuteResponse> getExecuteMethod() {
    io.grpc.MethodDescriptor<dev.dbx.v1.ExecuteRequest, dev.dbx.v1.ExecuteResponse> getExecuteMethod;
    if ((getExecuteMethod = QueryServiceGrpc.getExecuteMethod) == null) {
      synchronized (QueryServiceGrpc.class) {
        if ((getExecuteMethod = QueryServiceGrpc.getExecuteMethod) == null) {
          QueryServiceGrpc.getExecuteMethod = getExecuteMethod =
              io.grpc.MethodDescriptor.<dev.dbx.v1.ExecuteRequest, dev.dbx.v1.ExecuteResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "Execute"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.v1.ExecuteRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.v1.ExecuteResponse.getDefaultInstance()))
              .setSchemaDescriptor(new QueryServiceMethodDescriptorSupplier("Execute"))
              .build();
        }
      }
    }
    return getExecuteMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static QueryServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<QueryServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<QueryServiceStub>() {
        @java.lang.Override
        public QueryServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new QueryServiceStub(channel, callOptions);
        }
      };
    return QueryServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports all types of calls on the service
   */
  public static QueryServiceBlockingV2Stub newBlockingV2Stub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<QueryServiceBlockingV2Stub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<QueryServiceBlockingV2Stub>() {
        @java.lang.Override
        public QueryServiceBlockingV2Stub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new QueryServiceBlockingV2Stub(channel, callOptions);
        }
      };
    return QueryServiceBlockingV2Stub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static QueryServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<QueryServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<QueryServiceBlockingStub>() {
        @java.lang.Override
        public QueryServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new QueryServiceBlockingStub(channel, callOptions);
        }
      };
    return QueryServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static QueryServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<QueryServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<QueryServiceFutureStub>() {
        @java.lang.Override
        public QueryServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new QueryServiceFutureStub(channel, callOptions);
        }
      };
    return QueryServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * Structured queries that every backend answers, and native queries in the
   * backend's own language.
   * </pre>
   */
  public interface AsyncService {

    /**
     * <pre>
     * Finds the records that match a filter, one page at a time. Past the
     * server's row limit, use FindStream.
     * </pre>
     */
    default void find(dev.dbx.v1.FindRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.v1.FindResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getFindMethod(), responseObserver);
    }

    /**
     * <pre>
     * Finds the records that match a filter and streams all of them, in
     * batches, with flow control. Works from browsers (server streaming).
     * </pre>
     */
    default void findStream(dev.dbx.v1.FindStreamRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.v1.FindStreamResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getFindStreamMethod(), responseObserver);
    }

    /**
     * <pre>
     * Runs a statement in the backend's native language (SQL text for SQL
     * backends, a command for Redis, a command document for MongoDB) with typed
     * parameters. Capability `query.native`.
     * </pre>
     */
    default void execute(dev.dbx.v1.ExecuteRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.v1.ExecuteResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getExecuteMethod(), responseObserver);
    }
  }

  /**
   * Base class for the server implementation of the service QueryService.
   * <pre>
   * Structured queries that every backend answers, and native queries in the
   * backend's own language.
   * </pre>
   */
  public static abstract class QueryServiceImplBase
      implements io.grpc.BindableService, AsyncService {

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return QueryServiceGrpc.bindService(this);
    }
  }

  /**
   * A stub to allow clients to do asynchronous rpc calls to service QueryService.
   * <pre>
   * Structured queries that every backend answers, and native queries in the
   * backend's own language.
   * </pre>
   */
  public static final class QueryServiceStub
      extends io.grpc.stub.AbstractAsyncStub<QueryServiceStub> {
    private QueryServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected QueryServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new QueryServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * Finds the records that match a filter, one page at a time. Past the
     * server's row limit, use FindStream.
     * </pre>
     */
    public void find(dev.dbx.v1.FindRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.v1.FindResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getFindMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Finds the records that match a filter and streams all of them, in
     * batches, with flow control. Works from browsers (server streaming).
     * </pre>
     */
    public void findStream(dev.dbx.v1.FindStreamRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.v1.FindStreamResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncServerStreamingCall(
          getChannel().newCall(getFindStreamMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Runs a statement in the backend's native language (SQL text for SQL
     * backends, a command for Redis, a command document for MongoDB) with typed
     * parameters. Capability `query.native`.
     * </pre>
     */
    public void execute(dev.dbx.v1.ExecuteRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.v1.ExecuteResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getExecuteMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * A stub to allow clients to do synchronous rpc calls to service QueryService.
   * <pre>
   * Structured queries that every backend answers, and native queries in the
   * backend's own language.
   * </pre>
   */
  public static final class QueryServiceBlockingV2Stub
      extends io.grpc.stub.AbstractBlockingStub<QueryServiceBlockingV2Stub> {
    private QueryServiceBlockingV2Stub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected QueryServiceBlockingV2Stub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new QueryServiceBlockingV2Stub(channel, callOptions);
    }

    /**
     * <pre>
     * Finds the records that match a filter, one page at a time. Past the
     * server's row limit, use FindStream.
     * </pre>
     */
    public dev.dbx.v1.FindResponse find(dev.dbx.v1.FindRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getFindMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Finds the records that match a filter and streams all of them, in
     * batches, with flow control. Works from browsers (server streaming).
     * </pre>
     */
    @io.grpc.ExperimentalApi("https://github.com/grpc/grpc-java/issues/10918")
    public io.grpc.stub.BlockingClientCall<?, dev.dbx.v1.FindStreamResponse>
        findStream(dev.dbx.v1.FindStreamRequest request) {
      return io.grpc.stub.ClientCalls.blockingV2ServerStreamingCall(
          getChannel(), getFindStreamMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Runs a statement in the backend's native language (SQL text for SQL
     * backends, a command for Redis, a command document for MongoDB) with typed
     * parameters. Capability `query.native`.
     * </pre>
     */
    public dev.dbx.v1.ExecuteResponse execute(dev.dbx.v1.ExecuteRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getExecuteMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do limited synchronous rpc calls to service QueryService.
   * <pre>
   * Structured queries that every backend answers, and native queries in the
   * backend's own language.
   * </pre>
   */
  public static final class QueryServiceBlockingStub
      extends io.grpc.stub.AbstractBlockingStub<QueryServiceBlockingStub> {
    private QueryServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected QueryServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new QueryServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * Finds the records that match a filter, one page at a time. Past the
     * server's row limit, use FindStream.
     * </pre>
     */
    public dev.dbx.v1.FindResponse find(dev.dbx.v1.FindRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getFindMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Finds the records that match a filter and streams all of them, in
     * batches, with flow control. Works from browsers (server streaming).
     * </pre>
     */
    public java.util.Iterator<dev.dbx.v1.FindStreamResponse> findStream(
        dev.dbx.v1.FindStreamRequest request) {
      return io.grpc.stub.ClientCalls.blockingServerStreamingCall(
          getChannel(), getFindStreamMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Runs a statement in the backend's native language (SQL text for SQL
     * backends, a command for Redis, a command document for MongoDB) with typed
     * parameters. Capability `query.native`.
     * </pre>
     */
    public dev.dbx.v1.ExecuteResponse execute(dev.dbx.v1.ExecuteRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getExecuteMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do ListenableFuture-style rpc calls to service QueryService.
   * <pre>
   * Structured queries that every backend answers, and native queries in the
   * backend's own language.
   * </pre>
   */
  public static final class QueryServiceFutureStub
      extends io.grpc.stub.AbstractFutureStub<QueryServiceFutureStub> {
    private QueryServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected QueryServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new QueryServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * Finds the records that match a filter, one page at a time. Past the
     * server's row limit, use FindStream.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.v1.FindResponse> find(
        dev.dbx.v1.FindRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getFindMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Runs a statement in the backend's native language (SQL text for SQL
     * backends, a command for Redis, a command document for MongoDB) with typed
     * parameters. Capability `query.native`.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.v1.ExecuteResponse> execute(
        dev.dbx.v1.ExecuteRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getExecuteMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_FIND = 0;
  private static final int METHODID_FIND_STREAM = 1;
  private static final int METHODID_EXECUTE = 2;

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
        case METHODID_FIND:
          serviceImpl.find((dev.dbx.v1.FindRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.v1.FindResponse>) responseObserver);
          break;
        case METHODID_FIND_STREAM:
          serviceImpl.findStream((dev.dbx.v1.FindStreamRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.v1.FindStreamResponse>) responseObserver);
          break;
        case METHODID_EXECUTE:
          serviceImpl.execute((dev.dbx.v1.ExecuteRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.v1.ExecuteResponse>) responseObserver);
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
          getFindMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.v1.FindRequest,
              dev.dbx.v1.FindResponse>(
                service, METHODID_FIND)))
        .addMethod(
          getFindStreamMethod(),
          io.grpc.stub.ServerCalls.asyncServerStreamingCall(
            new MethodHandlers<
              dev.dbx.v1.FindStreamRequest,
              dev.dbx.v1.FindStreamResponse>(
                service, METHODID_FIND_STREAM)))
        .addMethod(
          getExecuteMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.v1.ExecuteRequest,
              dev.dbx.v1.ExecuteResponse>(
                service, METHODID_EXECUTE)))
        .build();
  }

  private static abstract class QueryServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    QueryServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return dev.dbx.v1.QueryProto.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("QueryService");
    }
  }

  private static final class QueryServiceFileDescriptorSupplier
      extends QueryServiceBaseDescriptorSupplier {
    QueryServiceFileDescriptorSupplier() {}
  }

  private static final class QueryServiceMethodDescriptorSupplier
      extends QueryServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final java.lang.String methodName;

    QueryServiceMethodDescriptorSupplier(java.lang.String methodName) {
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
      synchronized (QueryServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new QueryServiceFileDescriptorSupplier())
              .addMethod(getFindMethod())
              .addMethod(getFindStreamMethod())
              .addMethod(getExecuteMethod())
              .build();
        }
      }
    }
    return result;
  }
}
