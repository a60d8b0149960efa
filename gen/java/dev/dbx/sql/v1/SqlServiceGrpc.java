package dev.dbx.sql.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * SQL for the SQL backends (SQLite and PostgreSQL): statements with typed
 * parameters, prepared statements, batches, streamed results, and the tables
 * and indexes of the database.
 * Every request names its backend (empty means the default backend). A
 * backend that is not SQL answers FAILED_PRECONDITION (reason
 * WRONG_BACKEND_KIND) naming its kind. Calls that carry `transaction_id` (from
 * dbx.v1.TransactionService.Begin) run inside that interactive transaction.
 * Parameters are always bound, never spliced into the SQL text. SQLite takes
 * `?` placeholders; PostgreSQL takes `$1`, `$2`, ... Values cross as
 * dbx.v1.TypedValue: the kind of each result value follows the column's declared
 * type (docs/backends/sqlite.md, docs/backends/postgres.md).
 * Statement errors (syntax, unknown table or column, wrong parameter count)
 * answer INVALID_ARGUMENT with reason STATEMENT_FAILED; constraint failures
 * answer ALREADY_EXISTS or FAILED_PRECONDITION.
 * </pre>
 */
@io.grpc.stub.annotations.GrpcGenerated
public final class SqlServiceGrpc {

  private SqlServiceGrpc() {}

  public static final java.lang.String SERVICE_NAME = "dbx.sql.v1.SqlService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<dev.dbx.sql.v1.QueryRequest,
      dev.dbx.sql.v1.QueryResponse> getQueryMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "Query",
      requestType = dev.dbx.sql.v1.QueryRequest.class,
      responseType = dev.dbx.sql.v1.QueryResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.sql.v1.QueryRequest,
      dev.dbx.sql.v1.QueryResponse> getQueryMethod() {
    io.grpc.MethodDescriptor<dev.dbx.sql.v1.QueryRequest, dev.dbx.sql.v1.QueryResponse> getQueryMethod;
    if ((getQueryMethod = SqlServiceGrpc.getQueryMethod) == null) {
      synchronized (SqlServiceGrpc.class) {
        if ((getQueryMethod = SqlServiceGrpc.getQueryMethod) == null) {
          SqlServiceGrpc.getQueryMethod = getQueryMethod =
              io.grpc.MethodDescriptor.<dev.dbx.sql.v1.QueryRequest, dev.dbx.sql.v1.QueryResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "Query"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.sql.v1.QueryRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.sql.v1.QueryResponse.getDefaultInstance()))
              .setSchemaDescriptor(new SqlServiceMethodDescriptorSupplier("Query"))
              .build();
        }
      }
    }
    return getQueryMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.sql.v1.ExecRequest,
      dev.dbx.sql.v1.ExecResponse> getExecMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "Exec",
      requestType = dev.dbx.sql.v1.ExecRequest.class,
      responseType = dev.dbx.sql.v1.ExecResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.sql.v1.ExecRequest,
      dev.dbx.sql.v1.ExecResponse> getExecMethod() {
    io.grpc.MethodDescriptor<dev.dbx.sql.v1.ExecRequest, dev.dbx.sql.v1.ExecResponse> getExecMethod;
    if ((getExecMethod = SqlServiceGrpc.getExecMethod) == null) {
      synchronized (SqlServiceGrpc.class) {
        if ((getExecMethod = SqlServiceGrpc.getExecMethod) == null) {
          SqlServiceGrpc.getExecMethod = getExecMethod =
              io.grpc.MethodDescriptor.<dev.dbx.sql.v1.ExecRequest, dev.dbx.sql.v1.ExecResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "Exec"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.sql.v1.ExecRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.sql.v1.ExecResponse.getDefaultInstance()))
              .setSchemaDescriptor(new SqlServiceMethodDescriptorSupplier("Exec"))
              .build();
        }
      }
    }
    return getExecMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.sql.v1.PrepareRequest,
      dev.dbx.sql.v1.PrepareResponse> getPrepareMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "Prepare",
      requestType = dev.dbx.sql.v1.PrepareRequest.class,
      responseType = dev.dbx.sql.v1.PrepareResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.sql.v1.PrepareRequest,
      dev.dbx.sql.v1.PrepareResponse> getPrepareMethod() {
    io.grpc.MethodDescriptor<dev.dbx.sql.v1.PrepareRequest, dev.dbx.sql.v1.PrepareResponse> getPrepareMethod;
    if ((getPrepareMethod = SqlServiceGrpc.getPrepareMethod) == null) {
      synchronized (SqlServiceGrpc.class) {
        if ((getPrepareMethod = SqlServiceGrpc.getPrepareMethod) == null) {
          SqlServiceGrpc.getPrepareMethod = getPrepareMethod =
              io.grpc.MethodDescriptor.<dev.dbx.sql.v1.PrepareRequest, dev.dbx.sql.v1.PrepareResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "Prepare"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.sql.v1.PrepareRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.sql.v1.PrepareResponse.getDefaultInstance()))
              .setSchemaDescriptor(new SqlServiceMethodDescriptorSupplier("Prepare"))
              .build();
        }
      }
    }
    return getPrepareMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.sql.v1.ClosePreparedRequest,
      dev.dbx.sql.v1.ClosePreparedResponse> getClosePreparedMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ClosePrepared",
      requestType = dev.dbx.sql.v1.ClosePreparedRequest.class,
      responseType = dev.dbx.sql.v1.ClosePreparedResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.sql.v1.ClosePreparedRequest,
      dev.dbx.sql.v1.ClosePreparedResponse> getClosePreparedMethod() {
    io.grpc.MethodDescriptor<dev.dbx.sql.v1.ClosePreparedRequest, dev.dbx.sql.v1.ClosePreparedResponse> getClosePreparedMethod;
    if ((getClosePreparedMethod = SqlServiceGrpc.getClosePreparedMethod) == null) {
      synchronized (SqlServiceGrpc.class) {
        if ((getClosePreparedMethod = SqlServiceGrpc.getClosePreparedMethod) == null) {
          SqlServiceGrpc.getClosePreparedMethod = getClosePreparedMethod =
              io.grpc.MethodDescriptor.<dev.dbx.sql.v1.ClosePreparedRequest, dev.dbx.sql.v1.ClosePreparedResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ClosePrepared"))
              .setIdempotent(true)
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.sql.v1.ClosePreparedRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.sql.v1.ClosePreparedResponse.getDefaultInstance()))
              .setSchemaDescriptor(new SqlServiceMethodDescriptorSupplier("ClosePrepared"))
              .build();
        }
      }
    }
    return getClosePreparedMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.sql.v1.BatchRequest,
      dev.dbx.sql.v1.BatchResponse> getBatchMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "Batch",
      requestType = dev.dbx.sql.v1.BatchRequest.class,
      responseType = dev.dbx.sql.v1.BatchResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.sql.v1.BatchRequest,
      dev.dbx.sql.v1.BatchResponse> getBatchMethod() {
    io.grpc.MethodDescriptor<dev.dbx.sql.v1.BatchRequest, dev.dbx.sql.v1.BatchResponse> getBatchMethod;
    if ((getBatchMethod = SqlServiceGrpc.getBatchMethod) == null) {
      synchronized (SqlServiceGrpc.class) {
        if ((getBatchMethod = SqlServiceGrpc.getBatchMethod) == null) {
          SqlServiceGrpc.getBatchMethod = getBatchMethod =
              io.grpc.MethodDescriptor.<dev.dbx.sql.v1.BatchRequest, dev.dbx.sql.v1.BatchResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "Batch"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.sql.v1.BatchRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.sql.v1.BatchResponse.getDefaultInstance()))
              .setSchemaDescriptor(new SqlServiceMethodDescriptorSupplier("Batch"))
              .build();
        }
      }
    }
    return getBatchMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.sql.v1.StreamQueryRequest,
      dev.dbx.sql.v1.StreamQueryResponse> getStreamQueryMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "StreamQuery",
      requestType = dev.dbx.sql.v1.StreamQueryRequest.class,
      responseType = dev.dbx.sql.v1.StreamQueryResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.SERVER_STREAMING)
  public static io.grpc.MethodDescriptor<dev.dbx.sql.v1.StreamQueryRequest,
      dev.dbx.sql.v1.StreamQueryResponse> getStreamQueryMethod() {
    io.grpc.MethodDescriptor<dev.dbx.sql.v1.StreamQueryRequest, dev.dbx.sql.v1.StreamQueryResponse> getStreamQueryMethod;
    if ((getStreamQueryMethod = SqlServiceGrpc.getStreamQueryMethod) == null) {
      synchronized (SqlServiceGrpc.class) {
        if ((getStreamQueryMethod = SqlServiceGrpc.getStreamQueryMethod) == null) {
          SqlServiceGrpc.getStreamQueryMethod = getStreamQueryMethod =
              io.grpc.MethodDescriptor.<dev.dbx.sql.v1.StreamQueryRequest, dev.dbx.sql.v1.StreamQueryResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.SERVER_STREAMING)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "StreamQuery"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.sql.v1.StreamQueryRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.sql.v1.StreamQueryResponse.getDefaultInstance()))
              .setSchemaDescriptor(new SqlServiceMethodDescriptorSupplier("StreamQuery"))
              .build();
        }
      }
    }
    return getStreamQueryMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.sql.v1.ListTablesRequest,
      dev.dbx.sql.v1.ListTablesResponse> getListTablesMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListTables",
      requestType = dev.dbx.sql.v1.ListTablesRequest.class,
      responseType = dev.dbx.sql.v1.ListTablesResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.sql.v1.ListTablesRequest,
      dev.dbx.sql.v1.ListTablesResponse> getListTablesMethod() {
    io.grpc.MethodDescriptor<dev.dbx.sql.v1.ListTablesRequest, dev.dbx.sql.v1.ListTablesResponse> getListTablesMethod;
    if ((getListTablesMethod = SqlServiceGrpc.getListTablesMethod) == null) {
      synchronized (SqlServiceGrpc.class) {
        if ((getListTablesMethod = SqlServiceGrpc.getListTablesMethod) == null) {
          SqlServiceGrpc.getListTablesMethod = getListTablesMethod =
              io.grpc.MethodDescriptor.<dev.dbx.sql.v1.ListTablesRequest, dev.dbx.sql.v1.ListTablesResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListTables"))
              .setSafe(true)
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.sql.v1.ListTablesRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.sql.v1.ListTablesResponse.getDefaultInstance()))
              .setSchemaDescriptor(new SqlServiceMethodDescriptorSupplier("ListTables"))
              .build();
        }
      }
    }
    return getListTablesMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.sql.v1.DescribeTableRequest,
      dev.dbx.sql.v1.DescribeTableResponse> getDescribeTableMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "DescribeTable",
      requestType = dev.dbx.sql.v1.DescribeTableRequest.class,
      responseType = dev.dbx.sql.v1.DescribeTableResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.sql.v1.DescribeTableRequest,
      dev.dbx.sql.v1.DescribeTableResponse> getDescribeTableMethod() {
    io.grpc.MethodDescriptor<dev.dbx.sql.v1.DescribeTableRequest, dev.dbx.sql.v1.DescribeTableResponse> getDescribeTableMethod;
    if ((getDescribeTableMethod = SqlServiceGrpc.getDescribeTableMethod) == null) {
      synchronized (SqlServiceGrpc.class) {
        if ((getDescribeTableMethod = SqlServiceGrpc.getDescribeTableMethod) == null) {
          SqlServiceGrpc.getDescribeTableMethod = getDescribeTableMethod =
              io.grpc.MethodDescriptor.<dev.dbx.sql.v1.DescribeTableRequest, dev.dbx.sql.v1.DescribeTableResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "DescribeTable"))
              .setSafe(true)
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.sql.v1.DescribeTableRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.sql.v1.DescribeTableResponse.getDefaultInstance()))
              .setSchemaDescriptor(new SqlServiceMethodDescriptorSupplier("DescribeTable"))
              .build();
        }
      }
    }
    return getDescribeTableMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.sql.v1.CreateTableRequest,
      dev.dbx.sql.v1.CreateTableResponse> getCreateTableMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "CreateTable",
      requestType = dev.dbx.sql.v1.CreateTableRequest.class,
      responseType = dev.dbx.sql.v1.CreateTableResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.sql.v1.CreateTableRequest,
      dev.dbx.sql.v1.CreateTableResponse> getCreateTableMethod() {
    io.grpc.MethodDescriptor<dev.dbx.sql.v1.CreateTableRequest, dev.dbx.sql.v1.CreateTableResponse> getCreateTableMethod;
    if ((getCreateTableMethod = SqlServiceGrpc.getCreateTableMethod) == null) {
      synchronized (SqlServiceGrpc.class) {
        if ((getCreateTableMethod = SqlServiceGrpc.getCreateTableMethod) == null) {
          SqlServiceGrpc.getCreateTableMethod = getCreateTableMethod =
              io.grpc.MethodDescriptor.<dev.dbx.sql.v1.CreateTableRequest, dev.dbx.sql.v1.CreateTableResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "CreateTable"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.sql.v1.CreateTableRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.sql.v1.CreateTableResponse.getDefaultInstance()))
              .setSchemaDescriptor(new SqlServiceMethodDescriptorSupplier("CreateTable"))
              .build();
        }
      }
    }
    return getCreateTableMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.sql.v1.DropTableRequest,
      dev.dbx.sql.v1.DropTableResponse> getDropTableMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "DropTable",
      requestType = dev.dbx.sql.v1.DropTableRequest.class,
      responseType = dev.dbx.sql.v1.DropTableResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.sql.v1.DropTableRequest,
      dev.dbx.sql.v1.DropTableResponse> getDropTableMethod() {
    io.grpc.MethodDescriptor<dev.dbx.sql.v1.DropTableRequest, dev.dbx.sql.v1.DropTableResponse> getDropTableMethod;
    if ((getDropTableMethod = SqlServiceGrpc.getDropTableMethod) == null) {
      synchronized (SqlServiceGrpc.class) {
        if ((getDropTableMethod = SqlServiceGrpc.getDropTableMethod) == null) {
          SqlServiceGrpc.getDropTableMethod = getDropTableMethod =
              io.grpc.MethodDescriptor.<dev.dbx.sql.v1.DropTableRequest, dev.dbx.sql.v1.DropTableResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "DropTable"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.sql.v1.DropTableRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.sql.v1.DropTableResponse.getDefaultInstance()))
              .setSchemaDescriptor(new SqlServiceMethodDescriptorSupplier("DropTable"))
              .build();
        }
      }
    }
    return getDropTableMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.sql.v1.ListIndexesRequest,
      dev.dbx.sql.v1.ListIndexesResponse> getListIndexesMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListIndexes",
      requestType = dev.dbx.sql.v1.ListIndexesRequest.class,
      responseType = dev.dbx.sql.v1.ListIndexesResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.sql.v1.ListIndexesRequest,
      dev.dbx.sql.v1.ListIndexesResponse> getListIndexesMethod() {
    io.grpc.MethodDescriptor<dev.dbx.sql.v1.ListIndexesRequest, dev.dbx.sql.v1.ListIndexesResponse> getListIndexesMethod;
    if ((getListIndexesMethod = SqlServiceGrpc.getListIndexesMethod) == null) {
      synchronized (SqlServiceGrpc.class) {
        if ((getListIndexesMethod = SqlServiceGrpc.getListIndexesMethod) == null) {
          SqlServiceGrpc.getListIndexesMethod = getListIndexesMethod =
              io.grpc.MethodDescriptor.<dev.dbx.sql.v1.ListIndexesRequest, dev.dbx.sql.v1.ListIndexesResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListIndexes"))
              .setSafe(true)
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.sql.v1.ListIndexesRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.sql.v1.ListIndexesResponse.getDefaultInstance()))
              .setSchemaDescriptor(new SqlServiceMethodDescriptorSupplier("ListIndexes"))
              .build();
        }
      }
    }
    return getListIndexesMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.sql.v1.CreateIndexRequest,
      dev.dbx.sql.v1.CreateIndexResponse> getCreateIndexMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "CreateIndex",
      requestType = dev.dbx.sql.v1.CreateIndexRequest.class,
      responseType = dev.dbx.sql.v1.CreateIndexResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.sql.v1.CreateIndexRequest,
      dev.dbx.sql.v1.CreateIndexResponse> getCreateIndexMethod() {
    io.grpc.MethodDescriptor<dev.dbx.sql.v1.CreateIndexRequest, dev.dbx.sql.v1.CreateIndexResponse> getCreateIndexMethod;
    if ((getCreateIndexMethod = SqlServiceGrpc.getCreateIndexMethod) == null) {
      synchronized (SqlServiceGrpc.class) {
        if ((getCreateIndexMethod = SqlServiceGrpc.getCreateIndexMethod) == null) {
          SqlServiceGrpc.getCreateIndexMethod = getCreateIndexMethod =
              io.grpc.MethodDescriptor.<dev.dbx.sql.v1.CreateIndexRequest, dev.dbx.sql.v1.CreateIndexResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "CreateIndex"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.sql.v1.CreateIndexRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.sql.v1.CreateIndexResponse.getDefaultInstance()))
              .setSchemaDescriptor(new SqlServiceMethodDescriptorSupplier("CreateIndex"))
              .build();
        }
      }
    }
    return getCreateIndexMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.sql.v1.DropIndexRequest,
      dev.dbx.sql.v1.DropIndexResponse> getDropIndexMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "DropIndex",
      requestType = dev.dbx.sql.v1.DropIndexRequest.class,
      responseType = dev.dbx.sql.v1.DropIndexResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.sql.v1.DropIndexRequest,
      dev.dbx.sql.v1.DropIndexResponse> getDropIndexMethod() {
    io.grpc.MethodDescriptor<dev.dbx.sql.v1.DropIndexRequest, dev.dbx.sql.v1.DropIndexResponse> getDropIndexMethod;
    if ((getDropIndexMethod = SqlServiceGrpc.getDropIndexMethod) == null) {
      synchronized (SqlServiceGrpc.class) {
        if ((getDropIndexMethod = SqlServiceGrpc.getDropIndexMethod) == null) {
          SqlServiceGrpc.getDropIndexMethod = getDropIndexMethod =
              io.grpc.MethodDescriptor.<dev.dbx.sql.v1.DropIndexRequest, dev.dbx.sql.v1.DropIndexResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "DropIndex"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.sql.v1.DropIndexRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.sql.v1.DropIndexResponse.getDefaultInstance()))
              .setSchemaDescriptor(new SqlServiceMethodDescriptorSupplier("DropIndex"))
              .build();
        }
      }
    }
    return getDropIndexMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static SqlServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<SqlServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<SqlServiceStub>() {
        @java.lang.Override
        public SqlServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new SqlServiceStub(channel, callOptions);
        }
      };
    return SqlServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports all types of calls on the service
   */
  public static SqlServiceBlockingV2Stub newBlockingV2Stub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<SqlServiceBlockingV2Stub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<SqlServiceBlockingV2Stub>() {
        @java.lang.Override
        public SqlServiceBlockingV2Stub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new SqlServiceBlockingV2Stub(channel, callOptions);
        }
      };
    return SqlServiceBlockingV2Stub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static SqlServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<SqlServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<SqlServiceBlockingStub>() {
        @java.lang.Override
        public SqlServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new SqlServiceBlockingStub(channel, callOptions);
        }
      };
    return SqlServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static SqlServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<SqlServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<SqlServiceFutureStub>() {
        @java.lang.Override
        public SqlServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new SqlServiceFutureStub(channel, callOptions);
        }
      };
    return SqlServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * SQL for the SQL backends (SQLite and PostgreSQL): statements with typed
   * parameters, prepared statements, batches, streamed results, and the tables
   * and indexes of the database.
   * Every request names its backend (empty means the default backend). A
   * backend that is not SQL answers FAILED_PRECONDITION (reason
   * WRONG_BACKEND_KIND) naming its kind. Calls that carry `transaction_id` (from
   * dbx.v1.TransactionService.Begin) run inside that interactive transaction.
   * Parameters are always bound, never spliced into the SQL text. SQLite takes
   * `?` placeholders; PostgreSQL takes `$1`, `$2`, ... Values cross as
   * dbx.v1.TypedValue: the kind of each result value follows the column's declared
   * type (docs/backends/sqlite.md, docs/backends/postgres.md).
   * Statement errors (syntax, unknown table or column, wrong parameter count)
   * answer INVALID_ARGUMENT with reason STATEMENT_FAILED; constraint failures
   * answer ALREADY_EXISTS or FAILED_PRECONDITION.
   * </pre>
   */
  public interface AsyncService {

    /**
     * <pre>
     * Runs a statement and answers its rows. Past the server's row limit it
     * answers RESOURCE_EXHAUSTED (reason TOO_MANY_ROWS, metadata
     * `use`="dbx.sql.v1.SqlService/StreamQuery") without reading further: use
     * StreamQuery for large results. A statement that answers no rows (an
     * INSERT without RETURNING) runs and answers no columns.
     * </pre>
     */
    default void query(dev.dbx.sql.v1.QueryRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.sql.v1.QueryResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getQueryMethod(), responseObserver);
    }

    /**
     * <pre>
     * Runs a statement for its effect and answers the rows it changed. Rows the
     * statement answers (RETURNING) are discarded; use Query to read them.
     * </pre>
     */
    default void exec(dev.dbx.sql.v1.ExecRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.sql.v1.ExecResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getExecMethod(), responseObserver);
    }

    /**
     * <pre>
     * Compiles a statement once for repeated use by Query, Exec, Batch and
     * StreamQuery through `statement_id`. Prepared statements belong to the
     * backend, not to a client or a transaction; the server forgets the least
     * recently used ones past its limit, and all of them on restart.
     * </pre>
     */
    default void prepare(dev.dbx.sql.v1.PrepareRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.sql.v1.PrepareResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getPrepareMethod(), responseObserver);
    }

    /**
     * <pre>
     * Forgets a prepared statement.
     * </pre>
     */
    default void closePrepared(dev.dbx.sql.v1.ClosePreparedRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.sql.v1.ClosePreparedResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getClosePreparedMethod(), responseObserver);
    }

    /**
     * <pre>
     * Runs several statements in order, optionally as one atomic unit, and
     * answers one result per statement. The first failing statement stops the
     * batch; the error names it in metadata `statement_index`.
     * </pre>
     */
    default void batch(dev.dbx.sql.v1.BatchRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.sql.v1.BatchResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getBatchMethod(), responseObserver);
    }

    /**
     * <pre>
     * Runs a statement and streams its rows in batches, with flow control, for
     * results of any size. The first message carries the columns. Works from
     * browsers (server streaming).
     * </pre>
     */
    default void streamQuery(dev.dbx.sql.v1.StreamQueryRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.sql.v1.StreamQueryResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getStreamQueryMethod(), responseObserver);
    }

    /**
     * <pre>
     * Lists the tables and views of the database (internal tables excluded).
     * </pre>
     */
    default void listTables(dev.dbx.sql.v1.ListTablesRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.sql.v1.ListTablesResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListTablesMethod(), responseObserver);
    }

    /**
     * <pre>
     * Describes a table: its columns, their types and its primary key.
     * NOT_FOUND (reason UNKNOWN_COLLECTION) when there is no such table.
     * </pre>
     */
    default void describeTable(dev.dbx.sql.v1.DescribeTableRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.sql.v1.DescribeTableResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getDescribeTableMethod(), responseObserver);
    }

    /**
     * <pre>
     * Creates a table from columns of DBX column types, so that every value
     * kind round-trips exactly. ALREADY_EXISTS when the table exists, unless
     * `if_not_exists`.
     * </pre>
     */
    default void createTable(dev.dbx.sql.v1.CreateTableRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.sql.v1.CreateTableResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCreateTableMethod(), responseObserver);
    }

    /**
     * <pre>
     * Drops a table. NOT_FOUND (reason UNKNOWN_COLLECTION) when there is none,
     * unless `if_exists`.
     * </pre>
     */
    default void dropTable(dev.dbx.sql.v1.DropTableRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.sql.v1.DropTableResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getDropTableMethod(), responseObserver);
    }

    /**
     * <pre>
     * Lists the indexes of a table, those behind primary keys and unique
     * constraints included.
     * </pre>
     */
    default void listIndexes(dev.dbx.sql.v1.ListIndexesRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.sql.v1.ListIndexesResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListIndexesMethod(), responseObserver);
    }

    /**
     * <pre>
     * Creates an index on columns of a table. ALREADY_EXISTS when an index of
     * that name exists, unless `if_not_exists`.
     * </pre>
     */
    default void createIndex(dev.dbx.sql.v1.CreateIndexRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.sql.v1.CreateIndexResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCreateIndexMethod(), responseObserver);
    }

    /**
     * <pre>
     * Drops an index. NOT_FOUND when there is none, unless `if_exists`.
     * </pre>
     */
    default void dropIndex(dev.dbx.sql.v1.DropIndexRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.sql.v1.DropIndexResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getDropIndexMethod(), responseObserver);
    }
  }

  /**
   * Base class for the server implementation of the service SqlService.
   * <pre>
   * SQL for the SQL backends (SQLite and PostgreSQL): statements with typed
   * parameters, prepared statements, batches, streamed results, and the tables
   * and indexes of the database.
   * Every request names its backend (empty means the default backend). A
   * backend that is not SQL answers FAILED_PRECONDITION (reason
   * WRONG_BACKEND_KIND) naming its kind. Calls that carry `transaction_id` (from
   * dbx.v1.TransactionService.Begin) run inside that interactive transaction.
   * Parameters are always bound, never spliced into the SQL text. SQLite takes
   * `?` placeholders; PostgreSQL takes `$1`, `$2`, ... Values cross as
   * dbx.v1.TypedValue: the kind of each result value follows the column's declared
   * type (docs/backends/sqlite.md, docs/backends/postgres.md).
   * Statement errors (syntax, unknown table or column, wrong parameter count)
   * answer INVALID_ARGUMENT with reason STATEMENT_FAILED; constraint failures
   * answer ALREADY_EXISTS or FAILED_PRECONDITION.
   * </pre>
   */
  public static abstract class SqlServiceImplBase
      implements io.grpc.BindableService, AsyncService {

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return SqlServiceGrpc.bindService(this);
    }
  }

  /**
   * A stub to allow clients to do asynchronous rpc calls to service SqlService.
   * <pre>
   * SQL for the SQL backends (SQLite and PostgreSQL): statements with typed
   * parameters, prepared statements, batches, streamed results, and the tables
   * and indexes of the database.
   * Every request names its backend (empty means the default backend). A
   * backend that is not SQL answers FAILED_PRECONDITION (reason
   * WRONG_BACKEND_KIND) naming its kind. Calls that carry `transaction_id` (from
   * dbx.v1.TransactionService.Begin) run inside that interactive transaction.
   * Parameters are always bound, never spliced into the SQL text. SQLite takes
   * `?` placeholders; PostgreSQL takes `$1`, `$2`, ... Values cross as
   * dbx.v1.TypedValue: the kind of each result value follows the column's declared
   * type (docs/backends/sqlite.md, docs/backends/postgres.md).
   * Statement errors (syntax, unknown table or column, wrong parameter count)
   * answer INVALID_ARGUMENT with reason STATEMENT_FAILED; constraint failures
   * answer ALREADY_EXISTS or FAILED_PRECONDITION.
   * </pre>
   */
  public static final class SqlServiceStub
      extends io.grpc.stub.AbstractAsyncStub<SqlServiceStub> {
    private SqlServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected SqlServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new SqlServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * Runs a statement and answers its rows. Past the server's row limit it
     * answers RESOURCE_EXHAUSTED (reason TOO_MANY_ROWS, metadata
     * `use`="dbx.sql.v1.SqlService/StreamQuery") without reading further: use
     * StreamQuery for large results. A statement that answers no rows (an
     * INSERT without RETURNING) runs and answers no columns.
     * </pre>
     */
    public void query(dev.dbx.sql.v1.QueryRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.sql.v1.QueryResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getQueryMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Runs a statement for its effect and answers the rows it changed. Rows the
     * statement answers (RETURNING) are discarded; use Query to read them.
     * </pre>
     */
    public void exec(dev.dbx.sql.v1.ExecRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.sql.v1.ExecResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getExecMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Compiles a statement once for repeated use by Query, Exec, Batch and
     * StreamQuery through `statement_id`. Prepared statements belong to the
     * backend, not to a client or a transaction; the server forgets the least
     * recently used ones past its limit, and all of them on restart.
     * </pre>
     */
    public void prepare(dev.dbx.sql.v1.PrepareRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.sql.v1.PrepareResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getPrepareMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Forgets a prepared statement.
     * </pre>
     */
    public void closePrepared(dev.dbx.sql.v1.ClosePreparedRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.sql.v1.ClosePreparedResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getClosePreparedMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Runs several statements in order, optionally as one atomic unit, and
     * answers one result per statement. The first failing statement stops the
     * batch; the error names it in metadata `statement_index`.
     * </pre>
     */
    public void batch(dev.dbx.sql.v1.BatchRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.sql.v1.BatchResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getBatchMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Runs a statement and streams its rows in batches, with flow control, for
     * results of any size. The first message carries the columns. Works from
     * browsers (server streaming).
     * </pre>
     */
    public void streamQuery(dev.dbx.sql.v1.StreamQueryRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.sql.v1.StreamQueryResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncServerStreamingCall(
          getChannel().newCall(getStreamQueryMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Lists the tables and views of the database (internal tables excluded).
     * </pre>
     */
    public void listTables(dev.dbx.sql.v1.ListTablesRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.sql.v1.ListTablesResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListTablesMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Describes a table: its columns, their types and its primary key.
     * NOT_FOUND (reason UNKNOWN_COLLECTION) when there is no such table.
     * </pre>
     */
    public void describeTable(dev.dbx.sql.v1.DescribeTableRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.sql.v1.DescribeTableResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getDescribeTableMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Creates a table from columns of DBX column types, so that every value
     * kind round-trips exactly. ALREADY_EXISTS when the table exists, unless
     * `if_not_exists`.
     * </pre>
     */
    public void createTable(dev.dbx.sql.v1.CreateTableRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.sql.v1.CreateTableResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCreateTableMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Drops a table. NOT_FOUND (reason UNKNOWN_COLLECTION) when there is none,
     * unless `if_exists`.
     * </pre>
     */
    public void dropTable(dev.dbx.sql.v1.DropTableRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.sql.v1.DropTableResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getDropTableMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Lists the indexes of a table, those behind primary keys and unique
     * constraints included.
     * </pre>
     */
    public void listIndexes(dev.dbx.sql.v1.ListIndexesRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.sql.v1.ListIndexesResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListIndexesMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Creates an index on columns of a table. ALREADY_EXISTS when an index of
     * that name exists, unless `if_not_exists`.
     * </pre>
     */
    public void createIndex(dev.dbx.sql.v1.CreateIndexRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.sql.v1.CreateIndexResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCreateIndexMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Drops an index. NOT_FOUND when there is none, unless `if_exists`.
     * </pre>
     */
    public void dropIndex(dev.dbx.sql.v1.DropIndexRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.sql.v1.DropIndexResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getDropIndexMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * A stub to allow clients to do synchronous rpc calls to service SqlService.
   * <pre>
   * SQL for the SQL backends (SQLite and PostgreSQL): statements with typed
   * parameters, prepared statements, batches, streamed results, and the tables
   * and indexes of the database.
   * Every request names its backend (empty means the default backend). A
   * backend that is not SQL answers FAILED_PRECONDITION (reason
   * WRONG_BACKEND_KIND) naming its kind. Calls that carry `transaction_id` (from
   * dbx.v1.TransactionService.Begin) run inside that interactive transaction.
   * Parameters are always bound, never spliced into the SQL text. SQLite takes
   * `?` placeholders; PostgreSQL takes `$1`, `$2`, ... Values cross as
   * dbx.v1.TypedValue: the kind of each result value follows the column's declared
   * type (docs/backends/sqlite.md, docs/backends/postgres.md).
   * Statement errors (syntax, unknown table or column, wrong parameter count)
   * answer INVALID_ARGUMENT with reason STATEMENT_FAILED; constraint failures
   * answer ALREADY_EXISTS or FAILED_PRECONDITION.
   * </pre>
   */
  public static final class SqlServiceBlockingV2Stub
      extends io.grpc.stub.AbstractBlockingStub<SqlServiceBlockingV2Stub> {
    private SqlServiceBlockingV2Stub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected SqlServiceBlockingV2Stub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new SqlServiceBlockingV2Stub(channel, callOptions);
    }

    /**
     * <pre>
     * Runs a statement and answers its rows. Past the server's row limit it
     * answers RESOURCE_EXHAUSTED (reason TOO_MANY_ROWS, metadata
     * `use`="dbx.sql.v1.SqlService/StreamQuery") without reading further: use
     * StreamQuery for large results. A statement that answers no rows (an
     * INSERT without RETURNING) runs and answers no columns.
     * </pre>
     */
    public dev.dbx.sql.v1.QueryResponse query(dev.dbx.sql.v1.QueryRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getQueryMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Runs a statement for its effect and answers the rows it changed. Rows the
     * statement answers (RETURNING) are discarded; use Query to read them.
     * </pre>
     */
    public dev.dbx.sql.v1.ExecResponse exec(dev.dbx.sql.v1.ExecRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getExecMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Compiles a statement once for repeated use by Query, Exec, Batch and
     * StreamQuery through `statement_id`. Prepared statements belong to the
     * backend, not to a client or a transaction; the server forgets the least
     * recently used ones past its limit, and all of them on restart.
     * </pre>
     */
    public dev.dbx.sql.v1.PrepareResponse prepare(dev.dbx.sql.v1.PrepareRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getPrepareMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Forgets a prepared statement.
     * </pre>
     */
    public dev.dbx.sql.v1.ClosePreparedResponse closePrepared(dev.dbx.sql.v1.ClosePreparedRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getClosePreparedMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Runs several statements in order, optionally as one atomic unit, and
     * answers one result per statement. The first failing statement stops the
     * batch; the error names it in metadata `statement_index`.
     * </pre>
     */
    public dev.dbx.sql.v1.BatchResponse batch(dev.dbx.sql.v1.BatchRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getBatchMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Runs a statement and streams its rows in batches, with flow control, for
     * results of any size. The first message carries the columns. Works from
     * browsers (server streaming).
     * </pre>
     */
    @io.grpc.ExperimentalApi("https://github.com/grpc/grpc-java/issues/10918")
    public io.grpc.stub.BlockingClientCall<?, dev.dbx.sql.v1.StreamQueryResponse>
        streamQuery(dev.dbx.sql.v1.StreamQueryRequest request) {
      return io.grpc.stub.ClientCalls.blockingV2ServerStreamingCall(
          getChannel(), getStreamQueryMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists the tables and views of the database (internal tables excluded).
     * </pre>
     */
    public dev.dbx.sql.v1.ListTablesResponse listTables(dev.dbx.sql.v1.ListTablesRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getListTablesMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Describes a table: its columns, their types and its primary key.
     * NOT_FOUND (reason UNKNOWN_COLLECTION) when there is no such table.
     * </pre>
     */
    public dev.dbx.sql.v1.DescribeTableResponse describeTable(dev.dbx.sql.v1.DescribeTableRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getDescribeTableMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Creates a table from columns of DBX column types, so that every value
     * kind round-trips exactly. ALREADY_EXISTS when the table exists, unless
     * `if_not_exists`.
     * </pre>
     */
    public dev.dbx.sql.v1.CreateTableResponse createTable(dev.dbx.sql.v1.CreateTableRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getCreateTableMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Drops a table. NOT_FOUND (reason UNKNOWN_COLLECTION) when there is none,
     * unless `if_exists`.
     * </pre>
     */
    public dev.dbx.sql.v1.DropTableResponse dropTable(dev.dbx.sql.v1.DropTableRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getDropTableMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists the indexes of a table, those behind primary keys and unique
     * constraints included.
     * </pre>
     */
    public dev.dbx.sql.v1.ListIndexesResponse listIndexes(dev.dbx.sql.v1.ListIndexesRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getListIndexesMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Creates an index on columns of a table. ALREADY_EXISTS when an index of
     * that name exists, unless `if_not_exists`.
     * </pre>
     */
    public dev.dbx.sql.v1.CreateIndexResponse createIndex(dev.dbx.sql.v1.CreateIndexRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getCreateIndexMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Drops an index. NOT_FOUND when there is none, unless `if_exists`.
     * </pre>
     */
    public dev.dbx.sql.v1.DropIndexResponse dropIndex(dev.dbx.sql.v1.DropIndexRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getDropIndexMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do limited synchronous rpc calls to service SqlService.
   * <pre>
   * SQL for the SQL backends (SQLite and PostgreSQL): statements with typed
   * parameters, prepared statements, batches, streamed results, and the tables
   * and indexes of the database.
   * Every request names its backend (empty means the default backend). A
   * backend that is not SQL answers FAILED_PRECONDITION (reason
   * WRONG_BACKEND_KIND) naming its kind. Calls that carry `transaction_id` (from
   * dbx.v1.TransactionService.Begin) run inside that interactive transaction.
   * Parameters are always bound, never spliced into the SQL text. SQLite takes
   * `?` placeholders; PostgreSQL takes `$1`, `$2`, ... Values cross as
   * dbx.v1.TypedValue: the kind of each result value follows the column's declared
   * type (docs/backends/sqlite.md, docs/backends/postgres.md).
   * Statement errors (syntax, unknown table or column, wrong parameter count)
   * answer INVALID_ARGUMENT with reason STATEMENT_FAILED; constraint failures
   * answer ALREADY_EXISTS or FAILED_PRECONDITION.
   * </pre>
   */
  public static final class SqlServiceBlockingStub
      extends io.grpc.stub.AbstractBlockingStub<SqlServiceBlockingStub> {
    private SqlServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected SqlServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new SqlServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * Runs a statement and answers its rows. Past the server's row limit it
     * answers RESOURCE_EXHAUSTED (reason TOO_MANY_ROWS, metadata
     * `use`="dbx.sql.v1.SqlService/StreamQuery") without reading further: use
     * StreamQuery for large results. A statement that answers no rows (an
     * INSERT without RETURNING) runs and answers no columns.
     * </pre>
     */
    public dev.dbx.sql.v1.QueryResponse query(dev.dbx.sql.v1.QueryRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getQueryMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Runs a statement for its effect and answers the rows it changed. Rows the
     * statement answers (RETURNING) are discarded; use Query to read them.
     * </pre>
     */
    public dev.dbx.sql.v1.ExecResponse exec(dev.dbx.sql.v1.ExecRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getExecMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Compiles a statement once for repeated use by Query, Exec, Batch and
     * StreamQuery through `statement_id`. Prepared statements belong to the
     * backend, not to a client or a transaction; the server forgets the least
     * recently used ones past its limit, and all of them on restart.
     * </pre>
     */
    public dev.dbx.sql.v1.PrepareResponse prepare(dev.dbx.sql.v1.PrepareRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getPrepareMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Forgets a prepared statement.
     * </pre>
     */
    public dev.dbx.sql.v1.ClosePreparedResponse closePrepared(dev.dbx.sql.v1.ClosePreparedRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getClosePreparedMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Runs several statements in order, optionally as one atomic unit, and
     * answers one result per statement. The first failing statement stops the
     * batch; the error names it in metadata `statement_index`.
     * </pre>
     */
    public dev.dbx.sql.v1.BatchResponse batch(dev.dbx.sql.v1.BatchRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getBatchMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Runs a statement and streams its rows in batches, with flow control, for
     * results of any size. The first message carries the columns. Works from
     * browsers (server streaming).
     * </pre>
     */
    public java.util.Iterator<dev.dbx.sql.v1.StreamQueryResponse> streamQuery(
        dev.dbx.sql.v1.StreamQueryRequest request) {
      return io.grpc.stub.ClientCalls.blockingServerStreamingCall(
          getChannel(), getStreamQueryMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists the tables and views of the database (internal tables excluded).
     * </pre>
     */
    public dev.dbx.sql.v1.ListTablesResponse listTables(dev.dbx.sql.v1.ListTablesRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListTablesMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Describes a table: its columns, their types and its primary key.
     * NOT_FOUND (reason UNKNOWN_COLLECTION) when there is no such table.
     * </pre>
     */
    public dev.dbx.sql.v1.DescribeTableResponse describeTable(dev.dbx.sql.v1.DescribeTableRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getDescribeTableMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Creates a table from columns of DBX column types, so that every value
     * kind round-trips exactly. ALREADY_EXISTS when the table exists, unless
     * `if_not_exists`.
     * </pre>
     */
    public dev.dbx.sql.v1.CreateTableResponse createTable(dev.dbx.sql.v1.CreateTableRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCreateTableMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Drops a table. NOT_FOUND (reason UNKNOWN_COLLECTION) when there is none,
     * unless `if_exists`.
     * </pre>
     */
    public dev.dbx.sql.v1.DropTableResponse dropTable(dev.dbx.sql.v1.DropTableRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getDropTableMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists the indexes of a table, those behind primary keys and unique
     * constraints included.
     * </pre>
     */
    public dev.dbx.sql.v1.ListIndexesResponse listIndexes(dev.dbx.sql.v1.ListIndexesRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListIndexesMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Creates an index on columns of a table. ALREADY_EXISTS when an index of
     * that name exists, unless `if_not_exists`.
     * </pre>
     */
    public dev.dbx.sql.v1.CreateIndexResponse createIndex(dev.dbx.sql.v1.CreateIndexRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCreateIndexMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Drops an index. NOT_FOUND when there is none, unless `if_exists`.
     * </pre>
     */
    public dev.dbx.sql.v1.DropIndexResponse dropIndex(dev.dbx.sql.v1.DropIndexRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getDropIndexMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do ListenableFuture-style rpc calls to service SqlService.
   * <pre>
   * SQL for the SQL backends (SQLite and PostgreSQL): statements with typed
   * parameters, prepared statements, batches, streamed results, and the tables
   * and indexes of the database.
   * Every request names its backend (empty means the default backend). A
   * backend that is not SQL answers FAILED_PRECONDITION (reason
   * WRONG_BACKEND_KIND) naming its kind. Calls that carry `transaction_id` (from
   * dbx.v1.TransactionService.Begin) run inside that interactive transaction.
   * Parameters are always bound, never spliced into the SQL text. SQLite takes
   * `?` placeholders; PostgreSQL takes `$1`, `$2`, ... Values cross as
   * dbx.v1.TypedValue: the kind of each result value follows the column's declared
   * type (docs/backends/sqlite.md, docs/backends/postgres.md).
   * Statement errors (syntax, unknown table or column, wrong parameter count)
   * answer INVALID_ARGUMENT with reason STATEMENT_FAILED; constraint failures
   * answer ALREADY_EXISTS or FAILED_PRECONDITION.
   * </pre>
   */
  public static final class SqlServiceFutureStub
      extends io.grpc.stub.AbstractFutureStub<SqlServiceFutureStub> {
    private SqlServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected SqlServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new SqlServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * Runs a statement and answers its rows. Past the server's row limit it
     * answers RESOURCE_EXHAUSTED (reason TOO_MANY_ROWS, metadata
     * `use`="dbx.sql.v1.SqlService/StreamQuery") without reading further: use
     * StreamQuery for large results. A statement that answers no rows (an
     * INSERT without RETURNING) runs and answers no columns.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.sql.v1.QueryResponse> query(
        dev.dbx.sql.v1.QueryRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getQueryMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Runs a statement for its effect and answers the rows it changed. Rows the
     * statement answers (RETURNING) are discarded; use Query to read them.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.sql.v1.ExecResponse> exec(
        dev.dbx.sql.v1.ExecRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getExecMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Compiles a statement once for repeated use by Query, Exec, Batch and
     * StreamQuery through `statement_id`. Prepared statements belong to the
     * backend, not to a client or a transaction; the server forgets the least
     * recently used ones past its limit, and all of them on restart.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.sql.v1.PrepareResponse> prepare(
        dev.dbx.sql.v1.PrepareRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getPrepareMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Forgets a prepared statement.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.sql.v1.ClosePreparedResponse> closePrepared(
        dev.dbx.sql.v1.ClosePreparedRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getClosePreparedMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Runs several statements in order, optionally as one atomic unit, and
     * answers one result per statement. The first failing statement stops the
     * batch; the error names it in metadata `statement_index`.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.sql.v1.BatchResponse> batch(
        dev.dbx.sql.v1.BatchRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getBatchMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Lists the tables and views of the database (internal tables excluded).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.sql.v1.ListTablesResponse> listTables(
        dev.dbx.sql.v1.ListTablesRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListTablesMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Describes a table: its columns, their types and its primary key.
     * NOT_FOUND (reason UNKNOWN_COLLECTION) when there is no such table.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.sql.v1.DescribeTableResponse> describeTable(
        dev.dbx.sql.v1.DescribeTableRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getDescribeTableMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Creates a table from columns of DBX column types, so that every value
     * kind round-trips exactly. ALREADY_EXISTS when the table exists, unless
     * `if_not_exists`.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.sql.v1.CreateTableResponse> createTable(
        dev.dbx.sql.v1.CreateTableRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCreateTableMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Drops a table. NOT_FOUND (reason UNKNOWN_COLLECTION) when there is none,
     * unless `if_exists`.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.sql.v1.DropTableResponse> dropTable(
        dev.dbx.sql.v1.DropTableRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getDropTableMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Lists the indexes of a table, those behind primary keys and unique
     * constraints included.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.sql.v1.ListIndexesResponse> listIndexes(
        dev.dbx.sql.v1.ListIndexesRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListIndexesMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Creates an index on columns of a table. ALREADY_EXISTS when an index of
     * that name exists, unless `if_not_exists`.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.sql.v1.CreateIndexResponse> createIndex(
        dev.dbx.sql.v1.CreateIndexRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCreateIndexMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Drops an index. NOT_FOUND when there is none, unless `if_exists`.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.sql.v1.DropIndexResponse> dropIndex(
        dev.dbx.sql.v1.DropIndexRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getDropIndexMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_QUERY = 0;
  private static final int METHODID_EXEC = 1;
  private static final int METHODID_PREPARE = 2;
  private static final int METHODID_CLOSE_PREPARED = 3;
  private static final int METHODID_BATCH = 4;
  private static final int METHODID_STREAM_QUERY = 5;
  private static final int METHODID_LIST_TABLES = 6;
  private static final int METHODID_DESCRIBE_TABLE = 7;
  private static final int METHODID_CREATE_TABLE = 8;
  private static final int METHODID_DROP_TABLE = 9;
  private static final int METHODID_LIST_INDEXES = 10;
  private static final int METHODID_CREATE_INDEX = 11;
  private static final int METHODID_DROP_INDEX = 12;

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
        case METHODID_QUERY:
          serviceImpl.query((dev.dbx.sql.v1.QueryRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.sql.v1.QueryResponse>) responseObserver);
          break;
        case METHODID_EXEC:
          serviceImpl.exec((dev.dbx.sql.v1.ExecRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.sql.v1.ExecResponse>) responseObserver);
          break;
        case METHODID_PREPARE:
          serviceImpl.prepare((dev.dbx.sql.v1.PrepareRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.sql.v1.PrepareResponse>) responseObserver);
          break;
        case METHODID_CLOSE_PREPARED:
          serviceImpl.closePrepared((dev.dbx.sql.v1.ClosePreparedRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.sql.v1.ClosePreparedResponse>) responseObserver);
          break;
        case METHODID_BATCH:
          serviceImpl.batch((dev.dbx.sql.v1.BatchRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.sql.v1.BatchResponse>) responseObserver);
          break;
        case METHODID_STREAM_QUERY:
          serviceImpl.streamQuery((dev.dbx.sql.v1.StreamQueryRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.sql.v1.StreamQueryResponse>) responseObserver);
          break;
        case METHODID_LIST_TABLES:
          serviceImpl.listTables((dev.dbx.sql.v1.ListTablesRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.sql.v1.ListTablesResponse>) responseObserver);
          break;
        case METHODID_DESCRIBE_TABLE:
          serviceImpl.describeTable((dev.dbx.sql.v1.DescribeTableRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.sql.v1.DescribeTableResponse>) responseObserver);
          break;
        case METHODID_CREATE_TABLE:
          serviceImpl.createTable((dev.dbx.sql.v1.CreateTableRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.sql.v1.CreateTableResponse>) responseObserver);
          break;
        case METHODID_DROP_TABLE:
          serviceImpl.dropTable((dev.dbx.sql.v1.DropTableRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.sql.v1.DropTableResponse>) responseObserver);
          break;
        case METHODID_LIST_INDEXES:
          serviceImpl.listIndexes((dev.dbx.sql.v1.ListIndexesRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.sql.v1.ListIndexesResponse>) responseObserver);
          break;
        case METHODID_CREATE_INDEX:
          serviceImpl.createIndex((dev.dbx.sql.v1.CreateIndexRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.sql.v1.CreateIndexResponse>) responseObserver);
          break;
        case METHODID_DROP_INDEX:
          serviceImpl.dropIndex((dev.dbx.sql.v1.DropIndexRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.sql.v1.DropIndexResponse>) responseObserver);
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
          getQueryMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.sql.v1.QueryRequest,
              dev.dbx.sql.v1.QueryResponse>(
                service, METHODID_QUERY)))
        .addMethod(
          getExecMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.sql.v1.ExecRequest,
              dev.dbx.sql.v1.ExecResponse>(
                service, METHODID_EXEC)))
        .addMethod(
          getPrepareMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.sql.v1.PrepareRequest,
              dev.dbx.sql.v1.PrepareResponse>(
                service, METHODID_PREPARE)))
        .addMethod(
          getClosePreparedMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.sql.v1.ClosePreparedRequest,
              dev.dbx.sql.v1.ClosePreparedResponse>(
                service, METHODID_CLOSE_PREPARED)))
        .addMethod(
          getBatchMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.sql.v1.BatchRequest,
              dev.dbx.sql.v1.BatchResponse>(
                service, METHODID_BATCH)))
        .addMethod(
          getStreamQueryMethod(),
          io.grpc.stub.ServerCalls.asyncServerStreamingCall(
            new MethodHandlers<
              dev.dbx.sql.v1.StreamQueryRequest,
              dev.dbx.sql.v1.StreamQueryResponse>(
                service, METHODID_STREAM_QUERY)))
        .addMethod(
          getListTablesMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.sql.v1.ListTablesRequest,
              dev.dbx.sql.v1.ListTablesResponse>(
                service, METHODID_LIST_TABLES)))
        .addMethod(
          getDescribeTableMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.sql.v1.DescribeTableRequest,
              dev.dbx.sql.v1.DescribeTableResponse>(
                service, METHODID_DESCRIBE_TABLE)))
        .addMethod(
          getCreateTableMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.sql.v1.CreateTableRequest,
              dev.dbx.sql.v1.CreateTableResponse>(
                service, METHODID_CREATE_TABLE)))
        .addMethod(
          getDropTableMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.sql.v1.DropTableRequest,
              dev.dbx.sql.v1.DropTableResponse>(
                service, METHODID_DROP_TABLE)))
        .addMethod(
          getListIndexesMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.sql.v1.ListIndexesRequest,
              dev.dbx.sql.v1.ListIndexesResponse>(
                service, METHODID_LIST_INDEXES)))
        .addMethod(
          getCreateIndexMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.sql.v1.CreateIndexRequest,
              dev.dbx.sql.v1.CreateIndexResponse>(
                service, METHODID_CREATE_INDEX)))
        .addMethod(
          getDropIndexMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.sql.v1.DropIndexRequest,
              dev.dbx.sql.v1.DropIndexResponse>(
                service, METHODID_DROP_INDEX)))
        .build();
  }

  private static abstract class SqlServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    SqlServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return dev.dbx.sql.v1.SqlProto.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("SqlService");
    }
  }

  private static final class SqlServiceFileDescriptorSupplier
      extends SqlServiceBaseDescriptorSupplier {
    SqlServiceFileDescriptorSupplier() {}
  }

  private static final class SqlServiceMethodDescriptorSupplier
      extends SqlServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final java.lang.String methodName;

    SqlServiceMethodDescriptorSupplier(java.lang.String methodName) {
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
      synchronized (SqlServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new SqlServiceFileDescriptorSupplier())
              .addMethod(getQueryMethod())
              .addMethod(getExecMethod())
              .addMethod(getPrepareMethod())
              .addMethod(getClosePreparedMethod())
              .addMethod(getBatchMethod())
              .addMethod(getStreamQueryMethod())
              .addMethod(getListTablesMethod())
              .addMethod(getDescribeTableMethod())
              .addMethod(getCreateTableMethod())
              .addMethod(getDropTableMethod())
              .addMethod(getListIndexesMethod())
              .addMethod(getCreateIndexMethod())
              .addMethod(getDropIndexMethod())
              .build();
        }
      }
    }
    return result;
  }
}
