package dev.dbx.postgres.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * What only PostgreSQL has: LISTEN/NOTIFY, COPY, and calls of functions and
 * procedures.
 * Every request names its backend (empty means the default backend). A
 * backend that is not PostgreSQL answers FAILED_PRECONDITION (reason
 * WRONG_BACKEND_KIND) naming its kind. Identifiers (tables, columns,
 * channels, functions) are taken as written, case included, and always
 * quoted; values are bound or encoded by DBX, never spliced into SQL text.
 * </pre>
 */
@io.grpc.stub.annotations.GrpcGenerated
public final class PostgresServiceGrpc {

  private PostgresServiceGrpc() {}

  public static final java.lang.String SERVICE_NAME = "dbx.postgres.v1.PostgresService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<dev.dbx.postgres.v1.ListenRequest,
      dev.dbx.postgres.v1.ListenResponse> getListenMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "Listen",
      requestType = dev.dbx.postgres.v1.ListenRequest.class,
      responseType = dev.dbx.postgres.v1.ListenResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.SERVER_STREAMING)
  public static io.grpc.MethodDescriptor<dev.dbx.postgres.v1.ListenRequest,
      dev.dbx.postgres.v1.ListenResponse> getListenMethod() {
    io.grpc.MethodDescriptor<dev.dbx.postgres.v1.ListenRequest, dev.dbx.postgres.v1.ListenResponse> getListenMethod;
    if ((getListenMethod = PostgresServiceGrpc.getListenMethod) == null) {
      synchronized (PostgresServiceGrpc.class) {
        if ((getListenMethod = PostgresServiceGrpc.getListenMethod) == null) {
          PostgresServiceGrpc.getListenMethod = getListenMethod =
              io.grpc.MethodDescriptor.<dev.dbx.postgres.v1.ListenRequest, dev.dbx.postgres.v1.ListenResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.SERVER_STREAMING)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "Listen"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.postgres.v1.ListenRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.postgres.v1.ListenResponse.getDefaultInstance()))
              .setSchemaDescriptor(new PostgresServiceMethodDescriptorSupplier("Listen"))
              .build();
        }
      }
    }
    return getListenMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.postgres.v1.NotifyRequest,
      dev.dbx.postgres.v1.NotifyResponse> getNotifyMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "Notify",
      requestType = dev.dbx.postgres.v1.NotifyRequest.class,
      responseType = dev.dbx.postgres.v1.NotifyResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.postgres.v1.NotifyRequest,
      dev.dbx.postgres.v1.NotifyResponse> getNotifyMethod() {
    io.grpc.MethodDescriptor<dev.dbx.postgres.v1.NotifyRequest, dev.dbx.postgres.v1.NotifyResponse> getNotifyMethod;
    if ((getNotifyMethod = PostgresServiceGrpc.getNotifyMethod) == null) {
      synchronized (PostgresServiceGrpc.class) {
        if ((getNotifyMethod = PostgresServiceGrpc.getNotifyMethod) == null) {
          PostgresServiceGrpc.getNotifyMethod = getNotifyMethod =
              io.grpc.MethodDescriptor.<dev.dbx.postgres.v1.NotifyRequest, dev.dbx.postgres.v1.NotifyResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "Notify"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.postgres.v1.NotifyRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.postgres.v1.NotifyResponse.getDefaultInstance()))
              .setSchemaDescriptor(new PostgresServiceMethodDescriptorSupplier("Notify"))
              .build();
        }
      }
    }
    return getNotifyMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.postgres.v1.CopyInRequest,
      dev.dbx.postgres.v1.CopyInResponse> getCopyInMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "CopyIn",
      requestType = dev.dbx.postgres.v1.CopyInRequest.class,
      responseType = dev.dbx.postgres.v1.CopyInResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.CLIENT_STREAMING)
  public static io.grpc.MethodDescriptor<dev.dbx.postgres.v1.CopyInRequest,
      dev.dbx.postgres.v1.CopyInResponse> getCopyInMethod() {
    io.grpc.MethodDescriptor<dev.dbx.postgres.v1.CopyInRequest, dev.dbx.postgres.v1.CopyInResponse> getCopyInMethod;
    if ((getCopyInMethod = PostgresServiceGrpc.getCopyInMethod) == null) {
      synchronized (PostgresServiceGrpc.class) {
        if ((getCopyInMethod = PostgresServiceGrpc.getCopyInMethod) == null) {
          PostgresServiceGrpc.getCopyInMethod = getCopyInMethod =
              io.grpc.MethodDescriptor.<dev.dbx.postgres.v1.CopyInRequest, dev.dbx.postgres.v1.CopyInResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.CLIENT_STREAMING)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "CopyIn"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.postgres.v1.CopyInRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.postgres.v1.CopyInResponse.getDefaultInstance()))
              .setSchemaDescriptor(new PostgresServiceMethodDescriptorSupplier("CopyIn"))
              .build();
        }
      }
    }
    return getCopyInMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.postgres.v1.CopyRowsRequest,
      dev.dbx.postgres.v1.CopyRowsResponse> getCopyRowsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "CopyRows",
      requestType = dev.dbx.postgres.v1.CopyRowsRequest.class,
      responseType = dev.dbx.postgres.v1.CopyRowsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.postgres.v1.CopyRowsRequest,
      dev.dbx.postgres.v1.CopyRowsResponse> getCopyRowsMethod() {
    io.grpc.MethodDescriptor<dev.dbx.postgres.v1.CopyRowsRequest, dev.dbx.postgres.v1.CopyRowsResponse> getCopyRowsMethod;
    if ((getCopyRowsMethod = PostgresServiceGrpc.getCopyRowsMethod) == null) {
      synchronized (PostgresServiceGrpc.class) {
        if ((getCopyRowsMethod = PostgresServiceGrpc.getCopyRowsMethod) == null) {
          PostgresServiceGrpc.getCopyRowsMethod = getCopyRowsMethod =
              io.grpc.MethodDescriptor.<dev.dbx.postgres.v1.CopyRowsRequest, dev.dbx.postgres.v1.CopyRowsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "CopyRows"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.postgres.v1.CopyRowsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.postgres.v1.CopyRowsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new PostgresServiceMethodDescriptorSupplier("CopyRows"))
              .build();
        }
      }
    }
    return getCopyRowsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.postgres.v1.CopyOutRequest,
      dev.dbx.postgres.v1.CopyOutResponse> getCopyOutMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "CopyOut",
      requestType = dev.dbx.postgres.v1.CopyOutRequest.class,
      responseType = dev.dbx.postgres.v1.CopyOutResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.SERVER_STREAMING)
  public static io.grpc.MethodDescriptor<dev.dbx.postgres.v1.CopyOutRequest,
      dev.dbx.postgres.v1.CopyOutResponse> getCopyOutMethod() {
    io.grpc.MethodDescriptor<dev.dbx.postgres.v1.CopyOutRequest, dev.dbx.postgres.v1.CopyOutResponse> getCopyOutMethod;
    if ((getCopyOutMethod = PostgresServiceGrpc.getCopyOutMethod) == null) {
      synchronized (PostgresServiceGrpc.class) {
        if ((getCopyOutMethod = PostgresServiceGrpc.getCopyOutMethod) == null) {
          PostgresServiceGrpc.getCopyOutMethod = getCopyOutMethod =
              io.grpc.MethodDescriptor.<dev.dbx.postgres.v1.CopyOutRequest, dev.dbx.postgres.v1.CopyOutResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.SERVER_STREAMING)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "CopyOut"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.postgres.v1.CopyOutRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.postgres.v1.CopyOutResponse.getDefaultInstance()))
              .setSchemaDescriptor(new PostgresServiceMethodDescriptorSupplier("CopyOut"))
              .build();
        }
      }
    }
    return getCopyOutMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.postgres.v1.CallFunctionRequest,
      dev.dbx.postgres.v1.CallFunctionResponse> getCallFunctionMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "CallFunction",
      requestType = dev.dbx.postgres.v1.CallFunctionRequest.class,
      responseType = dev.dbx.postgres.v1.CallFunctionResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.postgres.v1.CallFunctionRequest,
      dev.dbx.postgres.v1.CallFunctionResponse> getCallFunctionMethod() {
    io.grpc.MethodDescriptor<dev.dbx.postgres.v1.CallFunctionRequest, dev.dbx.postgres.v1.CallFunctionResponse> getCallFunctionMethod;
    if ((getCallFunctionMethod = PostgresServiceGrpc.getCallFunctionMethod) == null) {
      synchronized (PostgresServiceGrpc.class) {
        if ((getCallFunctionMethod = PostgresServiceGrpc.getCallFunctionMethod) == null) {
          PostgresServiceGrpc.getCallFunctionMethod = getCallFunctionMethod =
              io.grpc.MethodDescriptor.<dev.dbx.postgres.v1.CallFunctionRequest, dev.dbx.postgres.v1.CallFunctionResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "CallFunction"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.postgres.v1.CallFunctionRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.postgres.v1.CallFunctionResponse.getDefaultInstance()))
              .setSchemaDescriptor(new PostgresServiceMethodDescriptorSupplier("CallFunction"))
              .build();
        }
      }
    }
    return getCallFunctionMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.postgres.v1.CallProcedureRequest,
      dev.dbx.postgres.v1.CallProcedureResponse> getCallProcedureMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "CallProcedure",
      requestType = dev.dbx.postgres.v1.CallProcedureRequest.class,
      responseType = dev.dbx.postgres.v1.CallProcedureResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.postgres.v1.CallProcedureRequest,
      dev.dbx.postgres.v1.CallProcedureResponse> getCallProcedureMethod() {
    io.grpc.MethodDescriptor<dev.dbx.postgres.v1.CallProcedureRequest, dev.dbx.postgres.v1.CallProcedureResponse> getCallProcedureMethod;
    if ((getCallProcedureMethod = PostgresServiceGrpc.getCallProcedureMethod) == null) {
      synchronized (PostgresServiceGrpc.class) {
        if ((getCallProcedureMethod = PostgresServiceGrpc.getCallProcedureMethod) == null) {
          PostgresServiceGrpc.getCallProcedureMethod = getCallProcedureMethod =
              io.grpc.MethodDescriptor.<dev.dbx.postgres.v1.CallProcedureRequest, dev.dbx.postgres.v1.CallProcedureResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "CallProcedure"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.postgres.v1.CallProcedureRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.postgres.v1.CallProcedureResponse.getDefaultInstance()))
              .setSchemaDescriptor(new PostgresServiceMethodDescriptorSupplier("CallProcedure"))
              .build();
        }
      }
    }
    return getCallProcedureMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static PostgresServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<PostgresServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<PostgresServiceStub>() {
        @java.lang.Override
        public PostgresServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new PostgresServiceStub(channel, callOptions);
        }
      };
    return PostgresServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports all types of calls on the service
   */
  public static PostgresServiceBlockingV2Stub newBlockingV2Stub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<PostgresServiceBlockingV2Stub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<PostgresServiceBlockingV2Stub>() {
        @java.lang.Override
        public PostgresServiceBlockingV2Stub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new PostgresServiceBlockingV2Stub(channel, callOptions);
        }
      };
    return PostgresServiceBlockingV2Stub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static PostgresServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<PostgresServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<PostgresServiceBlockingStub>() {
        @java.lang.Override
        public PostgresServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new PostgresServiceBlockingStub(channel, callOptions);
        }
      };
    return PostgresServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static PostgresServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<PostgresServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<PostgresServiceFutureStub>() {
        @java.lang.Override
        public PostgresServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new PostgresServiceFutureStub(channel, callOptions);
        }
      };
    return PostgresServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * What only PostgreSQL has: LISTEN/NOTIFY, COPY, and calls of functions and
   * procedures.
   * Every request names its backend (empty means the default backend). A
   * backend that is not PostgreSQL answers FAILED_PRECONDITION (reason
   * WRONG_BACKEND_KIND) naming its kind. Identifiers (tables, columns,
   * channels, functions) are taken as written, case included, and always
   * quoted; values are bound or encoded by DBX, never spliced into SQL text.
   * </pre>
   */
  public interface AsyncService {

    /**
     * <pre>
     * Listens on channels and streams their notifications. The first message
     * is `ready`, once LISTEN is in place on every channel. All streams of a
     * backend share one dedicated connection. When that connection is lost,
     * DBX re-establishes it (with backoff) and sends `gap` on every open
     * stream: notifications sent meanwhile may be missed, so re-read what
     * matters. A stream that cannot keep up (more than the server's queue of
     * undelivered notifications) ends with RESOURCE_EXHAUSTED. Works from
     * browsers (server streaming).
     * </pre>
     */
    default void listen(dev.dbx.postgres.v1.ListenRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.postgres.v1.ListenResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListenMethod(), responseObserver);
    }

    /**
     * <pre>
     * Sends a notification (pg_notify), delivered to every listener of the
     * channel, inside DBX or not.
     * </pre>
     */
    default void notify(dev.dbx.postgres.v1.NotifyRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.postgres.v1.NotifyResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getNotifyMethod(), responseObserver);
    }

    /**
     * <pre>
     * Loads rows into a table with COPY FROM STDIN. The first message names
     * the table, the columns and the format; every message, the first
     * included, may carry rows or data. All or nothing: when the stream fails
     * or is cancelled, no row is copied. Client streaming needs HTTP/2 (gRPC,
     * or Connect over h2); over HTTP/1.1 use CopyRows.
     * </pre>
     */
    default io.grpc.stub.StreamObserver<dev.dbx.postgres.v1.CopyInRequest> copyIn(
        io.grpc.stub.StreamObserver<dev.dbx.postgres.v1.CopyInResponse> responseObserver) {
      return io.grpc.stub.ServerCalls.asyncUnimplementedStreamingCall(getCopyInMethod(), responseObserver);
    }

    /**
     * <pre>
     * Loads one batch of rows into a table with COPY, in one request: CopyIn
     * for clients without client streaming (browsers, HTTP/1.1).
     * </pre>
     */
    default void copyRows(dev.dbx.postgres.v1.CopyRowsRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.postgres.v1.CopyRowsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCopyRowsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Streams a table or the result of a query with COPY TO STDOUT, as chunks
     * of bytes in the format asked for. Works from browsers (server
     * streaming).
     * </pre>
     */
    default void copyOut(dev.dbx.postgres.v1.CopyOutRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.postgres.v1.CopyOutResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCopyOutMethod(), responseObserver);
    }

    /**
     * <pre>
     * Calls a function (SELECT * FROM function(arguments)) and answers its
     * rows: one row for a scalar function, one column per field for a
     * function returning a composite type, many rows for a set-returning
     * function. Past the server's row limit it answers RESOURCE_EXHAUSTED
     * (reason TOO_MANY_ROWS).
     * </pre>
     */
    default void callFunction(dev.dbx.postgres.v1.CallFunctionRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.postgres.v1.CallFunctionResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCallFunctionMethod(), responseObserver);
    }

    /**
     * <pre>
     * Calls a procedure (CALL procedure(arguments)) and answers its OUT and
     * INOUT parameters. A procedure that commits or rolls back inside runs as
     * PostgreSQL allows it, when the call has no transaction and no session
     * context.
     * </pre>
     */
    default void callProcedure(dev.dbx.postgres.v1.CallProcedureRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.postgres.v1.CallProcedureResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCallProcedureMethod(), responseObserver);
    }
  }

  /**
   * Base class for the server implementation of the service PostgresService.
   * <pre>
   * What only PostgreSQL has: LISTEN/NOTIFY, COPY, and calls of functions and
   * procedures.
   * Every request names its backend (empty means the default backend). A
   * backend that is not PostgreSQL answers FAILED_PRECONDITION (reason
   * WRONG_BACKEND_KIND) naming its kind. Identifiers (tables, columns,
   * channels, functions) are taken as written, case included, and always
   * quoted; values are bound or encoded by DBX, never spliced into SQL text.
   * </pre>
   */
  public static abstract class PostgresServiceImplBase
      implements io.grpc.BindableService, AsyncService {

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return PostgresServiceGrpc.bindService(this);
    }
  }

  /**
   * A stub to allow clients to do asynchronous rpc calls to service PostgresService.
   * <pre>
   * What only PostgreSQL has: LISTEN/NOTIFY, COPY, and calls of functions and
   * procedures.
   * Every request names its backend (empty means the default backend). A
   * backend that is not PostgreSQL answers FAILED_PRECONDITION (reason
   * WRONG_BACKEND_KIND) naming its kind. Identifiers (tables, columns,
   * channels, functions) are taken as written, case included, and always
   * quoted; values are bound or encoded by DBX, never spliced into SQL text.
   * </pre>
   */
  public static final class PostgresServiceStub
      extends io.grpc.stub.AbstractAsyncStub<PostgresServiceStub> {
    private PostgresServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected PostgresServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new PostgresServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * Listens on channels and streams their notifications. The first message
     * is `ready`, once LISTEN is in place on every channel. All streams of a
     * backend share one dedicated connection. When that connection is lost,
     * DBX re-establishes it (with backoff) and sends `gap` on every open
     * stream: notifications sent meanwhile may be missed, so re-read what
     * matters. A stream that cannot keep up (more than the server's queue of
     * undelivered notifications) ends with RESOURCE_EXHAUSTED. Works from
     * browsers (server streaming).
     * </pre>
     */
    public void listen(dev.dbx.postgres.v1.ListenRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.postgres.v1.ListenResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncServerStreamingCall(
          getChannel().newCall(getListenMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Sends a notification (pg_notify), delivered to every listener of the
     * channel, inside DBX or not.
     * </pre>
     */
    public void notify(dev.dbx.postgres.v1.NotifyRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.postgres.v1.NotifyResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getNotifyMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Loads rows into a table with COPY FROM STDIN. The first message names
     * the table, the columns and the format; every message, the first
     * included, may carry rows or data. All or nothing: when the stream fails
     * or is cancelled, no row is copied. Client streaming needs HTTP/2 (gRPC,
     * or Connect over h2); over HTTP/1.1 use CopyRows.
     * </pre>
     */
    public io.grpc.stub.StreamObserver<dev.dbx.postgres.v1.CopyInRequest> copyIn(
        io.grpc.stub.StreamObserver<dev.dbx.postgres.v1.CopyInResponse> responseObserver) {
      return io.grpc.stub.ClientCalls.asyncClientStreamingCall(
          getChannel().newCall(getCopyInMethod(), getCallOptions()), responseObserver);
    }

    /**
     * <pre>
     * Loads one batch of rows into a table with COPY, in one request: CopyIn
     * for clients without client streaming (browsers, HTTP/1.1).
     * </pre>
     */
    public void copyRows(dev.dbx.postgres.v1.CopyRowsRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.postgres.v1.CopyRowsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCopyRowsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Streams a table or the result of a query with COPY TO STDOUT, as chunks
     * of bytes in the format asked for. Works from browsers (server
     * streaming).
     * </pre>
     */
    public void copyOut(dev.dbx.postgres.v1.CopyOutRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.postgres.v1.CopyOutResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncServerStreamingCall(
          getChannel().newCall(getCopyOutMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Calls a function (SELECT * FROM function(arguments)) and answers its
     * rows: one row for a scalar function, one column per field for a
     * function returning a composite type, many rows for a set-returning
     * function. Past the server's row limit it answers RESOURCE_EXHAUSTED
     * (reason TOO_MANY_ROWS).
     * </pre>
     */
    public void callFunction(dev.dbx.postgres.v1.CallFunctionRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.postgres.v1.CallFunctionResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCallFunctionMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Calls a procedure (CALL procedure(arguments)) and answers its OUT and
     * INOUT parameters. A procedure that commits or rolls back inside runs as
     * PostgreSQL allows it, when the call has no transaction and no session
     * context.
     * </pre>
     */
    public void callProcedure(dev.dbx.postgres.v1.CallProcedureRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.postgres.v1.CallProcedureResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCallProcedureMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * A stub to allow clients to do synchronous rpc calls to service PostgresService.
   * <pre>
   * What only PostgreSQL has: LISTEN/NOTIFY, COPY, and calls of functions and
   * procedures.
   * Every request names its backend (empty means the default backend). A
   * backend that is not PostgreSQL answers FAILED_PRECONDITION (reason
   * WRONG_BACKEND_KIND) naming its kind. Identifiers (tables, columns,
   * channels, functions) are taken as written, case included, and always
   * quoted; values are bound or encoded by DBX, never spliced into SQL text.
   * </pre>
   */
  public static final class PostgresServiceBlockingV2Stub
      extends io.grpc.stub.AbstractBlockingStub<PostgresServiceBlockingV2Stub> {
    private PostgresServiceBlockingV2Stub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected PostgresServiceBlockingV2Stub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new PostgresServiceBlockingV2Stub(channel, callOptions);
    }

    /**
     * <pre>
     * Listens on channels and streams their notifications. The first message
     * is `ready`, once LISTEN is in place on every channel. All streams of a
     * backend share one dedicated connection. When that connection is lost,
     * DBX re-establishes it (with backoff) and sends `gap` on every open
     * stream: notifications sent meanwhile may be missed, so re-read what
     * matters. A stream that cannot keep up (more than the server's queue of
     * undelivered notifications) ends with RESOURCE_EXHAUSTED. Works from
     * browsers (server streaming).
     * </pre>
     */
    @io.grpc.ExperimentalApi("https://github.com/grpc/grpc-java/issues/10918")
    public io.grpc.stub.BlockingClientCall<?, dev.dbx.postgres.v1.ListenResponse>
        listen(dev.dbx.postgres.v1.ListenRequest request) {
      return io.grpc.stub.ClientCalls.blockingV2ServerStreamingCall(
          getChannel(), getListenMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Sends a notification (pg_notify), delivered to every listener of the
     * channel, inside DBX or not.
     * </pre>
     */
    public dev.dbx.postgres.v1.NotifyResponse notify(dev.dbx.postgres.v1.NotifyRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getNotifyMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Loads rows into a table with COPY FROM STDIN. The first message names
     * the table, the columns and the format; every message, the first
     * included, may carry rows or data. All or nothing: when the stream fails
     * or is cancelled, no row is copied. Client streaming needs HTTP/2 (gRPC,
     * or Connect over h2); over HTTP/1.1 use CopyRows.
     * </pre>
     */
    @io.grpc.ExperimentalApi("https://github.com/grpc/grpc-java/issues/10918")
    public io.grpc.stub.BlockingClientCall<dev.dbx.postgres.v1.CopyInRequest, dev.dbx.postgres.v1.CopyInResponse>
        copyIn() {
      return io.grpc.stub.ClientCalls.blockingClientStreamingCall(
          getChannel(), getCopyInMethod(), getCallOptions());
    }

    /**
     * <pre>
     * Loads one batch of rows into a table with COPY, in one request: CopyIn
     * for clients without client streaming (browsers, HTTP/1.1).
     * </pre>
     */
    public dev.dbx.postgres.v1.CopyRowsResponse copyRows(dev.dbx.postgres.v1.CopyRowsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getCopyRowsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Streams a table or the result of a query with COPY TO STDOUT, as chunks
     * of bytes in the format asked for. Works from browsers (server
     * streaming).
     * </pre>
     */
    @io.grpc.ExperimentalApi("https://github.com/grpc/grpc-java/issues/10918")
    public io.grpc.stub.BlockingClientCall<?, dev.dbx.postgres.v1.CopyOutResponse>
        copyOut(dev.dbx.postgres.v1.CopyOutRequest request) {
      return io.grpc.stub.ClientCalls.blockingV2ServerStreamingCall(
          getChannel(), getCopyOutMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Calls a function (SELECT * FROM function(arguments)) and answers its
     * rows: one row for a scalar function, one column per field for a
     * function returning a composite type, many rows for a set-returning
     * function. Past the server's row limit it answers RESOURCE_EXHAUSTED
     * (reason TOO_MANY_ROWS).
     * </pre>
     */
    public dev.dbx.postgres.v1.CallFunctionResponse callFunction(dev.dbx.postgres.v1.CallFunctionRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getCallFunctionMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Calls a procedure (CALL procedure(arguments)) and answers its OUT and
     * INOUT parameters. A procedure that commits or rolls back inside runs as
     * PostgreSQL allows it, when the call has no transaction and no session
     * context.
     * </pre>
     */
    public dev.dbx.postgres.v1.CallProcedureResponse callProcedure(dev.dbx.postgres.v1.CallProcedureRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getCallProcedureMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do limited synchronous rpc calls to service PostgresService.
   * <pre>
   * What only PostgreSQL has: LISTEN/NOTIFY, COPY, and calls of functions and
   * procedures.
   * Every request names its backend (empty means the default backend). A
   * backend that is not PostgreSQL answers FAILED_PRECONDITION (reason
   * WRONG_BACKEND_KIND) naming its kind. Identifiers (tables, columns,
   * channels, functions) are taken as written, case included, and always
   * quoted; values are bound or encoded by DBX, never spliced into SQL text.
   * </pre>
   */
  public static final class PostgresServiceBlockingStub
      extends io.grpc.stub.AbstractBlockingStub<PostgresServiceBlockingStub> {
    private PostgresServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected PostgresServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new PostgresServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * Listens on channels and streams their notifications. The first message
     * is `ready`, once LISTEN is in place on every channel. All streams of a
     * backend share one dedicated connection. When that connection is lost,
     * DBX re-establishes it (with backoff) and sends `gap` on every open
     * stream: notifications sent meanwhile may be missed, so re-read what
     * matters. A stream that cannot keep up (more than the server's queue of
     * undelivered notifications) ends with RESOURCE_EXHAUSTED. Works from
     * browsers (server streaming).
     * </pre>
     */
    public java.util.Iterator<dev.dbx.postgres.v1.ListenResponse> listen(
        dev.dbx.postgres.v1.ListenRequest request) {
      return io.grpc.stub.ClientCalls.blockingServerStreamingCall(
          getChannel(), getListenMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Sends a notification (pg_notify), delivered to every listener of the
     * channel, inside DBX or not.
     * </pre>
     */
    public dev.dbx.postgres.v1.NotifyResponse notify(dev.dbx.postgres.v1.NotifyRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getNotifyMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Loads one batch of rows into a table with COPY, in one request: CopyIn
     * for clients without client streaming (browsers, HTTP/1.1).
     * </pre>
     */
    public dev.dbx.postgres.v1.CopyRowsResponse copyRows(dev.dbx.postgres.v1.CopyRowsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCopyRowsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Streams a table or the result of a query with COPY TO STDOUT, as chunks
     * of bytes in the format asked for. Works from browsers (server
     * streaming).
     * </pre>
     */
    public java.util.Iterator<dev.dbx.postgres.v1.CopyOutResponse> copyOut(
        dev.dbx.postgres.v1.CopyOutRequest request) {
      return io.grpc.stub.ClientCalls.blockingServerStreamingCall(
          getChannel(), getCopyOutMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Calls a function (SELECT * FROM function(arguments)) and answers its
     * rows: one row for a scalar function, one column per field for a
     * function returning a composite type, many rows for a set-returning
     * function. Past the server's row limit it answers RESOURCE_EXHAUSTED
     * (reason TOO_MANY_ROWS).
     * </pre>
     */
    public dev.dbx.postgres.v1.CallFunctionResponse callFunction(dev.dbx.postgres.v1.CallFunctionRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCallFunctionMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Calls a procedure (CALL procedure(arguments)) and answers its OUT and
     * INOUT parameters. A procedure that commits or rolls back inside runs as
     * PostgreSQL allows it, when the call has no transaction and no session
     * context.
     * </pre>
     */
    public dev.dbx.postgres.v1.CallProcedureResponse callProcedure(dev.dbx.postgres.v1.CallProcedureRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCallProcedureMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do ListenableFuture-style rpc calls to service PostgresService.
   * <pre>
   * What only PostgreSQL has: LISTEN/NOTIFY, COPY, and calls of functions and
   * procedures.
   * Every request names its backend (empty means the default backend). A
   * backend that is not PostgreSQL answers FAILED_PRECONDITION (reason
   * WRONG_BACKEND_KIND) naming its kind. Identifiers (tables, columns,
   * channels, functions) are taken as written, case included, and always
   * quoted; values are bound or encoded by DBX, never spliced into SQL text.
   * </pre>
   */
  public static final class PostgresServiceFutureStub
      extends io.grpc.stub.AbstractFutureStub<PostgresServiceFutureStub> {
    private PostgresServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected PostgresServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new PostgresServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * Sends a notification (pg_notify), delivered to every listener of the
     * channel, inside DBX or not.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.postgres.v1.NotifyResponse> notify(
        dev.dbx.postgres.v1.NotifyRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getNotifyMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Loads one batch of rows into a table with COPY, in one request: CopyIn
     * for clients without client streaming (browsers, HTTP/1.1).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.postgres.v1.CopyRowsResponse> copyRows(
        dev.dbx.postgres.v1.CopyRowsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCopyRowsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Calls a function (SELECT * FROM function(arguments)) and answers its
     * rows: one row for a scalar function, one column per field for a
     * function returning a composite type, many rows for a set-returning
     * function. Past the server's row limit it answers RESOURCE_EXHAUSTED
     * (reason TOO_MANY_ROWS).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.postgres.v1.CallFunctionResponse> callFunction(
        dev.dbx.postgres.v1.CallFunctionRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCallFunctionMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Calls a procedure (CALL procedure(arguments)) and answers its OUT and
     * INOUT parameters. A procedure that commits or rolls back inside runs as
     * PostgreSQL allows it, when the call has no transaction and no session
     * context.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.postgres.v1.CallProcedureResponse> callProcedure(
        dev.dbx.postgres.v1.CallProcedureRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCallProcedureMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_LISTEN = 0;
  private static final int METHODID_NOTIFY = 1;
  private static final int METHODID_COPY_ROWS = 2;
  private static final int METHODID_COPY_OUT = 3;
  private static final int METHODID_CALL_FUNCTION = 4;
  private static final int METHODID_CALL_PROCEDURE = 5;
  private static final int METHODID_COPY_IN = 6;

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
        case METHODID_LISTEN:
          serviceImpl.listen((dev.dbx.postgres.v1.ListenRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.postgres.v1.ListenResponse>) responseObserver);
          break;
        case METHODID_NOTIFY:
          serviceImpl.notify((dev.dbx.postgres.v1.NotifyRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.postgres.v1.NotifyResponse>) responseObserver);
          break;
        case METHODID_COPY_ROWS:
          serviceImpl.copyRows((dev.dbx.postgres.v1.CopyRowsRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.postgres.v1.CopyRowsResponse>) responseObserver);
          break;
        case METHODID_COPY_OUT:
          serviceImpl.copyOut((dev.dbx.postgres.v1.CopyOutRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.postgres.v1.CopyOutResponse>) responseObserver);
          break;
        case METHODID_CALL_FUNCTION:
          serviceImpl.callFunction((dev.dbx.postgres.v1.CallFunctionRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.postgres.v1.CallFunctionResponse>) responseObserver);
          break;
        case METHODID_CALL_PROCEDURE:
          serviceImpl.callProcedure((dev.dbx.postgres.v1.CallProcedureRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.postgres.v1.CallProcedureResponse>) responseObserver);
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
        case METHODID_COPY_IN:
          return (io.grpc.stub.StreamObserver<Req>) serviceImpl.copyIn(
              (io.grpc.stub.StreamObserver<dev.dbx.postgres.v1.CopyInResponse>) responseObserver);
        default:
          throw new AssertionError();
      }
    }
  }

  public static final io.grpc.ServerServiceDefinition bindService(AsyncService service) {
    return io.grpc.ServerServiceDefinition.builder(getServiceDescriptor())
        .addMethod(
          getListenMethod(),
          io.grpc.stub.ServerCalls.asyncServerStreamingCall(
            new MethodHandlers<
              dev.dbx.postgres.v1.ListenRequest,
              dev.dbx.postgres.v1.ListenResponse>(
                service, METHODID_LISTEN)))
        .addMethod(
          getNotifyMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.postgres.v1.NotifyRequest,
              dev.dbx.postgres.v1.NotifyResponse>(
                service, METHODID_NOTIFY)))
        .addMethod(
          getCopyInMethod(),
          io.grpc.stub.ServerCalls.asyncClientStreamingCall(
            new MethodHandlers<
              dev.dbx.postgres.v1.CopyInRequest,
              dev.dbx.postgres.v1.CopyInResponse>(
                service, METHODID_COPY_IN)))
        .addMethod(
          getCopyRowsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.postgres.v1.CopyRowsRequest,
              dev.dbx.postgres.v1.CopyRowsResponse>(
                service, METHODID_COPY_ROWS)))
        .addMethod(
          getCopyOutMethod(),
          io.grpc.stub.ServerCalls.asyncServerStreamingCall(
            new MethodHandlers<
              dev.dbx.postgres.v1.CopyOutRequest,
              dev.dbx.postgres.v1.CopyOutResponse>(
                service, METHODID_COPY_OUT)))
        .addMethod(
          getCallFunctionMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.postgres.v1.CallFunctionRequest,
              dev.dbx.postgres.v1.CallFunctionResponse>(
                service, METHODID_CALL_FUNCTION)))
        .addMethod(
          getCallProcedureMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.postgres.v1.CallProcedureRequest,
              dev.dbx.postgres.v1.CallProcedureResponse>(
                service, METHODID_CALL_PROCEDURE)))
        .build();
  }

  private static abstract class PostgresServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    PostgresServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return dev.dbx.postgres.v1.PostgresProto.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("PostgresService");
    }
  }

  private static final class PostgresServiceFileDescriptorSupplier
      extends PostgresServiceBaseDescriptorSupplier {
    PostgresServiceFileDescriptorSupplier() {}
  }

  private static final class PostgresServiceMethodDescriptorSupplier
      extends PostgresServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final java.lang.String methodName;

    PostgresServiceMethodDescriptorSupplier(java.lang.String methodName) {
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
      synchronized (PostgresServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new PostgresServiceFileDescriptorSupplier())
              .addMethod(getListenMethod())
              .addMethod(getNotifyMethod())
              .addMethod(getCopyInMethod())
              .addMethod(getCopyRowsMethod())
              .addMethod(getCopyOutMethod())
              .addMethod(getCallFunctionMethod())
              .addMethod(getCallProcedureMethod())
              .build();
        }
      }
    }
    return result;
  }
}
