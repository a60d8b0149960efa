package dev.dbx.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * What the server serves and how its backends are doing.
 * </pre>
 */
@io.grpc.stub.annotations.GrpcGenerated
public final class AdminServiceGrpc {

  private AdminServiceGrpc() {}

  public static final java.lang.String SERVICE_NAME = "dbx.v1.AdminService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<dev.dbx.v1.ListBackendsRequest,
      dev.dbx.v1.ListBackendsResponse> getListBackendsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListBackends",
      requestType = dev.dbx.v1.ListBackendsRequest.class,
      responseType = dev.dbx.v1.ListBackendsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.v1.ListBackendsRequest,
      dev.dbx.v1.ListBackendsResponse> getListBackendsMethod() {
    io.grpc.MethodDescriptor<dev.dbx.v1.ListBackendsRequest, dev.dbx.v1.ListBackendsResponse> getListBackendsMethod;
    if ((getListBackendsMethod = AdminServiceGrpc.getListBackendsMethod) == null) {
      synchronized (AdminServiceGrpc.class) {
        if ((getListBackendsMethod = AdminServiceGrpc.getListBackendsMethod) == null) {
          AdminServiceGrpc.getListBackendsMethod = getListBackendsMethod =
              io.grpc.MethodDescriptor.<dev.dbx.v1.ListBackendsRequest, dev.dbx.v1.ListBackendsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListBackends"))
              .setSafe(true)
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.v1.ListBackendsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.v1.ListBackendsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AdminServiceMethodDescriptorSupplier("ListBackends"))
              .build();
        }
      }
    }
    return getListBackendsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.v1.GetCapabilitiesRequest,
      dev.dbx.v1.GetCapabilitiesResponse> getGetCapabilitiesMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetCapabilities",
      requestType = dev.dbx.v1.GetCapabilitiesRequest.class,
      responseType = dev.dbx.v1.GetCapabilitiesResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.v1.GetCapabilitiesRequest,
      dev.dbx.v1.GetCapabilitiesResponse> getGetCapabilitiesMethod() {
    io.grpc.MethodDescriptor<dev.dbx.v1.GetCapabilitiesRequest, dev.dbx.v1.GetCapabilitiesResponse> getGetCapabilitiesMethod;
    if ((getGetCapabilitiesMethod = AdminServiceGrpc.getGetCapabilitiesMethod) == null) {
      synchronized (AdminServiceGrpc.class) {
        if ((getGetCapabilitiesMethod = AdminServiceGrpc.getGetCapabilitiesMethod) == null) {
          AdminServiceGrpc.getGetCapabilitiesMethod = getGetCapabilitiesMethod =
              io.grpc.MethodDescriptor.<dev.dbx.v1.GetCapabilitiesRequest, dev.dbx.v1.GetCapabilitiesResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetCapabilities"))
              .setSafe(true)
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.v1.GetCapabilitiesRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.v1.GetCapabilitiesResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AdminServiceMethodDescriptorSupplier("GetCapabilities"))
              .build();
        }
      }
    }
    return getGetCapabilitiesMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.v1.PingRequest,
      dev.dbx.v1.PingResponse> getPingMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "Ping",
      requestType = dev.dbx.v1.PingRequest.class,
      responseType = dev.dbx.v1.PingResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.v1.PingRequest,
      dev.dbx.v1.PingResponse> getPingMethod() {
    io.grpc.MethodDescriptor<dev.dbx.v1.PingRequest, dev.dbx.v1.PingResponse> getPingMethod;
    if ((getPingMethod = AdminServiceGrpc.getPingMethod) == null) {
      synchronized (AdminServiceGrpc.class) {
        if ((getPingMethod = AdminServiceGrpc.getPingMethod) == null) {
          AdminServiceGrpc.getPingMethod = getPingMethod =
              io.grpc.MethodDescriptor.<dev.dbx.v1.PingRequest, dev.dbx.v1.PingResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "Ping"))
              .setSafe(true)
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.v1.PingRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.v1.PingResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AdminServiceMethodDescriptorSupplier("Ping"))
              .build();
        }
      }
    }
    return getPingMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.v1.GetHealthRequest,
      dev.dbx.v1.GetHealthResponse> getGetHealthMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetHealth",
      requestType = dev.dbx.v1.GetHealthRequest.class,
      responseType = dev.dbx.v1.GetHealthResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.v1.GetHealthRequest,
      dev.dbx.v1.GetHealthResponse> getGetHealthMethod() {
    io.grpc.MethodDescriptor<dev.dbx.v1.GetHealthRequest, dev.dbx.v1.GetHealthResponse> getGetHealthMethod;
    if ((getGetHealthMethod = AdminServiceGrpc.getGetHealthMethod) == null) {
      synchronized (AdminServiceGrpc.class) {
        if ((getGetHealthMethod = AdminServiceGrpc.getGetHealthMethod) == null) {
          AdminServiceGrpc.getGetHealthMethod = getGetHealthMethod =
              io.grpc.MethodDescriptor.<dev.dbx.v1.GetHealthRequest, dev.dbx.v1.GetHealthResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetHealth"))
              .setSafe(true)
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.v1.GetHealthRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.v1.GetHealthResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AdminServiceMethodDescriptorSupplier("GetHealth"))
              .build();
        }
      }
    }
    return getGetHealthMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.v1.GetStatsRequest,
      dev.dbx.v1.GetStatsResponse> getGetStatsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetStats",
      requestType = dev.dbx.v1.GetStatsRequest.class,
      responseType = dev.dbx.v1.GetStatsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.v1.GetStatsRequest,
      dev.dbx.v1.GetStatsResponse> getGetStatsMethod() {
    io.grpc.MethodDescriptor<dev.dbx.v1.GetStatsRequest, dev.dbx.v1.GetStatsResponse> getGetStatsMethod;
    if ((getGetStatsMethod = AdminServiceGrpc.getGetStatsMethod) == null) {
      synchronized (AdminServiceGrpc.class) {
        if ((getGetStatsMethod = AdminServiceGrpc.getGetStatsMethod) == null) {
          AdminServiceGrpc.getGetStatsMethod = getGetStatsMethod =
              io.grpc.MethodDescriptor.<dev.dbx.v1.GetStatsRequest, dev.dbx.v1.GetStatsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetStats"))
              .setSafe(true)
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.v1.GetStatsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.v1.GetStatsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AdminServiceMethodDescriptorSupplier("GetStats"))
              .build();
        }
      }
    }
    return getGetStatsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.v1.GetServerInfoRequest,
      dev.dbx.v1.GetServerInfoResponse> getGetServerInfoMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetServerInfo",
      requestType = dev.dbx.v1.GetServerInfoRequest.class,
      responseType = dev.dbx.v1.GetServerInfoResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.v1.GetServerInfoRequest,
      dev.dbx.v1.GetServerInfoResponse> getGetServerInfoMethod() {
    io.grpc.MethodDescriptor<dev.dbx.v1.GetServerInfoRequest, dev.dbx.v1.GetServerInfoResponse> getGetServerInfoMethod;
    if ((getGetServerInfoMethod = AdminServiceGrpc.getGetServerInfoMethod) == null) {
      synchronized (AdminServiceGrpc.class) {
        if ((getGetServerInfoMethod = AdminServiceGrpc.getGetServerInfoMethod) == null) {
          AdminServiceGrpc.getGetServerInfoMethod = getGetServerInfoMethod =
              io.grpc.MethodDescriptor.<dev.dbx.v1.GetServerInfoRequest, dev.dbx.v1.GetServerInfoResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetServerInfo"))
              .setSafe(true)
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.v1.GetServerInfoRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.v1.GetServerInfoResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AdminServiceMethodDescriptorSupplier("GetServerInfo"))
              .build();
        }
      }
    }
    return getGetServerInfoMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static AdminServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<AdminServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<AdminServiceStub>() {
        @java.lang.Override
        public AdminServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new AdminServiceStub(channel, callOptions);
        }
      };
    return AdminServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports all types of calls on the service
   */
  public static AdminServiceBlockingV2Stub newBlockingV2Stub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<AdminServiceBlockingV2Stub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<AdminServiceBlockingV2Stub>() {
        @java.lang.Override
        public AdminServiceBlockingV2Stub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new AdminServiceBlockingV2Stub(channel, callOptions);
        }
      };
    return AdminServiceBlockingV2Stub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static AdminServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<AdminServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<AdminServiceBlockingStub>() {
        @java.lang.Override
        public AdminServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new AdminServiceBlockingStub(channel, callOptions);
        }
      };
    return AdminServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static AdminServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<AdminServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<AdminServiceFutureStub>() {
        @java.lang.Override
        public AdminServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new AdminServiceFutureStub(channel, callOptions);
        }
      };
    return AdminServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * What the server serves and how its backends are doing.
   * </pre>
   */
  public interface AsyncService {

    /**
     * <pre>
     * Lists the configured backends.
     * </pre>
     */
    default void listBackends(dev.dbx.v1.ListBackendsRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.v1.ListBackendsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListBackendsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Tells what a backend can do.
     * </pre>
     */
    default void getCapabilities(dev.dbx.v1.GetCapabilitiesRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.v1.GetCapabilitiesResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetCapabilitiesMethod(), responseObserver);
    }

    /**
     * <pre>
     * Round-trips to a backend and reports the latency.
     * </pre>
     */
    default void ping(dev.dbx.v1.PingRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.v1.PingResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getPingMethod(), responseObserver);
    }

    /**
     * <pre>
     * Reports the health of every backend (or one).
     * </pre>
     */
    default void getHealth(dev.dbx.v1.GetHealthRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.v1.GetHealthResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetHealthMethod(), responseObserver);
    }

    /**
     * <pre>
     * Reports counters and pool state of a backend.
     * </pre>
     */
    default void getStats(dev.dbx.v1.GetStatsRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.v1.GetStatsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetStatsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Reports the server's version and uptime.
     * </pre>
     */
    default void getServerInfo(dev.dbx.v1.GetServerInfoRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.v1.GetServerInfoResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetServerInfoMethod(), responseObserver);
    }
  }

  /**
   * Base class for the server implementation of the service AdminService.
   * <pre>
   * What the server serves and how its backends are doing.
   * </pre>
   */
  public static abstract class AdminServiceImplBase
      implements io.grpc.BindableService, AsyncService {

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return AdminServiceGrpc.bindService(this);
    }
  }

  /**
   * A stub to allow clients to do asynchronous rpc calls to service AdminService.
   * <pre>
   * What the server serves and how its backends are doing.
   * </pre>
   */
  public static final class AdminServiceStub
      extends io.grpc.stub.AbstractAsyncStub<AdminServiceStub> {
    private AdminServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected AdminServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new AdminServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * Lists the configured backends.
     * </pre>
     */
    public void listBackends(dev.dbx.v1.ListBackendsRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.v1.ListBackendsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListBackendsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Tells what a backend can do.
     * </pre>
     */
    public void getCapabilities(dev.dbx.v1.GetCapabilitiesRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.v1.GetCapabilitiesResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetCapabilitiesMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Round-trips to a backend and reports the latency.
     * </pre>
     */
    public void ping(dev.dbx.v1.PingRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.v1.PingResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getPingMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Reports the health of every backend (or one).
     * </pre>
     */
    public void getHealth(dev.dbx.v1.GetHealthRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.v1.GetHealthResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetHealthMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Reports counters and pool state of a backend.
     * </pre>
     */
    public void getStats(dev.dbx.v1.GetStatsRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.v1.GetStatsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetStatsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Reports the server's version and uptime.
     * </pre>
     */
    public void getServerInfo(dev.dbx.v1.GetServerInfoRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.v1.GetServerInfoResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetServerInfoMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * A stub to allow clients to do synchronous rpc calls to service AdminService.
   * <pre>
   * What the server serves and how its backends are doing.
   * </pre>
   */
  public static final class AdminServiceBlockingV2Stub
      extends io.grpc.stub.AbstractBlockingStub<AdminServiceBlockingV2Stub> {
    private AdminServiceBlockingV2Stub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected AdminServiceBlockingV2Stub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new AdminServiceBlockingV2Stub(channel, callOptions);
    }

    /**
     * <pre>
     * Lists the configured backends.
     * </pre>
     */
    public dev.dbx.v1.ListBackendsResponse listBackends(dev.dbx.v1.ListBackendsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getListBackendsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Tells what a backend can do.
     * </pre>
     */
    public dev.dbx.v1.GetCapabilitiesResponse getCapabilities(dev.dbx.v1.GetCapabilitiesRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetCapabilitiesMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Round-trips to a backend and reports the latency.
     * </pre>
     */
    public dev.dbx.v1.PingResponse ping(dev.dbx.v1.PingRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getPingMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Reports the health of every backend (or one).
     * </pre>
     */
    public dev.dbx.v1.GetHealthResponse getHealth(dev.dbx.v1.GetHealthRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetHealthMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Reports counters and pool state of a backend.
     * </pre>
     */
    public dev.dbx.v1.GetStatsResponse getStats(dev.dbx.v1.GetStatsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetStatsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Reports the server's version and uptime.
     * </pre>
     */
    public dev.dbx.v1.GetServerInfoResponse getServerInfo(dev.dbx.v1.GetServerInfoRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetServerInfoMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do limited synchronous rpc calls to service AdminService.
   * <pre>
   * What the server serves and how its backends are doing.
   * </pre>
   */
  public static final class AdminServiceBlockingStub
      extends io.grpc.stub.AbstractBlockingStub<AdminServiceBlockingStub> {
    private AdminServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected AdminServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new AdminServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * Lists the configured backends.
     * </pre>
     */
    public dev.dbx.v1.ListBackendsResponse listBackends(dev.dbx.v1.ListBackendsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListBackendsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Tells what a backend can do.
     * </pre>
     */
    public dev.dbx.v1.GetCapabilitiesResponse getCapabilities(dev.dbx.v1.GetCapabilitiesRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetCapabilitiesMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Round-trips to a backend and reports the latency.
     * </pre>
     */
    public dev.dbx.v1.PingResponse ping(dev.dbx.v1.PingRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getPingMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Reports the health of every backend (or one).
     * </pre>
     */
    public dev.dbx.v1.GetHealthResponse getHealth(dev.dbx.v1.GetHealthRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetHealthMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Reports counters and pool state of a backend.
     * </pre>
     */
    public dev.dbx.v1.GetStatsResponse getStats(dev.dbx.v1.GetStatsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetStatsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Reports the server's version and uptime.
     * </pre>
     */
    public dev.dbx.v1.GetServerInfoResponse getServerInfo(dev.dbx.v1.GetServerInfoRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetServerInfoMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do ListenableFuture-style rpc calls to service AdminService.
   * <pre>
   * What the server serves and how its backends are doing.
   * </pre>
   */
  public static final class AdminServiceFutureStub
      extends io.grpc.stub.AbstractFutureStub<AdminServiceFutureStub> {
    private AdminServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected AdminServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new AdminServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * Lists the configured backends.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.v1.ListBackendsResponse> listBackends(
        dev.dbx.v1.ListBackendsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListBackendsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Tells what a backend can do.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.v1.GetCapabilitiesResponse> getCapabilities(
        dev.dbx.v1.GetCapabilitiesRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetCapabilitiesMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Round-trips to a backend and reports the latency.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.v1.PingResponse> ping(
        dev.dbx.v1.PingRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getPingMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Reports the health of every backend (or one).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.v1.GetHealthResponse> getHealth(
        dev.dbx.v1.GetHealthRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetHealthMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Reports counters and pool state of a backend.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.v1.GetStatsResponse> getStats(
        dev.dbx.v1.GetStatsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetStatsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Reports the server's version and uptime.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.v1.GetServerInfoResponse> getServerInfo(
        dev.dbx.v1.GetServerInfoRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetServerInfoMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_LIST_BACKENDS = 0;
  private static final int METHODID_GET_CAPABILITIES = 1;
  private static final int METHODID_PING = 2;
  private static final int METHODID_GET_HEALTH = 3;
  private static final int METHODID_GET_STATS = 4;
  private static final int METHODID_GET_SERVER_INFO = 5;

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
        case METHODID_LIST_BACKENDS:
          serviceImpl.listBackends((dev.dbx.v1.ListBackendsRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.v1.ListBackendsResponse>) responseObserver);
          break;
        case METHODID_GET_CAPABILITIES:
          serviceImpl.getCapabilities((dev.dbx.v1.GetCapabilitiesRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.v1.GetCapabilitiesResponse>) responseObserver);
          break;
        case METHODID_PING:
          serviceImpl.ping((dev.dbx.v1.PingRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.v1.PingResponse>) responseObserver);
          break;
        case METHODID_GET_HEALTH:
          serviceImpl.getHealth((dev.dbx.v1.GetHealthRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.v1.GetHealthResponse>) responseObserver);
          break;
        case METHODID_GET_STATS:
          serviceImpl.getStats((dev.dbx.v1.GetStatsRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.v1.GetStatsResponse>) responseObserver);
          break;
        case METHODID_GET_SERVER_INFO:
          serviceImpl.getServerInfo((dev.dbx.v1.GetServerInfoRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.v1.GetServerInfoResponse>) responseObserver);
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
          getListBackendsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.v1.ListBackendsRequest,
              dev.dbx.v1.ListBackendsResponse>(
                service, METHODID_LIST_BACKENDS)))
        .addMethod(
          getGetCapabilitiesMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.v1.GetCapabilitiesRequest,
              dev.dbx.v1.GetCapabilitiesResponse>(
                service, METHODID_GET_CAPABILITIES)))
        .addMethod(
          getPingMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.v1.PingRequest,
              dev.dbx.v1.PingResponse>(
                service, METHODID_PING)))
        .addMethod(
          getGetHealthMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.v1.GetHealthRequest,
              dev.dbx.v1.GetHealthResponse>(
                service, METHODID_GET_HEALTH)))
        .addMethod(
          getGetStatsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.v1.GetStatsRequest,
              dev.dbx.v1.GetStatsResponse>(
                service, METHODID_GET_STATS)))
        .addMethod(
          getGetServerInfoMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.v1.GetServerInfoRequest,
              dev.dbx.v1.GetServerInfoResponse>(
                service, METHODID_GET_SERVER_INFO)))
        .build();
  }

  private static abstract class AdminServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    AdminServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return dev.dbx.v1.AdminProto.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("AdminService");
    }
  }

  private static final class AdminServiceFileDescriptorSupplier
      extends AdminServiceBaseDescriptorSupplier {
    AdminServiceFileDescriptorSupplier() {}
  }

  private static final class AdminServiceMethodDescriptorSupplier
      extends AdminServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final java.lang.String methodName;

    AdminServiceMethodDescriptorSupplier(java.lang.String methodName) {
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
      synchronized (AdminServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new AdminServiceFileDescriptorSupplier())
              .addMethod(getListBackendsMethod())
              .addMethod(getGetCapabilitiesMethod())
              .addMethod(getPingMethod())
              .addMethod(getGetHealthMethod())
              .addMethod(getGetStatsMethod())
              .addMethod(getGetServerInfoMethod())
              .build();
        }
      }
    }
    return result;
  }
}
