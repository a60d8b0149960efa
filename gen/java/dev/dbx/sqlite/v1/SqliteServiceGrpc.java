package dev.dbx.sqlite.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * Administration of SQLite backends: backups, restores, pragmas, integrity
 * checks and vacuum.
 * Every request names its backend (empty means the default backend). A
 * backend that is not SQLite answers FAILED_PRECONDITION (reason
 * WRONG_BACKEND_KIND) naming its kind.
 * Paths are paths on the server. A relative path is resolved against the
 * backend's `fileDirectory` option when it is set (and must stay inside it),
 * else against the server's working directory. Calls that need the database
 * to themselves (Restore, Vacuum, SetPragma, IntegrityCheck) wait for an open
 * interactive transaction to end.
 * </pre>
 */
@io.grpc.stub.annotations.GrpcGenerated
public final class SqliteServiceGrpc {

  private SqliteServiceGrpc() {}

  public static final java.lang.String SERVICE_NAME = "dbx.sqlite.v1.SqliteService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<dev.dbx.sqlite.v1.BackupRequest,
      dev.dbx.sqlite.v1.BackupResponse> getBackupMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "Backup",
      requestType = dev.dbx.sqlite.v1.BackupRequest.class,
      responseType = dev.dbx.sqlite.v1.BackupResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.sqlite.v1.BackupRequest,
      dev.dbx.sqlite.v1.BackupResponse> getBackupMethod() {
    io.grpc.MethodDescriptor<dev.dbx.sqlite.v1.BackupRequest, dev.dbx.sqlite.v1.BackupResponse> getBackupMethod;
    if ((getBackupMethod = SqliteServiceGrpc.getBackupMethod) == null) {
      synchronized (SqliteServiceGrpc.class) {
        if ((getBackupMethod = SqliteServiceGrpc.getBackupMethod) == null) {
          SqliteServiceGrpc.getBackupMethod = getBackupMethod =
              io.grpc.MethodDescriptor.<dev.dbx.sqlite.v1.BackupRequest, dev.dbx.sqlite.v1.BackupResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "Backup"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.sqlite.v1.BackupRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.sqlite.v1.BackupResponse.getDefaultInstance()))
              .setSchemaDescriptor(new SqliteServiceMethodDescriptorSupplier("Backup"))
              .build();
        }
      }
    }
    return getBackupMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.sqlite.v1.BackupStreamRequest,
      dev.dbx.sqlite.v1.BackupStreamResponse> getBackupStreamMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "BackupStream",
      requestType = dev.dbx.sqlite.v1.BackupStreamRequest.class,
      responseType = dev.dbx.sqlite.v1.BackupStreamResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.SERVER_STREAMING)
  public static io.grpc.MethodDescriptor<dev.dbx.sqlite.v1.BackupStreamRequest,
      dev.dbx.sqlite.v1.BackupStreamResponse> getBackupStreamMethod() {
    io.grpc.MethodDescriptor<dev.dbx.sqlite.v1.BackupStreamRequest, dev.dbx.sqlite.v1.BackupStreamResponse> getBackupStreamMethod;
    if ((getBackupStreamMethod = SqliteServiceGrpc.getBackupStreamMethod) == null) {
      synchronized (SqliteServiceGrpc.class) {
        if ((getBackupStreamMethod = SqliteServiceGrpc.getBackupStreamMethod) == null) {
          SqliteServiceGrpc.getBackupStreamMethod = getBackupStreamMethod =
              io.grpc.MethodDescriptor.<dev.dbx.sqlite.v1.BackupStreamRequest, dev.dbx.sqlite.v1.BackupStreamResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.SERVER_STREAMING)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "BackupStream"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.sqlite.v1.BackupStreamRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.sqlite.v1.BackupStreamResponse.getDefaultInstance()))
              .setSchemaDescriptor(new SqliteServiceMethodDescriptorSupplier("BackupStream"))
              .build();
        }
      }
    }
    return getBackupStreamMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.sqlite.v1.RestoreRequest,
      dev.dbx.sqlite.v1.RestoreResponse> getRestoreMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "Restore",
      requestType = dev.dbx.sqlite.v1.RestoreRequest.class,
      responseType = dev.dbx.sqlite.v1.RestoreResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.sqlite.v1.RestoreRequest,
      dev.dbx.sqlite.v1.RestoreResponse> getRestoreMethod() {
    io.grpc.MethodDescriptor<dev.dbx.sqlite.v1.RestoreRequest, dev.dbx.sqlite.v1.RestoreResponse> getRestoreMethod;
    if ((getRestoreMethod = SqliteServiceGrpc.getRestoreMethod) == null) {
      synchronized (SqliteServiceGrpc.class) {
        if ((getRestoreMethod = SqliteServiceGrpc.getRestoreMethod) == null) {
          SqliteServiceGrpc.getRestoreMethod = getRestoreMethod =
              io.grpc.MethodDescriptor.<dev.dbx.sqlite.v1.RestoreRequest, dev.dbx.sqlite.v1.RestoreResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "Restore"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.sqlite.v1.RestoreRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.sqlite.v1.RestoreResponse.getDefaultInstance()))
              .setSchemaDescriptor(new SqliteServiceMethodDescriptorSupplier("Restore"))
              .build();
        }
      }
    }
    return getRestoreMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.sqlite.v1.GetPragmaRequest,
      dev.dbx.sqlite.v1.GetPragmaResponse> getGetPragmaMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetPragma",
      requestType = dev.dbx.sqlite.v1.GetPragmaRequest.class,
      responseType = dev.dbx.sqlite.v1.GetPragmaResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.sqlite.v1.GetPragmaRequest,
      dev.dbx.sqlite.v1.GetPragmaResponse> getGetPragmaMethod() {
    io.grpc.MethodDescriptor<dev.dbx.sqlite.v1.GetPragmaRequest, dev.dbx.sqlite.v1.GetPragmaResponse> getGetPragmaMethod;
    if ((getGetPragmaMethod = SqliteServiceGrpc.getGetPragmaMethod) == null) {
      synchronized (SqliteServiceGrpc.class) {
        if ((getGetPragmaMethod = SqliteServiceGrpc.getGetPragmaMethod) == null) {
          SqliteServiceGrpc.getGetPragmaMethod = getGetPragmaMethod =
              io.grpc.MethodDescriptor.<dev.dbx.sqlite.v1.GetPragmaRequest, dev.dbx.sqlite.v1.GetPragmaResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetPragma"))
              .setSafe(true)
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.sqlite.v1.GetPragmaRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.sqlite.v1.GetPragmaResponse.getDefaultInstance()))
              .setSchemaDescriptor(new SqliteServiceMethodDescriptorSupplier("GetPragma"))
              .build();
        }
      }
    }
    return getGetPragmaMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.sqlite.v1.SetPragmaRequest,
      dev.dbx.sqlite.v1.SetPragmaResponse> getSetPragmaMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "SetPragma",
      requestType = dev.dbx.sqlite.v1.SetPragmaRequest.class,
      responseType = dev.dbx.sqlite.v1.SetPragmaResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.sqlite.v1.SetPragmaRequest,
      dev.dbx.sqlite.v1.SetPragmaResponse> getSetPragmaMethod() {
    io.grpc.MethodDescriptor<dev.dbx.sqlite.v1.SetPragmaRequest, dev.dbx.sqlite.v1.SetPragmaResponse> getSetPragmaMethod;
    if ((getSetPragmaMethod = SqliteServiceGrpc.getSetPragmaMethod) == null) {
      synchronized (SqliteServiceGrpc.class) {
        if ((getSetPragmaMethod = SqliteServiceGrpc.getSetPragmaMethod) == null) {
          SqliteServiceGrpc.getSetPragmaMethod = getSetPragmaMethod =
              io.grpc.MethodDescriptor.<dev.dbx.sqlite.v1.SetPragmaRequest, dev.dbx.sqlite.v1.SetPragmaResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "SetPragma"))
              .setIdempotent(true)
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.sqlite.v1.SetPragmaRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.sqlite.v1.SetPragmaResponse.getDefaultInstance()))
              .setSchemaDescriptor(new SqliteServiceMethodDescriptorSupplier("SetPragma"))
              .build();
        }
      }
    }
    return getSetPragmaMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.sqlite.v1.IntegrityCheckRequest,
      dev.dbx.sqlite.v1.IntegrityCheckResponse> getIntegrityCheckMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "IntegrityCheck",
      requestType = dev.dbx.sqlite.v1.IntegrityCheckRequest.class,
      responseType = dev.dbx.sqlite.v1.IntegrityCheckResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.sqlite.v1.IntegrityCheckRequest,
      dev.dbx.sqlite.v1.IntegrityCheckResponse> getIntegrityCheckMethod() {
    io.grpc.MethodDescriptor<dev.dbx.sqlite.v1.IntegrityCheckRequest, dev.dbx.sqlite.v1.IntegrityCheckResponse> getIntegrityCheckMethod;
    if ((getIntegrityCheckMethod = SqliteServiceGrpc.getIntegrityCheckMethod) == null) {
      synchronized (SqliteServiceGrpc.class) {
        if ((getIntegrityCheckMethod = SqliteServiceGrpc.getIntegrityCheckMethod) == null) {
          SqliteServiceGrpc.getIntegrityCheckMethod = getIntegrityCheckMethod =
              io.grpc.MethodDescriptor.<dev.dbx.sqlite.v1.IntegrityCheckRequest, dev.dbx.sqlite.v1.IntegrityCheckResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "IntegrityCheck"))
              .setSafe(true)
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.sqlite.v1.IntegrityCheckRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.sqlite.v1.IntegrityCheckResponse.getDefaultInstance()))
              .setSchemaDescriptor(new SqliteServiceMethodDescriptorSupplier("IntegrityCheck"))
              .build();
        }
      }
    }
    return getIntegrityCheckMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.sqlite.v1.VacuumRequest,
      dev.dbx.sqlite.v1.VacuumResponse> getVacuumMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "Vacuum",
      requestType = dev.dbx.sqlite.v1.VacuumRequest.class,
      responseType = dev.dbx.sqlite.v1.VacuumResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.sqlite.v1.VacuumRequest,
      dev.dbx.sqlite.v1.VacuumResponse> getVacuumMethod() {
    io.grpc.MethodDescriptor<dev.dbx.sqlite.v1.VacuumRequest, dev.dbx.sqlite.v1.VacuumResponse> getVacuumMethod;
    if ((getVacuumMethod = SqliteServiceGrpc.getVacuumMethod) == null) {
      synchronized (SqliteServiceGrpc.class) {
        if ((getVacuumMethod = SqliteServiceGrpc.getVacuumMethod) == null) {
          SqliteServiceGrpc.getVacuumMethod = getVacuumMethod =
              io.grpc.MethodDescriptor.<dev.dbx.sqlite.v1.VacuumRequest, dev.dbx.sqlite.v1.VacuumResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "Vacuum"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.sqlite.v1.VacuumRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.sqlite.v1.VacuumResponse.getDefaultInstance()))
              .setSchemaDescriptor(new SqliteServiceMethodDescriptorSupplier("Vacuum"))
              .build();
        }
      }
    }
    return getVacuumMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static SqliteServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<SqliteServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<SqliteServiceStub>() {
        @java.lang.Override
        public SqliteServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new SqliteServiceStub(channel, callOptions);
        }
      };
    return SqliteServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports all types of calls on the service
   */
  public static SqliteServiceBlockingV2Stub newBlockingV2Stub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<SqliteServiceBlockingV2Stub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<SqliteServiceBlockingV2Stub>() {
        @java.lang.Override
        public SqliteServiceBlockingV2Stub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new SqliteServiceBlockingV2Stub(channel, callOptions);
        }
      };
    return SqliteServiceBlockingV2Stub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static SqliteServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<SqliteServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<SqliteServiceBlockingStub>() {
        @java.lang.Override
        public SqliteServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new SqliteServiceBlockingStub(channel, callOptions);
        }
      };
    return SqliteServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static SqliteServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<SqliteServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<SqliteServiceFutureStub>() {
        @java.lang.Override
        public SqliteServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new SqliteServiceFutureStub(channel, callOptions);
        }
      };
    return SqliteServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * Administration of SQLite backends: backups, restores, pragmas, integrity
   * checks and vacuum.
   * Every request names its backend (empty means the default backend). A
   * backend that is not SQLite answers FAILED_PRECONDITION (reason
   * WRONG_BACKEND_KIND) naming its kind.
   * Paths are paths on the server. A relative path is resolved against the
   * backend's `fileDirectory` option when it is set (and must stay inside it),
   * else against the server's working directory. Calls that need the database
   * to themselves (Restore, Vacuum, SetPragma, IntegrityCheck) wait for an open
   * interactive transaction to end.
   * </pre>
   */
  public interface AsyncService {

    /**
     * <pre>
     * Writes a consistent copy of the database to a file on the server, with
     * SQLite's online backup API; other calls go on meanwhile.
     * ALREADY_EXISTS when the file exists, unless `overwrite`.
     * </pre>
     */
    default void backup(dev.dbx.sqlite.v1.BackupRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.sqlite.v1.BackupResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getBackupMethod(), responseObserver);
    }

    /**
     * <pre>
     * Streams a consistent copy of the database file, in chunks, so that a
     * client can save it. Works from browsers (server streaming).
     * </pre>
     */
    default void backupStream(dev.dbx.sqlite.v1.BackupStreamRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.sqlite.v1.BackupStreamResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getBackupStreamMethod(), responseObserver);
    }

    /**
     * <pre>
     * Replaces the whole database with a SQLite database file on the server.
     * The file is checked first (INVALID_ARGUMENT when it is not a sound
     * SQLite database); on failure the database is left as it was. Prepared
     * statements are re-prepared on next use. No other process may have the
     * database file open meanwhile.
     * </pre>
     */
    default void restore(dev.dbx.sqlite.v1.RestoreRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.sqlite.v1.RestoreResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getRestoreMethod(), responseObserver);
    }

    /**
     * <pre>
     * Reads a pragma of the allow-list (see GetPragmaRequest.name).
     * </pre>
     */
    default void getPragma(dev.dbx.sqlite.v1.GetPragmaRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.sqlite.v1.GetPragmaResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetPragmaMethod(), responseObserver);
    }

    /**
     * <pre>
     * Sets a pragma of the allow-list and answers its new value. Settings of
     * the connection (foreign_keys, busy_timeout, cache_size, synchronous, ...)
     * last until the server restarts; configure them for good in the backend's
     * options where there is one.
     * </pre>
     */
    default void setPragma(dev.dbx.sqlite.v1.SetPragmaRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.sqlite.v1.SetPragmaResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getSetPragmaMethod(), responseObserver);
    }

    /**
     * <pre>
     * Checks the database file for corruption and lists the problems found.
     * </pre>
     */
    default void integrityCheck(dev.dbx.sqlite.v1.IntegrityCheckRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.sqlite.v1.IntegrityCheckResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getIntegrityCheckMethod(), responseObserver);
    }

    /**
     * <pre>
     * Rebuilds the database file to reclaim free pages (VACUUM), or writes a
     * compacted copy to a new file (VACUUM INTO).
     * </pre>
     */
    default void vacuum(dev.dbx.sqlite.v1.VacuumRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.sqlite.v1.VacuumResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getVacuumMethod(), responseObserver);
    }
  }

  /**
   * Base class for the server implementation of the service SqliteService.
   * <pre>
   * Administration of SQLite backends: backups, restores, pragmas, integrity
   * checks and vacuum.
   * Every request names its backend (empty means the default backend). A
   * backend that is not SQLite answers FAILED_PRECONDITION (reason
   * WRONG_BACKEND_KIND) naming its kind.
   * Paths are paths on the server. A relative path is resolved against the
   * backend's `fileDirectory` option when it is set (and must stay inside it),
   * else against the server's working directory. Calls that need the database
   * to themselves (Restore, Vacuum, SetPragma, IntegrityCheck) wait for an open
   * interactive transaction to end.
   * </pre>
   */
  public static abstract class SqliteServiceImplBase
      implements io.grpc.BindableService, AsyncService {

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return SqliteServiceGrpc.bindService(this);
    }
  }

  /**
   * A stub to allow clients to do asynchronous rpc calls to service SqliteService.
   * <pre>
   * Administration of SQLite backends: backups, restores, pragmas, integrity
   * checks and vacuum.
   * Every request names its backend (empty means the default backend). A
   * backend that is not SQLite answers FAILED_PRECONDITION (reason
   * WRONG_BACKEND_KIND) naming its kind.
   * Paths are paths on the server. A relative path is resolved against the
   * backend's `fileDirectory` option when it is set (and must stay inside it),
   * else against the server's working directory. Calls that need the database
   * to themselves (Restore, Vacuum, SetPragma, IntegrityCheck) wait for an open
   * interactive transaction to end.
   * </pre>
   */
  public static final class SqliteServiceStub
      extends io.grpc.stub.AbstractAsyncStub<SqliteServiceStub> {
    private SqliteServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected SqliteServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new SqliteServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * Writes a consistent copy of the database to a file on the server, with
     * SQLite's online backup API; other calls go on meanwhile.
     * ALREADY_EXISTS when the file exists, unless `overwrite`.
     * </pre>
     */
    public void backup(dev.dbx.sqlite.v1.BackupRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.sqlite.v1.BackupResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getBackupMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Streams a consistent copy of the database file, in chunks, so that a
     * client can save it. Works from browsers (server streaming).
     * </pre>
     */
    public void backupStream(dev.dbx.sqlite.v1.BackupStreamRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.sqlite.v1.BackupStreamResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncServerStreamingCall(
          getChannel().newCall(getBackupStreamMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Replaces the whole database with a SQLite database file on the server.
     * The file is checked first (INVALID_ARGUMENT when it is not a sound
     * SQLite database); on failure the database is left as it was. Prepared
     * statements are re-prepared on next use. No other process may have the
     * database file open meanwhile.
     * </pre>
     */
    public void restore(dev.dbx.sqlite.v1.RestoreRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.sqlite.v1.RestoreResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getRestoreMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Reads a pragma of the allow-list (see GetPragmaRequest.name).
     * </pre>
     */
    public void getPragma(dev.dbx.sqlite.v1.GetPragmaRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.sqlite.v1.GetPragmaResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetPragmaMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Sets a pragma of the allow-list and answers its new value. Settings of
     * the connection (foreign_keys, busy_timeout, cache_size, synchronous, ...)
     * last until the server restarts; configure them for good in the backend's
     * options where there is one.
     * </pre>
     */
    public void setPragma(dev.dbx.sqlite.v1.SetPragmaRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.sqlite.v1.SetPragmaResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getSetPragmaMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Checks the database file for corruption and lists the problems found.
     * </pre>
     */
    public void integrityCheck(dev.dbx.sqlite.v1.IntegrityCheckRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.sqlite.v1.IntegrityCheckResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getIntegrityCheckMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Rebuilds the database file to reclaim free pages (VACUUM), or writes a
     * compacted copy to a new file (VACUUM INTO).
     * </pre>
     */
    public void vacuum(dev.dbx.sqlite.v1.VacuumRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.sqlite.v1.VacuumResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getVacuumMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * A stub to allow clients to do synchronous rpc calls to service SqliteService.
   * <pre>
   * Administration of SQLite backends: backups, restores, pragmas, integrity
   * checks and vacuum.
   * Every request names its backend (empty means the default backend). A
   * backend that is not SQLite answers FAILED_PRECONDITION (reason
   * WRONG_BACKEND_KIND) naming its kind.
   * Paths are paths on the server. A relative path is resolved against the
   * backend's `fileDirectory` option when it is set (and must stay inside it),
   * else against the server's working directory. Calls that need the database
   * to themselves (Restore, Vacuum, SetPragma, IntegrityCheck) wait for an open
   * interactive transaction to end.
   * </pre>
   */
  public static final class SqliteServiceBlockingV2Stub
      extends io.grpc.stub.AbstractBlockingStub<SqliteServiceBlockingV2Stub> {
    private SqliteServiceBlockingV2Stub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected SqliteServiceBlockingV2Stub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new SqliteServiceBlockingV2Stub(channel, callOptions);
    }

    /**
     * <pre>
     * Writes a consistent copy of the database to a file on the server, with
     * SQLite's online backup API; other calls go on meanwhile.
     * ALREADY_EXISTS when the file exists, unless `overwrite`.
     * </pre>
     */
    public dev.dbx.sqlite.v1.BackupResponse backup(dev.dbx.sqlite.v1.BackupRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getBackupMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Streams a consistent copy of the database file, in chunks, so that a
     * client can save it. Works from browsers (server streaming).
     * </pre>
     */
    @io.grpc.ExperimentalApi("https://github.com/grpc/grpc-java/issues/10918")
    public io.grpc.stub.BlockingClientCall<?, dev.dbx.sqlite.v1.BackupStreamResponse>
        backupStream(dev.dbx.sqlite.v1.BackupStreamRequest request) {
      return io.grpc.stub.ClientCalls.blockingV2ServerStreamingCall(
          getChannel(), getBackupStreamMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Replaces the whole database with a SQLite database file on the server.
     * The file is checked first (INVALID_ARGUMENT when it is not a sound
     * SQLite database); on failure the database is left as it was. Prepared
     * statements are re-prepared on next use. No other process may have the
     * database file open meanwhile.
     * </pre>
     */
    public dev.dbx.sqlite.v1.RestoreResponse restore(dev.dbx.sqlite.v1.RestoreRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getRestoreMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Reads a pragma of the allow-list (see GetPragmaRequest.name).
     * </pre>
     */
    public dev.dbx.sqlite.v1.GetPragmaResponse getPragma(dev.dbx.sqlite.v1.GetPragmaRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetPragmaMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Sets a pragma of the allow-list and answers its new value. Settings of
     * the connection (foreign_keys, busy_timeout, cache_size, synchronous, ...)
     * last until the server restarts; configure them for good in the backend's
     * options where there is one.
     * </pre>
     */
    public dev.dbx.sqlite.v1.SetPragmaResponse setPragma(dev.dbx.sqlite.v1.SetPragmaRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getSetPragmaMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Checks the database file for corruption and lists the problems found.
     * </pre>
     */
    public dev.dbx.sqlite.v1.IntegrityCheckResponse integrityCheck(dev.dbx.sqlite.v1.IntegrityCheckRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getIntegrityCheckMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Rebuilds the database file to reclaim free pages (VACUUM), or writes a
     * compacted copy to a new file (VACUUM INTO).
     * </pre>
     */
    public dev.dbx.sqlite.v1.VacuumResponse vacuum(dev.dbx.sqlite.v1.VacuumRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getVacuumMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do limited synchronous rpc calls to service SqliteService.
   * <pre>
   * Administration of SQLite backends: backups, restores, pragmas, integrity
   * checks and vacuum.
   * Every request names its backend (empty means the default backend). A
   * backend that is not SQLite answers FAILED_PRECONDITION (reason
   * WRONG_BACKEND_KIND) naming its kind.
   * Paths are paths on the server. A relative path is resolved against the
   * backend's `fileDirectory` option when it is set (and must stay inside it),
   * else against the server's working directory. Calls that need the database
   * to themselves (Restore, Vacuum, SetPragma, IntegrityCheck) wait for an open
   * interactive transaction to end.
   * </pre>
   */
  public static final class SqliteServiceBlockingStub
      extends io.grpc.stub.AbstractBlockingStub<SqliteServiceBlockingStub> {
    private SqliteServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected SqliteServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new SqliteServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * Writes a consistent copy of the database to a file on the server, with
     * SQLite's online backup API; other calls go on meanwhile.
     * ALREADY_EXISTS when the file exists, unless `overwrite`.
     * </pre>
     */
    public dev.dbx.sqlite.v1.BackupResponse backup(dev.dbx.sqlite.v1.BackupRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getBackupMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Streams a consistent copy of the database file, in chunks, so that a
     * client can save it. Works from browsers (server streaming).
     * </pre>
     */
    public java.util.Iterator<dev.dbx.sqlite.v1.BackupStreamResponse> backupStream(
        dev.dbx.sqlite.v1.BackupStreamRequest request) {
      return io.grpc.stub.ClientCalls.blockingServerStreamingCall(
          getChannel(), getBackupStreamMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Replaces the whole database with a SQLite database file on the server.
     * The file is checked first (INVALID_ARGUMENT when it is not a sound
     * SQLite database); on failure the database is left as it was. Prepared
     * statements are re-prepared on next use. No other process may have the
     * database file open meanwhile.
     * </pre>
     */
    public dev.dbx.sqlite.v1.RestoreResponse restore(dev.dbx.sqlite.v1.RestoreRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getRestoreMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Reads a pragma of the allow-list (see GetPragmaRequest.name).
     * </pre>
     */
    public dev.dbx.sqlite.v1.GetPragmaResponse getPragma(dev.dbx.sqlite.v1.GetPragmaRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetPragmaMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Sets a pragma of the allow-list and answers its new value. Settings of
     * the connection (foreign_keys, busy_timeout, cache_size, synchronous, ...)
     * last until the server restarts; configure them for good in the backend's
     * options where there is one.
     * </pre>
     */
    public dev.dbx.sqlite.v1.SetPragmaResponse setPragma(dev.dbx.sqlite.v1.SetPragmaRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getSetPragmaMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Checks the database file for corruption and lists the problems found.
     * </pre>
     */
    public dev.dbx.sqlite.v1.IntegrityCheckResponse integrityCheck(dev.dbx.sqlite.v1.IntegrityCheckRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getIntegrityCheckMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Rebuilds the database file to reclaim free pages (VACUUM), or writes a
     * compacted copy to a new file (VACUUM INTO).
     * </pre>
     */
    public dev.dbx.sqlite.v1.VacuumResponse vacuum(dev.dbx.sqlite.v1.VacuumRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getVacuumMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do ListenableFuture-style rpc calls to service SqliteService.
   * <pre>
   * Administration of SQLite backends: backups, restores, pragmas, integrity
   * checks and vacuum.
   * Every request names its backend (empty means the default backend). A
   * backend that is not SQLite answers FAILED_PRECONDITION (reason
   * WRONG_BACKEND_KIND) naming its kind.
   * Paths are paths on the server. A relative path is resolved against the
   * backend's `fileDirectory` option when it is set (and must stay inside it),
   * else against the server's working directory. Calls that need the database
   * to themselves (Restore, Vacuum, SetPragma, IntegrityCheck) wait for an open
   * interactive transaction to end.
   * </pre>
   */
  public static final class SqliteServiceFutureStub
      extends io.grpc.stub.AbstractFutureStub<SqliteServiceFutureStub> {
    private SqliteServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected SqliteServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new SqliteServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * Writes a consistent copy of the database to a file on the server, with
     * SQLite's online backup API; other calls go on meanwhile.
     * ALREADY_EXISTS when the file exists, unless `overwrite`.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.sqlite.v1.BackupResponse> backup(
        dev.dbx.sqlite.v1.BackupRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getBackupMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Replaces the whole database with a SQLite database file on the server.
     * The file is checked first (INVALID_ARGUMENT when it is not a sound
     * SQLite database); on failure the database is left as it was. Prepared
     * statements are re-prepared on next use. No other process may have the
     * database file open meanwhile.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.sqlite.v1.RestoreResponse> restore(
        dev.dbx.sqlite.v1.RestoreRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getRestoreMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Reads a pragma of the allow-list (see GetPragmaRequest.name).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.sqlite.v1.GetPragmaResponse> getPragma(
        dev.dbx.sqlite.v1.GetPragmaRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetPragmaMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Sets a pragma of the allow-list and answers its new value. Settings of
     * the connection (foreign_keys, busy_timeout, cache_size, synchronous, ...)
     * last until the server restarts; configure them for good in the backend's
     * options where there is one.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.sqlite.v1.SetPragmaResponse> setPragma(
        dev.dbx.sqlite.v1.SetPragmaRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getSetPragmaMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Checks the database file for corruption and lists the problems found.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.sqlite.v1.IntegrityCheckResponse> integrityCheck(
        dev.dbx.sqlite.v1.IntegrityCheckRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getIntegrityCheckMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Rebuilds the database file to reclaim free pages (VACUUM), or writes a
     * compacted copy to a new file (VACUUM INTO).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.sqlite.v1.VacuumResponse> vacuum(
        dev.dbx.sqlite.v1.VacuumRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getVacuumMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_BACKUP = 0;
  private static final int METHODID_BACKUP_STREAM = 1;
  private static final int METHODID_RESTORE = 2;
  private static final int METHODID_GET_PRAGMA = 3;
  private static final int METHODID_SET_PRAGMA = 4;
  private static final int METHODID_INTEGRITY_CHECK = 5;
  private static final int METHODID_VACUUM = 6;

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
        case METHODID_BACKUP:
          serviceImpl.backup((dev.dbx.sqlite.v1.BackupRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.sqlite.v1.BackupResponse>) responseObserver);
          break;
        case METHODID_BACKUP_STREAM:
          serviceImpl.backupStream((dev.dbx.sqlite.v1.BackupStreamRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.sqlite.v1.BackupStreamResponse>) responseObserver);
          break;
        case METHODID_RESTORE:
          serviceImpl.restore((dev.dbx.sqlite.v1.RestoreRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.sqlite.v1.RestoreResponse>) responseObserver);
          break;
        case METHODID_GET_PRAGMA:
          serviceImpl.getPragma((dev.dbx.sqlite.v1.GetPragmaRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.sqlite.v1.GetPragmaResponse>) responseObserver);
          break;
        case METHODID_SET_PRAGMA:
          serviceImpl.setPragma((dev.dbx.sqlite.v1.SetPragmaRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.sqlite.v1.SetPragmaResponse>) responseObserver);
          break;
        case METHODID_INTEGRITY_CHECK:
          serviceImpl.integrityCheck((dev.dbx.sqlite.v1.IntegrityCheckRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.sqlite.v1.IntegrityCheckResponse>) responseObserver);
          break;
        case METHODID_VACUUM:
          serviceImpl.vacuum((dev.dbx.sqlite.v1.VacuumRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.sqlite.v1.VacuumResponse>) responseObserver);
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
          getBackupMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.sqlite.v1.BackupRequest,
              dev.dbx.sqlite.v1.BackupResponse>(
                service, METHODID_BACKUP)))
        .addMethod(
          getBackupStreamMethod(),
          io.grpc.stub.ServerCalls.asyncServerStreamingCall(
            new MethodHandlers<
              dev.dbx.sqlite.v1.BackupStreamRequest,
              dev.dbx.sqlite.v1.BackupStreamResponse>(
                service, METHODID_BACKUP_STREAM)))
        .addMethod(
          getRestoreMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.sqlite.v1.RestoreRequest,
              dev.dbx.sqlite.v1.RestoreResponse>(
                service, METHODID_RESTORE)))
        .addMethod(
          getGetPragmaMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.sqlite.v1.GetPragmaRequest,
              dev.dbx.sqlite.v1.GetPragmaResponse>(
                service, METHODID_GET_PRAGMA)))
        .addMethod(
          getSetPragmaMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.sqlite.v1.SetPragmaRequest,
              dev.dbx.sqlite.v1.SetPragmaResponse>(
                service, METHODID_SET_PRAGMA)))
        .addMethod(
          getIntegrityCheckMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.sqlite.v1.IntegrityCheckRequest,
              dev.dbx.sqlite.v1.IntegrityCheckResponse>(
                service, METHODID_INTEGRITY_CHECK)))
        .addMethod(
          getVacuumMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.sqlite.v1.VacuumRequest,
              dev.dbx.sqlite.v1.VacuumResponse>(
                service, METHODID_VACUUM)))
        .build();
  }

  private static abstract class SqliteServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    SqliteServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return dev.dbx.sqlite.v1.SqliteProto.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("SqliteService");
    }
  }

  private static final class SqliteServiceFileDescriptorSupplier
      extends SqliteServiceBaseDescriptorSupplier {
    SqliteServiceFileDescriptorSupplier() {}
  }

  private static final class SqliteServiceMethodDescriptorSupplier
      extends SqliteServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final java.lang.String methodName;

    SqliteServiceMethodDescriptorSupplier(java.lang.String methodName) {
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
      synchronized (SqliteServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new SqliteServiceFileDescriptorSupplier())
              .addMethod(getBackupMethod())
              .addMethod(getBackupStreamMethod())
              .addMethod(getRestoreMethod())
              .addMethod(getGetPragmaMethod())
              .addMethod(getSetPragmaMethod())
              .addMethod(getIntegrityCheckMethod())
              .addMethod(getVacuumMethod())
              .build();
        }
      }
    }
    return result;
  }
}
