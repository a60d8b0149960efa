package dev.dbx.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * Manages the API keys DBX authenticates callers by. Every method needs the
 * `admin` permission. A key's secret is answered once, when it is made
 * (CreateApiKey, RotateApiKey); DBX keeps only its hash.
 * </pre>
 */
@io.grpc.stub.annotations.GrpcGenerated
public final class ApiKeyServiceGrpc {

  private ApiKeyServiceGrpc() {}

  public static final java.lang.String SERVICE_NAME = "dbx.v1.ApiKeyService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<dev.dbx.v1.CreateApiKeyRequest,
      dev.dbx.v1.CreateApiKeyResponse> getCreateApiKeyMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "CreateApiKey",
      requestType = dev.dbx.v1.CreateApiKeyRequest.class,
      responseType = dev.dbx.v1.CreateApiKeyResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.v1.CreateApiKeyRequest,
      dev.dbx.v1.CreateApiKeyResponse> getCreateApiKeyMethod() {
    io.grpc.MethodDescriptor<dev.dbx.v1.CreateApiKeyRequest, dev.dbx.v1.CreateApiKeyResponse> getCreateApiKeyMethod;
    if ((getCreateApiKeyMethod = ApiKeyServiceGrpc.getCreateApiKeyMethod) == null) {
      synchronized (ApiKeyServiceGrpc.class) {
        if ((getCreateApiKeyMethod = ApiKeyServiceGrpc.getCreateApiKeyMethod) == null) {
          ApiKeyServiceGrpc.getCreateApiKeyMethod = getCreateApiKeyMethod =
              io.grpc.MethodDescriptor.<dev.dbx.v1.CreateApiKeyRequest, dev.dbx.v1.CreateApiKeyResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "CreateApiKey"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.v1.CreateApiKeyRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.v1.CreateApiKeyResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ApiKeyServiceMethodDescriptorSupplier("CreateApiKey"))
              .build();
        }
      }
    }
    return getCreateApiKeyMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.v1.ListApiKeysRequest,
      dev.dbx.v1.ListApiKeysResponse> getListApiKeysMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListApiKeys",
      requestType = dev.dbx.v1.ListApiKeysRequest.class,
      responseType = dev.dbx.v1.ListApiKeysResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.v1.ListApiKeysRequest,
      dev.dbx.v1.ListApiKeysResponse> getListApiKeysMethod() {
    io.grpc.MethodDescriptor<dev.dbx.v1.ListApiKeysRequest, dev.dbx.v1.ListApiKeysResponse> getListApiKeysMethod;
    if ((getListApiKeysMethod = ApiKeyServiceGrpc.getListApiKeysMethod) == null) {
      synchronized (ApiKeyServiceGrpc.class) {
        if ((getListApiKeysMethod = ApiKeyServiceGrpc.getListApiKeysMethod) == null) {
          ApiKeyServiceGrpc.getListApiKeysMethod = getListApiKeysMethod =
              io.grpc.MethodDescriptor.<dev.dbx.v1.ListApiKeysRequest, dev.dbx.v1.ListApiKeysResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListApiKeys"))
              .setSafe(true)
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.v1.ListApiKeysRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.v1.ListApiKeysResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ApiKeyServiceMethodDescriptorSupplier("ListApiKeys"))
              .build();
        }
      }
    }
    return getListApiKeysMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.v1.RevokeApiKeyRequest,
      dev.dbx.v1.RevokeApiKeyResponse> getRevokeApiKeyMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "RevokeApiKey",
      requestType = dev.dbx.v1.RevokeApiKeyRequest.class,
      responseType = dev.dbx.v1.RevokeApiKeyResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.v1.RevokeApiKeyRequest,
      dev.dbx.v1.RevokeApiKeyResponse> getRevokeApiKeyMethod() {
    io.grpc.MethodDescriptor<dev.dbx.v1.RevokeApiKeyRequest, dev.dbx.v1.RevokeApiKeyResponse> getRevokeApiKeyMethod;
    if ((getRevokeApiKeyMethod = ApiKeyServiceGrpc.getRevokeApiKeyMethod) == null) {
      synchronized (ApiKeyServiceGrpc.class) {
        if ((getRevokeApiKeyMethod = ApiKeyServiceGrpc.getRevokeApiKeyMethod) == null) {
          ApiKeyServiceGrpc.getRevokeApiKeyMethod = getRevokeApiKeyMethod =
              io.grpc.MethodDescriptor.<dev.dbx.v1.RevokeApiKeyRequest, dev.dbx.v1.RevokeApiKeyResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "RevokeApiKey"))
              .setIdempotent(true)
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.v1.RevokeApiKeyRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.v1.RevokeApiKeyResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ApiKeyServiceMethodDescriptorSupplier("RevokeApiKey"))
              .build();
        }
      }
    }
    return getRevokeApiKeyMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.v1.RotateApiKeyRequest,
      dev.dbx.v1.RotateApiKeyResponse> getRotateApiKeyMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "RotateApiKey",
      requestType = dev.dbx.v1.RotateApiKeyRequest.class,
      responseType = dev.dbx.v1.RotateApiKeyResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.v1.RotateApiKeyRequest,
      dev.dbx.v1.RotateApiKeyResponse> getRotateApiKeyMethod() {
    io.grpc.MethodDescriptor<dev.dbx.v1.RotateApiKeyRequest, dev.dbx.v1.RotateApiKeyResponse> getRotateApiKeyMethod;
    if ((getRotateApiKeyMethod = ApiKeyServiceGrpc.getRotateApiKeyMethod) == null) {
      synchronized (ApiKeyServiceGrpc.class) {
        if ((getRotateApiKeyMethod = ApiKeyServiceGrpc.getRotateApiKeyMethod) == null) {
          ApiKeyServiceGrpc.getRotateApiKeyMethod = getRotateApiKeyMethod =
              io.grpc.MethodDescriptor.<dev.dbx.v1.RotateApiKeyRequest, dev.dbx.v1.RotateApiKeyResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "RotateApiKey"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.v1.RotateApiKeyRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.v1.RotateApiKeyResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ApiKeyServiceMethodDescriptorSupplier("RotateApiKey"))
              .build();
        }
      }
    }
    return getRotateApiKeyMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static ApiKeyServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<ApiKeyServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<ApiKeyServiceStub>() {
        @java.lang.Override
        public ApiKeyServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new ApiKeyServiceStub(channel, callOptions);
        }
      };
    return ApiKeyServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports all types of calls on the service
   */
  public static ApiKeyServiceBlockingV2Stub newBlockingV2Stub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<ApiKeyServiceBlockingV2Stub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<ApiKeyServiceBlockingV2Stub>() {
        @java.lang.Override
        public ApiKeyServiceBlockingV2Stub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new ApiKeyServiceBlockingV2Stub(channel, callOptions);
        }
      };
    return ApiKeyServiceBlockingV2Stub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static ApiKeyServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<ApiKeyServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<ApiKeyServiceBlockingStub>() {
        @java.lang.Override
        public ApiKeyServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new ApiKeyServiceBlockingStub(channel, callOptions);
        }
      };
    return ApiKeyServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static ApiKeyServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<ApiKeyServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<ApiKeyServiceFutureStub>() {
        @java.lang.Override
        public ApiKeyServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new ApiKeyServiceFutureStub(channel, callOptions);
        }
      };
    return ApiKeyServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * Manages the API keys DBX authenticates callers by. Every method needs the
   * `admin` permission. A key's secret is answered once, when it is made
   * (CreateApiKey, RotateApiKey); DBX keeps only its hash.
   * </pre>
   */
  public interface AsyncService {

    /**
     * <pre>
     * Makes a key for a role.
     * </pre>
     */
    default void createApiKey(dev.dbx.v1.CreateApiKeyRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.v1.CreateApiKeyResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCreateApiKeyMethod(), responseObserver);
    }

    /**
     * <pre>
     * Lists the keys, without their secrets.
     * </pre>
     */
    default void listApiKeys(dev.dbx.v1.ListApiKeysRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.v1.ListApiKeysResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListApiKeysMethod(), responseObserver);
    }

    /**
     * <pre>
     * Revokes a key: calls with it fail UNAUTHENTICATED from then on, and
     * streams it opened end.
     * </pre>
     */
    default void revokeApiKey(dev.dbx.v1.RevokeApiKeyRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.v1.RevokeApiKeyResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getRevokeApiKeyMethod(), responseObserver);
    }

    /**
     * <pre>
     * Gives a key a new secret, keeping its id, role and limits. The old
     * secret stays valid for `grace_period` (none by default).
     * </pre>
     */
    default void rotateApiKey(dev.dbx.v1.RotateApiKeyRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.v1.RotateApiKeyResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getRotateApiKeyMethod(), responseObserver);
    }
  }

  /**
   * Base class for the server implementation of the service ApiKeyService.
   * <pre>
   * Manages the API keys DBX authenticates callers by. Every method needs the
   * `admin` permission. A key's secret is answered once, when it is made
   * (CreateApiKey, RotateApiKey); DBX keeps only its hash.
   * </pre>
   */
  public static abstract class ApiKeyServiceImplBase
      implements io.grpc.BindableService, AsyncService {

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return ApiKeyServiceGrpc.bindService(this);
    }
  }

  /**
   * A stub to allow clients to do asynchronous rpc calls to service ApiKeyService.
   * <pre>
   * Manages the API keys DBX authenticates callers by. Every method needs the
   * `admin` permission. A key's secret is answered once, when it is made
   * (CreateApiKey, RotateApiKey); DBX keeps only its hash.
   * </pre>
   */
  public static final class ApiKeyServiceStub
      extends io.grpc.stub.AbstractAsyncStub<ApiKeyServiceStub> {
    private ApiKeyServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected ApiKeyServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new ApiKeyServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * Makes a key for a role.
     * </pre>
     */
    public void createApiKey(dev.dbx.v1.CreateApiKeyRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.v1.CreateApiKeyResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCreateApiKeyMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Lists the keys, without their secrets.
     * </pre>
     */
    public void listApiKeys(dev.dbx.v1.ListApiKeysRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.v1.ListApiKeysResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListApiKeysMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Revokes a key: calls with it fail UNAUTHENTICATED from then on, and
     * streams it opened end.
     * </pre>
     */
    public void revokeApiKey(dev.dbx.v1.RevokeApiKeyRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.v1.RevokeApiKeyResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getRevokeApiKeyMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Gives a key a new secret, keeping its id, role and limits. The old
     * secret stays valid for `grace_period` (none by default).
     * </pre>
     */
    public void rotateApiKey(dev.dbx.v1.RotateApiKeyRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.v1.RotateApiKeyResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getRotateApiKeyMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * A stub to allow clients to do synchronous rpc calls to service ApiKeyService.
   * <pre>
   * Manages the API keys DBX authenticates callers by. Every method needs the
   * `admin` permission. A key's secret is answered once, when it is made
   * (CreateApiKey, RotateApiKey); DBX keeps only its hash.
   * </pre>
   */
  public static final class ApiKeyServiceBlockingV2Stub
      extends io.grpc.stub.AbstractBlockingStub<ApiKeyServiceBlockingV2Stub> {
    private ApiKeyServiceBlockingV2Stub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected ApiKeyServiceBlockingV2Stub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new ApiKeyServiceBlockingV2Stub(channel, callOptions);
    }

    /**
     * <pre>
     * Makes a key for a role.
     * </pre>
     */
    public dev.dbx.v1.CreateApiKeyResponse createApiKey(dev.dbx.v1.CreateApiKeyRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getCreateApiKeyMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists the keys, without their secrets.
     * </pre>
     */
    public dev.dbx.v1.ListApiKeysResponse listApiKeys(dev.dbx.v1.ListApiKeysRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getListApiKeysMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Revokes a key: calls with it fail UNAUTHENTICATED from then on, and
     * streams it opened end.
     * </pre>
     */
    public dev.dbx.v1.RevokeApiKeyResponse revokeApiKey(dev.dbx.v1.RevokeApiKeyRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getRevokeApiKeyMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Gives a key a new secret, keeping its id, role and limits. The old
     * secret stays valid for `grace_period` (none by default).
     * </pre>
     */
    public dev.dbx.v1.RotateApiKeyResponse rotateApiKey(dev.dbx.v1.RotateApiKeyRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getRotateApiKeyMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do limited synchronous rpc calls to service ApiKeyService.
   * <pre>
   * Manages the API keys DBX authenticates callers by. Every method needs the
   * `admin` permission. A key's secret is answered once, when it is made
   * (CreateApiKey, RotateApiKey); DBX keeps only its hash.
   * </pre>
   */
  public static final class ApiKeyServiceBlockingStub
      extends io.grpc.stub.AbstractBlockingStub<ApiKeyServiceBlockingStub> {
    private ApiKeyServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected ApiKeyServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new ApiKeyServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * Makes a key for a role.
     * </pre>
     */
    public dev.dbx.v1.CreateApiKeyResponse createApiKey(dev.dbx.v1.CreateApiKeyRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCreateApiKeyMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists the keys, without their secrets.
     * </pre>
     */
    public dev.dbx.v1.ListApiKeysResponse listApiKeys(dev.dbx.v1.ListApiKeysRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListApiKeysMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Revokes a key: calls with it fail UNAUTHENTICATED from then on, and
     * streams it opened end.
     * </pre>
     */
    public dev.dbx.v1.RevokeApiKeyResponse revokeApiKey(dev.dbx.v1.RevokeApiKeyRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getRevokeApiKeyMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Gives a key a new secret, keeping its id, role and limits. The old
     * secret stays valid for `grace_period` (none by default).
     * </pre>
     */
    public dev.dbx.v1.RotateApiKeyResponse rotateApiKey(dev.dbx.v1.RotateApiKeyRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getRotateApiKeyMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do ListenableFuture-style rpc calls to service ApiKeyService.
   * <pre>
   * Manages the API keys DBX authenticates callers by. Every method needs the
   * `admin` permission. A key's secret is answered once, when it is made
   * (CreateApiKey, RotateApiKey); DBX keeps only its hash.
   * </pre>
   */
  public static final class ApiKeyServiceFutureStub
      extends io.grpc.stub.AbstractFutureStub<ApiKeyServiceFutureStub> {
    private ApiKeyServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected ApiKeyServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new ApiKeyServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * Makes a key for a role.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.v1.CreateApiKeyResponse> createApiKey(
        dev.dbx.v1.CreateApiKeyRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCreateApiKeyMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Lists the keys, without their secrets.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.v1.ListApiKeysResponse> listApiKeys(
        dev.dbx.v1.ListApiKeysRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListApiKeysMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Revokes a key: calls with it fail UNAUTHENTICATED from then on, and
     * streams it opened end.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.v1.RevokeApiKeyResponse> revokeApiKey(
        dev.dbx.v1.RevokeApiKeyRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getRevokeApiKeyMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Gives a key a new secret, keeping its id, role and limits. The old
     * secret stays valid for `grace_period` (none by default).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.v1.RotateApiKeyResponse> rotateApiKey(
        dev.dbx.v1.RotateApiKeyRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getRotateApiKeyMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_CREATE_API_KEY = 0;
  private static final int METHODID_LIST_API_KEYS = 1;
  private static final int METHODID_REVOKE_API_KEY = 2;
  private static final int METHODID_ROTATE_API_KEY = 3;

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
        case METHODID_CREATE_API_KEY:
          serviceImpl.createApiKey((dev.dbx.v1.CreateApiKeyRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.v1.CreateApiKeyResponse>) responseObserver);
          break;
        case METHODID_LIST_API_KEYS:
          serviceImpl.listApiKeys((dev.dbx.v1.ListApiKeysRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.v1.ListApiKeysResponse>) responseObserver);
          break;
        case METHODID_REVOKE_API_KEY:
          serviceImpl.revokeApiKey((dev.dbx.v1.RevokeApiKeyRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.v1.RevokeApiKeyResponse>) responseObserver);
          break;
        case METHODID_ROTATE_API_KEY:
          serviceImpl.rotateApiKey((dev.dbx.v1.RotateApiKeyRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.v1.RotateApiKeyResponse>) responseObserver);
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
          getCreateApiKeyMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.v1.CreateApiKeyRequest,
              dev.dbx.v1.CreateApiKeyResponse>(
                service, METHODID_CREATE_API_KEY)))
        .addMethod(
          getListApiKeysMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.v1.ListApiKeysRequest,
              dev.dbx.v1.ListApiKeysResponse>(
                service, METHODID_LIST_API_KEYS)))
        .addMethod(
          getRevokeApiKeyMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.v1.RevokeApiKeyRequest,
              dev.dbx.v1.RevokeApiKeyResponse>(
                service, METHODID_REVOKE_API_KEY)))
        .addMethod(
          getRotateApiKeyMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.v1.RotateApiKeyRequest,
              dev.dbx.v1.RotateApiKeyResponse>(
                service, METHODID_ROTATE_API_KEY)))
        .build();
  }

  private static abstract class ApiKeyServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    ApiKeyServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return dev.dbx.v1.ApiKeysProto.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("ApiKeyService");
    }
  }

  private static final class ApiKeyServiceFileDescriptorSupplier
      extends ApiKeyServiceBaseDescriptorSupplier {
    ApiKeyServiceFileDescriptorSupplier() {}
  }

  private static final class ApiKeyServiceMethodDescriptorSupplier
      extends ApiKeyServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final java.lang.String methodName;

    ApiKeyServiceMethodDescriptorSupplier(java.lang.String methodName) {
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
      synchronized (ApiKeyServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new ApiKeyServiceFileDescriptorSupplier())
              .addMethod(getCreateApiKeyMethod())
              .addMethod(getListApiKeysMethod())
              .addMethod(getRevokeApiKeyMethod())
              .addMethod(getRotateApiKeyMethod())
              .build();
        }
      }
    }
    return result;
  }
}
