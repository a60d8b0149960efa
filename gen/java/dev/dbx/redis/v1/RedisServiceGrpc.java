package dev.dbx.redis.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * Redis commands with typed, binary-safe requests and replies: keys, values,
 * fields and members are bytes (zero bytes and invalid UTF-8 included), and
 * integers are int64. Every request names its backend in `target.backend`
 * (empty for the default one), which must be a Redis backend
 * (FAILED_PRECONDITION otherwise); `target.namespace` and `target.collection`
 * must be empty. Redis error replies answer INVALID_ARGUMENT
 * (ERROR_REASON_STATEMENT_FAILED, ErrorInfo metadata `native_code` =
 * "WRONGTYPE", ...); Redis down answers UNAVAILABLE. docs/backends/redis.md
 * has the details.
 * </pre>
 */
@io.grpc.stub.annotations.GrpcGenerated
public final class RedisServiceGrpc {

  private RedisServiceGrpc() {}

  public static final java.lang.String SERVICE_NAME = "dbx.redis.v1.RedisService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<dev.dbx.redis.v1.GetRequest,
      dev.dbx.redis.v1.GetResponse> getGetMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "Get",
      requestType = dev.dbx.redis.v1.GetRequest.class,
      responseType = dev.dbx.redis.v1.GetResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.redis.v1.GetRequest,
      dev.dbx.redis.v1.GetResponse> getGetMethod() {
    io.grpc.MethodDescriptor<dev.dbx.redis.v1.GetRequest, dev.dbx.redis.v1.GetResponse> getGetMethod;
    if ((getGetMethod = RedisServiceGrpc.getGetMethod) == null) {
      synchronized (RedisServiceGrpc.class) {
        if ((getGetMethod = RedisServiceGrpc.getGetMethod) == null) {
          RedisServiceGrpc.getGetMethod = getGetMethod =
              io.grpc.MethodDescriptor.<dev.dbx.redis.v1.GetRequest, dev.dbx.redis.v1.GetResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "Get"))
              .setSafe(true)
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.GetRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.GetResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RedisServiceMethodDescriptorSupplier("Get"))
              .build();
        }
      }
    }
    return getGetMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.redis.v1.SetRequest,
      dev.dbx.redis.v1.SetResponse> getSetMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "Set",
      requestType = dev.dbx.redis.v1.SetRequest.class,
      responseType = dev.dbx.redis.v1.SetResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.redis.v1.SetRequest,
      dev.dbx.redis.v1.SetResponse> getSetMethod() {
    io.grpc.MethodDescriptor<dev.dbx.redis.v1.SetRequest, dev.dbx.redis.v1.SetResponse> getSetMethod;
    if ((getSetMethod = RedisServiceGrpc.getSetMethod) == null) {
      synchronized (RedisServiceGrpc.class) {
        if ((getSetMethod = RedisServiceGrpc.getSetMethod) == null) {
          RedisServiceGrpc.getSetMethod = getSetMethod =
              io.grpc.MethodDescriptor.<dev.dbx.redis.v1.SetRequest, dev.dbx.redis.v1.SetResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "Set"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.SetRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.SetResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RedisServiceMethodDescriptorSupplier("Set"))
              .build();
        }
      }
    }
    return getSetMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.redis.v1.MGetRequest,
      dev.dbx.redis.v1.MGetResponse> getMGetMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "MGet",
      requestType = dev.dbx.redis.v1.MGetRequest.class,
      responseType = dev.dbx.redis.v1.MGetResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.redis.v1.MGetRequest,
      dev.dbx.redis.v1.MGetResponse> getMGetMethod() {
    io.grpc.MethodDescriptor<dev.dbx.redis.v1.MGetRequest, dev.dbx.redis.v1.MGetResponse> getMGetMethod;
    if ((getMGetMethod = RedisServiceGrpc.getMGetMethod) == null) {
      synchronized (RedisServiceGrpc.class) {
        if ((getMGetMethod = RedisServiceGrpc.getMGetMethod) == null) {
          RedisServiceGrpc.getMGetMethod = getMGetMethod =
              io.grpc.MethodDescriptor.<dev.dbx.redis.v1.MGetRequest, dev.dbx.redis.v1.MGetResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "MGet"))
              .setSafe(true)
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.MGetRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.MGetResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RedisServiceMethodDescriptorSupplier("MGet"))
              .build();
        }
      }
    }
    return getMGetMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.redis.v1.MSetRequest,
      dev.dbx.redis.v1.MSetResponse> getMSetMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "MSet",
      requestType = dev.dbx.redis.v1.MSetRequest.class,
      responseType = dev.dbx.redis.v1.MSetResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.redis.v1.MSetRequest,
      dev.dbx.redis.v1.MSetResponse> getMSetMethod() {
    io.grpc.MethodDescriptor<dev.dbx.redis.v1.MSetRequest, dev.dbx.redis.v1.MSetResponse> getMSetMethod;
    if ((getMSetMethod = RedisServiceGrpc.getMSetMethod) == null) {
      synchronized (RedisServiceGrpc.class) {
        if ((getMSetMethod = RedisServiceGrpc.getMSetMethod) == null) {
          RedisServiceGrpc.getMSetMethod = getMSetMethod =
              io.grpc.MethodDescriptor.<dev.dbx.redis.v1.MSetRequest, dev.dbx.redis.v1.MSetResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "MSet"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.MSetRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.MSetResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RedisServiceMethodDescriptorSupplier("MSet"))
              .build();
        }
      }
    }
    return getMSetMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.redis.v1.IncrRequest,
      dev.dbx.redis.v1.IncrResponse> getIncrMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "Incr",
      requestType = dev.dbx.redis.v1.IncrRequest.class,
      responseType = dev.dbx.redis.v1.IncrResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.redis.v1.IncrRequest,
      dev.dbx.redis.v1.IncrResponse> getIncrMethod() {
    io.grpc.MethodDescriptor<dev.dbx.redis.v1.IncrRequest, dev.dbx.redis.v1.IncrResponse> getIncrMethod;
    if ((getIncrMethod = RedisServiceGrpc.getIncrMethod) == null) {
      synchronized (RedisServiceGrpc.class) {
        if ((getIncrMethod = RedisServiceGrpc.getIncrMethod) == null) {
          RedisServiceGrpc.getIncrMethod = getIncrMethod =
              io.grpc.MethodDescriptor.<dev.dbx.redis.v1.IncrRequest, dev.dbx.redis.v1.IncrResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "Incr"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.IncrRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.IncrResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RedisServiceMethodDescriptorSupplier("Incr"))
              .build();
        }
      }
    }
    return getIncrMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.redis.v1.IncrByRequest,
      dev.dbx.redis.v1.IncrByResponse> getIncrByMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "IncrBy",
      requestType = dev.dbx.redis.v1.IncrByRequest.class,
      responseType = dev.dbx.redis.v1.IncrByResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.redis.v1.IncrByRequest,
      dev.dbx.redis.v1.IncrByResponse> getIncrByMethod() {
    io.grpc.MethodDescriptor<dev.dbx.redis.v1.IncrByRequest, dev.dbx.redis.v1.IncrByResponse> getIncrByMethod;
    if ((getIncrByMethod = RedisServiceGrpc.getIncrByMethod) == null) {
      synchronized (RedisServiceGrpc.class) {
        if ((getIncrByMethod = RedisServiceGrpc.getIncrByMethod) == null) {
          RedisServiceGrpc.getIncrByMethod = getIncrByMethod =
              io.grpc.MethodDescriptor.<dev.dbx.redis.v1.IncrByRequest, dev.dbx.redis.v1.IncrByResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "IncrBy"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.IncrByRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.IncrByResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RedisServiceMethodDescriptorSupplier("IncrBy"))
              .build();
        }
      }
    }
    return getIncrByMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.redis.v1.IncrByFloatRequest,
      dev.dbx.redis.v1.IncrByFloatResponse> getIncrByFloatMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "IncrByFloat",
      requestType = dev.dbx.redis.v1.IncrByFloatRequest.class,
      responseType = dev.dbx.redis.v1.IncrByFloatResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.redis.v1.IncrByFloatRequest,
      dev.dbx.redis.v1.IncrByFloatResponse> getIncrByFloatMethod() {
    io.grpc.MethodDescriptor<dev.dbx.redis.v1.IncrByFloatRequest, dev.dbx.redis.v1.IncrByFloatResponse> getIncrByFloatMethod;
    if ((getIncrByFloatMethod = RedisServiceGrpc.getIncrByFloatMethod) == null) {
      synchronized (RedisServiceGrpc.class) {
        if ((getIncrByFloatMethod = RedisServiceGrpc.getIncrByFloatMethod) == null) {
          RedisServiceGrpc.getIncrByFloatMethod = getIncrByFloatMethod =
              io.grpc.MethodDescriptor.<dev.dbx.redis.v1.IncrByFloatRequest, dev.dbx.redis.v1.IncrByFloatResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "IncrByFloat"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.IncrByFloatRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.IncrByFloatResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RedisServiceMethodDescriptorSupplier("IncrByFloat"))
              .build();
        }
      }
    }
    return getIncrByFloatMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.redis.v1.DecrRequest,
      dev.dbx.redis.v1.DecrResponse> getDecrMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "Decr",
      requestType = dev.dbx.redis.v1.DecrRequest.class,
      responseType = dev.dbx.redis.v1.DecrResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.redis.v1.DecrRequest,
      dev.dbx.redis.v1.DecrResponse> getDecrMethod() {
    io.grpc.MethodDescriptor<dev.dbx.redis.v1.DecrRequest, dev.dbx.redis.v1.DecrResponse> getDecrMethod;
    if ((getDecrMethod = RedisServiceGrpc.getDecrMethod) == null) {
      synchronized (RedisServiceGrpc.class) {
        if ((getDecrMethod = RedisServiceGrpc.getDecrMethod) == null) {
          RedisServiceGrpc.getDecrMethod = getDecrMethod =
              io.grpc.MethodDescriptor.<dev.dbx.redis.v1.DecrRequest, dev.dbx.redis.v1.DecrResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "Decr"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.DecrRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.DecrResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RedisServiceMethodDescriptorSupplier("Decr"))
              .build();
        }
      }
    }
    return getDecrMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.redis.v1.DecrByRequest,
      dev.dbx.redis.v1.DecrByResponse> getDecrByMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "DecrBy",
      requestType = dev.dbx.redis.v1.DecrByRequest.class,
      responseType = dev.dbx.redis.v1.DecrByResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.redis.v1.DecrByRequest,
      dev.dbx.redis.v1.DecrByResponse> getDecrByMethod() {
    io.grpc.MethodDescriptor<dev.dbx.redis.v1.DecrByRequest, dev.dbx.redis.v1.DecrByResponse> getDecrByMethod;
    if ((getDecrByMethod = RedisServiceGrpc.getDecrByMethod) == null) {
      synchronized (RedisServiceGrpc.class) {
        if ((getDecrByMethod = RedisServiceGrpc.getDecrByMethod) == null) {
          RedisServiceGrpc.getDecrByMethod = getDecrByMethod =
              io.grpc.MethodDescriptor.<dev.dbx.redis.v1.DecrByRequest, dev.dbx.redis.v1.DecrByResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "DecrBy"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.DecrByRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.DecrByResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RedisServiceMethodDescriptorSupplier("DecrBy"))
              .build();
        }
      }
    }
    return getDecrByMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.redis.v1.AppendRequest,
      dev.dbx.redis.v1.AppendResponse> getAppendMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "Append",
      requestType = dev.dbx.redis.v1.AppendRequest.class,
      responseType = dev.dbx.redis.v1.AppendResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.redis.v1.AppendRequest,
      dev.dbx.redis.v1.AppendResponse> getAppendMethod() {
    io.grpc.MethodDescriptor<dev.dbx.redis.v1.AppendRequest, dev.dbx.redis.v1.AppendResponse> getAppendMethod;
    if ((getAppendMethod = RedisServiceGrpc.getAppendMethod) == null) {
      synchronized (RedisServiceGrpc.class) {
        if ((getAppendMethod = RedisServiceGrpc.getAppendMethod) == null) {
          RedisServiceGrpc.getAppendMethod = getAppendMethod =
              io.grpc.MethodDescriptor.<dev.dbx.redis.v1.AppendRequest, dev.dbx.redis.v1.AppendResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "Append"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.AppendRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.AppendResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RedisServiceMethodDescriptorSupplier("Append"))
              .build();
        }
      }
    }
    return getAppendMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.redis.v1.StrLenRequest,
      dev.dbx.redis.v1.StrLenResponse> getStrLenMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "StrLen",
      requestType = dev.dbx.redis.v1.StrLenRequest.class,
      responseType = dev.dbx.redis.v1.StrLenResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.redis.v1.StrLenRequest,
      dev.dbx.redis.v1.StrLenResponse> getStrLenMethod() {
    io.grpc.MethodDescriptor<dev.dbx.redis.v1.StrLenRequest, dev.dbx.redis.v1.StrLenResponse> getStrLenMethod;
    if ((getStrLenMethod = RedisServiceGrpc.getStrLenMethod) == null) {
      synchronized (RedisServiceGrpc.class) {
        if ((getStrLenMethod = RedisServiceGrpc.getStrLenMethod) == null) {
          RedisServiceGrpc.getStrLenMethod = getStrLenMethod =
              io.grpc.MethodDescriptor.<dev.dbx.redis.v1.StrLenRequest, dev.dbx.redis.v1.StrLenResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "StrLen"))
              .setSafe(true)
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.StrLenRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.StrLenResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RedisServiceMethodDescriptorSupplier("StrLen"))
              .build();
        }
      }
    }
    return getStrLenMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.redis.v1.GetRangeRequest,
      dev.dbx.redis.v1.GetRangeResponse> getGetRangeMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetRange",
      requestType = dev.dbx.redis.v1.GetRangeRequest.class,
      responseType = dev.dbx.redis.v1.GetRangeResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.redis.v1.GetRangeRequest,
      dev.dbx.redis.v1.GetRangeResponse> getGetRangeMethod() {
    io.grpc.MethodDescriptor<dev.dbx.redis.v1.GetRangeRequest, dev.dbx.redis.v1.GetRangeResponse> getGetRangeMethod;
    if ((getGetRangeMethod = RedisServiceGrpc.getGetRangeMethod) == null) {
      synchronized (RedisServiceGrpc.class) {
        if ((getGetRangeMethod = RedisServiceGrpc.getGetRangeMethod) == null) {
          RedisServiceGrpc.getGetRangeMethod = getGetRangeMethod =
              io.grpc.MethodDescriptor.<dev.dbx.redis.v1.GetRangeRequest, dev.dbx.redis.v1.GetRangeResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetRange"))
              .setSafe(true)
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.GetRangeRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.GetRangeResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RedisServiceMethodDescriptorSupplier("GetRange"))
              .build();
        }
      }
    }
    return getGetRangeMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.redis.v1.GetRangeStreamRequest,
      dev.dbx.redis.v1.GetRangeStreamResponse> getGetRangeStreamMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetRangeStream",
      requestType = dev.dbx.redis.v1.GetRangeStreamRequest.class,
      responseType = dev.dbx.redis.v1.GetRangeStreamResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.SERVER_STREAMING)
  public static io.grpc.MethodDescriptor<dev.dbx.redis.v1.GetRangeStreamRequest,
      dev.dbx.redis.v1.GetRangeStreamResponse> getGetRangeStreamMethod() {
    io.grpc.MethodDescriptor<dev.dbx.redis.v1.GetRangeStreamRequest, dev.dbx.redis.v1.GetRangeStreamResponse> getGetRangeStreamMethod;
    if ((getGetRangeStreamMethod = RedisServiceGrpc.getGetRangeStreamMethod) == null) {
      synchronized (RedisServiceGrpc.class) {
        if ((getGetRangeStreamMethod = RedisServiceGrpc.getGetRangeStreamMethod) == null) {
          RedisServiceGrpc.getGetRangeStreamMethod = getGetRangeStreamMethod =
              io.grpc.MethodDescriptor.<dev.dbx.redis.v1.GetRangeStreamRequest, dev.dbx.redis.v1.GetRangeStreamResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.SERVER_STREAMING)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetRangeStream"))
              .setSafe(true)
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.GetRangeStreamRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.GetRangeStreamResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RedisServiceMethodDescriptorSupplier("GetRangeStream"))
              .build();
        }
      }
    }
    return getGetRangeStreamMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.redis.v1.SetRangeRequest,
      dev.dbx.redis.v1.SetRangeResponse> getSetRangeMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "SetRange",
      requestType = dev.dbx.redis.v1.SetRangeRequest.class,
      responseType = dev.dbx.redis.v1.SetRangeResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.redis.v1.SetRangeRequest,
      dev.dbx.redis.v1.SetRangeResponse> getSetRangeMethod() {
    io.grpc.MethodDescriptor<dev.dbx.redis.v1.SetRangeRequest, dev.dbx.redis.v1.SetRangeResponse> getSetRangeMethod;
    if ((getSetRangeMethod = RedisServiceGrpc.getSetRangeMethod) == null) {
      synchronized (RedisServiceGrpc.class) {
        if ((getSetRangeMethod = RedisServiceGrpc.getSetRangeMethod) == null) {
          RedisServiceGrpc.getSetRangeMethod = getSetRangeMethod =
              io.grpc.MethodDescriptor.<dev.dbx.redis.v1.SetRangeRequest, dev.dbx.redis.v1.SetRangeResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "SetRange"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.SetRangeRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.SetRangeResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RedisServiceMethodDescriptorSupplier("SetRange"))
              .build();
        }
      }
    }
    return getSetRangeMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.redis.v1.GetDelRequest,
      dev.dbx.redis.v1.GetDelResponse> getGetDelMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetDel",
      requestType = dev.dbx.redis.v1.GetDelRequest.class,
      responseType = dev.dbx.redis.v1.GetDelResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.redis.v1.GetDelRequest,
      dev.dbx.redis.v1.GetDelResponse> getGetDelMethod() {
    io.grpc.MethodDescriptor<dev.dbx.redis.v1.GetDelRequest, dev.dbx.redis.v1.GetDelResponse> getGetDelMethod;
    if ((getGetDelMethod = RedisServiceGrpc.getGetDelMethod) == null) {
      synchronized (RedisServiceGrpc.class) {
        if ((getGetDelMethod = RedisServiceGrpc.getGetDelMethod) == null) {
          RedisServiceGrpc.getGetDelMethod = getGetDelMethod =
              io.grpc.MethodDescriptor.<dev.dbx.redis.v1.GetDelRequest, dev.dbx.redis.v1.GetDelResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetDel"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.GetDelRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.GetDelResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RedisServiceMethodDescriptorSupplier("GetDel"))
              .build();
        }
      }
    }
    return getGetDelMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.redis.v1.GetExRequest,
      dev.dbx.redis.v1.GetExResponse> getGetExMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetEx",
      requestType = dev.dbx.redis.v1.GetExRequest.class,
      responseType = dev.dbx.redis.v1.GetExResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.redis.v1.GetExRequest,
      dev.dbx.redis.v1.GetExResponse> getGetExMethod() {
    io.grpc.MethodDescriptor<dev.dbx.redis.v1.GetExRequest, dev.dbx.redis.v1.GetExResponse> getGetExMethod;
    if ((getGetExMethod = RedisServiceGrpc.getGetExMethod) == null) {
      synchronized (RedisServiceGrpc.class) {
        if ((getGetExMethod = RedisServiceGrpc.getGetExMethod) == null) {
          RedisServiceGrpc.getGetExMethod = getGetExMethod =
              io.grpc.MethodDescriptor.<dev.dbx.redis.v1.GetExRequest, dev.dbx.redis.v1.GetExResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetEx"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.GetExRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.GetExResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RedisServiceMethodDescriptorSupplier("GetEx"))
              .build();
        }
      }
    }
    return getGetExMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.redis.v1.DelRequest,
      dev.dbx.redis.v1.DelResponse> getDelMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "Del",
      requestType = dev.dbx.redis.v1.DelRequest.class,
      responseType = dev.dbx.redis.v1.DelResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.redis.v1.DelRequest,
      dev.dbx.redis.v1.DelResponse> getDelMethod() {
    io.grpc.MethodDescriptor<dev.dbx.redis.v1.DelRequest, dev.dbx.redis.v1.DelResponse> getDelMethod;
    if ((getDelMethod = RedisServiceGrpc.getDelMethod) == null) {
      synchronized (RedisServiceGrpc.class) {
        if ((getDelMethod = RedisServiceGrpc.getDelMethod) == null) {
          RedisServiceGrpc.getDelMethod = getDelMethod =
              io.grpc.MethodDescriptor.<dev.dbx.redis.v1.DelRequest, dev.dbx.redis.v1.DelResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "Del"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.DelRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.DelResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RedisServiceMethodDescriptorSupplier("Del"))
              .build();
        }
      }
    }
    return getDelMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.redis.v1.UnlinkRequest,
      dev.dbx.redis.v1.UnlinkResponse> getUnlinkMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "Unlink",
      requestType = dev.dbx.redis.v1.UnlinkRequest.class,
      responseType = dev.dbx.redis.v1.UnlinkResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.redis.v1.UnlinkRequest,
      dev.dbx.redis.v1.UnlinkResponse> getUnlinkMethod() {
    io.grpc.MethodDescriptor<dev.dbx.redis.v1.UnlinkRequest, dev.dbx.redis.v1.UnlinkResponse> getUnlinkMethod;
    if ((getUnlinkMethod = RedisServiceGrpc.getUnlinkMethod) == null) {
      synchronized (RedisServiceGrpc.class) {
        if ((getUnlinkMethod = RedisServiceGrpc.getUnlinkMethod) == null) {
          RedisServiceGrpc.getUnlinkMethod = getUnlinkMethod =
              io.grpc.MethodDescriptor.<dev.dbx.redis.v1.UnlinkRequest, dev.dbx.redis.v1.UnlinkResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "Unlink"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.UnlinkRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.UnlinkResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RedisServiceMethodDescriptorSupplier("Unlink"))
              .build();
        }
      }
    }
    return getUnlinkMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.redis.v1.ExistsRequest,
      dev.dbx.redis.v1.ExistsResponse> getExistsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "Exists",
      requestType = dev.dbx.redis.v1.ExistsRequest.class,
      responseType = dev.dbx.redis.v1.ExistsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.redis.v1.ExistsRequest,
      dev.dbx.redis.v1.ExistsResponse> getExistsMethod() {
    io.grpc.MethodDescriptor<dev.dbx.redis.v1.ExistsRequest, dev.dbx.redis.v1.ExistsResponse> getExistsMethod;
    if ((getExistsMethod = RedisServiceGrpc.getExistsMethod) == null) {
      synchronized (RedisServiceGrpc.class) {
        if ((getExistsMethod = RedisServiceGrpc.getExistsMethod) == null) {
          RedisServiceGrpc.getExistsMethod = getExistsMethod =
              io.grpc.MethodDescriptor.<dev.dbx.redis.v1.ExistsRequest, dev.dbx.redis.v1.ExistsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "Exists"))
              .setSafe(true)
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.ExistsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.ExistsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RedisServiceMethodDescriptorSupplier("Exists"))
              .build();
        }
      }
    }
    return getExistsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.redis.v1.ExpireRequest,
      dev.dbx.redis.v1.ExpireResponse> getExpireMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "Expire",
      requestType = dev.dbx.redis.v1.ExpireRequest.class,
      responseType = dev.dbx.redis.v1.ExpireResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.redis.v1.ExpireRequest,
      dev.dbx.redis.v1.ExpireResponse> getExpireMethod() {
    io.grpc.MethodDescriptor<dev.dbx.redis.v1.ExpireRequest, dev.dbx.redis.v1.ExpireResponse> getExpireMethod;
    if ((getExpireMethod = RedisServiceGrpc.getExpireMethod) == null) {
      synchronized (RedisServiceGrpc.class) {
        if ((getExpireMethod = RedisServiceGrpc.getExpireMethod) == null) {
          RedisServiceGrpc.getExpireMethod = getExpireMethod =
              io.grpc.MethodDescriptor.<dev.dbx.redis.v1.ExpireRequest, dev.dbx.redis.v1.ExpireResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "Expire"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.ExpireRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.ExpireResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RedisServiceMethodDescriptorSupplier("Expire"))
              .build();
        }
      }
    }
    return getExpireMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.redis.v1.PExpireRequest,
      dev.dbx.redis.v1.PExpireResponse> getPExpireMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "PExpire",
      requestType = dev.dbx.redis.v1.PExpireRequest.class,
      responseType = dev.dbx.redis.v1.PExpireResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.redis.v1.PExpireRequest,
      dev.dbx.redis.v1.PExpireResponse> getPExpireMethod() {
    io.grpc.MethodDescriptor<dev.dbx.redis.v1.PExpireRequest, dev.dbx.redis.v1.PExpireResponse> getPExpireMethod;
    if ((getPExpireMethod = RedisServiceGrpc.getPExpireMethod) == null) {
      synchronized (RedisServiceGrpc.class) {
        if ((getPExpireMethod = RedisServiceGrpc.getPExpireMethod) == null) {
          RedisServiceGrpc.getPExpireMethod = getPExpireMethod =
              io.grpc.MethodDescriptor.<dev.dbx.redis.v1.PExpireRequest, dev.dbx.redis.v1.PExpireResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "PExpire"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.PExpireRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.PExpireResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RedisServiceMethodDescriptorSupplier("PExpire"))
              .build();
        }
      }
    }
    return getPExpireMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.redis.v1.TtlRequest,
      dev.dbx.redis.v1.TtlResponse> getTtlMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "Ttl",
      requestType = dev.dbx.redis.v1.TtlRequest.class,
      responseType = dev.dbx.redis.v1.TtlResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.redis.v1.TtlRequest,
      dev.dbx.redis.v1.TtlResponse> getTtlMethod() {
    io.grpc.MethodDescriptor<dev.dbx.redis.v1.TtlRequest, dev.dbx.redis.v1.TtlResponse> getTtlMethod;
    if ((getTtlMethod = RedisServiceGrpc.getTtlMethod) == null) {
      synchronized (RedisServiceGrpc.class) {
        if ((getTtlMethod = RedisServiceGrpc.getTtlMethod) == null) {
          RedisServiceGrpc.getTtlMethod = getTtlMethod =
              io.grpc.MethodDescriptor.<dev.dbx.redis.v1.TtlRequest, dev.dbx.redis.v1.TtlResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "Ttl"))
              .setSafe(true)
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.TtlRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.TtlResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RedisServiceMethodDescriptorSupplier("Ttl"))
              .build();
        }
      }
    }
    return getTtlMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.redis.v1.PTtlRequest,
      dev.dbx.redis.v1.PTtlResponse> getPTtlMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "PTtl",
      requestType = dev.dbx.redis.v1.PTtlRequest.class,
      responseType = dev.dbx.redis.v1.PTtlResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.redis.v1.PTtlRequest,
      dev.dbx.redis.v1.PTtlResponse> getPTtlMethod() {
    io.grpc.MethodDescriptor<dev.dbx.redis.v1.PTtlRequest, dev.dbx.redis.v1.PTtlResponse> getPTtlMethod;
    if ((getPTtlMethod = RedisServiceGrpc.getPTtlMethod) == null) {
      synchronized (RedisServiceGrpc.class) {
        if ((getPTtlMethod = RedisServiceGrpc.getPTtlMethod) == null) {
          RedisServiceGrpc.getPTtlMethod = getPTtlMethod =
              io.grpc.MethodDescriptor.<dev.dbx.redis.v1.PTtlRequest, dev.dbx.redis.v1.PTtlResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "PTtl"))
              .setSafe(true)
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.PTtlRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.PTtlResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RedisServiceMethodDescriptorSupplier("PTtl"))
              .build();
        }
      }
    }
    return getPTtlMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.redis.v1.PersistRequest,
      dev.dbx.redis.v1.PersistResponse> getPersistMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "Persist",
      requestType = dev.dbx.redis.v1.PersistRequest.class,
      responseType = dev.dbx.redis.v1.PersistResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.redis.v1.PersistRequest,
      dev.dbx.redis.v1.PersistResponse> getPersistMethod() {
    io.grpc.MethodDescriptor<dev.dbx.redis.v1.PersistRequest, dev.dbx.redis.v1.PersistResponse> getPersistMethod;
    if ((getPersistMethod = RedisServiceGrpc.getPersistMethod) == null) {
      synchronized (RedisServiceGrpc.class) {
        if ((getPersistMethod = RedisServiceGrpc.getPersistMethod) == null) {
          RedisServiceGrpc.getPersistMethod = getPersistMethod =
              io.grpc.MethodDescriptor.<dev.dbx.redis.v1.PersistRequest, dev.dbx.redis.v1.PersistResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "Persist"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.PersistRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.PersistResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RedisServiceMethodDescriptorSupplier("Persist"))
              .build();
        }
      }
    }
    return getPersistMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.redis.v1.TypeRequest,
      dev.dbx.redis.v1.TypeResponse> getTypeMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "Type",
      requestType = dev.dbx.redis.v1.TypeRequest.class,
      responseType = dev.dbx.redis.v1.TypeResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.redis.v1.TypeRequest,
      dev.dbx.redis.v1.TypeResponse> getTypeMethod() {
    io.grpc.MethodDescriptor<dev.dbx.redis.v1.TypeRequest, dev.dbx.redis.v1.TypeResponse> getTypeMethod;
    if ((getTypeMethod = RedisServiceGrpc.getTypeMethod) == null) {
      synchronized (RedisServiceGrpc.class) {
        if ((getTypeMethod = RedisServiceGrpc.getTypeMethod) == null) {
          RedisServiceGrpc.getTypeMethod = getTypeMethod =
              io.grpc.MethodDescriptor.<dev.dbx.redis.v1.TypeRequest, dev.dbx.redis.v1.TypeResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "Type"))
              .setSafe(true)
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.TypeRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.TypeResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RedisServiceMethodDescriptorSupplier("Type"))
              .build();
        }
      }
    }
    return getTypeMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.redis.v1.RenameRequest,
      dev.dbx.redis.v1.RenameResponse> getRenameMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "Rename",
      requestType = dev.dbx.redis.v1.RenameRequest.class,
      responseType = dev.dbx.redis.v1.RenameResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.redis.v1.RenameRequest,
      dev.dbx.redis.v1.RenameResponse> getRenameMethod() {
    io.grpc.MethodDescriptor<dev.dbx.redis.v1.RenameRequest, dev.dbx.redis.v1.RenameResponse> getRenameMethod;
    if ((getRenameMethod = RedisServiceGrpc.getRenameMethod) == null) {
      synchronized (RedisServiceGrpc.class) {
        if ((getRenameMethod = RedisServiceGrpc.getRenameMethod) == null) {
          RedisServiceGrpc.getRenameMethod = getRenameMethod =
              io.grpc.MethodDescriptor.<dev.dbx.redis.v1.RenameRequest, dev.dbx.redis.v1.RenameResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "Rename"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.RenameRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.RenameResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RedisServiceMethodDescriptorSupplier("Rename"))
              .build();
        }
      }
    }
    return getRenameMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.redis.v1.ScanRequest,
      dev.dbx.redis.v1.ScanResponse> getScanMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "Scan",
      requestType = dev.dbx.redis.v1.ScanRequest.class,
      responseType = dev.dbx.redis.v1.ScanResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.redis.v1.ScanRequest,
      dev.dbx.redis.v1.ScanResponse> getScanMethod() {
    io.grpc.MethodDescriptor<dev.dbx.redis.v1.ScanRequest, dev.dbx.redis.v1.ScanResponse> getScanMethod;
    if ((getScanMethod = RedisServiceGrpc.getScanMethod) == null) {
      synchronized (RedisServiceGrpc.class) {
        if ((getScanMethod = RedisServiceGrpc.getScanMethod) == null) {
          RedisServiceGrpc.getScanMethod = getScanMethod =
              io.grpc.MethodDescriptor.<dev.dbx.redis.v1.ScanRequest, dev.dbx.redis.v1.ScanResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "Scan"))
              .setSafe(true)
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.ScanRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.ScanResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RedisServiceMethodDescriptorSupplier("Scan"))
              .build();
        }
      }
    }
    return getScanMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.redis.v1.ScanStreamRequest,
      dev.dbx.redis.v1.ScanStreamResponse> getScanStreamMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ScanStream",
      requestType = dev.dbx.redis.v1.ScanStreamRequest.class,
      responseType = dev.dbx.redis.v1.ScanStreamResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.SERVER_STREAMING)
  public static io.grpc.MethodDescriptor<dev.dbx.redis.v1.ScanStreamRequest,
      dev.dbx.redis.v1.ScanStreamResponse> getScanStreamMethod() {
    io.grpc.MethodDescriptor<dev.dbx.redis.v1.ScanStreamRequest, dev.dbx.redis.v1.ScanStreamResponse> getScanStreamMethod;
    if ((getScanStreamMethod = RedisServiceGrpc.getScanStreamMethod) == null) {
      synchronized (RedisServiceGrpc.class) {
        if ((getScanStreamMethod = RedisServiceGrpc.getScanStreamMethod) == null) {
          RedisServiceGrpc.getScanStreamMethod = getScanStreamMethod =
              io.grpc.MethodDescriptor.<dev.dbx.redis.v1.ScanStreamRequest, dev.dbx.redis.v1.ScanStreamResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.SERVER_STREAMING)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ScanStream"))
              .setSafe(true)
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.ScanStreamRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.ScanStreamResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RedisServiceMethodDescriptorSupplier("ScanStream"))
              .build();
        }
      }
    }
    return getScanStreamMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.redis.v1.HSetRequest,
      dev.dbx.redis.v1.HSetResponse> getHSetMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "HSet",
      requestType = dev.dbx.redis.v1.HSetRequest.class,
      responseType = dev.dbx.redis.v1.HSetResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.redis.v1.HSetRequest,
      dev.dbx.redis.v1.HSetResponse> getHSetMethod() {
    io.grpc.MethodDescriptor<dev.dbx.redis.v1.HSetRequest, dev.dbx.redis.v1.HSetResponse> getHSetMethod;
    if ((getHSetMethod = RedisServiceGrpc.getHSetMethod) == null) {
      synchronized (RedisServiceGrpc.class) {
        if ((getHSetMethod = RedisServiceGrpc.getHSetMethod) == null) {
          RedisServiceGrpc.getHSetMethod = getHSetMethod =
              io.grpc.MethodDescriptor.<dev.dbx.redis.v1.HSetRequest, dev.dbx.redis.v1.HSetResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "HSet"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.HSetRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.HSetResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RedisServiceMethodDescriptorSupplier("HSet"))
              .build();
        }
      }
    }
    return getHSetMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.redis.v1.HGetRequest,
      dev.dbx.redis.v1.HGetResponse> getHGetMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "HGet",
      requestType = dev.dbx.redis.v1.HGetRequest.class,
      responseType = dev.dbx.redis.v1.HGetResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.redis.v1.HGetRequest,
      dev.dbx.redis.v1.HGetResponse> getHGetMethod() {
    io.grpc.MethodDescriptor<dev.dbx.redis.v1.HGetRequest, dev.dbx.redis.v1.HGetResponse> getHGetMethod;
    if ((getHGetMethod = RedisServiceGrpc.getHGetMethod) == null) {
      synchronized (RedisServiceGrpc.class) {
        if ((getHGetMethod = RedisServiceGrpc.getHGetMethod) == null) {
          RedisServiceGrpc.getHGetMethod = getHGetMethod =
              io.grpc.MethodDescriptor.<dev.dbx.redis.v1.HGetRequest, dev.dbx.redis.v1.HGetResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "HGet"))
              .setSafe(true)
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.HGetRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.HGetResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RedisServiceMethodDescriptorSupplier("HGet"))
              .build();
        }
      }
    }
    return getHGetMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.redis.v1.HMGetRequest,
      dev.dbx.redis.v1.HMGetResponse> getHMGetMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "HMGet",
      requestType = dev.dbx.redis.v1.HMGetRequest.class,
      responseType = dev.dbx.redis.v1.HMGetResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.redis.v1.HMGetRequest,
      dev.dbx.redis.v1.HMGetResponse> getHMGetMethod() {
    io.grpc.MethodDescriptor<dev.dbx.redis.v1.HMGetRequest, dev.dbx.redis.v1.HMGetResponse> getHMGetMethod;
    if ((getHMGetMethod = RedisServiceGrpc.getHMGetMethod) == null) {
      synchronized (RedisServiceGrpc.class) {
        if ((getHMGetMethod = RedisServiceGrpc.getHMGetMethod) == null) {
          RedisServiceGrpc.getHMGetMethod = getHMGetMethod =
              io.grpc.MethodDescriptor.<dev.dbx.redis.v1.HMGetRequest, dev.dbx.redis.v1.HMGetResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "HMGet"))
              .setSafe(true)
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.HMGetRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.HMGetResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RedisServiceMethodDescriptorSupplier("HMGet"))
              .build();
        }
      }
    }
    return getHMGetMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.redis.v1.HGetAllRequest,
      dev.dbx.redis.v1.HGetAllResponse> getHGetAllMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "HGetAll",
      requestType = dev.dbx.redis.v1.HGetAllRequest.class,
      responseType = dev.dbx.redis.v1.HGetAllResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.redis.v1.HGetAllRequest,
      dev.dbx.redis.v1.HGetAllResponse> getHGetAllMethod() {
    io.grpc.MethodDescriptor<dev.dbx.redis.v1.HGetAllRequest, dev.dbx.redis.v1.HGetAllResponse> getHGetAllMethod;
    if ((getHGetAllMethod = RedisServiceGrpc.getHGetAllMethod) == null) {
      synchronized (RedisServiceGrpc.class) {
        if ((getHGetAllMethod = RedisServiceGrpc.getHGetAllMethod) == null) {
          RedisServiceGrpc.getHGetAllMethod = getHGetAllMethod =
              io.grpc.MethodDescriptor.<dev.dbx.redis.v1.HGetAllRequest, dev.dbx.redis.v1.HGetAllResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "HGetAll"))
              .setSafe(true)
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.HGetAllRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.HGetAllResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RedisServiceMethodDescriptorSupplier("HGetAll"))
              .build();
        }
      }
    }
    return getHGetAllMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.redis.v1.HDelRequest,
      dev.dbx.redis.v1.HDelResponse> getHDelMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "HDel",
      requestType = dev.dbx.redis.v1.HDelRequest.class,
      responseType = dev.dbx.redis.v1.HDelResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.redis.v1.HDelRequest,
      dev.dbx.redis.v1.HDelResponse> getHDelMethod() {
    io.grpc.MethodDescriptor<dev.dbx.redis.v1.HDelRequest, dev.dbx.redis.v1.HDelResponse> getHDelMethod;
    if ((getHDelMethod = RedisServiceGrpc.getHDelMethod) == null) {
      synchronized (RedisServiceGrpc.class) {
        if ((getHDelMethod = RedisServiceGrpc.getHDelMethod) == null) {
          RedisServiceGrpc.getHDelMethod = getHDelMethod =
              io.grpc.MethodDescriptor.<dev.dbx.redis.v1.HDelRequest, dev.dbx.redis.v1.HDelResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "HDel"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.HDelRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.HDelResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RedisServiceMethodDescriptorSupplier("HDel"))
              .build();
        }
      }
    }
    return getHDelMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.redis.v1.HExistsRequest,
      dev.dbx.redis.v1.HExistsResponse> getHExistsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "HExists",
      requestType = dev.dbx.redis.v1.HExistsRequest.class,
      responseType = dev.dbx.redis.v1.HExistsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.redis.v1.HExistsRequest,
      dev.dbx.redis.v1.HExistsResponse> getHExistsMethod() {
    io.grpc.MethodDescriptor<dev.dbx.redis.v1.HExistsRequest, dev.dbx.redis.v1.HExistsResponse> getHExistsMethod;
    if ((getHExistsMethod = RedisServiceGrpc.getHExistsMethod) == null) {
      synchronized (RedisServiceGrpc.class) {
        if ((getHExistsMethod = RedisServiceGrpc.getHExistsMethod) == null) {
          RedisServiceGrpc.getHExistsMethod = getHExistsMethod =
              io.grpc.MethodDescriptor.<dev.dbx.redis.v1.HExistsRequest, dev.dbx.redis.v1.HExistsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "HExists"))
              .setSafe(true)
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.HExistsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.HExistsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RedisServiceMethodDescriptorSupplier("HExists"))
              .build();
        }
      }
    }
    return getHExistsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.redis.v1.HLenRequest,
      dev.dbx.redis.v1.HLenResponse> getHLenMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "HLen",
      requestType = dev.dbx.redis.v1.HLenRequest.class,
      responseType = dev.dbx.redis.v1.HLenResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.redis.v1.HLenRequest,
      dev.dbx.redis.v1.HLenResponse> getHLenMethod() {
    io.grpc.MethodDescriptor<dev.dbx.redis.v1.HLenRequest, dev.dbx.redis.v1.HLenResponse> getHLenMethod;
    if ((getHLenMethod = RedisServiceGrpc.getHLenMethod) == null) {
      synchronized (RedisServiceGrpc.class) {
        if ((getHLenMethod = RedisServiceGrpc.getHLenMethod) == null) {
          RedisServiceGrpc.getHLenMethod = getHLenMethod =
              io.grpc.MethodDescriptor.<dev.dbx.redis.v1.HLenRequest, dev.dbx.redis.v1.HLenResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "HLen"))
              .setSafe(true)
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.HLenRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.HLenResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RedisServiceMethodDescriptorSupplier("HLen"))
              .build();
        }
      }
    }
    return getHLenMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.redis.v1.HKeysRequest,
      dev.dbx.redis.v1.HKeysResponse> getHKeysMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "HKeys",
      requestType = dev.dbx.redis.v1.HKeysRequest.class,
      responseType = dev.dbx.redis.v1.HKeysResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.redis.v1.HKeysRequest,
      dev.dbx.redis.v1.HKeysResponse> getHKeysMethod() {
    io.grpc.MethodDescriptor<dev.dbx.redis.v1.HKeysRequest, dev.dbx.redis.v1.HKeysResponse> getHKeysMethod;
    if ((getHKeysMethod = RedisServiceGrpc.getHKeysMethod) == null) {
      synchronized (RedisServiceGrpc.class) {
        if ((getHKeysMethod = RedisServiceGrpc.getHKeysMethod) == null) {
          RedisServiceGrpc.getHKeysMethod = getHKeysMethod =
              io.grpc.MethodDescriptor.<dev.dbx.redis.v1.HKeysRequest, dev.dbx.redis.v1.HKeysResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "HKeys"))
              .setSafe(true)
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.HKeysRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.HKeysResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RedisServiceMethodDescriptorSupplier("HKeys"))
              .build();
        }
      }
    }
    return getHKeysMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.redis.v1.HValsRequest,
      dev.dbx.redis.v1.HValsResponse> getHValsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "HVals",
      requestType = dev.dbx.redis.v1.HValsRequest.class,
      responseType = dev.dbx.redis.v1.HValsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.redis.v1.HValsRequest,
      dev.dbx.redis.v1.HValsResponse> getHValsMethod() {
    io.grpc.MethodDescriptor<dev.dbx.redis.v1.HValsRequest, dev.dbx.redis.v1.HValsResponse> getHValsMethod;
    if ((getHValsMethod = RedisServiceGrpc.getHValsMethod) == null) {
      synchronized (RedisServiceGrpc.class) {
        if ((getHValsMethod = RedisServiceGrpc.getHValsMethod) == null) {
          RedisServiceGrpc.getHValsMethod = getHValsMethod =
              io.grpc.MethodDescriptor.<dev.dbx.redis.v1.HValsRequest, dev.dbx.redis.v1.HValsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "HVals"))
              .setSafe(true)
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.HValsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.HValsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RedisServiceMethodDescriptorSupplier("HVals"))
              .build();
        }
      }
    }
    return getHValsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.redis.v1.HIncrByRequest,
      dev.dbx.redis.v1.HIncrByResponse> getHIncrByMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "HIncrBy",
      requestType = dev.dbx.redis.v1.HIncrByRequest.class,
      responseType = dev.dbx.redis.v1.HIncrByResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.redis.v1.HIncrByRequest,
      dev.dbx.redis.v1.HIncrByResponse> getHIncrByMethod() {
    io.grpc.MethodDescriptor<dev.dbx.redis.v1.HIncrByRequest, dev.dbx.redis.v1.HIncrByResponse> getHIncrByMethod;
    if ((getHIncrByMethod = RedisServiceGrpc.getHIncrByMethod) == null) {
      synchronized (RedisServiceGrpc.class) {
        if ((getHIncrByMethod = RedisServiceGrpc.getHIncrByMethod) == null) {
          RedisServiceGrpc.getHIncrByMethod = getHIncrByMethod =
              io.grpc.MethodDescriptor.<dev.dbx.redis.v1.HIncrByRequest, dev.dbx.redis.v1.HIncrByResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "HIncrBy"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.HIncrByRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.HIncrByResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RedisServiceMethodDescriptorSupplier("HIncrBy"))
              .build();
        }
      }
    }
    return getHIncrByMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.redis.v1.HIncrByFloatRequest,
      dev.dbx.redis.v1.HIncrByFloatResponse> getHIncrByFloatMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "HIncrByFloat",
      requestType = dev.dbx.redis.v1.HIncrByFloatRequest.class,
      responseType = dev.dbx.redis.v1.HIncrByFloatResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.redis.v1.HIncrByFloatRequest,
      dev.dbx.redis.v1.HIncrByFloatResponse> getHIncrByFloatMethod() {
    io.grpc.MethodDescriptor<dev.dbx.redis.v1.HIncrByFloatRequest, dev.dbx.redis.v1.HIncrByFloatResponse> getHIncrByFloatMethod;
    if ((getHIncrByFloatMethod = RedisServiceGrpc.getHIncrByFloatMethod) == null) {
      synchronized (RedisServiceGrpc.class) {
        if ((getHIncrByFloatMethod = RedisServiceGrpc.getHIncrByFloatMethod) == null) {
          RedisServiceGrpc.getHIncrByFloatMethod = getHIncrByFloatMethod =
              io.grpc.MethodDescriptor.<dev.dbx.redis.v1.HIncrByFloatRequest, dev.dbx.redis.v1.HIncrByFloatResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "HIncrByFloat"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.HIncrByFloatRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.HIncrByFloatResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RedisServiceMethodDescriptorSupplier("HIncrByFloat"))
              .build();
        }
      }
    }
    return getHIncrByFloatMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.redis.v1.HSetNxRequest,
      dev.dbx.redis.v1.HSetNxResponse> getHSetNxMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "HSetNx",
      requestType = dev.dbx.redis.v1.HSetNxRequest.class,
      responseType = dev.dbx.redis.v1.HSetNxResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.redis.v1.HSetNxRequest,
      dev.dbx.redis.v1.HSetNxResponse> getHSetNxMethod() {
    io.grpc.MethodDescriptor<dev.dbx.redis.v1.HSetNxRequest, dev.dbx.redis.v1.HSetNxResponse> getHSetNxMethod;
    if ((getHSetNxMethod = RedisServiceGrpc.getHSetNxMethod) == null) {
      synchronized (RedisServiceGrpc.class) {
        if ((getHSetNxMethod = RedisServiceGrpc.getHSetNxMethod) == null) {
          RedisServiceGrpc.getHSetNxMethod = getHSetNxMethod =
              io.grpc.MethodDescriptor.<dev.dbx.redis.v1.HSetNxRequest, dev.dbx.redis.v1.HSetNxResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "HSetNx"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.HSetNxRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.HSetNxResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RedisServiceMethodDescriptorSupplier("HSetNx"))
              .build();
        }
      }
    }
    return getHSetNxMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.redis.v1.HRandFieldRequest,
      dev.dbx.redis.v1.HRandFieldResponse> getHRandFieldMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "HRandField",
      requestType = dev.dbx.redis.v1.HRandFieldRequest.class,
      responseType = dev.dbx.redis.v1.HRandFieldResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.redis.v1.HRandFieldRequest,
      dev.dbx.redis.v1.HRandFieldResponse> getHRandFieldMethod() {
    io.grpc.MethodDescriptor<dev.dbx.redis.v1.HRandFieldRequest, dev.dbx.redis.v1.HRandFieldResponse> getHRandFieldMethod;
    if ((getHRandFieldMethod = RedisServiceGrpc.getHRandFieldMethod) == null) {
      synchronized (RedisServiceGrpc.class) {
        if ((getHRandFieldMethod = RedisServiceGrpc.getHRandFieldMethod) == null) {
          RedisServiceGrpc.getHRandFieldMethod = getHRandFieldMethod =
              io.grpc.MethodDescriptor.<dev.dbx.redis.v1.HRandFieldRequest, dev.dbx.redis.v1.HRandFieldResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "HRandField"))
              .setSafe(true)
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.HRandFieldRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.HRandFieldResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RedisServiceMethodDescriptorSupplier("HRandField"))
              .build();
        }
      }
    }
    return getHRandFieldMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.redis.v1.HScanRequest,
      dev.dbx.redis.v1.HScanResponse> getHScanMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "HScan",
      requestType = dev.dbx.redis.v1.HScanRequest.class,
      responseType = dev.dbx.redis.v1.HScanResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.redis.v1.HScanRequest,
      dev.dbx.redis.v1.HScanResponse> getHScanMethod() {
    io.grpc.MethodDescriptor<dev.dbx.redis.v1.HScanRequest, dev.dbx.redis.v1.HScanResponse> getHScanMethod;
    if ((getHScanMethod = RedisServiceGrpc.getHScanMethod) == null) {
      synchronized (RedisServiceGrpc.class) {
        if ((getHScanMethod = RedisServiceGrpc.getHScanMethod) == null) {
          RedisServiceGrpc.getHScanMethod = getHScanMethod =
              io.grpc.MethodDescriptor.<dev.dbx.redis.v1.HScanRequest, dev.dbx.redis.v1.HScanResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "HScan"))
              .setSafe(true)
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.HScanRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.HScanResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RedisServiceMethodDescriptorSupplier("HScan"))
              .build();
        }
      }
    }
    return getHScanMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.redis.v1.LPushRequest,
      dev.dbx.redis.v1.LPushResponse> getLPushMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "LPush",
      requestType = dev.dbx.redis.v1.LPushRequest.class,
      responseType = dev.dbx.redis.v1.LPushResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.redis.v1.LPushRequest,
      dev.dbx.redis.v1.LPushResponse> getLPushMethod() {
    io.grpc.MethodDescriptor<dev.dbx.redis.v1.LPushRequest, dev.dbx.redis.v1.LPushResponse> getLPushMethod;
    if ((getLPushMethod = RedisServiceGrpc.getLPushMethod) == null) {
      synchronized (RedisServiceGrpc.class) {
        if ((getLPushMethod = RedisServiceGrpc.getLPushMethod) == null) {
          RedisServiceGrpc.getLPushMethod = getLPushMethod =
              io.grpc.MethodDescriptor.<dev.dbx.redis.v1.LPushRequest, dev.dbx.redis.v1.LPushResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "LPush"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.LPushRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.LPushResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RedisServiceMethodDescriptorSupplier("LPush"))
              .build();
        }
      }
    }
    return getLPushMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.redis.v1.RPushRequest,
      dev.dbx.redis.v1.RPushResponse> getRPushMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "RPush",
      requestType = dev.dbx.redis.v1.RPushRequest.class,
      responseType = dev.dbx.redis.v1.RPushResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.redis.v1.RPushRequest,
      dev.dbx.redis.v1.RPushResponse> getRPushMethod() {
    io.grpc.MethodDescriptor<dev.dbx.redis.v1.RPushRequest, dev.dbx.redis.v1.RPushResponse> getRPushMethod;
    if ((getRPushMethod = RedisServiceGrpc.getRPushMethod) == null) {
      synchronized (RedisServiceGrpc.class) {
        if ((getRPushMethod = RedisServiceGrpc.getRPushMethod) == null) {
          RedisServiceGrpc.getRPushMethod = getRPushMethod =
              io.grpc.MethodDescriptor.<dev.dbx.redis.v1.RPushRequest, dev.dbx.redis.v1.RPushResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "RPush"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.RPushRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.RPushResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RedisServiceMethodDescriptorSupplier("RPush"))
              .build();
        }
      }
    }
    return getRPushMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.redis.v1.LPopRequest,
      dev.dbx.redis.v1.LPopResponse> getLPopMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "LPop",
      requestType = dev.dbx.redis.v1.LPopRequest.class,
      responseType = dev.dbx.redis.v1.LPopResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.redis.v1.LPopRequest,
      dev.dbx.redis.v1.LPopResponse> getLPopMethod() {
    io.grpc.MethodDescriptor<dev.dbx.redis.v1.LPopRequest, dev.dbx.redis.v1.LPopResponse> getLPopMethod;
    if ((getLPopMethod = RedisServiceGrpc.getLPopMethod) == null) {
      synchronized (RedisServiceGrpc.class) {
        if ((getLPopMethod = RedisServiceGrpc.getLPopMethod) == null) {
          RedisServiceGrpc.getLPopMethod = getLPopMethod =
              io.grpc.MethodDescriptor.<dev.dbx.redis.v1.LPopRequest, dev.dbx.redis.v1.LPopResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "LPop"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.LPopRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.LPopResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RedisServiceMethodDescriptorSupplier("LPop"))
              .build();
        }
      }
    }
    return getLPopMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.redis.v1.RPopRequest,
      dev.dbx.redis.v1.RPopResponse> getRPopMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "RPop",
      requestType = dev.dbx.redis.v1.RPopRequest.class,
      responseType = dev.dbx.redis.v1.RPopResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.redis.v1.RPopRequest,
      dev.dbx.redis.v1.RPopResponse> getRPopMethod() {
    io.grpc.MethodDescriptor<dev.dbx.redis.v1.RPopRequest, dev.dbx.redis.v1.RPopResponse> getRPopMethod;
    if ((getRPopMethod = RedisServiceGrpc.getRPopMethod) == null) {
      synchronized (RedisServiceGrpc.class) {
        if ((getRPopMethod = RedisServiceGrpc.getRPopMethod) == null) {
          RedisServiceGrpc.getRPopMethod = getRPopMethod =
              io.grpc.MethodDescriptor.<dev.dbx.redis.v1.RPopRequest, dev.dbx.redis.v1.RPopResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "RPop"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.RPopRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.RPopResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RedisServiceMethodDescriptorSupplier("RPop"))
              .build();
        }
      }
    }
    return getRPopMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.redis.v1.LRangeRequest,
      dev.dbx.redis.v1.LRangeResponse> getLRangeMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "LRange",
      requestType = dev.dbx.redis.v1.LRangeRequest.class,
      responseType = dev.dbx.redis.v1.LRangeResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.redis.v1.LRangeRequest,
      dev.dbx.redis.v1.LRangeResponse> getLRangeMethod() {
    io.grpc.MethodDescriptor<dev.dbx.redis.v1.LRangeRequest, dev.dbx.redis.v1.LRangeResponse> getLRangeMethod;
    if ((getLRangeMethod = RedisServiceGrpc.getLRangeMethod) == null) {
      synchronized (RedisServiceGrpc.class) {
        if ((getLRangeMethod = RedisServiceGrpc.getLRangeMethod) == null) {
          RedisServiceGrpc.getLRangeMethod = getLRangeMethod =
              io.grpc.MethodDescriptor.<dev.dbx.redis.v1.LRangeRequest, dev.dbx.redis.v1.LRangeResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "LRange"))
              .setSafe(true)
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.LRangeRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.LRangeResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RedisServiceMethodDescriptorSupplier("LRange"))
              .build();
        }
      }
    }
    return getLRangeMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.redis.v1.LLenRequest,
      dev.dbx.redis.v1.LLenResponse> getLLenMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "LLen",
      requestType = dev.dbx.redis.v1.LLenRequest.class,
      responseType = dev.dbx.redis.v1.LLenResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.redis.v1.LLenRequest,
      dev.dbx.redis.v1.LLenResponse> getLLenMethod() {
    io.grpc.MethodDescriptor<dev.dbx.redis.v1.LLenRequest, dev.dbx.redis.v1.LLenResponse> getLLenMethod;
    if ((getLLenMethod = RedisServiceGrpc.getLLenMethod) == null) {
      synchronized (RedisServiceGrpc.class) {
        if ((getLLenMethod = RedisServiceGrpc.getLLenMethod) == null) {
          RedisServiceGrpc.getLLenMethod = getLLenMethod =
              io.grpc.MethodDescriptor.<dev.dbx.redis.v1.LLenRequest, dev.dbx.redis.v1.LLenResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "LLen"))
              .setSafe(true)
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.LLenRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.LLenResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RedisServiceMethodDescriptorSupplier("LLen"))
              .build();
        }
      }
    }
    return getLLenMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.redis.v1.LIndexRequest,
      dev.dbx.redis.v1.LIndexResponse> getLIndexMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "LIndex",
      requestType = dev.dbx.redis.v1.LIndexRequest.class,
      responseType = dev.dbx.redis.v1.LIndexResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.redis.v1.LIndexRequest,
      dev.dbx.redis.v1.LIndexResponse> getLIndexMethod() {
    io.grpc.MethodDescriptor<dev.dbx.redis.v1.LIndexRequest, dev.dbx.redis.v1.LIndexResponse> getLIndexMethod;
    if ((getLIndexMethod = RedisServiceGrpc.getLIndexMethod) == null) {
      synchronized (RedisServiceGrpc.class) {
        if ((getLIndexMethod = RedisServiceGrpc.getLIndexMethod) == null) {
          RedisServiceGrpc.getLIndexMethod = getLIndexMethod =
              io.grpc.MethodDescriptor.<dev.dbx.redis.v1.LIndexRequest, dev.dbx.redis.v1.LIndexResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "LIndex"))
              .setSafe(true)
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.LIndexRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.LIndexResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RedisServiceMethodDescriptorSupplier("LIndex"))
              .build();
        }
      }
    }
    return getLIndexMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.redis.v1.LSetRequest,
      dev.dbx.redis.v1.LSetResponse> getLSetMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "LSet",
      requestType = dev.dbx.redis.v1.LSetRequest.class,
      responseType = dev.dbx.redis.v1.LSetResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.redis.v1.LSetRequest,
      dev.dbx.redis.v1.LSetResponse> getLSetMethod() {
    io.grpc.MethodDescriptor<dev.dbx.redis.v1.LSetRequest, dev.dbx.redis.v1.LSetResponse> getLSetMethod;
    if ((getLSetMethod = RedisServiceGrpc.getLSetMethod) == null) {
      synchronized (RedisServiceGrpc.class) {
        if ((getLSetMethod = RedisServiceGrpc.getLSetMethod) == null) {
          RedisServiceGrpc.getLSetMethod = getLSetMethod =
              io.grpc.MethodDescriptor.<dev.dbx.redis.v1.LSetRequest, dev.dbx.redis.v1.LSetResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "LSet"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.LSetRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.LSetResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RedisServiceMethodDescriptorSupplier("LSet"))
              .build();
        }
      }
    }
    return getLSetMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.redis.v1.LRemRequest,
      dev.dbx.redis.v1.LRemResponse> getLRemMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "LRem",
      requestType = dev.dbx.redis.v1.LRemRequest.class,
      responseType = dev.dbx.redis.v1.LRemResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.redis.v1.LRemRequest,
      dev.dbx.redis.v1.LRemResponse> getLRemMethod() {
    io.grpc.MethodDescriptor<dev.dbx.redis.v1.LRemRequest, dev.dbx.redis.v1.LRemResponse> getLRemMethod;
    if ((getLRemMethod = RedisServiceGrpc.getLRemMethod) == null) {
      synchronized (RedisServiceGrpc.class) {
        if ((getLRemMethod = RedisServiceGrpc.getLRemMethod) == null) {
          RedisServiceGrpc.getLRemMethod = getLRemMethod =
              io.grpc.MethodDescriptor.<dev.dbx.redis.v1.LRemRequest, dev.dbx.redis.v1.LRemResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "LRem"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.LRemRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.LRemResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RedisServiceMethodDescriptorSupplier("LRem"))
              .build();
        }
      }
    }
    return getLRemMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.redis.v1.LTrimRequest,
      dev.dbx.redis.v1.LTrimResponse> getLTrimMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "LTrim",
      requestType = dev.dbx.redis.v1.LTrimRequest.class,
      responseType = dev.dbx.redis.v1.LTrimResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.redis.v1.LTrimRequest,
      dev.dbx.redis.v1.LTrimResponse> getLTrimMethod() {
    io.grpc.MethodDescriptor<dev.dbx.redis.v1.LTrimRequest, dev.dbx.redis.v1.LTrimResponse> getLTrimMethod;
    if ((getLTrimMethod = RedisServiceGrpc.getLTrimMethod) == null) {
      synchronized (RedisServiceGrpc.class) {
        if ((getLTrimMethod = RedisServiceGrpc.getLTrimMethod) == null) {
          RedisServiceGrpc.getLTrimMethod = getLTrimMethod =
              io.grpc.MethodDescriptor.<dev.dbx.redis.v1.LTrimRequest, dev.dbx.redis.v1.LTrimResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "LTrim"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.LTrimRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.LTrimResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RedisServiceMethodDescriptorSupplier("LTrim"))
              .build();
        }
      }
    }
    return getLTrimMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.redis.v1.LMoveRequest,
      dev.dbx.redis.v1.LMoveResponse> getLMoveMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "LMove",
      requestType = dev.dbx.redis.v1.LMoveRequest.class,
      responseType = dev.dbx.redis.v1.LMoveResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.redis.v1.LMoveRequest,
      dev.dbx.redis.v1.LMoveResponse> getLMoveMethod() {
    io.grpc.MethodDescriptor<dev.dbx.redis.v1.LMoveRequest, dev.dbx.redis.v1.LMoveResponse> getLMoveMethod;
    if ((getLMoveMethod = RedisServiceGrpc.getLMoveMethod) == null) {
      synchronized (RedisServiceGrpc.class) {
        if ((getLMoveMethod = RedisServiceGrpc.getLMoveMethod) == null) {
          RedisServiceGrpc.getLMoveMethod = getLMoveMethod =
              io.grpc.MethodDescriptor.<dev.dbx.redis.v1.LMoveRequest, dev.dbx.redis.v1.LMoveResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "LMove"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.LMoveRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.LMoveResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RedisServiceMethodDescriptorSupplier("LMove"))
              .build();
        }
      }
    }
    return getLMoveMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.redis.v1.BLPopRequest,
      dev.dbx.redis.v1.BLPopResponse> getBLPopMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "BLPop",
      requestType = dev.dbx.redis.v1.BLPopRequest.class,
      responseType = dev.dbx.redis.v1.BLPopResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.redis.v1.BLPopRequest,
      dev.dbx.redis.v1.BLPopResponse> getBLPopMethod() {
    io.grpc.MethodDescriptor<dev.dbx.redis.v1.BLPopRequest, dev.dbx.redis.v1.BLPopResponse> getBLPopMethod;
    if ((getBLPopMethod = RedisServiceGrpc.getBLPopMethod) == null) {
      synchronized (RedisServiceGrpc.class) {
        if ((getBLPopMethod = RedisServiceGrpc.getBLPopMethod) == null) {
          RedisServiceGrpc.getBLPopMethod = getBLPopMethod =
              io.grpc.MethodDescriptor.<dev.dbx.redis.v1.BLPopRequest, dev.dbx.redis.v1.BLPopResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "BLPop"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.BLPopRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.BLPopResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RedisServiceMethodDescriptorSupplier("BLPop"))
              .build();
        }
      }
    }
    return getBLPopMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.redis.v1.BRPopRequest,
      dev.dbx.redis.v1.BRPopResponse> getBRPopMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "BRPop",
      requestType = dev.dbx.redis.v1.BRPopRequest.class,
      responseType = dev.dbx.redis.v1.BRPopResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.redis.v1.BRPopRequest,
      dev.dbx.redis.v1.BRPopResponse> getBRPopMethod() {
    io.grpc.MethodDescriptor<dev.dbx.redis.v1.BRPopRequest, dev.dbx.redis.v1.BRPopResponse> getBRPopMethod;
    if ((getBRPopMethod = RedisServiceGrpc.getBRPopMethod) == null) {
      synchronized (RedisServiceGrpc.class) {
        if ((getBRPopMethod = RedisServiceGrpc.getBRPopMethod) == null) {
          RedisServiceGrpc.getBRPopMethod = getBRPopMethod =
              io.grpc.MethodDescriptor.<dev.dbx.redis.v1.BRPopRequest, dev.dbx.redis.v1.BRPopResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "BRPop"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.BRPopRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.BRPopResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RedisServiceMethodDescriptorSupplier("BRPop"))
              .build();
        }
      }
    }
    return getBRPopMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.redis.v1.BLMoveRequest,
      dev.dbx.redis.v1.BLMoveResponse> getBLMoveMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "BLMove",
      requestType = dev.dbx.redis.v1.BLMoveRequest.class,
      responseType = dev.dbx.redis.v1.BLMoveResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.redis.v1.BLMoveRequest,
      dev.dbx.redis.v1.BLMoveResponse> getBLMoveMethod() {
    io.grpc.MethodDescriptor<dev.dbx.redis.v1.BLMoveRequest, dev.dbx.redis.v1.BLMoveResponse> getBLMoveMethod;
    if ((getBLMoveMethod = RedisServiceGrpc.getBLMoveMethod) == null) {
      synchronized (RedisServiceGrpc.class) {
        if ((getBLMoveMethod = RedisServiceGrpc.getBLMoveMethod) == null) {
          RedisServiceGrpc.getBLMoveMethod = getBLMoveMethod =
              io.grpc.MethodDescriptor.<dev.dbx.redis.v1.BLMoveRequest, dev.dbx.redis.v1.BLMoveResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "BLMove"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.BLMoveRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.BLMoveResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RedisServiceMethodDescriptorSupplier("BLMove"))
              .build();
        }
      }
    }
    return getBLMoveMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.redis.v1.SAddRequest,
      dev.dbx.redis.v1.SAddResponse> getSAddMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "SAdd",
      requestType = dev.dbx.redis.v1.SAddRequest.class,
      responseType = dev.dbx.redis.v1.SAddResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.redis.v1.SAddRequest,
      dev.dbx.redis.v1.SAddResponse> getSAddMethod() {
    io.grpc.MethodDescriptor<dev.dbx.redis.v1.SAddRequest, dev.dbx.redis.v1.SAddResponse> getSAddMethod;
    if ((getSAddMethod = RedisServiceGrpc.getSAddMethod) == null) {
      synchronized (RedisServiceGrpc.class) {
        if ((getSAddMethod = RedisServiceGrpc.getSAddMethod) == null) {
          RedisServiceGrpc.getSAddMethod = getSAddMethod =
              io.grpc.MethodDescriptor.<dev.dbx.redis.v1.SAddRequest, dev.dbx.redis.v1.SAddResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "SAdd"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.SAddRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.SAddResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RedisServiceMethodDescriptorSupplier("SAdd"))
              .build();
        }
      }
    }
    return getSAddMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.redis.v1.SRemRequest,
      dev.dbx.redis.v1.SRemResponse> getSRemMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "SRem",
      requestType = dev.dbx.redis.v1.SRemRequest.class,
      responseType = dev.dbx.redis.v1.SRemResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.redis.v1.SRemRequest,
      dev.dbx.redis.v1.SRemResponse> getSRemMethod() {
    io.grpc.MethodDescriptor<dev.dbx.redis.v1.SRemRequest, dev.dbx.redis.v1.SRemResponse> getSRemMethod;
    if ((getSRemMethod = RedisServiceGrpc.getSRemMethod) == null) {
      synchronized (RedisServiceGrpc.class) {
        if ((getSRemMethod = RedisServiceGrpc.getSRemMethod) == null) {
          RedisServiceGrpc.getSRemMethod = getSRemMethod =
              io.grpc.MethodDescriptor.<dev.dbx.redis.v1.SRemRequest, dev.dbx.redis.v1.SRemResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "SRem"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.SRemRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.SRemResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RedisServiceMethodDescriptorSupplier("SRem"))
              .build();
        }
      }
    }
    return getSRemMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.redis.v1.SMembersRequest,
      dev.dbx.redis.v1.SMembersResponse> getSMembersMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "SMembers",
      requestType = dev.dbx.redis.v1.SMembersRequest.class,
      responseType = dev.dbx.redis.v1.SMembersResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.redis.v1.SMembersRequest,
      dev.dbx.redis.v1.SMembersResponse> getSMembersMethod() {
    io.grpc.MethodDescriptor<dev.dbx.redis.v1.SMembersRequest, dev.dbx.redis.v1.SMembersResponse> getSMembersMethod;
    if ((getSMembersMethod = RedisServiceGrpc.getSMembersMethod) == null) {
      synchronized (RedisServiceGrpc.class) {
        if ((getSMembersMethod = RedisServiceGrpc.getSMembersMethod) == null) {
          RedisServiceGrpc.getSMembersMethod = getSMembersMethod =
              io.grpc.MethodDescriptor.<dev.dbx.redis.v1.SMembersRequest, dev.dbx.redis.v1.SMembersResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "SMembers"))
              .setSafe(true)
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.SMembersRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.SMembersResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RedisServiceMethodDescriptorSupplier("SMembers"))
              .build();
        }
      }
    }
    return getSMembersMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.redis.v1.SIsMemberRequest,
      dev.dbx.redis.v1.SIsMemberResponse> getSIsMemberMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "SIsMember",
      requestType = dev.dbx.redis.v1.SIsMemberRequest.class,
      responseType = dev.dbx.redis.v1.SIsMemberResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.redis.v1.SIsMemberRequest,
      dev.dbx.redis.v1.SIsMemberResponse> getSIsMemberMethod() {
    io.grpc.MethodDescriptor<dev.dbx.redis.v1.SIsMemberRequest, dev.dbx.redis.v1.SIsMemberResponse> getSIsMemberMethod;
    if ((getSIsMemberMethod = RedisServiceGrpc.getSIsMemberMethod) == null) {
      synchronized (RedisServiceGrpc.class) {
        if ((getSIsMemberMethod = RedisServiceGrpc.getSIsMemberMethod) == null) {
          RedisServiceGrpc.getSIsMemberMethod = getSIsMemberMethod =
              io.grpc.MethodDescriptor.<dev.dbx.redis.v1.SIsMemberRequest, dev.dbx.redis.v1.SIsMemberResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "SIsMember"))
              .setSafe(true)
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.SIsMemberRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.SIsMemberResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RedisServiceMethodDescriptorSupplier("SIsMember"))
              .build();
        }
      }
    }
    return getSIsMemberMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.redis.v1.SMIsMemberRequest,
      dev.dbx.redis.v1.SMIsMemberResponse> getSMIsMemberMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "SMIsMember",
      requestType = dev.dbx.redis.v1.SMIsMemberRequest.class,
      responseType = dev.dbx.redis.v1.SMIsMemberResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.redis.v1.SMIsMemberRequest,
      dev.dbx.redis.v1.SMIsMemberResponse> getSMIsMemberMethod() {
    io.grpc.MethodDescriptor<dev.dbx.redis.v1.SMIsMemberRequest, dev.dbx.redis.v1.SMIsMemberResponse> getSMIsMemberMethod;
    if ((getSMIsMemberMethod = RedisServiceGrpc.getSMIsMemberMethod) == null) {
      synchronized (RedisServiceGrpc.class) {
        if ((getSMIsMemberMethod = RedisServiceGrpc.getSMIsMemberMethod) == null) {
          RedisServiceGrpc.getSMIsMemberMethod = getSMIsMemberMethod =
              io.grpc.MethodDescriptor.<dev.dbx.redis.v1.SMIsMemberRequest, dev.dbx.redis.v1.SMIsMemberResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "SMIsMember"))
              .setSafe(true)
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.SMIsMemberRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.SMIsMemberResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RedisServiceMethodDescriptorSupplier("SMIsMember"))
              .build();
        }
      }
    }
    return getSMIsMemberMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.redis.v1.SCardRequest,
      dev.dbx.redis.v1.SCardResponse> getSCardMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "SCard",
      requestType = dev.dbx.redis.v1.SCardRequest.class,
      responseType = dev.dbx.redis.v1.SCardResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.redis.v1.SCardRequest,
      dev.dbx.redis.v1.SCardResponse> getSCardMethod() {
    io.grpc.MethodDescriptor<dev.dbx.redis.v1.SCardRequest, dev.dbx.redis.v1.SCardResponse> getSCardMethod;
    if ((getSCardMethod = RedisServiceGrpc.getSCardMethod) == null) {
      synchronized (RedisServiceGrpc.class) {
        if ((getSCardMethod = RedisServiceGrpc.getSCardMethod) == null) {
          RedisServiceGrpc.getSCardMethod = getSCardMethod =
              io.grpc.MethodDescriptor.<dev.dbx.redis.v1.SCardRequest, dev.dbx.redis.v1.SCardResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "SCard"))
              .setSafe(true)
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.SCardRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.SCardResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RedisServiceMethodDescriptorSupplier("SCard"))
              .build();
        }
      }
    }
    return getSCardMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.redis.v1.SPopRequest,
      dev.dbx.redis.v1.SPopResponse> getSPopMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "SPop",
      requestType = dev.dbx.redis.v1.SPopRequest.class,
      responseType = dev.dbx.redis.v1.SPopResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.redis.v1.SPopRequest,
      dev.dbx.redis.v1.SPopResponse> getSPopMethod() {
    io.grpc.MethodDescriptor<dev.dbx.redis.v1.SPopRequest, dev.dbx.redis.v1.SPopResponse> getSPopMethod;
    if ((getSPopMethod = RedisServiceGrpc.getSPopMethod) == null) {
      synchronized (RedisServiceGrpc.class) {
        if ((getSPopMethod = RedisServiceGrpc.getSPopMethod) == null) {
          RedisServiceGrpc.getSPopMethod = getSPopMethod =
              io.grpc.MethodDescriptor.<dev.dbx.redis.v1.SPopRequest, dev.dbx.redis.v1.SPopResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "SPop"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.SPopRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.SPopResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RedisServiceMethodDescriptorSupplier("SPop"))
              .build();
        }
      }
    }
    return getSPopMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.redis.v1.SRandMemberRequest,
      dev.dbx.redis.v1.SRandMemberResponse> getSRandMemberMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "SRandMember",
      requestType = dev.dbx.redis.v1.SRandMemberRequest.class,
      responseType = dev.dbx.redis.v1.SRandMemberResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.redis.v1.SRandMemberRequest,
      dev.dbx.redis.v1.SRandMemberResponse> getSRandMemberMethod() {
    io.grpc.MethodDescriptor<dev.dbx.redis.v1.SRandMemberRequest, dev.dbx.redis.v1.SRandMemberResponse> getSRandMemberMethod;
    if ((getSRandMemberMethod = RedisServiceGrpc.getSRandMemberMethod) == null) {
      synchronized (RedisServiceGrpc.class) {
        if ((getSRandMemberMethod = RedisServiceGrpc.getSRandMemberMethod) == null) {
          RedisServiceGrpc.getSRandMemberMethod = getSRandMemberMethod =
              io.grpc.MethodDescriptor.<dev.dbx.redis.v1.SRandMemberRequest, dev.dbx.redis.v1.SRandMemberResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "SRandMember"))
              .setSafe(true)
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.SRandMemberRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.SRandMemberResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RedisServiceMethodDescriptorSupplier("SRandMember"))
              .build();
        }
      }
    }
    return getSRandMemberMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.redis.v1.SMoveRequest,
      dev.dbx.redis.v1.SMoveResponse> getSMoveMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "SMove",
      requestType = dev.dbx.redis.v1.SMoveRequest.class,
      responseType = dev.dbx.redis.v1.SMoveResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.redis.v1.SMoveRequest,
      dev.dbx.redis.v1.SMoveResponse> getSMoveMethod() {
    io.grpc.MethodDescriptor<dev.dbx.redis.v1.SMoveRequest, dev.dbx.redis.v1.SMoveResponse> getSMoveMethod;
    if ((getSMoveMethod = RedisServiceGrpc.getSMoveMethod) == null) {
      synchronized (RedisServiceGrpc.class) {
        if ((getSMoveMethod = RedisServiceGrpc.getSMoveMethod) == null) {
          RedisServiceGrpc.getSMoveMethod = getSMoveMethod =
              io.grpc.MethodDescriptor.<dev.dbx.redis.v1.SMoveRequest, dev.dbx.redis.v1.SMoveResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "SMove"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.SMoveRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.SMoveResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RedisServiceMethodDescriptorSupplier("SMove"))
              .build();
        }
      }
    }
    return getSMoveMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.redis.v1.SInterRequest,
      dev.dbx.redis.v1.SInterResponse> getSInterMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "SInter",
      requestType = dev.dbx.redis.v1.SInterRequest.class,
      responseType = dev.dbx.redis.v1.SInterResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.redis.v1.SInterRequest,
      dev.dbx.redis.v1.SInterResponse> getSInterMethod() {
    io.grpc.MethodDescriptor<dev.dbx.redis.v1.SInterRequest, dev.dbx.redis.v1.SInterResponse> getSInterMethod;
    if ((getSInterMethod = RedisServiceGrpc.getSInterMethod) == null) {
      synchronized (RedisServiceGrpc.class) {
        if ((getSInterMethod = RedisServiceGrpc.getSInterMethod) == null) {
          RedisServiceGrpc.getSInterMethod = getSInterMethod =
              io.grpc.MethodDescriptor.<dev.dbx.redis.v1.SInterRequest, dev.dbx.redis.v1.SInterResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "SInter"))
              .setSafe(true)
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.SInterRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.SInterResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RedisServiceMethodDescriptorSupplier("SInter"))
              .build();
        }
      }
    }
    return getSInterMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.redis.v1.SUnionRequest,
      dev.dbx.redis.v1.SUnionResponse> getSUnionMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "SUnion",
      requestType = dev.dbx.redis.v1.SUnionRequest.class,
      responseType = dev.dbx.redis.v1.SUnionResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.redis.v1.SUnionRequest,
      dev.dbx.redis.v1.SUnionResponse> getSUnionMethod() {
    io.grpc.MethodDescriptor<dev.dbx.redis.v1.SUnionRequest, dev.dbx.redis.v1.SUnionResponse> getSUnionMethod;
    if ((getSUnionMethod = RedisServiceGrpc.getSUnionMethod) == null) {
      synchronized (RedisServiceGrpc.class) {
        if ((getSUnionMethod = RedisServiceGrpc.getSUnionMethod) == null) {
          RedisServiceGrpc.getSUnionMethod = getSUnionMethod =
              io.grpc.MethodDescriptor.<dev.dbx.redis.v1.SUnionRequest, dev.dbx.redis.v1.SUnionResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "SUnion"))
              .setSafe(true)
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.SUnionRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.SUnionResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RedisServiceMethodDescriptorSupplier("SUnion"))
              .build();
        }
      }
    }
    return getSUnionMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.redis.v1.SDiffRequest,
      dev.dbx.redis.v1.SDiffResponse> getSDiffMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "SDiff",
      requestType = dev.dbx.redis.v1.SDiffRequest.class,
      responseType = dev.dbx.redis.v1.SDiffResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.redis.v1.SDiffRequest,
      dev.dbx.redis.v1.SDiffResponse> getSDiffMethod() {
    io.grpc.MethodDescriptor<dev.dbx.redis.v1.SDiffRequest, dev.dbx.redis.v1.SDiffResponse> getSDiffMethod;
    if ((getSDiffMethod = RedisServiceGrpc.getSDiffMethod) == null) {
      synchronized (RedisServiceGrpc.class) {
        if ((getSDiffMethod = RedisServiceGrpc.getSDiffMethod) == null) {
          RedisServiceGrpc.getSDiffMethod = getSDiffMethod =
              io.grpc.MethodDescriptor.<dev.dbx.redis.v1.SDiffRequest, dev.dbx.redis.v1.SDiffResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "SDiff"))
              .setSafe(true)
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.SDiffRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.SDiffResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RedisServiceMethodDescriptorSupplier("SDiff"))
              .build();
        }
      }
    }
    return getSDiffMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.redis.v1.SInterStoreRequest,
      dev.dbx.redis.v1.SInterStoreResponse> getSInterStoreMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "SInterStore",
      requestType = dev.dbx.redis.v1.SInterStoreRequest.class,
      responseType = dev.dbx.redis.v1.SInterStoreResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.redis.v1.SInterStoreRequest,
      dev.dbx.redis.v1.SInterStoreResponse> getSInterStoreMethod() {
    io.grpc.MethodDescriptor<dev.dbx.redis.v1.SInterStoreRequest, dev.dbx.redis.v1.SInterStoreResponse> getSInterStoreMethod;
    if ((getSInterStoreMethod = RedisServiceGrpc.getSInterStoreMethod) == null) {
      synchronized (RedisServiceGrpc.class) {
        if ((getSInterStoreMethod = RedisServiceGrpc.getSInterStoreMethod) == null) {
          RedisServiceGrpc.getSInterStoreMethod = getSInterStoreMethod =
              io.grpc.MethodDescriptor.<dev.dbx.redis.v1.SInterStoreRequest, dev.dbx.redis.v1.SInterStoreResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "SInterStore"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.SInterStoreRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.SInterStoreResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RedisServiceMethodDescriptorSupplier("SInterStore"))
              .build();
        }
      }
    }
    return getSInterStoreMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.redis.v1.SUnionStoreRequest,
      dev.dbx.redis.v1.SUnionStoreResponse> getSUnionStoreMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "SUnionStore",
      requestType = dev.dbx.redis.v1.SUnionStoreRequest.class,
      responseType = dev.dbx.redis.v1.SUnionStoreResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.redis.v1.SUnionStoreRequest,
      dev.dbx.redis.v1.SUnionStoreResponse> getSUnionStoreMethod() {
    io.grpc.MethodDescriptor<dev.dbx.redis.v1.SUnionStoreRequest, dev.dbx.redis.v1.SUnionStoreResponse> getSUnionStoreMethod;
    if ((getSUnionStoreMethod = RedisServiceGrpc.getSUnionStoreMethod) == null) {
      synchronized (RedisServiceGrpc.class) {
        if ((getSUnionStoreMethod = RedisServiceGrpc.getSUnionStoreMethod) == null) {
          RedisServiceGrpc.getSUnionStoreMethod = getSUnionStoreMethod =
              io.grpc.MethodDescriptor.<dev.dbx.redis.v1.SUnionStoreRequest, dev.dbx.redis.v1.SUnionStoreResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "SUnionStore"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.SUnionStoreRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.SUnionStoreResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RedisServiceMethodDescriptorSupplier("SUnionStore"))
              .build();
        }
      }
    }
    return getSUnionStoreMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.redis.v1.SDiffStoreRequest,
      dev.dbx.redis.v1.SDiffStoreResponse> getSDiffStoreMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "SDiffStore",
      requestType = dev.dbx.redis.v1.SDiffStoreRequest.class,
      responseType = dev.dbx.redis.v1.SDiffStoreResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.redis.v1.SDiffStoreRequest,
      dev.dbx.redis.v1.SDiffStoreResponse> getSDiffStoreMethod() {
    io.grpc.MethodDescriptor<dev.dbx.redis.v1.SDiffStoreRequest, dev.dbx.redis.v1.SDiffStoreResponse> getSDiffStoreMethod;
    if ((getSDiffStoreMethod = RedisServiceGrpc.getSDiffStoreMethod) == null) {
      synchronized (RedisServiceGrpc.class) {
        if ((getSDiffStoreMethod = RedisServiceGrpc.getSDiffStoreMethod) == null) {
          RedisServiceGrpc.getSDiffStoreMethod = getSDiffStoreMethod =
              io.grpc.MethodDescriptor.<dev.dbx.redis.v1.SDiffStoreRequest, dev.dbx.redis.v1.SDiffStoreResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "SDiffStore"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.SDiffStoreRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.SDiffStoreResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RedisServiceMethodDescriptorSupplier("SDiffStore"))
              .build();
        }
      }
    }
    return getSDiffStoreMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.redis.v1.SScanRequest,
      dev.dbx.redis.v1.SScanResponse> getSScanMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "SScan",
      requestType = dev.dbx.redis.v1.SScanRequest.class,
      responseType = dev.dbx.redis.v1.SScanResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.redis.v1.SScanRequest,
      dev.dbx.redis.v1.SScanResponse> getSScanMethod() {
    io.grpc.MethodDescriptor<dev.dbx.redis.v1.SScanRequest, dev.dbx.redis.v1.SScanResponse> getSScanMethod;
    if ((getSScanMethod = RedisServiceGrpc.getSScanMethod) == null) {
      synchronized (RedisServiceGrpc.class) {
        if ((getSScanMethod = RedisServiceGrpc.getSScanMethod) == null) {
          RedisServiceGrpc.getSScanMethod = getSScanMethod =
              io.grpc.MethodDescriptor.<dev.dbx.redis.v1.SScanRequest, dev.dbx.redis.v1.SScanResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "SScan"))
              .setSafe(true)
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.SScanRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.SScanResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RedisServiceMethodDescriptorSupplier("SScan"))
              .build();
        }
      }
    }
    return getSScanMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.redis.v1.ZAddRequest,
      dev.dbx.redis.v1.ZAddResponse> getZAddMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ZAdd",
      requestType = dev.dbx.redis.v1.ZAddRequest.class,
      responseType = dev.dbx.redis.v1.ZAddResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.redis.v1.ZAddRequest,
      dev.dbx.redis.v1.ZAddResponse> getZAddMethod() {
    io.grpc.MethodDescriptor<dev.dbx.redis.v1.ZAddRequest, dev.dbx.redis.v1.ZAddResponse> getZAddMethod;
    if ((getZAddMethod = RedisServiceGrpc.getZAddMethod) == null) {
      synchronized (RedisServiceGrpc.class) {
        if ((getZAddMethod = RedisServiceGrpc.getZAddMethod) == null) {
          RedisServiceGrpc.getZAddMethod = getZAddMethod =
              io.grpc.MethodDescriptor.<dev.dbx.redis.v1.ZAddRequest, dev.dbx.redis.v1.ZAddResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ZAdd"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.ZAddRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.ZAddResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RedisServiceMethodDescriptorSupplier("ZAdd"))
              .build();
        }
      }
    }
    return getZAddMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.redis.v1.ZRangeRequest,
      dev.dbx.redis.v1.ZRangeResponse> getZRangeMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ZRange",
      requestType = dev.dbx.redis.v1.ZRangeRequest.class,
      responseType = dev.dbx.redis.v1.ZRangeResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.redis.v1.ZRangeRequest,
      dev.dbx.redis.v1.ZRangeResponse> getZRangeMethod() {
    io.grpc.MethodDescriptor<dev.dbx.redis.v1.ZRangeRequest, dev.dbx.redis.v1.ZRangeResponse> getZRangeMethod;
    if ((getZRangeMethod = RedisServiceGrpc.getZRangeMethod) == null) {
      synchronized (RedisServiceGrpc.class) {
        if ((getZRangeMethod = RedisServiceGrpc.getZRangeMethod) == null) {
          RedisServiceGrpc.getZRangeMethod = getZRangeMethod =
              io.grpc.MethodDescriptor.<dev.dbx.redis.v1.ZRangeRequest, dev.dbx.redis.v1.ZRangeResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ZRange"))
              .setSafe(true)
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.ZRangeRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.ZRangeResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RedisServiceMethodDescriptorSupplier("ZRange"))
              .build();
        }
      }
    }
    return getZRangeMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.redis.v1.ZScoreRequest,
      dev.dbx.redis.v1.ZScoreResponse> getZScoreMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ZScore",
      requestType = dev.dbx.redis.v1.ZScoreRequest.class,
      responseType = dev.dbx.redis.v1.ZScoreResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.redis.v1.ZScoreRequest,
      dev.dbx.redis.v1.ZScoreResponse> getZScoreMethod() {
    io.grpc.MethodDescriptor<dev.dbx.redis.v1.ZScoreRequest, dev.dbx.redis.v1.ZScoreResponse> getZScoreMethod;
    if ((getZScoreMethod = RedisServiceGrpc.getZScoreMethod) == null) {
      synchronized (RedisServiceGrpc.class) {
        if ((getZScoreMethod = RedisServiceGrpc.getZScoreMethod) == null) {
          RedisServiceGrpc.getZScoreMethod = getZScoreMethod =
              io.grpc.MethodDescriptor.<dev.dbx.redis.v1.ZScoreRequest, dev.dbx.redis.v1.ZScoreResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ZScore"))
              .setSafe(true)
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.ZScoreRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.ZScoreResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RedisServiceMethodDescriptorSupplier("ZScore"))
              .build();
        }
      }
    }
    return getZScoreMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.redis.v1.ZMScoreRequest,
      dev.dbx.redis.v1.ZMScoreResponse> getZMScoreMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ZMScore",
      requestType = dev.dbx.redis.v1.ZMScoreRequest.class,
      responseType = dev.dbx.redis.v1.ZMScoreResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.redis.v1.ZMScoreRequest,
      dev.dbx.redis.v1.ZMScoreResponse> getZMScoreMethod() {
    io.grpc.MethodDescriptor<dev.dbx.redis.v1.ZMScoreRequest, dev.dbx.redis.v1.ZMScoreResponse> getZMScoreMethod;
    if ((getZMScoreMethod = RedisServiceGrpc.getZMScoreMethod) == null) {
      synchronized (RedisServiceGrpc.class) {
        if ((getZMScoreMethod = RedisServiceGrpc.getZMScoreMethod) == null) {
          RedisServiceGrpc.getZMScoreMethod = getZMScoreMethod =
              io.grpc.MethodDescriptor.<dev.dbx.redis.v1.ZMScoreRequest, dev.dbx.redis.v1.ZMScoreResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ZMScore"))
              .setSafe(true)
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.ZMScoreRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.ZMScoreResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RedisServiceMethodDescriptorSupplier("ZMScore"))
              .build();
        }
      }
    }
    return getZMScoreMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.redis.v1.ZIncrByRequest,
      dev.dbx.redis.v1.ZIncrByResponse> getZIncrByMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ZIncrBy",
      requestType = dev.dbx.redis.v1.ZIncrByRequest.class,
      responseType = dev.dbx.redis.v1.ZIncrByResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.redis.v1.ZIncrByRequest,
      dev.dbx.redis.v1.ZIncrByResponse> getZIncrByMethod() {
    io.grpc.MethodDescriptor<dev.dbx.redis.v1.ZIncrByRequest, dev.dbx.redis.v1.ZIncrByResponse> getZIncrByMethod;
    if ((getZIncrByMethod = RedisServiceGrpc.getZIncrByMethod) == null) {
      synchronized (RedisServiceGrpc.class) {
        if ((getZIncrByMethod = RedisServiceGrpc.getZIncrByMethod) == null) {
          RedisServiceGrpc.getZIncrByMethod = getZIncrByMethod =
              io.grpc.MethodDescriptor.<dev.dbx.redis.v1.ZIncrByRequest, dev.dbx.redis.v1.ZIncrByResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ZIncrBy"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.ZIncrByRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.ZIncrByResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RedisServiceMethodDescriptorSupplier("ZIncrBy"))
              .build();
        }
      }
    }
    return getZIncrByMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.redis.v1.ZCardRequest,
      dev.dbx.redis.v1.ZCardResponse> getZCardMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ZCard",
      requestType = dev.dbx.redis.v1.ZCardRequest.class,
      responseType = dev.dbx.redis.v1.ZCardResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.redis.v1.ZCardRequest,
      dev.dbx.redis.v1.ZCardResponse> getZCardMethod() {
    io.grpc.MethodDescriptor<dev.dbx.redis.v1.ZCardRequest, dev.dbx.redis.v1.ZCardResponse> getZCardMethod;
    if ((getZCardMethod = RedisServiceGrpc.getZCardMethod) == null) {
      synchronized (RedisServiceGrpc.class) {
        if ((getZCardMethod = RedisServiceGrpc.getZCardMethod) == null) {
          RedisServiceGrpc.getZCardMethod = getZCardMethod =
              io.grpc.MethodDescriptor.<dev.dbx.redis.v1.ZCardRequest, dev.dbx.redis.v1.ZCardResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ZCard"))
              .setSafe(true)
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.ZCardRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.ZCardResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RedisServiceMethodDescriptorSupplier("ZCard"))
              .build();
        }
      }
    }
    return getZCardMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.redis.v1.ZCountRequest,
      dev.dbx.redis.v1.ZCountResponse> getZCountMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ZCount",
      requestType = dev.dbx.redis.v1.ZCountRequest.class,
      responseType = dev.dbx.redis.v1.ZCountResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.redis.v1.ZCountRequest,
      dev.dbx.redis.v1.ZCountResponse> getZCountMethod() {
    io.grpc.MethodDescriptor<dev.dbx.redis.v1.ZCountRequest, dev.dbx.redis.v1.ZCountResponse> getZCountMethod;
    if ((getZCountMethod = RedisServiceGrpc.getZCountMethod) == null) {
      synchronized (RedisServiceGrpc.class) {
        if ((getZCountMethod = RedisServiceGrpc.getZCountMethod) == null) {
          RedisServiceGrpc.getZCountMethod = getZCountMethod =
              io.grpc.MethodDescriptor.<dev.dbx.redis.v1.ZCountRequest, dev.dbx.redis.v1.ZCountResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ZCount"))
              .setSafe(true)
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.ZCountRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.ZCountResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RedisServiceMethodDescriptorSupplier("ZCount"))
              .build();
        }
      }
    }
    return getZCountMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.redis.v1.ZRankRequest,
      dev.dbx.redis.v1.ZRankResponse> getZRankMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ZRank",
      requestType = dev.dbx.redis.v1.ZRankRequest.class,
      responseType = dev.dbx.redis.v1.ZRankResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.redis.v1.ZRankRequest,
      dev.dbx.redis.v1.ZRankResponse> getZRankMethod() {
    io.grpc.MethodDescriptor<dev.dbx.redis.v1.ZRankRequest, dev.dbx.redis.v1.ZRankResponse> getZRankMethod;
    if ((getZRankMethod = RedisServiceGrpc.getZRankMethod) == null) {
      synchronized (RedisServiceGrpc.class) {
        if ((getZRankMethod = RedisServiceGrpc.getZRankMethod) == null) {
          RedisServiceGrpc.getZRankMethod = getZRankMethod =
              io.grpc.MethodDescriptor.<dev.dbx.redis.v1.ZRankRequest, dev.dbx.redis.v1.ZRankResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ZRank"))
              .setSafe(true)
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.ZRankRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.ZRankResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RedisServiceMethodDescriptorSupplier("ZRank"))
              .build();
        }
      }
    }
    return getZRankMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.redis.v1.ZRevRankRequest,
      dev.dbx.redis.v1.ZRevRankResponse> getZRevRankMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ZRevRank",
      requestType = dev.dbx.redis.v1.ZRevRankRequest.class,
      responseType = dev.dbx.redis.v1.ZRevRankResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.redis.v1.ZRevRankRequest,
      dev.dbx.redis.v1.ZRevRankResponse> getZRevRankMethod() {
    io.grpc.MethodDescriptor<dev.dbx.redis.v1.ZRevRankRequest, dev.dbx.redis.v1.ZRevRankResponse> getZRevRankMethod;
    if ((getZRevRankMethod = RedisServiceGrpc.getZRevRankMethod) == null) {
      synchronized (RedisServiceGrpc.class) {
        if ((getZRevRankMethod = RedisServiceGrpc.getZRevRankMethod) == null) {
          RedisServiceGrpc.getZRevRankMethod = getZRevRankMethod =
              io.grpc.MethodDescriptor.<dev.dbx.redis.v1.ZRevRankRequest, dev.dbx.redis.v1.ZRevRankResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ZRevRank"))
              .setSafe(true)
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.ZRevRankRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.ZRevRankResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RedisServiceMethodDescriptorSupplier("ZRevRank"))
              .build();
        }
      }
    }
    return getZRevRankMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.redis.v1.ZRemRequest,
      dev.dbx.redis.v1.ZRemResponse> getZRemMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ZRem",
      requestType = dev.dbx.redis.v1.ZRemRequest.class,
      responseType = dev.dbx.redis.v1.ZRemResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.redis.v1.ZRemRequest,
      dev.dbx.redis.v1.ZRemResponse> getZRemMethod() {
    io.grpc.MethodDescriptor<dev.dbx.redis.v1.ZRemRequest, dev.dbx.redis.v1.ZRemResponse> getZRemMethod;
    if ((getZRemMethod = RedisServiceGrpc.getZRemMethod) == null) {
      synchronized (RedisServiceGrpc.class) {
        if ((getZRemMethod = RedisServiceGrpc.getZRemMethod) == null) {
          RedisServiceGrpc.getZRemMethod = getZRemMethod =
              io.grpc.MethodDescriptor.<dev.dbx.redis.v1.ZRemRequest, dev.dbx.redis.v1.ZRemResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ZRem"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.ZRemRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.ZRemResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RedisServiceMethodDescriptorSupplier("ZRem"))
              .build();
        }
      }
    }
    return getZRemMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.redis.v1.ZRemRangeByScoreRequest,
      dev.dbx.redis.v1.ZRemRangeByScoreResponse> getZRemRangeByScoreMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ZRemRangeByScore",
      requestType = dev.dbx.redis.v1.ZRemRangeByScoreRequest.class,
      responseType = dev.dbx.redis.v1.ZRemRangeByScoreResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.redis.v1.ZRemRangeByScoreRequest,
      dev.dbx.redis.v1.ZRemRangeByScoreResponse> getZRemRangeByScoreMethod() {
    io.grpc.MethodDescriptor<dev.dbx.redis.v1.ZRemRangeByScoreRequest, dev.dbx.redis.v1.ZRemRangeByScoreResponse> getZRemRangeByScoreMethod;
    if ((getZRemRangeByScoreMethod = RedisServiceGrpc.getZRemRangeByScoreMethod) == null) {
      synchronized (RedisServiceGrpc.class) {
        if ((getZRemRangeByScoreMethod = RedisServiceGrpc.getZRemRangeByScoreMethod) == null) {
          RedisServiceGrpc.getZRemRangeByScoreMethod = getZRemRangeByScoreMethod =
              io.grpc.MethodDescriptor.<dev.dbx.redis.v1.ZRemRangeByScoreRequest, dev.dbx.redis.v1.ZRemRangeByScoreResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ZRemRangeByScore"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.ZRemRangeByScoreRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.ZRemRangeByScoreResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RedisServiceMethodDescriptorSupplier("ZRemRangeByScore"))
              .build();
        }
      }
    }
    return getZRemRangeByScoreMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.redis.v1.ZRemRangeByRankRequest,
      dev.dbx.redis.v1.ZRemRangeByRankResponse> getZRemRangeByRankMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ZRemRangeByRank",
      requestType = dev.dbx.redis.v1.ZRemRangeByRankRequest.class,
      responseType = dev.dbx.redis.v1.ZRemRangeByRankResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.redis.v1.ZRemRangeByRankRequest,
      dev.dbx.redis.v1.ZRemRangeByRankResponse> getZRemRangeByRankMethod() {
    io.grpc.MethodDescriptor<dev.dbx.redis.v1.ZRemRangeByRankRequest, dev.dbx.redis.v1.ZRemRangeByRankResponse> getZRemRangeByRankMethod;
    if ((getZRemRangeByRankMethod = RedisServiceGrpc.getZRemRangeByRankMethod) == null) {
      synchronized (RedisServiceGrpc.class) {
        if ((getZRemRangeByRankMethod = RedisServiceGrpc.getZRemRangeByRankMethod) == null) {
          RedisServiceGrpc.getZRemRangeByRankMethod = getZRemRangeByRankMethod =
              io.grpc.MethodDescriptor.<dev.dbx.redis.v1.ZRemRangeByRankRequest, dev.dbx.redis.v1.ZRemRangeByRankResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ZRemRangeByRank"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.ZRemRangeByRankRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.ZRemRangeByRankResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RedisServiceMethodDescriptorSupplier("ZRemRangeByRank"))
              .build();
        }
      }
    }
    return getZRemRangeByRankMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.redis.v1.ZPopMinRequest,
      dev.dbx.redis.v1.ZPopMinResponse> getZPopMinMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ZPopMin",
      requestType = dev.dbx.redis.v1.ZPopMinRequest.class,
      responseType = dev.dbx.redis.v1.ZPopMinResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.redis.v1.ZPopMinRequest,
      dev.dbx.redis.v1.ZPopMinResponse> getZPopMinMethod() {
    io.grpc.MethodDescriptor<dev.dbx.redis.v1.ZPopMinRequest, dev.dbx.redis.v1.ZPopMinResponse> getZPopMinMethod;
    if ((getZPopMinMethod = RedisServiceGrpc.getZPopMinMethod) == null) {
      synchronized (RedisServiceGrpc.class) {
        if ((getZPopMinMethod = RedisServiceGrpc.getZPopMinMethod) == null) {
          RedisServiceGrpc.getZPopMinMethod = getZPopMinMethod =
              io.grpc.MethodDescriptor.<dev.dbx.redis.v1.ZPopMinRequest, dev.dbx.redis.v1.ZPopMinResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ZPopMin"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.ZPopMinRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.ZPopMinResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RedisServiceMethodDescriptorSupplier("ZPopMin"))
              .build();
        }
      }
    }
    return getZPopMinMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.redis.v1.ZPopMaxRequest,
      dev.dbx.redis.v1.ZPopMaxResponse> getZPopMaxMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ZPopMax",
      requestType = dev.dbx.redis.v1.ZPopMaxRequest.class,
      responseType = dev.dbx.redis.v1.ZPopMaxResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.redis.v1.ZPopMaxRequest,
      dev.dbx.redis.v1.ZPopMaxResponse> getZPopMaxMethod() {
    io.grpc.MethodDescriptor<dev.dbx.redis.v1.ZPopMaxRequest, dev.dbx.redis.v1.ZPopMaxResponse> getZPopMaxMethod;
    if ((getZPopMaxMethod = RedisServiceGrpc.getZPopMaxMethod) == null) {
      synchronized (RedisServiceGrpc.class) {
        if ((getZPopMaxMethod = RedisServiceGrpc.getZPopMaxMethod) == null) {
          RedisServiceGrpc.getZPopMaxMethod = getZPopMaxMethod =
              io.grpc.MethodDescriptor.<dev.dbx.redis.v1.ZPopMaxRequest, dev.dbx.redis.v1.ZPopMaxResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ZPopMax"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.ZPopMaxRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.ZPopMaxResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RedisServiceMethodDescriptorSupplier("ZPopMax"))
              .build();
        }
      }
    }
    return getZPopMaxMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.redis.v1.ZUnionStoreRequest,
      dev.dbx.redis.v1.ZUnionStoreResponse> getZUnionStoreMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ZUnionStore",
      requestType = dev.dbx.redis.v1.ZUnionStoreRequest.class,
      responseType = dev.dbx.redis.v1.ZUnionStoreResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.redis.v1.ZUnionStoreRequest,
      dev.dbx.redis.v1.ZUnionStoreResponse> getZUnionStoreMethod() {
    io.grpc.MethodDescriptor<dev.dbx.redis.v1.ZUnionStoreRequest, dev.dbx.redis.v1.ZUnionStoreResponse> getZUnionStoreMethod;
    if ((getZUnionStoreMethod = RedisServiceGrpc.getZUnionStoreMethod) == null) {
      synchronized (RedisServiceGrpc.class) {
        if ((getZUnionStoreMethod = RedisServiceGrpc.getZUnionStoreMethod) == null) {
          RedisServiceGrpc.getZUnionStoreMethod = getZUnionStoreMethod =
              io.grpc.MethodDescriptor.<dev.dbx.redis.v1.ZUnionStoreRequest, dev.dbx.redis.v1.ZUnionStoreResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ZUnionStore"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.ZUnionStoreRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.ZUnionStoreResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RedisServiceMethodDescriptorSupplier("ZUnionStore"))
              .build();
        }
      }
    }
    return getZUnionStoreMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.redis.v1.ZInterStoreRequest,
      dev.dbx.redis.v1.ZInterStoreResponse> getZInterStoreMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ZInterStore",
      requestType = dev.dbx.redis.v1.ZInterStoreRequest.class,
      responseType = dev.dbx.redis.v1.ZInterStoreResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.redis.v1.ZInterStoreRequest,
      dev.dbx.redis.v1.ZInterStoreResponse> getZInterStoreMethod() {
    io.grpc.MethodDescriptor<dev.dbx.redis.v1.ZInterStoreRequest, dev.dbx.redis.v1.ZInterStoreResponse> getZInterStoreMethod;
    if ((getZInterStoreMethod = RedisServiceGrpc.getZInterStoreMethod) == null) {
      synchronized (RedisServiceGrpc.class) {
        if ((getZInterStoreMethod = RedisServiceGrpc.getZInterStoreMethod) == null) {
          RedisServiceGrpc.getZInterStoreMethod = getZInterStoreMethod =
              io.grpc.MethodDescriptor.<dev.dbx.redis.v1.ZInterStoreRequest, dev.dbx.redis.v1.ZInterStoreResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ZInterStore"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.ZInterStoreRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.ZInterStoreResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RedisServiceMethodDescriptorSupplier("ZInterStore"))
              .build();
        }
      }
    }
    return getZInterStoreMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.redis.v1.ZScanRequest,
      dev.dbx.redis.v1.ZScanResponse> getZScanMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ZScan",
      requestType = dev.dbx.redis.v1.ZScanRequest.class,
      responseType = dev.dbx.redis.v1.ZScanResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.redis.v1.ZScanRequest,
      dev.dbx.redis.v1.ZScanResponse> getZScanMethod() {
    io.grpc.MethodDescriptor<dev.dbx.redis.v1.ZScanRequest, dev.dbx.redis.v1.ZScanResponse> getZScanMethod;
    if ((getZScanMethod = RedisServiceGrpc.getZScanMethod) == null) {
      synchronized (RedisServiceGrpc.class) {
        if ((getZScanMethod = RedisServiceGrpc.getZScanMethod) == null) {
          RedisServiceGrpc.getZScanMethod = getZScanMethod =
              io.grpc.MethodDescriptor.<dev.dbx.redis.v1.ZScanRequest, dev.dbx.redis.v1.ZScanResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ZScan"))
              .setSafe(true)
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.ZScanRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.ZScanResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RedisServiceMethodDescriptorSupplier("ZScan"))
              .build();
        }
      }
    }
    return getZScanMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.redis.v1.SetBitRequest,
      dev.dbx.redis.v1.SetBitResponse> getSetBitMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "SetBit",
      requestType = dev.dbx.redis.v1.SetBitRequest.class,
      responseType = dev.dbx.redis.v1.SetBitResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.redis.v1.SetBitRequest,
      dev.dbx.redis.v1.SetBitResponse> getSetBitMethod() {
    io.grpc.MethodDescriptor<dev.dbx.redis.v1.SetBitRequest, dev.dbx.redis.v1.SetBitResponse> getSetBitMethod;
    if ((getSetBitMethod = RedisServiceGrpc.getSetBitMethod) == null) {
      synchronized (RedisServiceGrpc.class) {
        if ((getSetBitMethod = RedisServiceGrpc.getSetBitMethod) == null) {
          RedisServiceGrpc.getSetBitMethod = getSetBitMethod =
              io.grpc.MethodDescriptor.<dev.dbx.redis.v1.SetBitRequest, dev.dbx.redis.v1.SetBitResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "SetBit"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.SetBitRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.SetBitResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RedisServiceMethodDescriptorSupplier("SetBit"))
              .build();
        }
      }
    }
    return getSetBitMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.redis.v1.GetBitRequest,
      dev.dbx.redis.v1.GetBitResponse> getGetBitMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetBit",
      requestType = dev.dbx.redis.v1.GetBitRequest.class,
      responseType = dev.dbx.redis.v1.GetBitResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.redis.v1.GetBitRequest,
      dev.dbx.redis.v1.GetBitResponse> getGetBitMethod() {
    io.grpc.MethodDescriptor<dev.dbx.redis.v1.GetBitRequest, dev.dbx.redis.v1.GetBitResponse> getGetBitMethod;
    if ((getGetBitMethod = RedisServiceGrpc.getGetBitMethod) == null) {
      synchronized (RedisServiceGrpc.class) {
        if ((getGetBitMethod = RedisServiceGrpc.getGetBitMethod) == null) {
          RedisServiceGrpc.getGetBitMethod = getGetBitMethod =
              io.grpc.MethodDescriptor.<dev.dbx.redis.v1.GetBitRequest, dev.dbx.redis.v1.GetBitResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetBit"))
              .setSafe(true)
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.GetBitRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.GetBitResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RedisServiceMethodDescriptorSupplier("GetBit"))
              .build();
        }
      }
    }
    return getGetBitMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.redis.v1.BitCountRequest,
      dev.dbx.redis.v1.BitCountResponse> getBitCountMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "BitCount",
      requestType = dev.dbx.redis.v1.BitCountRequest.class,
      responseType = dev.dbx.redis.v1.BitCountResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.redis.v1.BitCountRequest,
      dev.dbx.redis.v1.BitCountResponse> getBitCountMethod() {
    io.grpc.MethodDescriptor<dev.dbx.redis.v1.BitCountRequest, dev.dbx.redis.v1.BitCountResponse> getBitCountMethod;
    if ((getBitCountMethod = RedisServiceGrpc.getBitCountMethod) == null) {
      synchronized (RedisServiceGrpc.class) {
        if ((getBitCountMethod = RedisServiceGrpc.getBitCountMethod) == null) {
          RedisServiceGrpc.getBitCountMethod = getBitCountMethod =
              io.grpc.MethodDescriptor.<dev.dbx.redis.v1.BitCountRequest, dev.dbx.redis.v1.BitCountResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "BitCount"))
              .setSafe(true)
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.BitCountRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.BitCountResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RedisServiceMethodDescriptorSupplier("BitCount"))
              .build();
        }
      }
    }
    return getBitCountMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.redis.v1.BitOpRequest,
      dev.dbx.redis.v1.BitOpResponse> getBitOpMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "BitOp",
      requestType = dev.dbx.redis.v1.BitOpRequest.class,
      responseType = dev.dbx.redis.v1.BitOpResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.redis.v1.BitOpRequest,
      dev.dbx.redis.v1.BitOpResponse> getBitOpMethod() {
    io.grpc.MethodDescriptor<dev.dbx.redis.v1.BitOpRequest, dev.dbx.redis.v1.BitOpResponse> getBitOpMethod;
    if ((getBitOpMethod = RedisServiceGrpc.getBitOpMethod) == null) {
      synchronized (RedisServiceGrpc.class) {
        if ((getBitOpMethod = RedisServiceGrpc.getBitOpMethod) == null) {
          RedisServiceGrpc.getBitOpMethod = getBitOpMethod =
              io.grpc.MethodDescriptor.<dev.dbx.redis.v1.BitOpRequest, dev.dbx.redis.v1.BitOpResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "BitOp"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.BitOpRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.BitOpResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RedisServiceMethodDescriptorSupplier("BitOp"))
              .build();
        }
      }
    }
    return getBitOpMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.redis.v1.BitPosRequest,
      dev.dbx.redis.v1.BitPosResponse> getBitPosMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "BitPos",
      requestType = dev.dbx.redis.v1.BitPosRequest.class,
      responseType = dev.dbx.redis.v1.BitPosResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.redis.v1.BitPosRequest,
      dev.dbx.redis.v1.BitPosResponse> getBitPosMethod() {
    io.grpc.MethodDescriptor<dev.dbx.redis.v1.BitPosRequest, dev.dbx.redis.v1.BitPosResponse> getBitPosMethod;
    if ((getBitPosMethod = RedisServiceGrpc.getBitPosMethod) == null) {
      synchronized (RedisServiceGrpc.class) {
        if ((getBitPosMethod = RedisServiceGrpc.getBitPosMethod) == null) {
          RedisServiceGrpc.getBitPosMethod = getBitPosMethod =
              io.grpc.MethodDescriptor.<dev.dbx.redis.v1.BitPosRequest, dev.dbx.redis.v1.BitPosResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "BitPos"))
              .setSafe(true)
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.BitPosRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.BitPosResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RedisServiceMethodDescriptorSupplier("BitPos"))
              .build();
        }
      }
    }
    return getBitPosMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.redis.v1.PfAddRequest,
      dev.dbx.redis.v1.PfAddResponse> getPfAddMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "PfAdd",
      requestType = dev.dbx.redis.v1.PfAddRequest.class,
      responseType = dev.dbx.redis.v1.PfAddResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.redis.v1.PfAddRequest,
      dev.dbx.redis.v1.PfAddResponse> getPfAddMethod() {
    io.grpc.MethodDescriptor<dev.dbx.redis.v1.PfAddRequest, dev.dbx.redis.v1.PfAddResponse> getPfAddMethod;
    if ((getPfAddMethod = RedisServiceGrpc.getPfAddMethod) == null) {
      synchronized (RedisServiceGrpc.class) {
        if ((getPfAddMethod = RedisServiceGrpc.getPfAddMethod) == null) {
          RedisServiceGrpc.getPfAddMethod = getPfAddMethod =
              io.grpc.MethodDescriptor.<dev.dbx.redis.v1.PfAddRequest, dev.dbx.redis.v1.PfAddResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "PfAdd"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.PfAddRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.PfAddResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RedisServiceMethodDescriptorSupplier("PfAdd"))
              .build();
        }
      }
    }
    return getPfAddMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.redis.v1.PfCountRequest,
      dev.dbx.redis.v1.PfCountResponse> getPfCountMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "PfCount",
      requestType = dev.dbx.redis.v1.PfCountRequest.class,
      responseType = dev.dbx.redis.v1.PfCountResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.redis.v1.PfCountRequest,
      dev.dbx.redis.v1.PfCountResponse> getPfCountMethod() {
    io.grpc.MethodDescriptor<dev.dbx.redis.v1.PfCountRequest, dev.dbx.redis.v1.PfCountResponse> getPfCountMethod;
    if ((getPfCountMethod = RedisServiceGrpc.getPfCountMethod) == null) {
      synchronized (RedisServiceGrpc.class) {
        if ((getPfCountMethod = RedisServiceGrpc.getPfCountMethod) == null) {
          RedisServiceGrpc.getPfCountMethod = getPfCountMethod =
              io.grpc.MethodDescriptor.<dev.dbx.redis.v1.PfCountRequest, dev.dbx.redis.v1.PfCountResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "PfCount"))
              .setSafe(true)
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.PfCountRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.PfCountResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RedisServiceMethodDescriptorSupplier("PfCount"))
              .build();
        }
      }
    }
    return getPfCountMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.redis.v1.PfMergeRequest,
      dev.dbx.redis.v1.PfMergeResponse> getPfMergeMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "PfMerge",
      requestType = dev.dbx.redis.v1.PfMergeRequest.class,
      responseType = dev.dbx.redis.v1.PfMergeResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.redis.v1.PfMergeRequest,
      dev.dbx.redis.v1.PfMergeResponse> getPfMergeMethod() {
    io.grpc.MethodDescriptor<dev.dbx.redis.v1.PfMergeRequest, dev.dbx.redis.v1.PfMergeResponse> getPfMergeMethod;
    if ((getPfMergeMethod = RedisServiceGrpc.getPfMergeMethod) == null) {
      synchronized (RedisServiceGrpc.class) {
        if ((getPfMergeMethod = RedisServiceGrpc.getPfMergeMethod) == null) {
          RedisServiceGrpc.getPfMergeMethod = getPfMergeMethod =
              io.grpc.MethodDescriptor.<dev.dbx.redis.v1.PfMergeRequest, dev.dbx.redis.v1.PfMergeResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "PfMerge"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.PfMergeRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.PfMergeResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RedisServiceMethodDescriptorSupplier("PfMerge"))
              .build();
        }
      }
    }
    return getPfMergeMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.redis.v1.XAddRequest,
      dev.dbx.redis.v1.XAddResponse> getXAddMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "XAdd",
      requestType = dev.dbx.redis.v1.XAddRequest.class,
      responseType = dev.dbx.redis.v1.XAddResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.redis.v1.XAddRequest,
      dev.dbx.redis.v1.XAddResponse> getXAddMethod() {
    io.grpc.MethodDescriptor<dev.dbx.redis.v1.XAddRequest, dev.dbx.redis.v1.XAddResponse> getXAddMethod;
    if ((getXAddMethod = RedisServiceGrpc.getXAddMethod) == null) {
      synchronized (RedisServiceGrpc.class) {
        if ((getXAddMethod = RedisServiceGrpc.getXAddMethod) == null) {
          RedisServiceGrpc.getXAddMethod = getXAddMethod =
              io.grpc.MethodDescriptor.<dev.dbx.redis.v1.XAddRequest, dev.dbx.redis.v1.XAddResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "XAdd"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.XAddRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.XAddResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RedisServiceMethodDescriptorSupplier("XAdd"))
              .build();
        }
      }
    }
    return getXAddMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.redis.v1.XRangeRequest,
      dev.dbx.redis.v1.XRangeResponse> getXRangeMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "XRange",
      requestType = dev.dbx.redis.v1.XRangeRequest.class,
      responseType = dev.dbx.redis.v1.XRangeResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.redis.v1.XRangeRequest,
      dev.dbx.redis.v1.XRangeResponse> getXRangeMethod() {
    io.grpc.MethodDescriptor<dev.dbx.redis.v1.XRangeRequest, dev.dbx.redis.v1.XRangeResponse> getXRangeMethod;
    if ((getXRangeMethod = RedisServiceGrpc.getXRangeMethod) == null) {
      synchronized (RedisServiceGrpc.class) {
        if ((getXRangeMethod = RedisServiceGrpc.getXRangeMethod) == null) {
          RedisServiceGrpc.getXRangeMethod = getXRangeMethod =
              io.grpc.MethodDescriptor.<dev.dbx.redis.v1.XRangeRequest, dev.dbx.redis.v1.XRangeResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "XRange"))
              .setSafe(true)
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.XRangeRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.XRangeResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RedisServiceMethodDescriptorSupplier("XRange"))
              .build();
        }
      }
    }
    return getXRangeMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.redis.v1.XRevRangeRequest,
      dev.dbx.redis.v1.XRevRangeResponse> getXRevRangeMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "XRevRange",
      requestType = dev.dbx.redis.v1.XRevRangeRequest.class,
      responseType = dev.dbx.redis.v1.XRevRangeResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.redis.v1.XRevRangeRequest,
      dev.dbx.redis.v1.XRevRangeResponse> getXRevRangeMethod() {
    io.grpc.MethodDescriptor<dev.dbx.redis.v1.XRevRangeRequest, dev.dbx.redis.v1.XRevRangeResponse> getXRevRangeMethod;
    if ((getXRevRangeMethod = RedisServiceGrpc.getXRevRangeMethod) == null) {
      synchronized (RedisServiceGrpc.class) {
        if ((getXRevRangeMethod = RedisServiceGrpc.getXRevRangeMethod) == null) {
          RedisServiceGrpc.getXRevRangeMethod = getXRevRangeMethod =
              io.grpc.MethodDescriptor.<dev.dbx.redis.v1.XRevRangeRequest, dev.dbx.redis.v1.XRevRangeResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "XRevRange"))
              .setSafe(true)
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.XRevRangeRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.XRevRangeResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RedisServiceMethodDescriptorSupplier("XRevRange"))
              .build();
        }
      }
    }
    return getXRevRangeMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.redis.v1.XLenRequest,
      dev.dbx.redis.v1.XLenResponse> getXLenMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "XLen",
      requestType = dev.dbx.redis.v1.XLenRequest.class,
      responseType = dev.dbx.redis.v1.XLenResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.redis.v1.XLenRequest,
      dev.dbx.redis.v1.XLenResponse> getXLenMethod() {
    io.grpc.MethodDescriptor<dev.dbx.redis.v1.XLenRequest, dev.dbx.redis.v1.XLenResponse> getXLenMethod;
    if ((getXLenMethod = RedisServiceGrpc.getXLenMethod) == null) {
      synchronized (RedisServiceGrpc.class) {
        if ((getXLenMethod = RedisServiceGrpc.getXLenMethod) == null) {
          RedisServiceGrpc.getXLenMethod = getXLenMethod =
              io.grpc.MethodDescriptor.<dev.dbx.redis.v1.XLenRequest, dev.dbx.redis.v1.XLenResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "XLen"))
              .setSafe(true)
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.XLenRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.XLenResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RedisServiceMethodDescriptorSupplier("XLen"))
              .build();
        }
      }
    }
    return getXLenMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.redis.v1.XTrimRequest,
      dev.dbx.redis.v1.XTrimResponse> getXTrimMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "XTrim",
      requestType = dev.dbx.redis.v1.XTrimRequest.class,
      responseType = dev.dbx.redis.v1.XTrimResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.redis.v1.XTrimRequest,
      dev.dbx.redis.v1.XTrimResponse> getXTrimMethod() {
    io.grpc.MethodDescriptor<dev.dbx.redis.v1.XTrimRequest, dev.dbx.redis.v1.XTrimResponse> getXTrimMethod;
    if ((getXTrimMethod = RedisServiceGrpc.getXTrimMethod) == null) {
      synchronized (RedisServiceGrpc.class) {
        if ((getXTrimMethod = RedisServiceGrpc.getXTrimMethod) == null) {
          RedisServiceGrpc.getXTrimMethod = getXTrimMethod =
              io.grpc.MethodDescriptor.<dev.dbx.redis.v1.XTrimRequest, dev.dbx.redis.v1.XTrimResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "XTrim"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.XTrimRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.XTrimResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RedisServiceMethodDescriptorSupplier("XTrim"))
              .build();
        }
      }
    }
    return getXTrimMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.redis.v1.XDelRequest,
      dev.dbx.redis.v1.XDelResponse> getXDelMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "XDel",
      requestType = dev.dbx.redis.v1.XDelRequest.class,
      responseType = dev.dbx.redis.v1.XDelResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.redis.v1.XDelRequest,
      dev.dbx.redis.v1.XDelResponse> getXDelMethod() {
    io.grpc.MethodDescriptor<dev.dbx.redis.v1.XDelRequest, dev.dbx.redis.v1.XDelResponse> getXDelMethod;
    if ((getXDelMethod = RedisServiceGrpc.getXDelMethod) == null) {
      synchronized (RedisServiceGrpc.class) {
        if ((getXDelMethod = RedisServiceGrpc.getXDelMethod) == null) {
          RedisServiceGrpc.getXDelMethod = getXDelMethod =
              io.grpc.MethodDescriptor.<dev.dbx.redis.v1.XDelRequest, dev.dbx.redis.v1.XDelResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "XDel"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.XDelRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.XDelResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RedisServiceMethodDescriptorSupplier("XDel"))
              .build();
        }
      }
    }
    return getXDelMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.redis.v1.XReadRequest,
      dev.dbx.redis.v1.XReadResponse> getXReadMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "XRead",
      requestType = dev.dbx.redis.v1.XReadRequest.class,
      responseType = dev.dbx.redis.v1.XReadResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.SERVER_STREAMING)
  public static io.grpc.MethodDescriptor<dev.dbx.redis.v1.XReadRequest,
      dev.dbx.redis.v1.XReadResponse> getXReadMethod() {
    io.grpc.MethodDescriptor<dev.dbx.redis.v1.XReadRequest, dev.dbx.redis.v1.XReadResponse> getXReadMethod;
    if ((getXReadMethod = RedisServiceGrpc.getXReadMethod) == null) {
      synchronized (RedisServiceGrpc.class) {
        if ((getXReadMethod = RedisServiceGrpc.getXReadMethod) == null) {
          RedisServiceGrpc.getXReadMethod = getXReadMethod =
              io.grpc.MethodDescriptor.<dev.dbx.redis.v1.XReadRequest, dev.dbx.redis.v1.XReadResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.SERVER_STREAMING)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "XRead"))
              .setSafe(true)
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.XReadRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.XReadResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RedisServiceMethodDescriptorSupplier("XRead"))
              .build();
        }
      }
    }
    return getXReadMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.redis.v1.XGroupCreateRequest,
      dev.dbx.redis.v1.XGroupCreateResponse> getXGroupCreateMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "XGroupCreate",
      requestType = dev.dbx.redis.v1.XGroupCreateRequest.class,
      responseType = dev.dbx.redis.v1.XGroupCreateResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.redis.v1.XGroupCreateRequest,
      dev.dbx.redis.v1.XGroupCreateResponse> getXGroupCreateMethod() {
    io.grpc.MethodDescriptor<dev.dbx.redis.v1.XGroupCreateRequest, dev.dbx.redis.v1.XGroupCreateResponse> getXGroupCreateMethod;
    if ((getXGroupCreateMethod = RedisServiceGrpc.getXGroupCreateMethod) == null) {
      synchronized (RedisServiceGrpc.class) {
        if ((getXGroupCreateMethod = RedisServiceGrpc.getXGroupCreateMethod) == null) {
          RedisServiceGrpc.getXGroupCreateMethod = getXGroupCreateMethod =
              io.grpc.MethodDescriptor.<dev.dbx.redis.v1.XGroupCreateRequest, dev.dbx.redis.v1.XGroupCreateResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "XGroupCreate"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.XGroupCreateRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.XGroupCreateResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RedisServiceMethodDescriptorSupplier("XGroupCreate"))
              .build();
        }
      }
    }
    return getXGroupCreateMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.redis.v1.XGroupDestroyRequest,
      dev.dbx.redis.v1.XGroupDestroyResponse> getXGroupDestroyMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "XGroupDestroy",
      requestType = dev.dbx.redis.v1.XGroupDestroyRequest.class,
      responseType = dev.dbx.redis.v1.XGroupDestroyResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.redis.v1.XGroupDestroyRequest,
      dev.dbx.redis.v1.XGroupDestroyResponse> getXGroupDestroyMethod() {
    io.grpc.MethodDescriptor<dev.dbx.redis.v1.XGroupDestroyRequest, dev.dbx.redis.v1.XGroupDestroyResponse> getXGroupDestroyMethod;
    if ((getXGroupDestroyMethod = RedisServiceGrpc.getXGroupDestroyMethod) == null) {
      synchronized (RedisServiceGrpc.class) {
        if ((getXGroupDestroyMethod = RedisServiceGrpc.getXGroupDestroyMethod) == null) {
          RedisServiceGrpc.getXGroupDestroyMethod = getXGroupDestroyMethod =
              io.grpc.MethodDescriptor.<dev.dbx.redis.v1.XGroupDestroyRequest, dev.dbx.redis.v1.XGroupDestroyResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "XGroupDestroy"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.XGroupDestroyRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.XGroupDestroyResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RedisServiceMethodDescriptorSupplier("XGroupDestroy"))
              .build();
        }
      }
    }
    return getXGroupDestroyMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.redis.v1.XReadGroupRequest,
      dev.dbx.redis.v1.XReadGroupResponse> getXReadGroupMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "XReadGroup",
      requestType = dev.dbx.redis.v1.XReadGroupRequest.class,
      responseType = dev.dbx.redis.v1.XReadGroupResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.SERVER_STREAMING)
  public static io.grpc.MethodDescriptor<dev.dbx.redis.v1.XReadGroupRequest,
      dev.dbx.redis.v1.XReadGroupResponse> getXReadGroupMethod() {
    io.grpc.MethodDescriptor<dev.dbx.redis.v1.XReadGroupRequest, dev.dbx.redis.v1.XReadGroupResponse> getXReadGroupMethod;
    if ((getXReadGroupMethod = RedisServiceGrpc.getXReadGroupMethod) == null) {
      synchronized (RedisServiceGrpc.class) {
        if ((getXReadGroupMethod = RedisServiceGrpc.getXReadGroupMethod) == null) {
          RedisServiceGrpc.getXReadGroupMethod = getXReadGroupMethod =
              io.grpc.MethodDescriptor.<dev.dbx.redis.v1.XReadGroupRequest, dev.dbx.redis.v1.XReadGroupResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.SERVER_STREAMING)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "XReadGroup"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.XReadGroupRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.XReadGroupResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RedisServiceMethodDescriptorSupplier("XReadGroup"))
              .build();
        }
      }
    }
    return getXReadGroupMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.redis.v1.XAckRequest,
      dev.dbx.redis.v1.XAckResponse> getXAckMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "XAck",
      requestType = dev.dbx.redis.v1.XAckRequest.class,
      responseType = dev.dbx.redis.v1.XAckResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.redis.v1.XAckRequest,
      dev.dbx.redis.v1.XAckResponse> getXAckMethod() {
    io.grpc.MethodDescriptor<dev.dbx.redis.v1.XAckRequest, dev.dbx.redis.v1.XAckResponse> getXAckMethod;
    if ((getXAckMethod = RedisServiceGrpc.getXAckMethod) == null) {
      synchronized (RedisServiceGrpc.class) {
        if ((getXAckMethod = RedisServiceGrpc.getXAckMethod) == null) {
          RedisServiceGrpc.getXAckMethod = getXAckMethod =
              io.grpc.MethodDescriptor.<dev.dbx.redis.v1.XAckRequest, dev.dbx.redis.v1.XAckResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "XAck"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.XAckRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.XAckResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RedisServiceMethodDescriptorSupplier("XAck"))
              .build();
        }
      }
    }
    return getXAckMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.redis.v1.XPendingRequest,
      dev.dbx.redis.v1.XPendingResponse> getXPendingMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "XPending",
      requestType = dev.dbx.redis.v1.XPendingRequest.class,
      responseType = dev.dbx.redis.v1.XPendingResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.redis.v1.XPendingRequest,
      dev.dbx.redis.v1.XPendingResponse> getXPendingMethod() {
    io.grpc.MethodDescriptor<dev.dbx.redis.v1.XPendingRequest, dev.dbx.redis.v1.XPendingResponse> getXPendingMethod;
    if ((getXPendingMethod = RedisServiceGrpc.getXPendingMethod) == null) {
      synchronized (RedisServiceGrpc.class) {
        if ((getXPendingMethod = RedisServiceGrpc.getXPendingMethod) == null) {
          RedisServiceGrpc.getXPendingMethod = getXPendingMethod =
              io.grpc.MethodDescriptor.<dev.dbx.redis.v1.XPendingRequest, dev.dbx.redis.v1.XPendingResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "XPending"))
              .setSafe(true)
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.XPendingRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.XPendingResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RedisServiceMethodDescriptorSupplier("XPending"))
              .build();
        }
      }
    }
    return getXPendingMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.redis.v1.XClaimRequest,
      dev.dbx.redis.v1.XClaimResponse> getXClaimMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "XClaim",
      requestType = dev.dbx.redis.v1.XClaimRequest.class,
      responseType = dev.dbx.redis.v1.XClaimResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.redis.v1.XClaimRequest,
      dev.dbx.redis.v1.XClaimResponse> getXClaimMethod() {
    io.grpc.MethodDescriptor<dev.dbx.redis.v1.XClaimRequest, dev.dbx.redis.v1.XClaimResponse> getXClaimMethod;
    if ((getXClaimMethod = RedisServiceGrpc.getXClaimMethod) == null) {
      synchronized (RedisServiceGrpc.class) {
        if ((getXClaimMethod = RedisServiceGrpc.getXClaimMethod) == null) {
          RedisServiceGrpc.getXClaimMethod = getXClaimMethod =
              io.grpc.MethodDescriptor.<dev.dbx.redis.v1.XClaimRequest, dev.dbx.redis.v1.XClaimResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "XClaim"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.XClaimRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.XClaimResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RedisServiceMethodDescriptorSupplier("XClaim"))
              .build();
        }
      }
    }
    return getXClaimMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.redis.v1.XAutoClaimRequest,
      dev.dbx.redis.v1.XAutoClaimResponse> getXAutoClaimMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "XAutoClaim",
      requestType = dev.dbx.redis.v1.XAutoClaimRequest.class,
      responseType = dev.dbx.redis.v1.XAutoClaimResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.redis.v1.XAutoClaimRequest,
      dev.dbx.redis.v1.XAutoClaimResponse> getXAutoClaimMethod() {
    io.grpc.MethodDescriptor<dev.dbx.redis.v1.XAutoClaimRequest, dev.dbx.redis.v1.XAutoClaimResponse> getXAutoClaimMethod;
    if ((getXAutoClaimMethod = RedisServiceGrpc.getXAutoClaimMethod) == null) {
      synchronized (RedisServiceGrpc.class) {
        if ((getXAutoClaimMethod = RedisServiceGrpc.getXAutoClaimMethod) == null) {
          RedisServiceGrpc.getXAutoClaimMethod = getXAutoClaimMethod =
              io.grpc.MethodDescriptor.<dev.dbx.redis.v1.XAutoClaimRequest, dev.dbx.redis.v1.XAutoClaimResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "XAutoClaim"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.XAutoClaimRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.XAutoClaimResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RedisServiceMethodDescriptorSupplier("XAutoClaim"))
              .build();
        }
      }
    }
    return getXAutoClaimMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.redis.v1.PublishRequest,
      dev.dbx.redis.v1.PublishResponse> getPublishMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "Publish",
      requestType = dev.dbx.redis.v1.PublishRequest.class,
      responseType = dev.dbx.redis.v1.PublishResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.redis.v1.PublishRequest,
      dev.dbx.redis.v1.PublishResponse> getPublishMethod() {
    io.grpc.MethodDescriptor<dev.dbx.redis.v1.PublishRequest, dev.dbx.redis.v1.PublishResponse> getPublishMethod;
    if ((getPublishMethod = RedisServiceGrpc.getPublishMethod) == null) {
      synchronized (RedisServiceGrpc.class) {
        if ((getPublishMethod = RedisServiceGrpc.getPublishMethod) == null) {
          RedisServiceGrpc.getPublishMethod = getPublishMethod =
              io.grpc.MethodDescriptor.<dev.dbx.redis.v1.PublishRequest, dev.dbx.redis.v1.PublishResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "Publish"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.PublishRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.PublishResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RedisServiceMethodDescriptorSupplier("Publish"))
              .build();
        }
      }
    }
    return getPublishMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.redis.v1.SubscribeRequest,
      dev.dbx.redis.v1.SubscribeResponse> getSubscribeMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "Subscribe",
      requestType = dev.dbx.redis.v1.SubscribeRequest.class,
      responseType = dev.dbx.redis.v1.SubscribeResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.SERVER_STREAMING)
  public static io.grpc.MethodDescriptor<dev.dbx.redis.v1.SubscribeRequest,
      dev.dbx.redis.v1.SubscribeResponse> getSubscribeMethod() {
    io.grpc.MethodDescriptor<dev.dbx.redis.v1.SubscribeRequest, dev.dbx.redis.v1.SubscribeResponse> getSubscribeMethod;
    if ((getSubscribeMethod = RedisServiceGrpc.getSubscribeMethod) == null) {
      synchronized (RedisServiceGrpc.class) {
        if ((getSubscribeMethod = RedisServiceGrpc.getSubscribeMethod) == null) {
          RedisServiceGrpc.getSubscribeMethod = getSubscribeMethod =
              io.grpc.MethodDescriptor.<dev.dbx.redis.v1.SubscribeRequest, dev.dbx.redis.v1.SubscribeResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.SERVER_STREAMING)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "Subscribe"))
              .setSafe(true)
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.SubscribeRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.SubscribeResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RedisServiceMethodDescriptorSupplier("Subscribe"))
              .build();
        }
      }
    }
    return getSubscribeMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.redis.v1.PSubscribeRequest,
      dev.dbx.redis.v1.PSubscribeResponse> getPSubscribeMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "PSubscribe",
      requestType = dev.dbx.redis.v1.PSubscribeRequest.class,
      responseType = dev.dbx.redis.v1.PSubscribeResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.SERVER_STREAMING)
  public static io.grpc.MethodDescriptor<dev.dbx.redis.v1.PSubscribeRequest,
      dev.dbx.redis.v1.PSubscribeResponse> getPSubscribeMethod() {
    io.grpc.MethodDescriptor<dev.dbx.redis.v1.PSubscribeRequest, dev.dbx.redis.v1.PSubscribeResponse> getPSubscribeMethod;
    if ((getPSubscribeMethod = RedisServiceGrpc.getPSubscribeMethod) == null) {
      synchronized (RedisServiceGrpc.class) {
        if ((getPSubscribeMethod = RedisServiceGrpc.getPSubscribeMethod) == null) {
          RedisServiceGrpc.getPSubscribeMethod = getPSubscribeMethod =
              io.grpc.MethodDescriptor.<dev.dbx.redis.v1.PSubscribeRequest, dev.dbx.redis.v1.PSubscribeResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.SERVER_STREAMING)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "PSubscribe"))
              .setSafe(true)
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.PSubscribeRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.PSubscribeResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RedisServiceMethodDescriptorSupplier("PSubscribe"))
              .build();
        }
      }
    }
    return getPSubscribeMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.redis.v1.PipelineRequest,
      dev.dbx.redis.v1.PipelineResponse> getPipelineMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "Pipeline",
      requestType = dev.dbx.redis.v1.PipelineRequest.class,
      responseType = dev.dbx.redis.v1.PipelineResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.redis.v1.PipelineRequest,
      dev.dbx.redis.v1.PipelineResponse> getPipelineMethod() {
    io.grpc.MethodDescriptor<dev.dbx.redis.v1.PipelineRequest, dev.dbx.redis.v1.PipelineResponse> getPipelineMethod;
    if ((getPipelineMethod = RedisServiceGrpc.getPipelineMethod) == null) {
      synchronized (RedisServiceGrpc.class) {
        if ((getPipelineMethod = RedisServiceGrpc.getPipelineMethod) == null) {
          RedisServiceGrpc.getPipelineMethod = getPipelineMethod =
              io.grpc.MethodDescriptor.<dev.dbx.redis.v1.PipelineRequest, dev.dbx.redis.v1.PipelineResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "Pipeline"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.PipelineRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.PipelineResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RedisServiceMethodDescriptorSupplier("Pipeline"))
              .build();
        }
      }
    }
    return getPipelineMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.redis.v1.MultiRequest,
      dev.dbx.redis.v1.MultiResponse> getMultiMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "Multi",
      requestType = dev.dbx.redis.v1.MultiRequest.class,
      responseType = dev.dbx.redis.v1.MultiResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.redis.v1.MultiRequest,
      dev.dbx.redis.v1.MultiResponse> getMultiMethod() {
    io.grpc.MethodDescriptor<dev.dbx.redis.v1.MultiRequest, dev.dbx.redis.v1.MultiResponse> getMultiMethod;
    if ((getMultiMethod = RedisServiceGrpc.getMultiMethod) == null) {
      synchronized (RedisServiceGrpc.class) {
        if ((getMultiMethod = RedisServiceGrpc.getMultiMethod) == null) {
          RedisServiceGrpc.getMultiMethod = getMultiMethod =
              io.grpc.MethodDescriptor.<dev.dbx.redis.v1.MultiRequest, dev.dbx.redis.v1.MultiResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "Multi"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.MultiRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.MultiResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RedisServiceMethodDescriptorSupplier("Multi"))
              .build();
        }
      }
    }
    return getMultiMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.redis.v1.EvalRequest,
      dev.dbx.redis.v1.EvalResponse> getEvalMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "Eval",
      requestType = dev.dbx.redis.v1.EvalRequest.class,
      responseType = dev.dbx.redis.v1.EvalResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.redis.v1.EvalRequest,
      dev.dbx.redis.v1.EvalResponse> getEvalMethod() {
    io.grpc.MethodDescriptor<dev.dbx.redis.v1.EvalRequest, dev.dbx.redis.v1.EvalResponse> getEvalMethod;
    if ((getEvalMethod = RedisServiceGrpc.getEvalMethod) == null) {
      synchronized (RedisServiceGrpc.class) {
        if ((getEvalMethod = RedisServiceGrpc.getEvalMethod) == null) {
          RedisServiceGrpc.getEvalMethod = getEvalMethod =
              io.grpc.MethodDescriptor.<dev.dbx.redis.v1.EvalRequest, dev.dbx.redis.v1.EvalResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "Eval"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.EvalRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.EvalResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RedisServiceMethodDescriptorSupplier("Eval"))
              .build();
        }
      }
    }
    return getEvalMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.redis.v1.EvalShaRequest,
      dev.dbx.redis.v1.EvalShaResponse> getEvalShaMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "EvalSha",
      requestType = dev.dbx.redis.v1.EvalShaRequest.class,
      responseType = dev.dbx.redis.v1.EvalShaResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.redis.v1.EvalShaRequest,
      dev.dbx.redis.v1.EvalShaResponse> getEvalShaMethod() {
    io.grpc.MethodDescriptor<dev.dbx.redis.v1.EvalShaRequest, dev.dbx.redis.v1.EvalShaResponse> getEvalShaMethod;
    if ((getEvalShaMethod = RedisServiceGrpc.getEvalShaMethod) == null) {
      synchronized (RedisServiceGrpc.class) {
        if ((getEvalShaMethod = RedisServiceGrpc.getEvalShaMethod) == null) {
          RedisServiceGrpc.getEvalShaMethod = getEvalShaMethod =
              io.grpc.MethodDescriptor.<dev.dbx.redis.v1.EvalShaRequest, dev.dbx.redis.v1.EvalShaResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "EvalSha"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.EvalShaRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.EvalShaResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RedisServiceMethodDescriptorSupplier("EvalSha"))
              .build();
        }
      }
    }
    return getEvalShaMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.redis.v1.ScriptLoadRequest,
      dev.dbx.redis.v1.ScriptLoadResponse> getScriptLoadMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ScriptLoad",
      requestType = dev.dbx.redis.v1.ScriptLoadRequest.class,
      responseType = dev.dbx.redis.v1.ScriptLoadResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.redis.v1.ScriptLoadRequest,
      dev.dbx.redis.v1.ScriptLoadResponse> getScriptLoadMethod() {
    io.grpc.MethodDescriptor<dev.dbx.redis.v1.ScriptLoadRequest, dev.dbx.redis.v1.ScriptLoadResponse> getScriptLoadMethod;
    if ((getScriptLoadMethod = RedisServiceGrpc.getScriptLoadMethod) == null) {
      synchronized (RedisServiceGrpc.class) {
        if ((getScriptLoadMethod = RedisServiceGrpc.getScriptLoadMethod) == null) {
          RedisServiceGrpc.getScriptLoadMethod = getScriptLoadMethod =
              io.grpc.MethodDescriptor.<dev.dbx.redis.v1.ScriptLoadRequest, dev.dbx.redis.v1.ScriptLoadResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ScriptLoad"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.ScriptLoadRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.ScriptLoadResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RedisServiceMethodDescriptorSupplier("ScriptLoad"))
              .build();
        }
      }
    }
    return getScriptLoadMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.redis.v1.PingRequest,
      dev.dbx.redis.v1.PingResponse> getPingMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "Ping",
      requestType = dev.dbx.redis.v1.PingRequest.class,
      responseType = dev.dbx.redis.v1.PingResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.redis.v1.PingRequest,
      dev.dbx.redis.v1.PingResponse> getPingMethod() {
    io.grpc.MethodDescriptor<dev.dbx.redis.v1.PingRequest, dev.dbx.redis.v1.PingResponse> getPingMethod;
    if ((getPingMethod = RedisServiceGrpc.getPingMethod) == null) {
      synchronized (RedisServiceGrpc.class) {
        if ((getPingMethod = RedisServiceGrpc.getPingMethod) == null) {
          RedisServiceGrpc.getPingMethod = getPingMethod =
              io.grpc.MethodDescriptor.<dev.dbx.redis.v1.PingRequest, dev.dbx.redis.v1.PingResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "Ping"))
              .setSafe(true)
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.PingRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.PingResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RedisServiceMethodDescriptorSupplier("Ping"))
              .build();
        }
      }
    }
    return getPingMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.redis.v1.InfoRequest,
      dev.dbx.redis.v1.InfoResponse> getInfoMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "Info",
      requestType = dev.dbx.redis.v1.InfoRequest.class,
      responseType = dev.dbx.redis.v1.InfoResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.redis.v1.InfoRequest,
      dev.dbx.redis.v1.InfoResponse> getInfoMethod() {
    io.grpc.MethodDescriptor<dev.dbx.redis.v1.InfoRequest, dev.dbx.redis.v1.InfoResponse> getInfoMethod;
    if ((getInfoMethod = RedisServiceGrpc.getInfoMethod) == null) {
      synchronized (RedisServiceGrpc.class) {
        if ((getInfoMethod = RedisServiceGrpc.getInfoMethod) == null) {
          RedisServiceGrpc.getInfoMethod = getInfoMethod =
              io.grpc.MethodDescriptor.<dev.dbx.redis.v1.InfoRequest, dev.dbx.redis.v1.InfoResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "Info"))
              .setSafe(true)
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.InfoRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.InfoResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RedisServiceMethodDescriptorSupplier("Info"))
              .build();
        }
      }
    }
    return getInfoMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.redis.v1.DbSizeRequest,
      dev.dbx.redis.v1.DbSizeResponse> getDbSizeMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "DbSize",
      requestType = dev.dbx.redis.v1.DbSizeRequest.class,
      responseType = dev.dbx.redis.v1.DbSizeResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.redis.v1.DbSizeRequest,
      dev.dbx.redis.v1.DbSizeResponse> getDbSizeMethod() {
    io.grpc.MethodDescriptor<dev.dbx.redis.v1.DbSizeRequest, dev.dbx.redis.v1.DbSizeResponse> getDbSizeMethod;
    if ((getDbSizeMethod = RedisServiceGrpc.getDbSizeMethod) == null) {
      synchronized (RedisServiceGrpc.class) {
        if ((getDbSizeMethod = RedisServiceGrpc.getDbSizeMethod) == null) {
          RedisServiceGrpc.getDbSizeMethod = getDbSizeMethod =
              io.grpc.MethodDescriptor.<dev.dbx.redis.v1.DbSizeRequest, dev.dbx.redis.v1.DbSizeResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "DbSize"))
              .setSafe(true)
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.DbSizeRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.DbSizeResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RedisServiceMethodDescriptorSupplier("DbSize"))
              .build();
        }
      }
    }
    return getDbSizeMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.redis.v1.TimeRequest,
      dev.dbx.redis.v1.TimeResponse> getTimeMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "Time",
      requestType = dev.dbx.redis.v1.TimeRequest.class,
      responseType = dev.dbx.redis.v1.TimeResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.redis.v1.TimeRequest,
      dev.dbx.redis.v1.TimeResponse> getTimeMethod() {
    io.grpc.MethodDescriptor<dev.dbx.redis.v1.TimeRequest, dev.dbx.redis.v1.TimeResponse> getTimeMethod;
    if ((getTimeMethod = RedisServiceGrpc.getTimeMethod) == null) {
      synchronized (RedisServiceGrpc.class) {
        if ((getTimeMethod = RedisServiceGrpc.getTimeMethod) == null) {
          RedisServiceGrpc.getTimeMethod = getTimeMethod =
              io.grpc.MethodDescriptor.<dev.dbx.redis.v1.TimeRequest, dev.dbx.redis.v1.TimeResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "Time"))
              .setSafe(true)
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.TimeRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.TimeResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RedisServiceMethodDescriptorSupplier("Time"))
              .build();
        }
      }
    }
    return getTimeMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.redis.v1.GetStatsRequest,
      dev.dbx.redis.v1.GetStatsResponse> getGetStatsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetStats",
      requestType = dev.dbx.redis.v1.GetStatsRequest.class,
      responseType = dev.dbx.redis.v1.GetStatsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.redis.v1.GetStatsRequest,
      dev.dbx.redis.v1.GetStatsResponse> getGetStatsMethod() {
    io.grpc.MethodDescriptor<dev.dbx.redis.v1.GetStatsRequest, dev.dbx.redis.v1.GetStatsResponse> getGetStatsMethod;
    if ((getGetStatsMethod = RedisServiceGrpc.getGetStatsMethod) == null) {
      synchronized (RedisServiceGrpc.class) {
        if ((getGetStatsMethod = RedisServiceGrpc.getGetStatsMethod) == null) {
          RedisServiceGrpc.getGetStatsMethod = getGetStatsMethod =
              io.grpc.MethodDescriptor.<dev.dbx.redis.v1.GetStatsRequest, dev.dbx.redis.v1.GetStatsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetStats"))
              .setSafe(true)
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.GetStatsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.GetStatsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RedisServiceMethodDescriptorSupplier("GetStats"))
              .build();
        }
      }
    }
    return getGetStatsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.redis.v1.FlushDbRequest,
      dev.dbx.redis.v1.FlushDbResponse> getFlushDbMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "FlushDb",
      requestType = dev.dbx.redis.v1.FlushDbRequest.class,
      responseType = dev.dbx.redis.v1.FlushDbResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.redis.v1.FlushDbRequest,
      dev.dbx.redis.v1.FlushDbResponse> getFlushDbMethod() {
    io.grpc.MethodDescriptor<dev.dbx.redis.v1.FlushDbRequest, dev.dbx.redis.v1.FlushDbResponse> getFlushDbMethod;
    if ((getFlushDbMethod = RedisServiceGrpc.getFlushDbMethod) == null) {
      synchronized (RedisServiceGrpc.class) {
        if ((getFlushDbMethod = RedisServiceGrpc.getFlushDbMethod) == null) {
          RedisServiceGrpc.getFlushDbMethod = getFlushDbMethod =
              io.grpc.MethodDescriptor.<dev.dbx.redis.v1.FlushDbRequest, dev.dbx.redis.v1.FlushDbResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "FlushDb"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.FlushDbRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.FlushDbResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RedisServiceMethodDescriptorSupplier("FlushDb"))
              .build();
        }
      }
    }
    return getFlushDbMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.redis.v1.FlushAllRequest,
      dev.dbx.redis.v1.FlushAllResponse> getFlushAllMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "FlushAll",
      requestType = dev.dbx.redis.v1.FlushAllRequest.class,
      responseType = dev.dbx.redis.v1.FlushAllResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.redis.v1.FlushAllRequest,
      dev.dbx.redis.v1.FlushAllResponse> getFlushAllMethod() {
    io.grpc.MethodDescriptor<dev.dbx.redis.v1.FlushAllRequest, dev.dbx.redis.v1.FlushAllResponse> getFlushAllMethod;
    if ((getFlushAllMethod = RedisServiceGrpc.getFlushAllMethod) == null) {
      synchronized (RedisServiceGrpc.class) {
        if ((getFlushAllMethod = RedisServiceGrpc.getFlushAllMethod) == null) {
          RedisServiceGrpc.getFlushAllMethod = getFlushAllMethod =
              io.grpc.MethodDescriptor.<dev.dbx.redis.v1.FlushAllRequest, dev.dbx.redis.v1.FlushAllResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "FlushAll"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.FlushAllRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.FlushAllResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RedisServiceMethodDescriptorSupplier("FlushAll"))
              .build();
        }
      }
    }
    return getFlushAllMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.dbx.redis.v1.ConfigSetRequest,
      dev.dbx.redis.v1.ConfigSetResponse> getConfigSetMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ConfigSet",
      requestType = dev.dbx.redis.v1.ConfigSetRequest.class,
      responseType = dev.dbx.redis.v1.ConfigSetResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.dbx.redis.v1.ConfigSetRequest,
      dev.dbx.redis.v1.ConfigSetResponse> getConfigSetMethod() {
    io.grpc.MethodDescriptor<dev.dbx.redis.v1.ConfigSetRequest, dev.dbx.redis.v1.ConfigSetResponse> getConfigSetMethod;
    if ((getConfigSetMethod = RedisServiceGrpc.getConfigSetMethod) == null) {
      synchronized (RedisServiceGrpc.class) {
        if ((getConfigSetMethod = RedisServiceGrpc.getConfigSetMethod) == null) {
          RedisServiceGrpc.getConfigSetMethod = getConfigSetMethod =
              io.grpc.MethodDescriptor.<dev.dbx.redis.v1.ConfigSetRequest, dev.dbx.redis.v1.ConfigSetResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ConfigSet"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.ConfigSetRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.dbx.redis.v1.ConfigSetResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RedisServiceMethodDescriptorSupplier("ConfigSet"))
              .build();
        }
      }
    }
    return getConfigSetMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static RedisServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<RedisServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<RedisServiceStub>() {
        @java.lang.Override
        public RedisServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new RedisServiceStub(channel, callOptions);
        }
      };
    return RedisServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports all types of calls on the service
   */
  public static RedisServiceBlockingV2Stub newBlockingV2Stub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<RedisServiceBlockingV2Stub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<RedisServiceBlockingV2Stub>() {
        @java.lang.Override
        public RedisServiceBlockingV2Stub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new RedisServiceBlockingV2Stub(channel, callOptions);
        }
      };
    return RedisServiceBlockingV2Stub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static RedisServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<RedisServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<RedisServiceBlockingStub>() {
        @java.lang.Override
        public RedisServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new RedisServiceBlockingStub(channel, callOptions);
        }
      };
    return RedisServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static RedisServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<RedisServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<RedisServiceFutureStub>() {
        @java.lang.Override
        public RedisServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new RedisServiceFutureStub(channel, callOptions);
        }
      };
    return RedisServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * Redis commands with typed, binary-safe requests and replies: keys, values,
   * fields and members are bytes (zero bytes and invalid UTF-8 included), and
   * integers are int64. Every request names its backend in `target.backend`
   * (empty for the default one), which must be a Redis backend
   * (FAILED_PRECONDITION otherwise); `target.namespace` and `target.collection`
   * must be empty. Redis error replies answer INVALID_ARGUMENT
   * (ERROR_REASON_STATEMENT_FAILED, ErrorInfo metadata `native_code` =
   * "WRONGTYPE", ...); Redis down answers UNAVAILABLE. docs/backends/redis.md
   * has the details.
   * </pre>
   */
  public interface AsyncService {

    /**
     * <pre>
     * GET: the value of a key.
     * </pre>
     */
    default void get(dev.dbx.redis.v1.GetRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.GetResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetMethod(), responseObserver);
    }

    /**
     * <pre>
     * SET: sets a key's value, with NX/XX, an expiration and GET.
     * </pre>
     */
    default void set(dev.dbx.redis.v1.SetRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.SetResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getSetMethod(), responseObserver);
    }

    /**
     * <pre>
     * MGET: the values of many keys.
     * </pre>
     */
    default void mGet(dev.dbx.redis.v1.MGetRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.MGetResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getMGetMethod(), responseObserver);
    }

    /**
     * <pre>
     * MSET (or MSETNX): sets many keys at once, atomically.
     * </pre>
     */
    default void mSet(dev.dbx.redis.v1.MSetRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.MSetResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getMSetMethod(), responseObserver);
    }

    /**
     * <pre>
     * INCR: adds 1 to an integer value.
     * </pre>
     */
    default void incr(dev.dbx.redis.v1.IncrRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.IncrResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getIncrMethod(), responseObserver);
    }

    /**
     * <pre>
     * INCRBY: adds an integer to an integer value.
     * </pre>
     */
    default void incrBy(dev.dbx.redis.v1.IncrByRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.IncrByResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getIncrByMethod(), responseObserver);
    }

    /**
     * <pre>
     * INCRBYFLOAT: adds a number to a numeric value.
     * </pre>
     */
    default void incrByFloat(dev.dbx.redis.v1.IncrByFloatRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.IncrByFloatResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getIncrByFloatMethod(), responseObserver);
    }

    /**
     * <pre>
     * DECR: subtracts 1 from an integer value.
     * </pre>
     */
    default void decr(dev.dbx.redis.v1.DecrRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.DecrResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getDecrMethod(), responseObserver);
    }

    /**
     * <pre>
     * DECRBY: subtracts an integer from an integer value.
     * </pre>
     */
    default void decrBy(dev.dbx.redis.v1.DecrByRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.DecrByResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getDecrByMethod(), responseObserver);
    }

    /**
     * <pre>
     * APPEND: appends bytes to a value.
     * </pre>
     */
    default void append(dev.dbx.redis.v1.AppendRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.AppendResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getAppendMethod(), responseObserver);
    }

    /**
     * <pre>
     * STRLEN: the length of a value in bytes.
     * </pre>
     */
    default void strLen(dev.dbx.redis.v1.StrLenRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.StrLenResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getStrLenMethod(), responseObserver);
    }

    /**
     * <pre>
     * GETRANGE: a byte range of a value.
     * </pre>
     */
    default void getRange(dev.dbx.redis.v1.GetRangeRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.GetRangeResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetRangeMethod(), responseObserver);
    }

    /**
     * <pre>
     * GETRANGE as a server stream: reads a value of any size in chunks, one
     * GETRANGE per message. The way to read values larger than one answer may
     * be (RESPONSE_TOO_LARGE).
     * </pre>
     */
    default void getRangeStream(dev.dbx.redis.v1.GetRangeStreamRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.GetRangeStreamResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetRangeStreamMethod(), responseObserver);
    }

    /**
     * <pre>
     * SETRANGE: overwrites part of a value from an offset.
     * </pre>
     */
    default void setRange(dev.dbx.redis.v1.SetRangeRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.SetRangeResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getSetRangeMethod(), responseObserver);
    }

    /**
     * <pre>
     * GETDEL: the value of a key, which is then deleted.
     * </pre>
     */
    default void getDel(dev.dbx.redis.v1.GetDelRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.GetDelResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetDelMethod(), responseObserver);
    }

    /**
     * <pre>
     * GETEX: the value of a key, changing its expiration.
     * </pre>
     */
    default void getEx(dev.dbx.redis.v1.GetExRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.GetExResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetExMethod(), responseObserver);
    }

    /**
     * <pre>
     * DEL: deletes keys.
     * </pre>
     */
    default void del(dev.dbx.redis.v1.DelRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.DelResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getDelMethod(), responseObserver);
    }

    /**
     * <pre>
     * UNLINK: deletes keys, reclaiming their memory in the background.
     * </pre>
     */
    default void unlink(dev.dbx.redis.v1.UnlinkRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.UnlinkResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getUnlinkMethod(), responseObserver);
    }

    /**
     * <pre>
     * EXISTS: how many of the keys exist.
     * </pre>
     */
    default void exists(dev.dbx.redis.v1.ExistsRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.ExistsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getExistsMethod(), responseObserver);
    }

    /**
     * <pre>
     * EXPIRE: sets a key's TTL in seconds.
     * </pre>
     */
    default void expire(dev.dbx.redis.v1.ExpireRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.ExpireResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getExpireMethod(), responseObserver);
    }

    /**
     * <pre>
     * PEXPIRE: sets a key's TTL in milliseconds.
     * </pre>
     */
    default void pExpire(dev.dbx.redis.v1.PExpireRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.PExpireResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getPExpireMethod(), responseObserver);
    }

    /**
     * <pre>
     * TTL: the remaining time to live of a key in seconds.
     * </pre>
     */
    default void ttl(dev.dbx.redis.v1.TtlRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.TtlResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getTtlMethod(), responseObserver);
    }

    /**
     * <pre>
     * PTTL: the remaining time to live of a key in milliseconds.
     * </pre>
     */
    default void pTtl(dev.dbx.redis.v1.PTtlRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.PTtlResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getPTtlMethod(), responseObserver);
    }

    /**
     * <pre>
     * PERSIST: removes a key's TTL.
     * </pre>
     */
    default void persist(dev.dbx.redis.v1.PersistRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.PersistResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getPersistMethod(), responseObserver);
    }

    /**
     * <pre>
     * TYPE: the type of the value at a key.
     * </pre>
     */
    default void type(dev.dbx.redis.v1.TypeRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.TypeResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getTypeMethod(), responseObserver);
    }

    /**
     * <pre>
     * RENAME (or RENAMENX): renames a key. On Redis Cluster both keys must hash to
     * one slot.
     * </pre>
     */
    default void rename(dev.dbx.redis.v1.RenameRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.RenameResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getRenameMethod(), responseObserver);
    }

    /**
     * <pre>
     * SCAN: one step of an incremental iteration over the keys. Cost: a full
     * iteration visits every key of the database (and of every master on Redis
     * Cluster). Never KEYS.
     * </pre>
     */
    default void scan(dev.dbx.redis.v1.ScanRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.ScanResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getScanMethod(), responseObserver);
    }

    /**
     * <pre>
     * SCAN as a server stream: iterates over all matching keys, one message per
     * SCAN step that found keys.
     * </pre>
     */
    default void scanStream(dev.dbx.redis.v1.ScanStreamRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.ScanStreamResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getScanStreamMethod(), responseObserver);
    }

    /**
     * <pre>
     * HSET: sets fields of a hash.
     * </pre>
     */
    default void hSet(dev.dbx.redis.v1.HSetRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.HSetResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getHSetMethod(), responseObserver);
    }

    /**
     * <pre>
     * HGET: the value of a hash field.
     * </pre>
     */
    default void hGet(dev.dbx.redis.v1.HGetRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.HGetResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getHGetMethod(), responseObserver);
    }

    /**
     * <pre>
     * HMGET: the values of many hash fields.
     * </pre>
     */
    default void hMGet(dev.dbx.redis.v1.HMGetRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.HMGetResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getHMGetMethod(), responseObserver);
    }

    /**
     * <pre>
     * HGETALL: every field and value of a hash.
     * </pre>
     */
    default void hGetAll(dev.dbx.redis.v1.HGetAllRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.HGetAllResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getHGetAllMethod(), responseObserver);
    }

    /**
     * <pre>
     * HDEL: deletes hash fields.
     * </pre>
     */
    default void hDel(dev.dbx.redis.v1.HDelRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.HDelResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getHDelMethod(), responseObserver);
    }

    /**
     * <pre>
     * HEXISTS: whether a hash field exists.
     * </pre>
     */
    default void hExists(dev.dbx.redis.v1.HExistsRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.HExistsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getHExistsMethod(), responseObserver);
    }

    /**
     * <pre>
     * HLEN: the number of fields of a hash.
     * </pre>
     */
    default void hLen(dev.dbx.redis.v1.HLenRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.HLenResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getHLenMethod(), responseObserver);
    }

    /**
     * <pre>
     * HKEYS: the field names of a hash.
     * </pre>
     */
    default void hKeys(dev.dbx.redis.v1.HKeysRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.HKeysResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getHKeysMethod(), responseObserver);
    }

    /**
     * <pre>
     * HVALS: the values of a hash.
     * </pre>
     */
    default void hVals(dev.dbx.redis.v1.HValsRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.HValsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getHValsMethod(), responseObserver);
    }

    /**
     * <pre>
     * HINCRBY: adds an integer to an integer hash field.
     * </pre>
     */
    default void hIncrBy(dev.dbx.redis.v1.HIncrByRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.HIncrByResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getHIncrByMethod(), responseObserver);
    }

    /**
     * <pre>
     * HINCRBYFLOAT: adds a number to a numeric hash field.
     * </pre>
     */
    default void hIncrByFloat(dev.dbx.redis.v1.HIncrByFloatRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.HIncrByFloatResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getHIncrByFloatMethod(), responseObserver);
    }

    /**
     * <pre>
     * HSETNX: sets a hash field only when it does not exist.
     * </pre>
     */
    default void hSetNx(dev.dbx.redis.v1.HSetNxRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.HSetNxResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getHSetNxMethod(), responseObserver);
    }

    /**
     * <pre>
     * HRANDFIELD: random fields of a hash.
     * </pre>
     */
    default void hRandField(dev.dbx.redis.v1.HRandFieldRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.HRandFieldResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getHRandFieldMethod(), responseObserver);
    }

    /**
     * <pre>
     * HSCAN: one step of an iteration over the fields of a hash.
     * </pre>
     */
    default void hScan(dev.dbx.redis.v1.HScanRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.HScanResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getHScanMethod(), responseObserver);
    }

    /**
     * <pre>
     * LPUSH (or LPUSHX): inserts values at the head of a list.
     * </pre>
     */
    default void lPush(dev.dbx.redis.v1.LPushRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.LPushResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getLPushMethod(), responseObserver);
    }

    /**
     * <pre>
     * RPUSH (or RPUSHX): appends values at the tail of a list.
     * </pre>
     */
    default void rPush(dev.dbx.redis.v1.RPushRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.RPushResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getRPushMethod(), responseObserver);
    }

    /**
     * <pre>
     * LPOP: removes and answers values from the head of a list.
     * </pre>
     */
    default void lPop(dev.dbx.redis.v1.LPopRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.LPopResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getLPopMethod(), responseObserver);
    }

    /**
     * <pre>
     * RPOP: removes and answers values from the tail of a list.
     * </pre>
     */
    default void rPop(dev.dbx.redis.v1.RPopRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.RPopResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getRPopMethod(), responseObserver);
    }

    /**
     * <pre>
     * LRANGE: a range of a list.
     * </pre>
     */
    default void lRange(dev.dbx.redis.v1.LRangeRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.LRangeResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getLRangeMethod(), responseObserver);
    }

    /**
     * <pre>
     * LLEN: the length of a list.
     * </pre>
     */
    default void lLen(dev.dbx.redis.v1.LLenRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.LLenResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getLLenMethod(), responseObserver);
    }

    /**
     * <pre>
     * LINDEX: the element at an index.
     * </pre>
     */
    default void lIndex(dev.dbx.redis.v1.LIndexRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.LIndexResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getLIndexMethod(), responseObserver);
    }

    /**
     * <pre>
     * LSET: replaces the element at an index.
     * </pre>
     */
    default void lSet(dev.dbx.redis.v1.LSetRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.LSetResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getLSetMethod(), responseObserver);
    }

    /**
     * <pre>
     * LREM: removes elements equal to a value.
     * </pre>
     */
    default void lRem(dev.dbx.redis.v1.LRemRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.LRemResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getLRemMethod(), responseObserver);
    }

    /**
     * <pre>
     * LTRIM: keeps only a range of a list.
     * </pre>
     */
    default void lTrim(dev.dbx.redis.v1.LTrimRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.LTrimResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getLTrimMethod(), responseObserver);
    }

    /**
     * <pre>
     * LMOVE: moves an element from one end of a list to an end of another (or the
     * same) list, atomically.
     * </pre>
     */
    default void lMove(dev.dbx.redis.v1.LMoveRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.LMoveResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getLMoveMethod(), responseObserver);
    }

    /**
     * <pre>
     * BLPOP: pops from the head of the first non-empty list, waiting until one has
     * an element. Runs on a connection of its own.
     * </pre>
     */
    default void bLPop(dev.dbx.redis.v1.BLPopRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.BLPopResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getBLPopMethod(), responseObserver);
    }

    /**
     * <pre>
     * BRPOP: pops from the tail of the first non-empty list, waiting until one has
     * an element. Runs on a connection of its own.
     * </pre>
     */
    default void bRPop(dev.dbx.redis.v1.BRPopRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.BRPopResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getBRPopMethod(), responseObserver);
    }

    /**
     * <pre>
     * BLMOVE: LMOVE that waits for `source` to have an element. Runs on a
     * connection of its own.
     * </pre>
     */
    default void bLMove(dev.dbx.redis.v1.BLMoveRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.BLMoveResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getBLMoveMethod(), responseObserver);
    }

    /**
     * <pre>
     * SADD: adds members to a set.
     * </pre>
     */
    default void sAdd(dev.dbx.redis.v1.SAddRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.SAddResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getSAddMethod(), responseObserver);
    }

    /**
     * <pre>
     * SREM: removes members from a set.
     * </pre>
     */
    default void sRem(dev.dbx.redis.v1.SRemRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.SRemResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getSRemMethod(), responseObserver);
    }

    /**
     * <pre>
     * SMEMBERS: every member of a set.
     * </pre>
     */
    default void sMembers(dev.dbx.redis.v1.SMembersRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.SMembersResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getSMembersMethod(), responseObserver);
    }

    /**
     * <pre>
     * SISMEMBER: whether a value is a member.
     * </pre>
     */
    default void sIsMember(dev.dbx.redis.v1.SIsMemberRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.SIsMemberResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getSIsMemberMethod(), responseObserver);
    }

    /**
     * <pre>
     * SMISMEMBER: whether each value is a member.
     * </pre>
     */
    default void sMIsMember(dev.dbx.redis.v1.SMIsMemberRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.SMIsMemberResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getSMIsMemberMethod(), responseObserver);
    }

    /**
     * <pre>
     * SCARD: the number of members of a set.
     * </pre>
     */
    default void sCard(dev.dbx.redis.v1.SCardRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.SCardResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getSCardMethod(), responseObserver);
    }

    /**
     * <pre>
     * SPOP: removes and answers random members.
     * </pre>
     */
    default void sPop(dev.dbx.redis.v1.SPopRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.SPopResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getSPopMethod(), responseObserver);
    }

    /**
     * <pre>
     * SRANDMEMBER: random members, not removed.
     * </pre>
     */
    default void sRandMember(dev.dbx.redis.v1.SRandMemberRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.SRandMemberResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getSRandMemberMethod(), responseObserver);
    }

    /**
     * <pre>
     * SMOVE: moves a member from one set to another, atomically.
     * </pre>
     */
    default void sMove(dev.dbx.redis.v1.SMoveRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.SMoveResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getSMoveMethod(), responseObserver);
    }

    /**
     * <pre>
     * SINTER: the intersection of sets.
     * </pre>
     */
    default void sInter(dev.dbx.redis.v1.SInterRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.SInterResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getSInterMethod(), responseObserver);
    }

    /**
     * <pre>
     * SUNION: the union of sets.
     * </pre>
     */
    default void sUnion(dev.dbx.redis.v1.SUnionRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.SUnionResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getSUnionMethod(), responseObserver);
    }

    /**
     * <pre>
     * SDIFF: the members of the first set that are in none of the others.
     * </pre>
     */
    default void sDiff(dev.dbx.redis.v1.SDiffRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.SDiffResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getSDiffMethod(), responseObserver);
    }

    /**
     * <pre>
     * SINTERSTORE: stores the intersection of sets.
     * </pre>
     */
    default void sInterStore(dev.dbx.redis.v1.SInterStoreRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.SInterStoreResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getSInterStoreMethod(), responseObserver);
    }

    /**
     * <pre>
     * SUNIONSTORE: stores the union of sets.
     * </pre>
     */
    default void sUnionStore(dev.dbx.redis.v1.SUnionStoreRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.SUnionStoreResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getSUnionStoreMethod(), responseObserver);
    }

    /**
     * <pre>
     * SDIFFSTORE: stores the difference of sets.
     * </pre>
     */
    default void sDiffStore(dev.dbx.redis.v1.SDiffStoreRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.SDiffStoreResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getSDiffStoreMethod(), responseObserver);
    }

    /**
     * <pre>
     * SSCAN: one step of an iteration over the members of a set.
     * </pre>
     */
    default void sScan(dev.dbx.redis.v1.SScanRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.SScanResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getSScanMethod(), responseObserver);
    }

    /**
     * <pre>
     * ZADD: adds members with scores, or updates their scores.
     * </pre>
     */
    default void zAdd(dev.dbx.redis.v1.ZAddRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.ZAddResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getZAddMethod(), responseObserver);
    }

    /**
     * <pre>
     * ZRANGE: members by rank, score or lexicographic range, optionally reversed
     * and paged.
     * </pre>
     */
    default void zRange(dev.dbx.redis.v1.ZRangeRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.ZRangeResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getZRangeMethod(), responseObserver);
    }

    /**
     * <pre>
     * ZSCORE: the score of a member.
     * </pre>
     */
    default void zScore(dev.dbx.redis.v1.ZScoreRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.ZScoreResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getZScoreMethod(), responseObserver);
    }

    /**
     * <pre>
     * ZMSCORE: the scores of many members.
     * </pre>
     */
    default void zMScore(dev.dbx.redis.v1.ZMScoreRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.ZMScoreResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getZMScoreMethod(), responseObserver);
    }

    /**
     * <pre>
     * ZINCRBY: adds to the score of a member (adding it with that score if new).
     * </pre>
     */
    default void zIncrBy(dev.dbx.redis.v1.ZIncrByRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.ZIncrByResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getZIncrByMethod(), responseObserver);
    }

    /**
     * <pre>
     * ZCARD: the number of members.
     * </pre>
     */
    default void zCard(dev.dbx.redis.v1.ZCardRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.ZCardResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getZCardMethod(), responseObserver);
    }

    /**
     * <pre>
     * ZCOUNT: the number of members with a score in a range.
     * </pre>
     */
    default void zCount(dev.dbx.redis.v1.ZCountRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.ZCountResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getZCountMethod(), responseObserver);
    }

    /**
     * <pre>
     * ZRANK: the rank of a member, lowest score first.
     * </pre>
     */
    default void zRank(dev.dbx.redis.v1.ZRankRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.ZRankResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getZRankMethod(), responseObserver);
    }

    /**
     * <pre>
     * ZREVRANK: the rank of a member, highest score first.
     * </pre>
     */
    default void zRevRank(dev.dbx.redis.v1.ZRevRankRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.ZRevRankResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getZRevRankMethod(), responseObserver);
    }

    /**
     * <pre>
     * ZREM: removes members.
     * </pre>
     */
    default void zRem(dev.dbx.redis.v1.ZRemRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.ZRemResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getZRemMethod(), responseObserver);
    }

    /**
     * <pre>
     * ZREMRANGEBYSCORE: removes the members with a score in a range.
     * </pre>
     */
    default void zRemRangeByScore(dev.dbx.redis.v1.ZRemRangeByScoreRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.ZRemRangeByScoreResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getZRemRangeByScoreMethod(), responseObserver);
    }

    /**
     * <pre>
     * ZREMRANGEBYRANK: removes the members in a rank range.
     * </pre>
     */
    default void zRemRangeByRank(dev.dbx.redis.v1.ZRemRangeByRankRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.ZRemRangeByRankResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getZRemRangeByRankMethod(), responseObserver);
    }

    /**
     * <pre>
     * ZPOPMIN: removes and answers the members with the lowest scores.
     * </pre>
     */
    default void zPopMin(dev.dbx.redis.v1.ZPopMinRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.ZPopMinResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getZPopMinMethod(), responseObserver);
    }

    /**
     * <pre>
     * ZPOPMAX: removes and answers the members with the highest scores.
     * </pre>
     */
    default void zPopMax(dev.dbx.redis.v1.ZPopMaxRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.ZPopMaxResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getZPopMaxMethod(), responseObserver);
    }

    /**
     * <pre>
     * ZUNIONSTORE: stores the union of sorted sets.
     * </pre>
     */
    default void zUnionStore(dev.dbx.redis.v1.ZUnionStoreRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.ZUnionStoreResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getZUnionStoreMethod(), responseObserver);
    }

    /**
     * <pre>
     * ZINTERSTORE: stores the intersection of sorted sets.
     * </pre>
     */
    default void zInterStore(dev.dbx.redis.v1.ZInterStoreRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.ZInterStoreResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getZInterStoreMethod(), responseObserver);
    }

    /**
     * <pre>
     * ZSCAN: one step of an iteration over the members of a sorted set.
     * </pre>
     */
    default void zScan(dev.dbx.redis.v1.ZScanRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.ZScanResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getZScanMethod(), responseObserver);
    }

    /**
     * <pre>
     * SETBIT: sets or clears one bit.
     * </pre>
     */
    default void setBit(dev.dbx.redis.v1.SetBitRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.SetBitResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getSetBitMethod(), responseObserver);
    }

    /**
     * <pre>
     * GETBIT: the value of one bit.
     * </pre>
     */
    default void getBit(dev.dbx.redis.v1.GetBitRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.GetBitResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetBitMethod(), responseObserver);
    }

    /**
     * <pre>
     * BITCOUNT: the number of set bits, in a range of bytes or bits.
     * </pre>
     */
    default void bitCount(dev.dbx.redis.v1.BitCountRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.BitCountResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getBitCountMethod(), responseObserver);
    }

    /**
     * <pre>
     * BITOP: a bitwise operation between values, stored at a key.
     * </pre>
     */
    default void bitOp(dev.dbx.redis.v1.BitOpRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.BitOpResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getBitOpMethod(), responseObserver);
    }

    /**
     * <pre>
     * BITPOS: the position of the first bit set to 0 or 1.
     * </pre>
     */
    default void bitPos(dev.dbx.redis.v1.BitPosRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.BitPosResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getBitPosMethod(), responseObserver);
    }

    /**
     * <pre>
     * PFADD: adds elements to a HyperLogLog.
     * </pre>
     */
    default void pfAdd(dev.dbx.redis.v1.PfAddRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.PfAddResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getPfAddMethod(), responseObserver);
    }

    /**
     * <pre>
     * PFCOUNT: the approximate number of distinct elements of HyperLogLogs (their
     * union).
     * </pre>
     */
    default void pfCount(dev.dbx.redis.v1.PfCountRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.PfCountResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getPfCountMethod(), responseObserver);
    }

    /**
     * <pre>
     * PFMERGE: merges HyperLogLogs into one.
     * </pre>
     */
    default void pfMerge(dev.dbx.redis.v1.PfMergeRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.PfMergeResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getPfMergeMethod(), responseObserver);
    }

    /**
     * <pre>
     * XADD: appends an entry to a stream, optionally trimming it.
     * </pre>
     */
    default void xAdd(dev.dbx.redis.v1.XAddRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.XAddResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getXAddMethod(), responseObserver);
    }

    /**
     * <pre>
     * XRANGE: entries in an id range, oldest first.
     * </pre>
     */
    default void xRange(dev.dbx.redis.v1.XRangeRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.XRangeResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getXRangeMethod(), responseObserver);
    }

    /**
     * <pre>
     * XREVRANGE: entries in an id range, newest first.
     * </pre>
     */
    default void xRevRange(dev.dbx.redis.v1.XRevRangeRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.XRevRangeResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getXRevRangeMethod(), responseObserver);
    }

    /**
     * <pre>
     * XLEN: the number of entries of a stream.
     * </pre>
     */
    default void xLen(dev.dbx.redis.v1.XLenRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.XLenResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getXLenMethod(), responseObserver);
    }

    /**
     * <pre>
     * XTRIM: trims a stream by length or minimum id.
     * </pre>
     */
    default void xTrim(dev.dbx.redis.v1.XTrimRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.XTrimResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getXTrimMethod(), responseObserver);
    }

    /**
     * <pre>
     * XDEL: deletes entries by id.
     * </pre>
     */
    default void xDel(dev.dbx.redis.v1.XDelRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.XDelResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getXDelMethod(), responseObserver);
    }

    /**
     * <pre>
     * XREAD as a server stream: answers the entries after the given ids, then
     * follows new ones (XREAD BLOCK on a connection of its own) until the client
     * cancels. The first message is `ready`: entries added after it are not
     * missed.
     * </pre>
     */
    default void xRead(dev.dbx.redis.v1.XReadRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.XReadResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getXReadMethod(), responseObserver);
    }

    /**
     * <pre>
     * XGROUP CREATE: creates a consumer group.
     * </pre>
     */
    default void xGroupCreate(dev.dbx.redis.v1.XGroupCreateRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.XGroupCreateResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getXGroupCreateMethod(), responseObserver);
    }

    /**
     * <pre>
     * XGROUP DESTROY: deletes a consumer group.
     * </pre>
     */
    default void xGroupDestroy(dev.dbx.redis.v1.XGroupDestroyRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.XGroupDestroyResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getXGroupDestroyMethod(), responseObserver);
    }

    /**
     * <pre>
     * XREADGROUP as a server stream. With id "&gt;" for every stream it follows new
     * entries for the consumer until the client cancels; with other ids it answers
     * that consumer's pending entries after them, then ends. The first message is
     * `ready`.
     * </pre>
     */
    default void xReadGroup(dev.dbx.redis.v1.XReadGroupRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.XReadGroupResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getXReadGroupMethod(), responseObserver);
    }

    /**
     * <pre>
     * XACK: acknowledges entries of a group.
     * </pre>
     */
    default void xAck(dev.dbx.redis.v1.XAckRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.XAckResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getXAckMethod(), responseObserver);
    }

    /**
     * <pre>
     * XPENDING: the pending entries of a group, as a summary or, with `count`, one
     * by one.
     * </pre>
     */
    default void xPending(dev.dbx.redis.v1.XPendingRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.XPendingResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getXPendingMethod(), responseObserver);
    }

    /**
     * <pre>
     * XCLAIM: transfers pending entries idle long enough to another consumer.
     * </pre>
     */
    default void xClaim(dev.dbx.redis.v1.XClaimRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.XClaimResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getXClaimMethod(), responseObserver);
    }

    /**
     * <pre>
     * XAUTOCLAIM: transfers pending entries idle long enough, scanning from an id.
     * </pre>
     */
    default void xAutoClaim(dev.dbx.redis.v1.XAutoClaimRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.XAutoClaimResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getXAutoClaimMethod(), responseObserver);
    }

    /**
     * <pre>
     * PUBLISH: sends a message to a channel.
     * </pre>
     */
    default void publish(dev.dbx.redis.v1.PublishRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.PublishResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getPublishMethod(), responseObserver);
    }

    /**
     * <pre>
     * SUBSCRIBE as a server stream: messages published to the channels until the
     * client cancels. The first message is `ready`. All client streams share one
     * Redis subscriber connection.
     * </pre>
     */
    default void subscribe(dev.dbx.redis.v1.SubscribeRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.SubscribeResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getSubscribeMethod(), responseObserver);
    }

    /**
     * <pre>
     * PSUBSCRIBE as a server stream: messages published to channels matching glob
     * patterns until the client cancels. The first message is `ready`.
     * </pre>
     */
    default void pSubscribe(dev.dbx.redis.v1.PSubscribeRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.PSubscribeResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getPSubscribeMethod(), responseObserver);
    }

    /**
     * <pre>
     * Sends many commands in one round trip; each answers its own reply or error.
     * Not atomic: use Multi for that.
     * </pre>
     */
    default void pipeline(dev.dbx.redis.v1.PipelineRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.PipelineResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getPipelineMethod(), responseObserver);
    }

    /**
     * <pre>
     * MULTI/EXEC, after WATCH of `watch_keys`: the commands run atomically on a
     * connection of their own. ABORTED (TRANSACTION_ABORTED) when a watched key
     * changed before EXEC. On Redis Cluster all keys must hash to one slot.
     * </pre>
     */
    default void multi(dev.dbx.redis.v1.MultiRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.MultiResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getMultiMethod(), responseObserver);
    }

    /**
     * <pre>
     * EVAL: runs a Lua script. PERMISSION_DENIED (DISABLED) unless the backend
     * sets enableScripting.
     * </pre>
     */
    default void eval(dev.dbx.redis.v1.EvalRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.EvalResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getEvalMethod(), responseObserver);
    }

    /**
     * <pre>
     * EVALSHA: runs a loaded script by SHA1. PERMISSION_DENIED (DISABLED) unless
     * the backend sets enableScripting.
     * </pre>
     */
    default void evalSha(dev.dbx.redis.v1.EvalShaRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.EvalShaResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getEvalShaMethod(), responseObserver);
    }

    /**
     * <pre>
     * SCRIPT LOAD: loads a script for EvalSha. PERMISSION_DENIED (DISABLED) unless
     * the backend sets enableScripting.
     * </pre>
     */
    default void scriptLoad(dev.dbx.redis.v1.ScriptLoadRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.ScriptLoadResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getScriptLoadMethod(), responseObserver);
    }

    /**
     * <pre>
     * PING: one round trip to Redis.
     * </pre>
     */
    default void ping(dev.dbx.redis.v1.PingRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.PingResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getPingMethod(), responseObserver);
    }

    /**
     * <pre>
     * INFO, parsed into sections and fields.
     * </pre>
     */
    default void info(dev.dbx.redis.v1.InfoRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.InfoResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getInfoMethod(), responseObserver);
    }

    /**
     * <pre>
     * DBSIZE: the number of keys of the database (all masters, on Redis Cluster).
     * </pre>
     */
    default void dbSize(dev.dbx.redis.v1.DbSizeRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.DbSizeResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getDbSizeMethod(), responseObserver);
    }

    /**
     * <pre>
     * TIME: the server's clock.
     * </pre>
     */
    default void time(dev.dbx.redis.v1.TimeRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.TimeResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getTimeMethod(), responseObserver);
    }

    /**
     * <pre>
     * Connection pool, command counts and latency of the backend, and its health.
     * </pre>
     */
    default void getStats(dev.dbx.redis.v1.GetStatsRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.GetStatsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetStatsMethod(), responseObserver);
    }

    /**
     * <pre>
     * FLUSHDB: deletes every key of the database. PERMISSION_DENIED (DISABLED)
     * unless the backend sets allowDangerousCommands.
     * </pre>
     */
    default void flushDb(dev.dbx.redis.v1.FlushDbRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.FlushDbResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getFlushDbMethod(), responseObserver);
    }

    /**
     * <pre>
     * FLUSHALL: deletes every key of every database. PERMISSION_DENIED (DISABLED)
     * unless the backend sets allowDangerousCommands.
     * </pre>
     */
    default void flushAll(dev.dbx.redis.v1.FlushAllRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.FlushAllResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getFlushAllMethod(), responseObserver);
    }

    /**
     * <pre>
     * CONFIG SET: changes server parameters. PERMISSION_DENIED (DISABLED) unless
     * the backend sets allowDangerousCommands.
     * </pre>
     */
    default void configSet(dev.dbx.redis.v1.ConfigSetRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.ConfigSetResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getConfigSetMethod(), responseObserver);
    }
  }

  /**
   * Base class for the server implementation of the service RedisService.
   * <pre>
   * Redis commands with typed, binary-safe requests and replies: keys, values,
   * fields and members are bytes (zero bytes and invalid UTF-8 included), and
   * integers are int64. Every request names its backend in `target.backend`
   * (empty for the default one), which must be a Redis backend
   * (FAILED_PRECONDITION otherwise); `target.namespace` and `target.collection`
   * must be empty. Redis error replies answer INVALID_ARGUMENT
   * (ERROR_REASON_STATEMENT_FAILED, ErrorInfo metadata `native_code` =
   * "WRONGTYPE", ...); Redis down answers UNAVAILABLE. docs/backends/redis.md
   * has the details.
   * </pre>
   */
  public static abstract class RedisServiceImplBase
      implements io.grpc.BindableService, AsyncService {

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return RedisServiceGrpc.bindService(this);
    }
  }

  /**
   * A stub to allow clients to do asynchronous rpc calls to service RedisService.
   * <pre>
   * Redis commands with typed, binary-safe requests and replies: keys, values,
   * fields and members are bytes (zero bytes and invalid UTF-8 included), and
   * integers are int64. Every request names its backend in `target.backend`
   * (empty for the default one), which must be a Redis backend
   * (FAILED_PRECONDITION otherwise); `target.namespace` and `target.collection`
   * must be empty. Redis error replies answer INVALID_ARGUMENT
   * (ERROR_REASON_STATEMENT_FAILED, ErrorInfo metadata `native_code` =
   * "WRONGTYPE", ...); Redis down answers UNAVAILABLE. docs/backends/redis.md
   * has the details.
   * </pre>
   */
  public static final class RedisServiceStub
      extends io.grpc.stub.AbstractAsyncStub<RedisServiceStub> {
    private RedisServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected RedisServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new RedisServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * GET: the value of a key.
     * </pre>
     */
    public void get(dev.dbx.redis.v1.GetRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.GetResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * SET: sets a key's value, with NX/XX, an expiration and GET.
     * </pre>
     */
    public void set(dev.dbx.redis.v1.SetRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.SetResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getSetMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * MGET: the values of many keys.
     * </pre>
     */
    public void mGet(dev.dbx.redis.v1.MGetRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.MGetResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getMGetMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * MSET (or MSETNX): sets many keys at once, atomically.
     * </pre>
     */
    public void mSet(dev.dbx.redis.v1.MSetRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.MSetResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getMSetMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * INCR: adds 1 to an integer value.
     * </pre>
     */
    public void incr(dev.dbx.redis.v1.IncrRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.IncrResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getIncrMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * INCRBY: adds an integer to an integer value.
     * </pre>
     */
    public void incrBy(dev.dbx.redis.v1.IncrByRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.IncrByResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getIncrByMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * INCRBYFLOAT: adds a number to a numeric value.
     * </pre>
     */
    public void incrByFloat(dev.dbx.redis.v1.IncrByFloatRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.IncrByFloatResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getIncrByFloatMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * DECR: subtracts 1 from an integer value.
     * </pre>
     */
    public void decr(dev.dbx.redis.v1.DecrRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.DecrResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getDecrMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * DECRBY: subtracts an integer from an integer value.
     * </pre>
     */
    public void decrBy(dev.dbx.redis.v1.DecrByRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.DecrByResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getDecrByMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * APPEND: appends bytes to a value.
     * </pre>
     */
    public void append(dev.dbx.redis.v1.AppendRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.AppendResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getAppendMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * STRLEN: the length of a value in bytes.
     * </pre>
     */
    public void strLen(dev.dbx.redis.v1.StrLenRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.StrLenResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getStrLenMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * GETRANGE: a byte range of a value.
     * </pre>
     */
    public void getRange(dev.dbx.redis.v1.GetRangeRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.GetRangeResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetRangeMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * GETRANGE as a server stream: reads a value of any size in chunks, one
     * GETRANGE per message. The way to read values larger than one answer may
     * be (RESPONSE_TOO_LARGE).
     * </pre>
     */
    public void getRangeStream(dev.dbx.redis.v1.GetRangeStreamRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.GetRangeStreamResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncServerStreamingCall(
          getChannel().newCall(getGetRangeStreamMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * SETRANGE: overwrites part of a value from an offset.
     * </pre>
     */
    public void setRange(dev.dbx.redis.v1.SetRangeRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.SetRangeResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getSetRangeMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * GETDEL: the value of a key, which is then deleted.
     * </pre>
     */
    public void getDel(dev.dbx.redis.v1.GetDelRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.GetDelResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetDelMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * GETEX: the value of a key, changing its expiration.
     * </pre>
     */
    public void getEx(dev.dbx.redis.v1.GetExRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.GetExResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetExMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * DEL: deletes keys.
     * </pre>
     */
    public void del(dev.dbx.redis.v1.DelRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.DelResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getDelMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * UNLINK: deletes keys, reclaiming their memory in the background.
     * </pre>
     */
    public void unlink(dev.dbx.redis.v1.UnlinkRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.UnlinkResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getUnlinkMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * EXISTS: how many of the keys exist.
     * </pre>
     */
    public void exists(dev.dbx.redis.v1.ExistsRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.ExistsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getExistsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * EXPIRE: sets a key's TTL in seconds.
     * </pre>
     */
    public void expire(dev.dbx.redis.v1.ExpireRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.ExpireResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getExpireMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * PEXPIRE: sets a key's TTL in milliseconds.
     * </pre>
     */
    public void pExpire(dev.dbx.redis.v1.PExpireRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.PExpireResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getPExpireMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * TTL: the remaining time to live of a key in seconds.
     * </pre>
     */
    public void ttl(dev.dbx.redis.v1.TtlRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.TtlResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getTtlMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * PTTL: the remaining time to live of a key in milliseconds.
     * </pre>
     */
    public void pTtl(dev.dbx.redis.v1.PTtlRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.PTtlResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getPTtlMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * PERSIST: removes a key's TTL.
     * </pre>
     */
    public void persist(dev.dbx.redis.v1.PersistRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.PersistResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getPersistMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * TYPE: the type of the value at a key.
     * </pre>
     */
    public void type(dev.dbx.redis.v1.TypeRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.TypeResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getTypeMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * RENAME (or RENAMENX): renames a key. On Redis Cluster both keys must hash to
     * one slot.
     * </pre>
     */
    public void rename(dev.dbx.redis.v1.RenameRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.RenameResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getRenameMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * SCAN: one step of an incremental iteration over the keys. Cost: a full
     * iteration visits every key of the database (and of every master on Redis
     * Cluster). Never KEYS.
     * </pre>
     */
    public void scan(dev.dbx.redis.v1.ScanRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.ScanResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getScanMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * SCAN as a server stream: iterates over all matching keys, one message per
     * SCAN step that found keys.
     * </pre>
     */
    public void scanStream(dev.dbx.redis.v1.ScanStreamRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.ScanStreamResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncServerStreamingCall(
          getChannel().newCall(getScanStreamMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * HSET: sets fields of a hash.
     * </pre>
     */
    public void hSet(dev.dbx.redis.v1.HSetRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.HSetResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getHSetMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * HGET: the value of a hash field.
     * </pre>
     */
    public void hGet(dev.dbx.redis.v1.HGetRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.HGetResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getHGetMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * HMGET: the values of many hash fields.
     * </pre>
     */
    public void hMGet(dev.dbx.redis.v1.HMGetRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.HMGetResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getHMGetMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * HGETALL: every field and value of a hash.
     * </pre>
     */
    public void hGetAll(dev.dbx.redis.v1.HGetAllRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.HGetAllResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getHGetAllMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * HDEL: deletes hash fields.
     * </pre>
     */
    public void hDel(dev.dbx.redis.v1.HDelRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.HDelResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getHDelMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * HEXISTS: whether a hash field exists.
     * </pre>
     */
    public void hExists(dev.dbx.redis.v1.HExistsRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.HExistsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getHExistsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * HLEN: the number of fields of a hash.
     * </pre>
     */
    public void hLen(dev.dbx.redis.v1.HLenRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.HLenResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getHLenMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * HKEYS: the field names of a hash.
     * </pre>
     */
    public void hKeys(dev.dbx.redis.v1.HKeysRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.HKeysResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getHKeysMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * HVALS: the values of a hash.
     * </pre>
     */
    public void hVals(dev.dbx.redis.v1.HValsRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.HValsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getHValsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * HINCRBY: adds an integer to an integer hash field.
     * </pre>
     */
    public void hIncrBy(dev.dbx.redis.v1.HIncrByRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.HIncrByResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getHIncrByMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * HINCRBYFLOAT: adds a number to a numeric hash field.
     * </pre>
     */
    public void hIncrByFloat(dev.dbx.redis.v1.HIncrByFloatRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.HIncrByFloatResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getHIncrByFloatMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * HSETNX: sets a hash field only when it does not exist.
     * </pre>
     */
    public void hSetNx(dev.dbx.redis.v1.HSetNxRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.HSetNxResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getHSetNxMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * HRANDFIELD: random fields of a hash.
     * </pre>
     */
    public void hRandField(dev.dbx.redis.v1.HRandFieldRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.HRandFieldResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getHRandFieldMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * HSCAN: one step of an iteration over the fields of a hash.
     * </pre>
     */
    public void hScan(dev.dbx.redis.v1.HScanRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.HScanResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getHScanMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * LPUSH (or LPUSHX): inserts values at the head of a list.
     * </pre>
     */
    public void lPush(dev.dbx.redis.v1.LPushRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.LPushResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getLPushMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * RPUSH (or RPUSHX): appends values at the tail of a list.
     * </pre>
     */
    public void rPush(dev.dbx.redis.v1.RPushRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.RPushResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getRPushMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * LPOP: removes and answers values from the head of a list.
     * </pre>
     */
    public void lPop(dev.dbx.redis.v1.LPopRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.LPopResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getLPopMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * RPOP: removes and answers values from the tail of a list.
     * </pre>
     */
    public void rPop(dev.dbx.redis.v1.RPopRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.RPopResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getRPopMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * LRANGE: a range of a list.
     * </pre>
     */
    public void lRange(dev.dbx.redis.v1.LRangeRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.LRangeResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getLRangeMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * LLEN: the length of a list.
     * </pre>
     */
    public void lLen(dev.dbx.redis.v1.LLenRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.LLenResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getLLenMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * LINDEX: the element at an index.
     * </pre>
     */
    public void lIndex(dev.dbx.redis.v1.LIndexRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.LIndexResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getLIndexMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * LSET: replaces the element at an index.
     * </pre>
     */
    public void lSet(dev.dbx.redis.v1.LSetRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.LSetResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getLSetMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * LREM: removes elements equal to a value.
     * </pre>
     */
    public void lRem(dev.dbx.redis.v1.LRemRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.LRemResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getLRemMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * LTRIM: keeps only a range of a list.
     * </pre>
     */
    public void lTrim(dev.dbx.redis.v1.LTrimRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.LTrimResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getLTrimMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * LMOVE: moves an element from one end of a list to an end of another (or the
     * same) list, atomically.
     * </pre>
     */
    public void lMove(dev.dbx.redis.v1.LMoveRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.LMoveResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getLMoveMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * BLPOP: pops from the head of the first non-empty list, waiting until one has
     * an element. Runs on a connection of its own.
     * </pre>
     */
    public void bLPop(dev.dbx.redis.v1.BLPopRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.BLPopResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getBLPopMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * BRPOP: pops from the tail of the first non-empty list, waiting until one has
     * an element. Runs on a connection of its own.
     * </pre>
     */
    public void bRPop(dev.dbx.redis.v1.BRPopRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.BRPopResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getBRPopMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * BLMOVE: LMOVE that waits for `source` to have an element. Runs on a
     * connection of its own.
     * </pre>
     */
    public void bLMove(dev.dbx.redis.v1.BLMoveRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.BLMoveResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getBLMoveMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * SADD: adds members to a set.
     * </pre>
     */
    public void sAdd(dev.dbx.redis.v1.SAddRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.SAddResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getSAddMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * SREM: removes members from a set.
     * </pre>
     */
    public void sRem(dev.dbx.redis.v1.SRemRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.SRemResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getSRemMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * SMEMBERS: every member of a set.
     * </pre>
     */
    public void sMembers(dev.dbx.redis.v1.SMembersRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.SMembersResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getSMembersMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * SISMEMBER: whether a value is a member.
     * </pre>
     */
    public void sIsMember(dev.dbx.redis.v1.SIsMemberRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.SIsMemberResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getSIsMemberMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * SMISMEMBER: whether each value is a member.
     * </pre>
     */
    public void sMIsMember(dev.dbx.redis.v1.SMIsMemberRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.SMIsMemberResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getSMIsMemberMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * SCARD: the number of members of a set.
     * </pre>
     */
    public void sCard(dev.dbx.redis.v1.SCardRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.SCardResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getSCardMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * SPOP: removes and answers random members.
     * </pre>
     */
    public void sPop(dev.dbx.redis.v1.SPopRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.SPopResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getSPopMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * SRANDMEMBER: random members, not removed.
     * </pre>
     */
    public void sRandMember(dev.dbx.redis.v1.SRandMemberRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.SRandMemberResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getSRandMemberMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * SMOVE: moves a member from one set to another, atomically.
     * </pre>
     */
    public void sMove(dev.dbx.redis.v1.SMoveRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.SMoveResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getSMoveMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * SINTER: the intersection of sets.
     * </pre>
     */
    public void sInter(dev.dbx.redis.v1.SInterRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.SInterResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getSInterMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * SUNION: the union of sets.
     * </pre>
     */
    public void sUnion(dev.dbx.redis.v1.SUnionRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.SUnionResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getSUnionMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * SDIFF: the members of the first set that are in none of the others.
     * </pre>
     */
    public void sDiff(dev.dbx.redis.v1.SDiffRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.SDiffResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getSDiffMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * SINTERSTORE: stores the intersection of sets.
     * </pre>
     */
    public void sInterStore(dev.dbx.redis.v1.SInterStoreRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.SInterStoreResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getSInterStoreMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * SUNIONSTORE: stores the union of sets.
     * </pre>
     */
    public void sUnionStore(dev.dbx.redis.v1.SUnionStoreRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.SUnionStoreResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getSUnionStoreMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * SDIFFSTORE: stores the difference of sets.
     * </pre>
     */
    public void sDiffStore(dev.dbx.redis.v1.SDiffStoreRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.SDiffStoreResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getSDiffStoreMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * SSCAN: one step of an iteration over the members of a set.
     * </pre>
     */
    public void sScan(dev.dbx.redis.v1.SScanRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.SScanResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getSScanMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * ZADD: adds members with scores, or updates their scores.
     * </pre>
     */
    public void zAdd(dev.dbx.redis.v1.ZAddRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.ZAddResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getZAddMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * ZRANGE: members by rank, score or lexicographic range, optionally reversed
     * and paged.
     * </pre>
     */
    public void zRange(dev.dbx.redis.v1.ZRangeRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.ZRangeResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getZRangeMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * ZSCORE: the score of a member.
     * </pre>
     */
    public void zScore(dev.dbx.redis.v1.ZScoreRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.ZScoreResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getZScoreMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * ZMSCORE: the scores of many members.
     * </pre>
     */
    public void zMScore(dev.dbx.redis.v1.ZMScoreRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.ZMScoreResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getZMScoreMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * ZINCRBY: adds to the score of a member (adding it with that score if new).
     * </pre>
     */
    public void zIncrBy(dev.dbx.redis.v1.ZIncrByRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.ZIncrByResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getZIncrByMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * ZCARD: the number of members.
     * </pre>
     */
    public void zCard(dev.dbx.redis.v1.ZCardRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.ZCardResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getZCardMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * ZCOUNT: the number of members with a score in a range.
     * </pre>
     */
    public void zCount(dev.dbx.redis.v1.ZCountRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.ZCountResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getZCountMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * ZRANK: the rank of a member, lowest score first.
     * </pre>
     */
    public void zRank(dev.dbx.redis.v1.ZRankRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.ZRankResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getZRankMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * ZREVRANK: the rank of a member, highest score first.
     * </pre>
     */
    public void zRevRank(dev.dbx.redis.v1.ZRevRankRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.ZRevRankResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getZRevRankMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * ZREM: removes members.
     * </pre>
     */
    public void zRem(dev.dbx.redis.v1.ZRemRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.ZRemResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getZRemMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * ZREMRANGEBYSCORE: removes the members with a score in a range.
     * </pre>
     */
    public void zRemRangeByScore(dev.dbx.redis.v1.ZRemRangeByScoreRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.ZRemRangeByScoreResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getZRemRangeByScoreMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * ZREMRANGEBYRANK: removes the members in a rank range.
     * </pre>
     */
    public void zRemRangeByRank(dev.dbx.redis.v1.ZRemRangeByRankRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.ZRemRangeByRankResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getZRemRangeByRankMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * ZPOPMIN: removes and answers the members with the lowest scores.
     * </pre>
     */
    public void zPopMin(dev.dbx.redis.v1.ZPopMinRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.ZPopMinResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getZPopMinMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * ZPOPMAX: removes and answers the members with the highest scores.
     * </pre>
     */
    public void zPopMax(dev.dbx.redis.v1.ZPopMaxRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.ZPopMaxResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getZPopMaxMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * ZUNIONSTORE: stores the union of sorted sets.
     * </pre>
     */
    public void zUnionStore(dev.dbx.redis.v1.ZUnionStoreRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.ZUnionStoreResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getZUnionStoreMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * ZINTERSTORE: stores the intersection of sorted sets.
     * </pre>
     */
    public void zInterStore(dev.dbx.redis.v1.ZInterStoreRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.ZInterStoreResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getZInterStoreMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * ZSCAN: one step of an iteration over the members of a sorted set.
     * </pre>
     */
    public void zScan(dev.dbx.redis.v1.ZScanRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.ZScanResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getZScanMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * SETBIT: sets or clears one bit.
     * </pre>
     */
    public void setBit(dev.dbx.redis.v1.SetBitRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.SetBitResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getSetBitMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * GETBIT: the value of one bit.
     * </pre>
     */
    public void getBit(dev.dbx.redis.v1.GetBitRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.GetBitResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetBitMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * BITCOUNT: the number of set bits, in a range of bytes or bits.
     * </pre>
     */
    public void bitCount(dev.dbx.redis.v1.BitCountRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.BitCountResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getBitCountMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * BITOP: a bitwise operation between values, stored at a key.
     * </pre>
     */
    public void bitOp(dev.dbx.redis.v1.BitOpRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.BitOpResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getBitOpMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * BITPOS: the position of the first bit set to 0 or 1.
     * </pre>
     */
    public void bitPos(dev.dbx.redis.v1.BitPosRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.BitPosResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getBitPosMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * PFADD: adds elements to a HyperLogLog.
     * </pre>
     */
    public void pfAdd(dev.dbx.redis.v1.PfAddRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.PfAddResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getPfAddMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * PFCOUNT: the approximate number of distinct elements of HyperLogLogs (their
     * union).
     * </pre>
     */
    public void pfCount(dev.dbx.redis.v1.PfCountRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.PfCountResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getPfCountMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * PFMERGE: merges HyperLogLogs into one.
     * </pre>
     */
    public void pfMerge(dev.dbx.redis.v1.PfMergeRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.PfMergeResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getPfMergeMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * XADD: appends an entry to a stream, optionally trimming it.
     * </pre>
     */
    public void xAdd(dev.dbx.redis.v1.XAddRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.XAddResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getXAddMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * XRANGE: entries in an id range, oldest first.
     * </pre>
     */
    public void xRange(dev.dbx.redis.v1.XRangeRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.XRangeResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getXRangeMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * XREVRANGE: entries in an id range, newest first.
     * </pre>
     */
    public void xRevRange(dev.dbx.redis.v1.XRevRangeRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.XRevRangeResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getXRevRangeMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * XLEN: the number of entries of a stream.
     * </pre>
     */
    public void xLen(dev.dbx.redis.v1.XLenRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.XLenResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getXLenMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * XTRIM: trims a stream by length or minimum id.
     * </pre>
     */
    public void xTrim(dev.dbx.redis.v1.XTrimRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.XTrimResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getXTrimMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * XDEL: deletes entries by id.
     * </pre>
     */
    public void xDel(dev.dbx.redis.v1.XDelRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.XDelResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getXDelMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * XREAD as a server stream: answers the entries after the given ids, then
     * follows new ones (XREAD BLOCK on a connection of its own) until the client
     * cancels. The first message is `ready`: entries added after it are not
     * missed.
     * </pre>
     */
    public void xRead(dev.dbx.redis.v1.XReadRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.XReadResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncServerStreamingCall(
          getChannel().newCall(getXReadMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * XGROUP CREATE: creates a consumer group.
     * </pre>
     */
    public void xGroupCreate(dev.dbx.redis.v1.XGroupCreateRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.XGroupCreateResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getXGroupCreateMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * XGROUP DESTROY: deletes a consumer group.
     * </pre>
     */
    public void xGroupDestroy(dev.dbx.redis.v1.XGroupDestroyRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.XGroupDestroyResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getXGroupDestroyMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * XREADGROUP as a server stream. With id "&gt;" for every stream it follows new
     * entries for the consumer until the client cancels; with other ids it answers
     * that consumer's pending entries after them, then ends. The first message is
     * `ready`.
     * </pre>
     */
    public void xReadGroup(dev.dbx.redis.v1.XReadGroupRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.XReadGroupResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncServerStreamingCall(
          getChannel().newCall(getXReadGroupMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * XACK: acknowledges entries of a group.
     * </pre>
     */
    public void xAck(dev.dbx.redis.v1.XAckRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.XAckResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getXAckMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * XPENDING: the pending entries of a group, as a summary or, with `count`, one
     * by one.
     * </pre>
     */
    public void xPending(dev.dbx.redis.v1.XPendingRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.XPendingResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getXPendingMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * XCLAIM: transfers pending entries idle long enough to another consumer.
     * </pre>
     */
    public void xClaim(dev.dbx.redis.v1.XClaimRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.XClaimResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getXClaimMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * XAUTOCLAIM: transfers pending entries idle long enough, scanning from an id.
     * </pre>
     */
    public void xAutoClaim(dev.dbx.redis.v1.XAutoClaimRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.XAutoClaimResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getXAutoClaimMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * PUBLISH: sends a message to a channel.
     * </pre>
     */
    public void publish(dev.dbx.redis.v1.PublishRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.PublishResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getPublishMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * SUBSCRIBE as a server stream: messages published to the channels until the
     * client cancels. The first message is `ready`. All client streams share one
     * Redis subscriber connection.
     * </pre>
     */
    public void subscribe(dev.dbx.redis.v1.SubscribeRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.SubscribeResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncServerStreamingCall(
          getChannel().newCall(getSubscribeMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * PSUBSCRIBE as a server stream: messages published to channels matching glob
     * patterns until the client cancels. The first message is `ready`.
     * </pre>
     */
    public void pSubscribe(dev.dbx.redis.v1.PSubscribeRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.PSubscribeResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncServerStreamingCall(
          getChannel().newCall(getPSubscribeMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Sends many commands in one round trip; each answers its own reply or error.
     * Not atomic: use Multi for that.
     * </pre>
     */
    public void pipeline(dev.dbx.redis.v1.PipelineRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.PipelineResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getPipelineMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * MULTI/EXEC, after WATCH of `watch_keys`: the commands run atomically on a
     * connection of their own. ABORTED (TRANSACTION_ABORTED) when a watched key
     * changed before EXEC. On Redis Cluster all keys must hash to one slot.
     * </pre>
     */
    public void multi(dev.dbx.redis.v1.MultiRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.MultiResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getMultiMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * EVAL: runs a Lua script. PERMISSION_DENIED (DISABLED) unless the backend
     * sets enableScripting.
     * </pre>
     */
    public void eval(dev.dbx.redis.v1.EvalRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.EvalResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getEvalMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * EVALSHA: runs a loaded script by SHA1. PERMISSION_DENIED (DISABLED) unless
     * the backend sets enableScripting.
     * </pre>
     */
    public void evalSha(dev.dbx.redis.v1.EvalShaRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.EvalShaResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getEvalShaMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * SCRIPT LOAD: loads a script for EvalSha. PERMISSION_DENIED (DISABLED) unless
     * the backend sets enableScripting.
     * </pre>
     */
    public void scriptLoad(dev.dbx.redis.v1.ScriptLoadRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.ScriptLoadResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getScriptLoadMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * PING: one round trip to Redis.
     * </pre>
     */
    public void ping(dev.dbx.redis.v1.PingRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.PingResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getPingMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * INFO, parsed into sections and fields.
     * </pre>
     */
    public void info(dev.dbx.redis.v1.InfoRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.InfoResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getInfoMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * DBSIZE: the number of keys of the database (all masters, on Redis Cluster).
     * </pre>
     */
    public void dbSize(dev.dbx.redis.v1.DbSizeRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.DbSizeResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getDbSizeMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * TIME: the server's clock.
     * </pre>
     */
    public void time(dev.dbx.redis.v1.TimeRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.TimeResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getTimeMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Connection pool, command counts and latency of the backend, and its health.
     * </pre>
     */
    public void getStats(dev.dbx.redis.v1.GetStatsRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.GetStatsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetStatsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * FLUSHDB: deletes every key of the database. PERMISSION_DENIED (DISABLED)
     * unless the backend sets allowDangerousCommands.
     * </pre>
     */
    public void flushDb(dev.dbx.redis.v1.FlushDbRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.FlushDbResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getFlushDbMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * FLUSHALL: deletes every key of every database. PERMISSION_DENIED (DISABLED)
     * unless the backend sets allowDangerousCommands.
     * </pre>
     */
    public void flushAll(dev.dbx.redis.v1.FlushAllRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.FlushAllResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getFlushAllMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * CONFIG SET: changes server parameters. PERMISSION_DENIED (DISABLED) unless
     * the backend sets allowDangerousCommands.
     * </pre>
     */
    public void configSet(dev.dbx.redis.v1.ConfigSetRequest request,
        io.grpc.stub.StreamObserver<dev.dbx.redis.v1.ConfigSetResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getConfigSetMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * A stub to allow clients to do synchronous rpc calls to service RedisService.
   * <pre>
   * Redis commands with typed, binary-safe requests and replies: keys, values,
   * fields and members are bytes (zero bytes and invalid UTF-8 included), and
   * integers are int64. Every request names its backend in `target.backend`
   * (empty for the default one), which must be a Redis backend
   * (FAILED_PRECONDITION otherwise); `target.namespace` and `target.collection`
   * must be empty. Redis error replies answer INVALID_ARGUMENT
   * (ERROR_REASON_STATEMENT_FAILED, ErrorInfo metadata `native_code` =
   * "WRONGTYPE", ...); Redis down answers UNAVAILABLE. docs/backends/redis.md
   * has the details.
   * </pre>
   */
  public static final class RedisServiceBlockingV2Stub
      extends io.grpc.stub.AbstractBlockingStub<RedisServiceBlockingV2Stub> {
    private RedisServiceBlockingV2Stub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected RedisServiceBlockingV2Stub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new RedisServiceBlockingV2Stub(channel, callOptions);
    }

    /**
     * <pre>
     * GET: the value of a key.
     * </pre>
     */
    public dev.dbx.redis.v1.GetResponse get(dev.dbx.redis.v1.GetRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * SET: sets a key's value, with NX/XX, an expiration and GET.
     * </pre>
     */
    public dev.dbx.redis.v1.SetResponse set(dev.dbx.redis.v1.SetRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getSetMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * MGET: the values of many keys.
     * </pre>
     */
    public dev.dbx.redis.v1.MGetResponse mGet(dev.dbx.redis.v1.MGetRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getMGetMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * MSET (or MSETNX): sets many keys at once, atomically.
     * </pre>
     */
    public dev.dbx.redis.v1.MSetResponse mSet(dev.dbx.redis.v1.MSetRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getMSetMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * INCR: adds 1 to an integer value.
     * </pre>
     */
    public dev.dbx.redis.v1.IncrResponse incr(dev.dbx.redis.v1.IncrRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getIncrMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * INCRBY: adds an integer to an integer value.
     * </pre>
     */
    public dev.dbx.redis.v1.IncrByResponse incrBy(dev.dbx.redis.v1.IncrByRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getIncrByMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * INCRBYFLOAT: adds a number to a numeric value.
     * </pre>
     */
    public dev.dbx.redis.v1.IncrByFloatResponse incrByFloat(dev.dbx.redis.v1.IncrByFloatRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getIncrByFloatMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * DECR: subtracts 1 from an integer value.
     * </pre>
     */
    public dev.dbx.redis.v1.DecrResponse decr(dev.dbx.redis.v1.DecrRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getDecrMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * DECRBY: subtracts an integer from an integer value.
     * </pre>
     */
    public dev.dbx.redis.v1.DecrByResponse decrBy(dev.dbx.redis.v1.DecrByRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getDecrByMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * APPEND: appends bytes to a value.
     * </pre>
     */
    public dev.dbx.redis.v1.AppendResponse append(dev.dbx.redis.v1.AppendRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getAppendMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * STRLEN: the length of a value in bytes.
     * </pre>
     */
    public dev.dbx.redis.v1.StrLenResponse strLen(dev.dbx.redis.v1.StrLenRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getStrLenMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * GETRANGE: a byte range of a value.
     * </pre>
     */
    public dev.dbx.redis.v1.GetRangeResponse getRange(dev.dbx.redis.v1.GetRangeRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetRangeMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * GETRANGE as a server stream: reads a value of any size in chunks, one
     * GETRANGE per message. The way to read values larger than one answer may
     * be (RESPONSE_TOO_LARGE).
     * </pre>
     */
    @io.grpc.ExperimentalApi("https://github.com/grpc/grpc-java/issues/10918")
    public io.grpc.stub.BlockingClientCall<?, dev.dbx.redis.v1.GetRangeStreamResponse>
        getRangeStream(dev.dbx.redis.v1.GetRangeStreamRequest request) {
      return io.grpc.stub.ClientCalls.blockingV2ServerStreamingCall(
          getChannel(), getGetRangeStreamMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * SETRANGE: overwrites part of a value from an offset.
     * </pre>
     */
    public dev.dbx.redis.v1.SetRangeResponse setRange(dev.dbx.redis.v1.SetRangeRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getSetRangeMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * GETDEL: the value of a key, which is then deleted.
     * </pre>
     */
    public dev.dbx.redis.v1.GetDelResponse getDel(dev.dbx.redis.v1.GetDelRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetDelMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * GETEX: the value of a key, changing its expiration.
     * </pre>
     */
    public dev.dbx.redis.v1.GetExResponse getEx(dev.dbx.redis.v1.GetExRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetExMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * DEL: deletes keys.
     * </pre>
     */
    public dev.dbx.redis.v1.DelResponse del(dev.dbx.redis.v1.DelRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getDelMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * UNLINK: deletes keys, reclaiming their memory in the background.
     * </pre>
     */
    public dev.dbx.redis.v1.UnlinkResponse unlink(dev.dbx.redis.v1.UnlinkRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getUnlinkMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * EXISTS: how many of the keys exist.
     * </pre>
     */
    public dev.dbx.redis.v1.ExistsResponse exists(dev.dbx.redis.v1.ExistsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getExistsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * EXPIRE: sets a key's TTL in seconds.
     * </pre>
     */
    public dev.dbx.redis.v1.ExpireResponse expire(dev.dbx.redis.v1.ExpireRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getExpireMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * PEXPIRE: sets a key's TTL in milliseconds.
     * </pre>
     */
    public dev.dbx.redis.v1.PExpireResponse pExpire(dev.dbx.redis.v1.PExpireRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getPExpireMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * TTL: the remaining time to live of a key in seconds.
     * </pre>
     */
    public dev.dbx.redis.v1.TtlResponse ttl(dev.dbx.redis.v1.TtlRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getTtlMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * PTTL: the remaining time to live of a key in milliseconds.
     * </pre>
     */
    public dev.dbx.redis.v1.PTtlResponse pTtl(dev.dbx.redis.v1.PTtlRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getPTtlMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * PERSIST: removes a key's TTL.
     * </pre>
     */
    public dev.dbx.redis.v1.PersistResponse persist(dev.dbx.redis.v1.PersistRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getPersistMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * TYPE: the type of the value at a key.
     * </pre>
     */
    public dev.dbx.redis.v1.TypeResponse type(dev.dbx.redis.v1.TypeRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getTypeMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * RENAME (or RENAMENX): renames a key. On Redis Cluster both keys must hash to
     * one slot.
     * </pre>
     */
    public dev.dbx.redis.v1.RenameResponse rename(dev.dbx.redis.v1.RenameRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getRenameMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * SCAN: one step of an incremental iteration over the keys. Cost: a full
     * iteration visits every key of the database (and of every master on Redis
     * Cluster). Never KEYS.
     * </pre>
     */
    public dev.dbx.redis.v1.ScanResponse scan(dev.dbx.redis.v1.ScanRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getScanMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * SCAN as a server stream: iterates over all matching keys, one message per
     * SCAN step that found keys.
     * </pre>
     */
    @io.grpc.ExperimentalApi("https://github.com/grpc/grpc-java/issues/10918")
    public io.grpc.stub.BlockingClientCall<?, dev.dbx.redis.v1.ScanStreamResponse>
        scanStream(dev.dbx.redis.v1.ScanStreamRequest request) {
      return io.grpc.stub.ClientCalls.blockingV2ServerStreamingCall(
          getChannel(), getScanStreamMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * HSET: sets fields of a hash.
     * </pre>
     */
    public dev.dbx.redis.v1.HSetResponse hSet(dev.dbx.redis.v1.HSetRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getHSetMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * HGET: the value of a hash field.
     * </pre>
     */
    public dev.dbx.redis.v1.HGetResponse hGet(dev.dbx.redis.v1.HGetRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getHGetMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * HMGET: the values of many hash fields.
     * </pre>
     */
    public dev.dbx.redis.v1.HMGetResponse hMGet(dev.dbx.redis.v1.HMGetRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getHMGetMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * HGETALL: every field and value of a hash.
     * </pre>
     */
    public dev.dbx.redis.v1.HGetAllResponse hGetAll(dev.dbx.redis.v1.HGetAllRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getHGetAllMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * HDEL: deletes hash fields.
     * </pre>
     */
    public dev.dbx.redis.v1.HDelResponse hDel(dev.dbx.redis.v1.HDelRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getHDelMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * HEXISTS: whether a hash field exists.
     * </pre>
     */
    public dev.dbx.redis.v1.HExistsResponse hExists(dev.dbx.redis.v1.HExistsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getHExistsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * HLEN: the number of fields of a hash.
     * </pre>
     */
    public dev.dbx.redis.v1.HLenResponse hLen(dev.dbx.redis.v1.HLenRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getHLenMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * HKEYS: the field names of a hash.
     * </pre>
     */
    public dev.dbx.redis.v1.HKeysResponse hKeys(dev.dbx.redis.v1.HKeysRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getHKeysMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * HVALS: the values of a hash.
     * </pre>
     */
    public dev.dbx.redis.v1.HValsResponse hVals(dev.dbx.redis.v1.HValsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getHValsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * HINCRBY: adds an integer to an integer hash field.
     * </pre>
     */
    public dev.dbx.redis.v1.HIncrByResponse hIncrBy(dev.dbx.redis.v1.HIncrByRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getHIncrByMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * HINCRBYFLOAT: adds a number to a numeric hash field.
     * </pre>
     */
    public dev.dbx.redis.v1.HIncrByFloatResponse hIncrByFloat(dev.dbx.redis.v1.HIncrByFloatRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getHIncrByFloatMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * HSETNX: sets a hash field only when it does not exist.
     * </pre>
     */
    public dev.dbx.redis.v1.HSetNxResponse hSetNx(dev.dbx.redis.v1.HSetNxRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getHSetNxMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * HRANDFIELD: random fields of a hash.
     * </pre>
     */
    public dev.dbx.redis.v1.HRandFieldResponse hRandField(dev.dbx.redis.v1.HRandFieldRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getHRandFieldMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * HSCAN: one step of an iteration over the fields of a hash.
     * </pre>
     */
    public dev.dbx.redis.v1.HScanResponse hScan(dev.dbx.redis.v1.HScanRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getHScanMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * LPUSH (or LPUSHX): inserts values at the head of a list.
     * </pre>
     */
    public dev.dbx.redis.v1.LPushResponse lPush(dev.dbx.redis.v1.LPushRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getLPushMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * RPUSH (or RPUSHX): appends values at the tail of a list.
     * </pre>
     */
    public dev.dbx.redis.v1.RPushResponse rPush(dev.dbx.redis.v1.RPushRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getRPushMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * LPOP: removes and answers values from the head of a list.
     * </pre>
     */
    public dev.dbx.redis.v1.LPopResponse lPop(dev.dbx.redis.v1.LPopRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getLPopMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * RPOP: removes and answers values from the tail of a list.
     * </pre>
     */
    public dev.dbx.redis.v1.RPopResponse rPop(dev.dbx.redis.v1.RPopRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getRPopMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * LRANGE: a range of a list.
     * </pre>
     */
    public dev.dbx.redis.v1.LRangeResponse lRange(dev.dbx.redis.v1.LRangeRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getLRangeMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * LLEN: the length of a list.
     * </pre>
     */
    public dev.dbx.redis.v1.LLenResponse lLen(dev.dbx.redis.v1.LLenRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getLLenMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * LINDEX: the element at an index.
     * </pre>
     */
    public dev.dbx.redis.v1.LIndexResponse lIndex(dev.dbx.redis.v1.LIndexRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getLIndexMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * LSET: replaces the element at an index.
     * </pre>
     */
    public dev.dbx.redis.v1.LSetResponse lSet(dev.dbx.redis.v1.LSetRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getLSetMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * LREM: removes elements equal to a value.
     * </pre>
     */
    public dev.dbx.redis.v1.LRemResponse lRem(dev.dbx.redis.v1.LRemRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getLRemMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * LTRIM: keeps only a range of a list.
     * </pre>
     */
    public dev.dbx.redis.v1.LTrimResponse lTrim(dev.dbx.redis.v1.LTrimRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getLTrimMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * LMOVE: moves an element from one end of a list to an end of another (or the
     * same) list, atomically.
     * </pre>
     */
    public dev.dbx.redis.v1.LMoveResponse lMove(dev.dbx.redis.v1.LMoveRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getLMoveMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * BLPOP: pops from the head of the first non-empty list, waiting until one has
     * an element. Runs on a connection of its own.
     * </pre>
     */
    public dev.dbx.redis.v1.BLPopResponse bLPop(dev.dbx.redis.v1.BLPopRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getBLPopMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * BRPOP: pops from the tail of the first non-empty list, waiting until one has
     * an element. Runs on a connection of its own.
     * </pre>
     */
    public dev.dbx.redis.v1.BRPopResponse bRPop(dev.dbx.redis.v1.BRPopRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getBRPopMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * BLMOVE: LMOVE that waits for `source` to have an element. Runs on a
     * connection of its own.
     * </pre>
     */
    public dev.dbx.redis.v1.BLMoveResponse bLMove(dev.dbx.redis.v1.BLMoveRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getBLMoveMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * SADD: adds members to a set.
     * </pre>
     */
    public dev.dbx.redis.v1.SAddResponse sAdd(dev.dbx.redis.v1.SAddRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getSAddMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * SREM: removes members from a set.
     * </pre>
     */
    public dev.dbx.redis.v1.SRemResponse sRem(dev.dbx.redis.v1.SRemRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getSRemMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * SMEMBERS: every member of a set.
     * </pre>
     */
    public dev.dbx.redis.v1.SMembersResponse sMembers(dev.dbx.redis.v1.SMembersRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getSMembersMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * SISMEMBER: whether a value is a member.
     * </pre>
     */
    public dev.dbx.redis.v1.SIsMemberResponse sIsMember(dev.dbx.redis.v1.SIsMemberRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getSIsMemberMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * SMISMEMBER: whether each value is a member.
     * </pre>
     */
    public dev.dbx.redis.v1.SMIsMemberResponse sMIsMember(dev.dbx.redis.v1.SMIsMemberRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getSMIsMemberMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * SCARD: the number of members of a set.
     * </pre>
     */
    public dev.dbx.redis.v1.SCardResponse sCard(dev.dbx.redis.v1.SCardRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getSCardMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * SPOP: removes and answers random members.
     * </pre>
     */
    public dev.dbx.redis.v1.SPopResponse sPop(dev.dbx.redis.v1.SPopRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getSPopMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * SRANDMEMBER: random members, not removed.
     * </pre>
     */
    public dev.dbx.redis.v1.SRandMemberResponse sRandMember(dev.dbx.redis.v1.SRandMemberRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getSRandMemberMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * SMOVE: moves a member from one set to another, atomically.
     * </pre>
     */
    public dev.dbx.redis.v1.SMoveResponse sMove(dev.dbx.redis.v1.SMoveRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getSMoveMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * SINTER: the intersection of sets.
     * </pre>
     */
    public dev.dbx.redis.v1.SInterResponse sInter(dev.dbx.redis.v1.SInterRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getSInterMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * SUNION: the union of sets.
     * </pre>
     */
    public dev.dbx.redis.v1.SUnionResponse sUnion(dev.dbx.redis.v1.SUnionRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getSUnionMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * SDIFF: the members of the first set that are in none of the others.
     * </pre>
     */
    public dev.dbx.redis.v1.SDiffResponse sDiff(dev.dbx.redis.v1.SDiffRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getSDiffMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * SINTERSTORE: stores the intersection of sets.
     * </pre>
     */
    public dev.dbx.redis.v1.SInterStoreResponse sInterStore(dev.dbx.redis.v1.SInterStoreRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getSInterStoreMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * SUNIONSTORE: stores the union of sets.
     * </pre>
     */
    public dev.dbx.redis.v1.SUnionStoreResponse sUnionStore(dev.dbx.redis.v1.SUnionStoreRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getSUnionStoreMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * SDIFFSTORE: stores the difference of sets.
     * </pre>
     */
    public dev.dbx.redis.v1.SDiffStoreResponse sDiffStore(dev.dbx.redis.v1.SDiffStoreRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getSDiffStoreMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * SSCAN: one step of an iteration over the members of a set.
     * </pre>
     */
    public dev.dbx.redis.v1.SScanResponse sScan(dev.dbx.redis.v1.SScanRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getSScanMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * ZADD: adds members with scores, or updates their scores.
     * </pre>
     */
    public dev.dbx.redis.v1.ZAddResponse zAdd(dev.dbx.redis.v1.ZAddRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getZAddMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * ZRANGE: members by rank, score or lexicographic range, optionally reversed
     * and paged.
     * </pre>
     */
    public dev.dbx.redis.v1.ZRangeResponse zRange(dev.dbx.redis.v1.ZRangeRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getZRangeMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * ZSCORE: the score of a member.
     * </pre>
     */
    public dev.dbx.redis.v1.ZScoreResponse zScore(dev.dbx.redis.v1.ZScoreRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getZScoreMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * ZMSCORE: the scores of many members.
     * </pre>
     */
    public dev.dbx.redis.v1.ZMScoreResponse zMScore(dev.dbx.redis.v1.ZMScoreRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getZMScoreMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * ZINCRBY: adds to the score of a member (adding it with that score if new).
     * </pre>
     */
    public dev.dbx.redis.v1.ZIncrByResponse zIncrBy(dev.dbx.redis.v1.ZIncrByRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getZIncrByMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * ZCARD: the number of members.
     * </pre>
     */
    public dev.dbx.redis.v1.ZCardResponse zCard(dev.dbx.redis.v1.ZCardRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getZCardMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * ZCOUNT: the number of members with a score in a range.
     * </pre>
     */
    public dev.dbx.redis.v1.ZCountResponse zCount(dev.dbx.redis.v1.ZCountRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getZCountMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * ZRANK: the rank of a member, lowest score first.
     * </pre>
     */
    public dev.dbx.redis.v1.ZRankResponse zRank(dev.dbx.redis.v1.ZRankRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getZRankMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * ZREVRANK: the rank of a member, highest score first.
     * </pre>
     */
    public dev.dbx.redis.v1.ZRevRankResponse zRevRank(dev.dbx.redis.v1.ZRevRankRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getZRevRankMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * ZREM: removes members.
     * </pre>
     */
    public dev.dbx.redis.v1.ZRemResponse zRem(dev.dbx.redis.v1.ZRemRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getZRemMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * ZREMRANGEBYSCORE: removes the members with a score in a range.
     * </pre>
     */
    public dev.dbx.redis.v1.ZRemRangeByScoreResponse zRemRangeByScore(dev.dbx.redis.v1.ZRemRangeByScoreRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getZRemRangeByScoreMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * ZREMRANGEBYRANK: removes the members in a rank range.
     * </pre>
     */
    public dev.dbx.redis.v1.ZRemRangeByRankResponse zRemRangeByRank(dev.dbx.redis.v1.ZRemRangeByRankRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getZRemRangeByRankMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * ZPOPMIN: removes and answers the members with the lowest scores.
     * </pre>
     */
    public dev.dbx.redis.v1.ZPopMinResponse zPopMin(dev.dbx.redis.v1.ZPopMinRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getZPopMinMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * ZPOPMAX: removes and answers the members with the highest scores.
     * </pre>
     */
    public dev.dbx.redis.v1.ZPopMaxResponse zPopMax(dev.dbx.redis.v1.ZPopMaxRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getZPopMaxMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * ZUNIONSTORE: stores the union of sorted sets.
     * </pre>
     */
    public dev.dbx.redis.v1.ZUnionStoreResponse zUnionStore(dev.dbx.redis.v1.ZUnionStoreRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getZUnionStoreMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * ZINTERSTORE: stores the intersection of sorted sets.
     * </pre>
     */
    public dev.dbx.redis.v1.ZInterStoreResponse zInterStore(dev.dbx.redis.v1.ZInterStoreRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getZInterStoreMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * ZSCAN: one step of an iteration over the members of a sorted set.
     * </pre>
     */
    public dev.dbx.redis.v1.ZScanResponse zScan(dev.dbx.redis.v1.ZScanRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getZScanMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * SETBIT: sets or clears one bit.
     * </pre>
     */
    public dev.dbx.redis.v1.SetBitResponse setBit(dev.dbx.redis.v1.SetBitRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getSetBitMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * GETBIT: the value of one bit.
     * </pre>
     */
    public dev.dbx.redis.v1.GetBitResponse getBit(dev.dbx.redis.v1.GetBitRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetBitMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * BITCOUNT: the number of set bits, in a range of bytes or bits.
     * </pre>
     */
    public dev.dbx.redis.v1.BitCountResponse bitCount(dev.dbx.redis.v1.BitCountRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getBitCountMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * BITOP: a bitwise operation between values, stored at a key.
     * </pre>
     */
    public dev.dbx.redis.v1.BitOpResponse bitOp(dev.dbx.redis.v1.BitOpRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getBitOpMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * BITPOS: the position of the first bit set to 0 or 1.
     * </pre>
     */
    public dev.dbx.redis.v1.BitPosResponse bitPos(dev.dbx.redis.v1.BitPosRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getBitPosMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * PFADD: adds elements to a HyperLogLog.
     * </pre>
     */
    public dev.dbx.redis.v1.PfAddResponse pfAdd(dev.dbx.redis.v1.PfAddRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getPfAddMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * PFCOUNT: the approximate number of distinct elements of HyperLogLogs (their
     * union).
     * </pre>
     */
    public dev.dbx.redis.v1.PfCountResponse pfCount(dev.dbx.redis.v1.PfCountRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getPfCountMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * PFMERGE: merges HyperLogLogs into one.
     * </pre>
     */
    public dev.dbx.redis.v1.PfMergeResponse pfMerge(dev.dbx.redis.v1.PfMergeRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getPfMergeMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * XADD: appends an entry to a stream, optionally trimming it.
     * </pre>
     */
    public dev.dbx.redis.v1.XAddResponse xAdd(dev.dbx.redis.v1.XAddRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getXAddMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * XRANGE: entries in an id range, oldest first.
     * </pre>
     */
    public dev.dbx.redis.v1.XRangeResponse xRange(dev.dbx.redis.v1.XRangeRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getXRangeMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * XREVRANGE: entries in an id range, newest first.
     * </pre>
     */
    public dev.dbx.redis.v1.XRevRangeResponse xRevRange(dev.dbx.redis.v1.XRevRangeRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getXRevRangeMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * XLEN: the number of entries of a stream.
     * </pre>
     */
    public dev.dbx.redis.v1.XLenResponse xLen(dev.dbx.redis.v1.XLenRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getXLenMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * XTRIM: trims a stream by length or minimum id.
     * </pre>
     */
    public dev.dbx.redis.v1.XTrimResponse xTrim(dev.dbx.redis.v1.XTrimRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getXTrimMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * XDEL: deletes entries by id.
     * </pre>
     */
    public dev.dbx.redis.v1.XDelResponse xDel(dev.dbx.redis.v1.XDelRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getXDelMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * XREAD as a server stream: answers the entries after the given ids, then
     * follows new ones (XREAD BLOCK on a connection of its own) until the client
     * cancels. The first message is `ready`: entries added after it are not
     * missed.
     * </pre>
     */
    @io.grpc.ExperimentalApi("https://github.com/grpc/grpc-java/issues/10918")
    public io.grpc.stub.BlockingClientCall<?, dev.dbx.redis.v1.XReadResponse>
        xRead(dev.dbx.redis.v1.XReadRequest request) {
      return io.grpc.stub.ClientCalls.blockingV2ServerStreamingCall(
          getChannel(), getXReadMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * XGROUP CREATE: creates a consumer group.
     * </pre>
     */
    public dev.dbx.redis.v1.XGroupCreateResponse xGroupCreate(dev.dbx.redis.v1.XGroupCreateRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getXGroupCreateMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * XGROUP DESTROY: deletes a consumer group.
     * </pre>
     */
    public dev.dbx.redis.v1.XGroupDestroyResponse xGroupDestroy(dev.dbx.redis.v1.XGroupDestroyRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getXGroupDestroyMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * XREADGROUP as a server stream. With id "&gt;" for every stream it follows new
     * entries for the consumer until the client cancels; with other ids it answers
     * that consumer's pending entries after them, then ends. The first message is
     * `ready`.
     * </pre>
     */
    @io.grpc.ExperimentalApi("https://github.com/grpc/grpc-java/issues/10918")
    public io.grpc.stub.BlockingClientCall<?, dev.dbx.redis.v1.XReadGroupResponse>
        xReadGroup(dev.dbx.redis.v1.XReadGroupRequest request) {
      return io.grpc.stub.ClientCalls.blockingV2ServerStreamingCall(
          getChannel(), getXReadGroupMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * XACK: acknowledges entries of a group.
     * </pre>
     */
    public dev.dbx.redis.v1.XAckResponse xAck(dev.dbx.redis.v1.XAckRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getXAckMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * XPENDING: the pending entries of a group, as a summary or, with `count`, one
     * by one.
     * </pre>
     */
    public dev.dbx.redis.v1.XPendingResponse xPending(dev.dbx.redis.v1.XPendingRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getXPendingMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * XCLAIM: transfers pending entries idle long enough to another consumer.
     * </pre>
     */
    public dev.dbx.redis.v1.XClaimResponse xClaim(dev.dbx.redis.v1.XClaimRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getXClaimMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * XAUTOCLAIM: transfers pending entries idle long enough, scanning from an id.
     * </pre>
     */
    public dev.dbx.redis.v1.XAutoClaimResponse xAutoClaim(dev.dbx.redis.v1.XAutoClaimRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getXAutoClaimMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * PUBLISH: sends a message to a channel.
     * </pre>
     */
    public dev.dbx.redis.v1.PublishResponse publish(dev.dbx.redis.v1.PublishRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getPublishMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * SUBSCRIBE as a server stream: messages published to the channels until the
     * client cancels. The first message is `ready`. All client streams share one
     * Redis subscriber connection.
     * </pre>
     */
    @io.grpc.ExperimentalApi("https://github.com/grpc/grpc-java/issues/10918")
    public io.grpc.stub.BlockingClientCall<?, dev.dbx.redis.v1.SubscribeResponse>
        subscribe(dev.dbx.redis.v1.SubscribeRequest request) {
      return io.grpc.stub.ClientCalls.blockingV2ServerStreamingCall(
          getChannel(), getSubscribeMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * PSUBSCRIBE as a server stream: messages published to channels matching glob
     * patterns until the client cancels. The first message is `ready`.
     * </pre>
     */
    @io.grpc.ExperimentalApi("https://github.com/grpc/grpc-java/issues/10918")
    public io.grpc.stub.BlockingClientCall<?, dev.dbx.redis.v1.PSubscribeResponse>
        pSubscribe(dev.dbx.redis.v1.PSubscribeRequest request) {
      return io.grpc.stub.ClientCalls.blockingV2ServerStreamingCall(
          getChannel(), getPSubscribeMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Sends many commands in one round trip; each answers its own reply or error.
     * Not atomic: use Multi for that.
     * </pre>
     */
    public dev.dbx.redis.v1.PipelineResponse pipeline(dev.dbx.redis.v1.PipelineRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getPipelineMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * MULTI/EXEC, after WATCH of `watch_keys`: the commands run atomically on a
     * connection of their own. ABORTED (TRANSACTION_ABORTED) when a watched key
     * changed before EXEC. On Redis Cluster all keys must hash to one slot.
     * </pre>
     */
    public dev.dbx.redis.v1.MultiResponse multi(dev.dbx.redis.v1.MultiRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getMultiMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * EVAL: runs a Lua script. PERMISSION_DENIED (DISABLED) unless the backend
     * sets enableScripting.
     * </pre>
     */
    public dev.dbx.redis.v1.EvalResponse eval(dev.dbx.redis.v1.EvalRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getEvalMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * EVALSHA: runs a loaded script by SHA1. PERMISSION_DENIED (DISABLED) unless
     * the backend sets enableScripting.
     * </pre>
     */
    public dev.dbx.redis.v1.EvalShaResponse evalSha(dev.dbx.redis.v1.EvalShaRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getEvalShaMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * SCRIPT LOAD: loads a script for EvalSha. PERMISSION_DENIED (DISABLED) unless
     * the backend sets enableScripting.
     * </pre>
     */
    public dev.dbx.redis.v1.ScriptLoadResponse scriptLoad(dev.dbx.redis.v1.ScriptLoadRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getScriptLoadMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * PING: one round trip to Redis.
     * </pre>
     */
    public dev.dbx.redis.v1.PingResponse ping(dev.dbx.redis.v1.PingRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getPingMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * INFO, parsed into sections and fields.
     * </pre>
     */
    public dev.dbx.redis.v1.InfoResponse info(dev.dbx.redis.v1.InfoRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getInfoMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * DBSIZE: the number of keys of the database (all masters, on Redis Cluster).
     * </pre>
     */
    public dev.dbx.redis.v1.DbSizeResponse dbSize(dev.dbx.redis.v1.DbSizeRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getDbSizeMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * TIME: the server's clock.
     * </pre>
     */
    public dev.dbx.redis.v1.TimeResponse time(dev.dbx.redis.v1.TimeRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getTimeMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Connection pool, command counts and latency of the backend, and its health.
     * </pre>
     */
    public dev.dbx.redis.v1.GetStatsResponse getStats(dev.dbx.redis.v1.GetStatsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetStatsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * FLUSHDB: deletes every key of the database. PERMISSION_DENIED (DISABLED)
     * unless the backend sets allowDangerousCommands.
     * </pre>
     */
    public dev.dbx.redis.v1.FlushDbResponse flushDb(dev.dbx.redis.v1.FlushDbRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getFlushDbMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * FLUSHALL: deletes every key of every database. PERMISSION_DENIED (DISABLED)
     * unless the backend sets allowDangerousCommands.
     * </pre>
     */
    public dev.dbx.redis.v1.FlushAllResponse flushAll(dev.dbx.redis.v1.FlushAllRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getFlushAllMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * CONFIG SET: changes server parameters. PERMISSION_DENIED (DISABLED) unless
     * the backend sets allowDangerousCommands.
     * </pre>
     */
    public dev.dbx.redis.v1.ConfigSetResponse configSet(dev.dbx.redis.v1.ConfigSetRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getConfigSetMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do limited synchronous rpc calls to service RedisService.
   * <pre>
   * Redis commands with typed, binary-safe requests and replies: keys, values,
   * fields and members are bytes (zero bytes and invalid UTF-8 included), and
   * integers are int64. Every request names its backend in `target.backend`
   * (empty for the default one), which must be a Redis backend
   * (FAILED_PRECONDITION otherwise); `target.namespace` and `target.collection`
   * must be empty. Redis error replies answer INVALID_ARGUMENT
   * (ERROR_REASON_STATEMENT_FAILED, ErrorInfo metadata `native_code` =
   * "WRONGTYPE", ...); Redis down answers UNAVAILABLE. docs/backends/redis.md
   * has the details.
   * </pre>
   */
  public static final class RedisServiceBlockingStub
      extends io.grpc.stub.AbstractBlockingStub<RedisServiceBlockingStub> {
    private RedisServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected RedisServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new RedisServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * GET: the value of a key.
     * </pre>
     */
    public dev.dbx.redis.v1.GetResponse get(dev.dbx.redis.v1.GetRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * SET: sets a key's value, with NX/XX, an expiration and GET.
     * </pre>
     */
    public dev.dbx.redis.v1.SetResponse set(dev.dbx.redis.v1.SetRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getSetMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * MGET: the values of many keys.
     * </pre>
     */
    public dev.dbx.redis.v1.MGetResponse mGet(dev.dbx.redis.v1.MGetRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getMGetMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * MSET (or MSETNX): sets many keys at once, atomically.
     * </pre>
     */
    public dev.dbx.redis.v1.MSetResponse mSet(dev.dbx.redis.v1.MSetRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getMSetMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * INCR: adds 1 to an integer value.
     * </pre>
     */
    public dev.dbx.redis.v1.IncrResponse incr(dev.dbx.redis.v1.IncrRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getIncrMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * INCRBY: adds an integer to an integer value.
     * </pre>
     */
    public dev.dbx.redis.v1.IncrByResponse incrBy(dev.dbx.redis.v1.IncrByRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getIncrByMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * INCRBYFLOAT: adds a number to a numeric value.
     * </pre>
     */
    public dev.dbx.redis.v1.IncrByFloatResponse incrByFloat(dev.dbx.redis.v1.IncrByFloatRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getIncrByFloatMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * DECR: subtracts 1 from an integer value.
     * </pre>
     */
    public dev.dbx.redis.v1.DecrResponse decr(dev.dbx.redis.v1.DecrRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getDecrMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * DECRBY: subtracts an integer from an integer value.
     * </pre>
     */
    public dev.dbx.redis.v1.DecrByResponse decrBy(dev.dbx.redis.v1.DecrByRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getDecrByMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * APPEND: appends bytes to a value.
     * </pre>
     */
    public dev.dbx.redis.v1.AppendResponse append(dev.dbx.redis.v1.AppendRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getAppendMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * STRLEN: the length of a value in bytes.
     * </pre>
     */
    public dev.dbx.redis.v1.StrLenResponse strLen(dev.dbx.redis.v1.StrLenRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getStrLenMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * GETRANGE: a byte range of a value.
     * </pre>
     */
    public dev.dbx.redis.v1.GetRangeResponse getRange(dev.dbx.redis.v1.GetRangeRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetRangeMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * GETRANGE as a server stream: reads a value of any size in chunks, one
     * GETRANGE per message. The way to read values larger than one answer may
     * be (RESPONSE_TOO_LARGE).
     * </pre>
     */
    public java.util.Iterator<dev.dbx.redis.v1.GetRangeStreamResponse> getRangeStream(
        dev.dbx.redis.v1.GetRangeStreamRequest request) {
      return io.grpc.stub.ClientCalls.blockingServerStreamingCall(
          getChannel(), getGetRangeStreamMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * SETRANGE: overwrites part of a value from an offset.
     * </pre>
     */
    public dev.dbx.redis.v1.SetRangeResponse setRange(dev.dbx.redis.v1.SetRangeRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getSetRangeMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * GETDEL: the value of a key, which is then deleted.
     * </pre>
     */
    public dev.dbx.redis.v1.GetDelResponse getDel(dev.dbx.redis.v1.GetDelRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetDelMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * GETEX: the value of a key, changing its expiration.
     * </pre>
     */
    public dev.dbx.redis.v1.GetExResponse getEx(dev.dbx.redis.v1.GetExRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetExMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * DEL: deletes keys.
     * </pre>
     */
    public dev.dbx.redis.v1.DelResponse del(dev.dbx.redis.v1.DelRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getDelMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * UNLINK: deletes keys, reclaiming their memory in the background.
     * </pre>
     */
    public dev.dbx.redis.v1.UnlinkResponse unlink(dev.dbx.redis.v1.UnlinkRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getUnlinkMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * EXISTS: how many of the keys exist.
     * </pre>
     */
    public dev.dbx.redis.v1.ExistsResponse exists(dev.dbx.redis.v1.ExistsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getExistsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * EXPIRE: sets a key's TTL in seconds.
     * </pre>
     */
    public dev.dbx.redis.v1.ExpireResponse expire(dev.dbx.redis.v1.ExpireRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getExpireMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * PEXPIRE: sets a key's TTL in milliseconds.
     * </pre>
     */
    public dev.dbx.redis.v1.PExpireResponse pExpire(dev.dbx.redis.v1.PExpireRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getPExpireMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * TTL: the remaining time to live of a key in seconds.
     * </pre>
     */
    public dev.dbx.redis.v1.TtlResponse ttl(dev.dbx.redis.v1.TtlRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getTtlMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * PTTL: the remaining time to live of a key in milliseconds.
     * </pre>
     */
    public dev.dbx.redis.v1.PTtlResponse pTtl(dev.dbx.redis.v1.PTtlRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getPTtlMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * PERSIST: removes a key's TTL.
     * </pre>
     */
    public dev.dbx.redis.v1.PersistResponse persist(dev.dbx.redis.v1.PersistRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getPersistMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * TYPE: the type of the value at a key.
     * </pre>
     */
    public dev.dbx.redis.v1.TypeResponse type(dev.dbx.redis.v1.TypeRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getTypeMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * RENAME (or RENAMENX): renames a key. On Redis Cluster both keys must hash to
     * one slot.
     * </pre>
     */
    public dev.dbx.redis.v1.RenameResponse rename(dev.dbx.redis.v1.RenameRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getRenameMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * SCAN: one step of an incremental iteration over the keys. Cost: a full
     * iteration visits every key of the database (and of every master on Redis
     * Cluster). Never KEYS.
     * </pre>
     */
    public dev.dbx.redis.v1.ScanResponse scan(dev.dbx.redis.v1.ScanRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getScanMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * SCAN as a server stream: iterates over all matching keys, one message per
     * SCAN step that found keys.
     * </pre>
     */
    public java.util.Iterator<dev.dbx.redis.v1.ScanStreamResponse> scanStream(
        dev.dbx.redis.v1.ScanStreamRequest request) {
      return io.grpc.stub.ClientCalls.blockingServerStreamingCall(
          getChannel(), getScanStreamMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * HSET: sets fields of a hash.
     * </pre>
     */
    public dev.dbx.redis.v1.HSetResponse hSet(dev.dbx.redis.v1.HSetRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getHSetMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * HGET: the value of a hash field.
     * </pre>
     */
    public dev.dbx.redis.v1.HGetResponse hGet(dev.dbx.redis.v1.HGetRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getHGetMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * HMGET: the values of many hash fields.
     * </pre>
     */
    public dev.dbx.redis.v1.HMGetResponse hMGet(dev.dbx.redis.v1.HMGetRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getHMGetMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * HGETALL: every field and value of a hash.
     * </pre>
     */
    public dev.dbx.redis.v1.HGetAllResponse hGetAll(dev.dbx.redis.v1.HGetAllRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getHGetAllMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * HDEL: deletes hash fields.
     * </pre>
     */
    public dev.dbx.redis.v1.HDelResponse hDel(dev.dbx.redis.v1.HDelRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getHDelMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * HEXISTS: whether a hash field exists.
     * </pre>
     */
    public dev.dbx.redis.v1.HExistsResponse hExists(dev.dbx.redis.v1.HExistsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getHExistsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * HLEN: the number of fields of a hash.
     * </pre>
     */
    public dev.dbx.redis.v1.HLenResponse hLen(dev.dbx.redis.v1.HLenRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getHLenMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * HKEYS: the field names of a hash.
     * </pre>
     */
    public dev.dbx.redis.v1.HKeysResponse hKeys(dev.dbx.redis.v1.HKeysRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getHKeysMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * HVALS: the values of a hash.
     * </pre>
     */
    public dev.dbx.redis.v1.HValsResponse hVals(dev.dbx.redis.v1.HValsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getHValsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * HINCRBY: adds an integer to an integer hash field.
     * </pre>
     */
    public dev.dbx.redis.v1.HIncrByResponse hIncrBy(dev.dbx.redis.v1.HIncrByRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getHIncrByMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * HINCRBYFLOAT: adds a number to a numeric hash field.
     * </pre>
     */
    public dev.dbx.redis.v1.HIncrByFloatResponse hIncrByFloat(dev.dbx.redis.v1.HIncrByFloatRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getHIncrByFloatMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * HSETNX: sets a hash field only when it does not exist.
     * </pre>
     */
    public dev.dbx.redis.v1.HSetNxResponse hSetNx(dev.dbx.redis.v1.HSetNxRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getHSetNxMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * HRANDFIELD: random fields of a hash.
     * </pre>
     */
    public dev.dbx.redis.v1.HRandFieldResponse hRandField(dev.dbx.redis.v1.HRandFieldRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getHRandFieldMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * HSCAN: one step of an iteration over the fields of a hash.
     * </pre>
     */
    public dev.dbx.redis.v1.HScanResponse hScan(dev.dbx.redis.v1.HScanRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getHScanMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * LPUSH (or LPUSHX): inserts values at the head of a list.
     * </pre>
     */
    public dev.dbx.redis.v1.LPushResponse lPush(dev.dbx.redis.v1.LPushRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getLPushMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * RPUSH (or RPUSHX): appends values at the tail of a list.
     * </pre>
     */
    public dev.dbx.redis.v1.RPushResponse rPush(dev.dbx.redis.v1.RPushRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getRPushMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * LPOP: removes and answers values from the head of a list.
     * </pre>
     */
    public dev.dbx.redis.v1.LPopResponse lPop(dev.dbx.redis.v1.LPopRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getLPopMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * RPOP: removes and answers values from the tail of a list.
     * </pre>
     */
    public dev.dbx.redis.v1.RPopResponse rPop(dev.dbx.redis.v1.RPopRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getRPopMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * LRANGE: a range of a list.
     * </pre>
     */
    public dev.dbx.redis.v1.LRangeResponse lRange(dev.dbx.redis.v1.LRangeRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getLRangeMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * LLEN: the length of a list.
     * </pre>
     */
    public dev.dbx.redis.v1.LLenResponse lLen(dev.dbx.redis.v1.LLenRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getLLenMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * LINDEX: the element at an index.
     * </pre>
     */
    public dev.dbx.redis.v1.LIndexResponse lIndex(dev.dbx.redis.v1.LIndexRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getLIndexMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * LSET: replaces the element at an index.
     * </pre>
     */
    public dev.dbx.redis.v1.LSetResponse lSet(dev.dbx.redis.v1.LSetRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getLSetMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * LREM: removes elements equal to a value.
     * </pre>
     */
    public dev.dbx.redis.v1.LRemResponse lRem(dev.dbx.redis.v1.LRemRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getLRemMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * LTRIM: keeps only a range of a list.
     * </pre>
     */
    public dev.dbx.redis.v1.LTrimResponse lTrim(dev.dbx.redis.v1.LTrimRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getLTrimMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * LMOVE: moves an element from one end of a list to an end of another (or the
     * same) list, atomically.
     * </pre>
     */
    public dev.dbx.redis.v1.LMoveResponse lMove(dev.dbx.redis.v1.LMoveRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getLMoveMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * BLPOP: pops from the head of the first non-empty list, waiting until one has
     * an element. Runs on a connection of its own.
     * </pre>
     */
    public dev.dbx.redis.v1.BLPopResponse bLPop(dev.dbx.redis.v1.BLPopRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getBLPopMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * BRPOP: pops from the tail of the first non-empty list, waiting until one has
     * an element. Runs on a connection of its own.
     * </pre>
     */
    public dev.dbx.redis.v1.BRPopResponse bRPop(dev.dbx.redis.v1.BRPopRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getBRPopMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * BLMOVE: LMOVE that waits for `source` to have an element. Runs on a
     * connection of its own.
     * </pre>
     */
    public dev.dbx.redis.v1.BLMoveResponse bLMove(dev.dbx.redis.v1.BLMoveRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getBLMoveMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * SADD: adds members to a set.
     * </pre>
     */
    public dev.dbx.redis.v1.SAddResponse sAdd(dev.dbx.redis.v1.SAddRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getSAddMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * SREM: removes members from a set.
     * </pre>
     */
    public dev.dbx.redis.v1.SRemResponse sRem(dev.dbx.redis.v1.SRemRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getSRemMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * SMEMBERS: every member of a set.
     * </pre>
     */
    public dev.dbx.redis.v1.SMembersResponse sMembers(dev.dbx.redis.v1.SMembersRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getSMembersMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * SISMEMBER: whether a value is a member.
     * </pre>
     */
    public dev.dbx.redis.v1.SIsMemberResponse sIsMember(dev.dbx.redis.v1.SIsMemberRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getSIsMemberMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * SMISMEMBER: whether each value is a member.
     * </pre>
     */
    public dev.dbx.redis.v1.SMIsMemberResponse sMIsMember(dev.dbx.redis.v1.SMIsMemberRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getSMIsMemberMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * SCARD: the number of members of a set.
     * </pre>
     */
    public dev.dbx.redis.v1.SCardResponse sCard(dev.dbx.redis.v1.SCardRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getSCardMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * SPOP: removes and answers random members.
     * </pre>
     */
    public dev.dbx.redis.v1.SPopResponse sPop(dev.dbx.redis.v1.SPopRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getSPopMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * SRANDMEMBER: random members, not removed.
     * </pre>
     */
    public dev.dbx.redis.v1.SRandMemberResponse sRandMember(dev.dbx.redis.v1.SRandMemberRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getSRandMemberMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * SMOVE: moves a member from one set to another, atomically.
     * </pre>
     */
    public dev.dbx.redis.v1.SMoveResponse sMove(dev.dbx.redis.v1.SMoveRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getSMoveMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * SINTER: the intersection of sets.
     * </pre>
     */
    public dev.dbx.redis.v1.SInterResponse sInter(dev.dbx.redis.v1.SInterRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getSInterMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * SUNION: the union of sets.
     * </pre>
     */
    public dev.dbx.redis.v1.SUnionResponse sUnion(dev.dbx.redis.v1.SUnionRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getSUnionMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * SDIFF: the members of the first set that are in none of the others.
     * </pre>
     */
    public dev.dbx.redis.v1.SDiffResponse sDiff(dev.dbx.redis.v1.SDiffRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getSDiffMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * SINTERSTORE: stores the intersection of sets.
     * </pre>
     */
    public dev.dbx.redis.v1.SInterStoreResponse sInterStore(dev.dbx.redis.v1.SInterStoreRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getSInterStoreMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * SUNIONSTORE: stores the union of sets.
     * </pre>
     */
    public dev.dbx.redis.v1.SUnionStoreResponse sUnionStore(dev.dbx.redis.v1.SUnionStoreRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getSUnionStoreMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * SDIFFSTORE: stores the difference of sets.
     * </pre>
     */
    public dev.dbx.redis.v1.SDiffStoreResponse sDiffStore(dev.dbx.redis.v1.SDiffStoreRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getSDiffStoreMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * SSCAN: one step of an iteration over the members of a set.
     * </pre>
     */
    public dev.dbx.redis.v1.SScanResponse sScan(dev.dbx.redis.v1.SScanRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getSScanMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * ZADD: adds members with scores, or updates their scores.
     * </pre>
     */
    public dev.dbx.redis.v1.ZAddResponse zAdd(dev.dbx.redis.v1.ZAddRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getZAddMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * ZRANGE: members by rank, score or lexicographic range, optionally reversed
     * and paged.
     * </pre>
     */
    public dev.dbx.redis.v1.ZRangeResponse zRange(dev.dbx.redis.v1.ZRangeRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getZRangeMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * ZSCORE: the score of a member.
     * </pre>
     */
    public dev.dbx.redis.v1.ZScoreResponse zScore(dev.dbx.redis.v1.ZScoreRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getZScoreMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * ZMSCORE: the scores of many members.
     * </pre>
     */
    public dev.dbx.redis.v1.ZMScoreResponse zMScore(dev.dbx.redis.v1.ZMScoreRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getZMScoreMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * ZINCRBY: adds to the score of a member (adding it with that score if new).
     * </pre>
     */
    public dev.dbx.redis.v1.ZIncrByResponse zIncrBy(dev.dbx.redis.v1.ZIncrByRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getZIncrByMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * ZCARD: the number of members.
     * </pre>
     */
    public dev.dbx.redis.v1.ZCardResponse zCard(dev.dbx.redis.v1.ZCardRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getZCardMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * ZCOUNT: the number of members with a score in a range.
     * </pre>
     */
    public dev.dbx.redis.v1.ZCountResponse zCount(dev.dbx.redis.v1.ZCountRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getZCountMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * ZRANK: the rank of a member, lowest score first.
     * </pre>
     */
    public dev.dbx.redis.v1.ZRankResponse zRank(dev.dbx.redis.v1.ZRankRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getZRankMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * ZREVRANK: the rank of a member, highest score first.
     * </pre>
     */
    public dev.dbx.redis.v1.ZRevRankResponse zRevRank(dev.dbx.redis.v1.ZRevRankRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getZRevRankMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * ZREM: removes members.
     * </pre>
     */
    public dev.dbx.redis.v1.ZRemResponse zRem(dev.dbx.redis.v1.ZRemRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getZRemMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * ZREMRANGEBYSCORE: removes the members with a score in a range.
     * </pre>
     */
    public dev.dbx.redis.v1.ZRemRangeByScoreResponse zRemRangeByScore(dev.dbx.redis.v1.ZRemRangeByScoreRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getZRemRangeByScoreMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * ZREMRANGEBYRANK: removes the members in a rank range.
     * </pre>
     */
    public dev.dbx.redis.v1.ZRemRangeByRankResponse zRemRangeByRank(dev.dbx.redis.v1.ZRemRangeByRankRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getZRemRangeByRankMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * ZPOPMIN: removes and answers the members with the lowest scores.
     * </pre>
     */
    public dev.dbx.redis.v1.ZPopMinResponse zPopMin(dev.dbx.redis.v1.ZPopMinRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getZPopMinMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * ZPOPMAX: removes and answers the members with the highest scores.
     * </pre>
     */
    public dev.dbx.redis.v1.ZPopMaxResponse zPopMax(dev.dbx.redis.v1.ZPopMaxRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getZPopMaxMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * ZUNIONSTORE: stores the union of sorted sets.
     * </pre>
     */
    public dev.dbx.redis.v1.ZUnionStoreResponse zUnionStore(dev.dbx.redis.v1.ZUnionStoreRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getZUnionStoreMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * ZINTERSTORE: stores the intersection of sorted sets.
     * </pre>
     */
    public dev.dbx.redis.v1.ZInterStoreResponse zInterStore(dev.dbx.redis.v1.ZInterStoreRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getZInterStoreMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * ZSCAN: one step of an iteration over the members of a sorted set.
     * </pre>
     */
    public dev.dbx.redis.v1.ZScanResponse zScan(dev.dbx.redis.v1.ZScanRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getZScanMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * SETBIT: sets or clears one bit.
     * </pre>
     */
    public dev.dbx.redis.v1.SetBitResponse setBit(dev.dbx.redis.v1.SetBitRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getSetBitMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * GETBIT: the value of one bit.
     * </pre>
     */
    public dev.dbx.redis.v1.GetBitResponse getBit(dev.dbx.redis.v1.GetBitRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetBitMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * BITCOUNT: the number of set bits, in a range of bytes or bits.
     * </pre>
     */
    public dev.dbx.redis.v1.BitCountResponse bitCount(dev.dbx.redis.v1.BitCountRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getBitCountMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * BITOP: a bitwise operation between values, stored at a key.
     * </pre>
     */
    public dev.dbx.redis.v1.BitOpResponse bitOp(dev.dbx.redis.v1.BitOpRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getBitOpMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * BITPOS: the position of the first bit set to 0 or 1.
     * </pre>
     */
    public dev.dbx.redis.v1.BitPosResponse bitPos(dev.dbx.redis.v1.BitPosRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getBitPosMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * PFADD: adds elements to a HyperLogLog.
     * </pre>
     */
    public dev.dbx.redis.v1.PfAddResponse pfAdd(dev.dbx.redis.v1.PfAddRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getPfAddMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * PFCOUNT: the approximate number of distinct elements of HyperLogLogs (their
     * union).
     * </pre>
     */
    public dev.dbx.redis.v1.PfCountResponse pfCount(dev.dbx.redis.v1.PfCountRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getPfCountMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * PFMERGE: merges HyperLogLogs into one.
     * </pre>
     */
    public dev.dbx.redis.v1.PfMergeResponse pfMerge(dev.dbx.redis.v1.PfMergeRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getPfMergeMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * XADD: appends an entry to a stream, optionally trimming it.
     * </pre>
     */
    public dev.dbx.redis.v1.XAddResponse xAdd(dev.dbx.redis.v1.XAddRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getXAddMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * XRANGE: entries in an id range, oldest first.
     * </pre>
     */
    public dev.dbx.redis.v1.XRangeResponse xRange(dev.dbx.redis.v1.XRangeRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getXRangeMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * XREVRANGE: entries in an id range, newest first.
     * </pre>
     */
    public dev.dbx.redis.v1.XRevRangeResponse xRevRange(dev.dbx.redis.v1.XRevRangeRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getXRevRangeMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * XLEN: the number of entries of a stream.
     * </pre>
     */
    public dev.dbx.redis.v1.XLenResponse xLen(dev.dbx.redis.v1.XLenRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getXLenMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * XTRIM: trims a stream by length or minimum id.
     * </pre>
     */
    public dev.dbx.redis.v1.XTrimResponse xTrim(dev.dbx.redis.v1.XTrimRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getXTrimMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * XDEL: deletes entries by id.
     * </pre>
     */
    public dev.dbx.redis.v1.XDelResponse xDel(dev.dbx.redis.v1.XDelRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getXDelMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * XREAD as a server stream: answers the entries after the given ids, then
     * follows new ones (XREAD BLOCK on a connection of its own) until the client
     * cancels. The first message is `ready`: entries added after it are not
     * missed.
     * </pre>
     */
    public java.util.Iterator<dev.dbx.redis.v1.XReadResponse> xRead(
        dev.dbx.redis.v1.XReadRequest request) {
      return io.grpc.stub.ClientCalls.blockingServerStreamingCall(
          getChannel(), getXReadMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * XGROUP CREATE: creates a consumer group.
     * </pre>
     */
    public dev.dbx.redis.v1.XGroupCreateResponse xGroupCreate(dev.dbx.redis.v1.XGroupCreateRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getXGroupCreateMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * XGROUP DESTROY: deletes a consumer group.
     * </pre>
     */
    public dev.dbx.redis.v1.XGroupDestroyResponse xGroupDestroy(dev.dbx.redis.v1.XGroupDestroyRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getXGroupDestroyMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * XREADGROUP as a server stream. With id "&gt;" for every stream it follows new
     * entries for the consumer until the client cancels; with other ids it answers
     * that consumer's pending entries after them, then ends. The first message is
     * `ready`.
     * </pre>
     */
    public java.util.Iterator<dev.dbx.redis.v1.XReadGroupResponse> xReadGroup(
        dev.dbx.redis.v1.XReadGroupRequest request) {
      return io.grpc.stub.ClientCalls.blockingServerStreamingCall(
          getChannel(), getXReadGroupMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * XACK: acknowledges entries of a group.
     * </pre>
     */
    public dev.dbx.redis.v1.XAckResponse xAck(dev.dbx.redis.v1.XAckRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getXAckMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * XPENDING: the pending entries of a group, as a summary or, with `count`, one
     * by one.
     * </pre>
     */
    public dev.dbx.redis.v1.XPendingResponse xPending(dev.dbx.redis.v1.XPendingRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getXPendingMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * XCLAIM: transfers pending entries idle long enough to another consumer.
     * </pre>
     */
    public dev.dbx.redis.v1.XClaimResponse xClaim(dev.dbx.redis.v1.XClaimRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getXClaimMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * XAUTOCLAIM: transfers pending entries idle long enough, scanning from an id.
     * </pre>
     */
    public dev.dbx.redis.v1.XAutoClaimResponse xAutoClaim(dev.dbx.redis.v1.XAutoClaimRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getXAutoClaimMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * PUBLISH: sends a message to a channel.
     * </pre>
     */
    public dev.dbx.redis.v1.PublishResponse publish(dev.dbx.redis.v1.PublishRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getPublishMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * SUBSCRIBE as a server stream: messages published to the channels until the
     * client cancels. The first message is `ready`. All client streams share one
     * Redis subscriber connection.
     * </pre>
     */
    public java.util.Iterator<dev.dbx.redis.v1.SubscribeResponse> subscribe(
        dev.dbx.redis.v1.SubscribeRequest request) {
      return io.grpc.stub.ClientCalls.blockingServerStreamingCall(
          getChannel(), getSubscribeMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * PSUBSCRIBE as a server stream: messages published to channels matching glob
     * patterns until the client cancels. The first message is `ready`.
     * </pre>
     */
    public java.util.Iterator<dev.dbx.redis.v1.PSubscribeResponse> pSubscribe(
        dev.dbx.redis.v1.PSubscribeRequest request) {
      return io.grpc.stub.ClientCalls.blockingServerStreamingCall(
          getChannel(), getPSubscribeMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Sends many commands in one round trip; each answers its own reply or error.
     * Not atomic: use Multi for that.
     * </pre>
     */
    public dev.dbx.redis.v1.PipelineResponse pipeline(dev.dbx.redis.v1.PipelineRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getPipelineMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * MULTI/EXEC, after WATCH of `watch_keys`: the commands run atomically on a
     * connection of their own. ABORTED (TRANSACTION_ABORTED) when a watched key
     * changed before EXEC. On Redis Cluster all keys must hash to one slot.
     * </pre>
     */
    public dev.dbx.redis.v1.MultiResponse multi(dev.dbx.redis.v1.MultiRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getMultiMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * EVAL: runs a Lua script. PERMISSION_DENIED (DISABLED) unless the backend
     * sets enableScripting.
     * </pre>
     */
    public dev.dbx.redis.v1.EvalResponse eval(dev.dbx.redis.v1.EvalRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getEvalMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * EVALSHA: runs a loaded script by SHA1. PERMISSION_DENIED (DISABLED) unless
     * the backend sets enableScripting.
     * </pre>
     */
    public dev.dbx.redis.v1.EvalShaResponse evalSha(dev.dbx.redis.v1.EvalShaRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getEvalShaMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * SCRIPT LOAD: loads a script for EvalSha. PERMISSION_DENIED (DISABLED) unless
     * the backend sets enableScripting.
     * </pre>
     */
    public dev.dbx.redis.v1.ScriptLoadResponse scriptLoad(dev.dbx.redis.v1.ScriptLoadRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getScriptLoadMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * PING: one round trip to Redis.
     * </pre>
     */
    public dev.dbx.redis.v1.PingResponse ping(dev.dbx.redis.v1.PingRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getPingMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * INFO, parsed into sections and fields.
     * </pre>
     */
    public dev.dbx.redis.v1.InfoResponse info(dev.dbx.redis.v1.InfoRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getInfoMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * DBSIZE: the number of keys of the database (all masters, on Redis Cluster).
     * </pre>
     */
    public dev.dbx.redis.v1.DbSizeResponse dbSize(dev.dbx.redis.v1.DbSizeRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getDbSizeMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * TIME: the server's clock.
     * </pre>
     */
    public dev.dbx.redis.v1.TimeResponse time(dev.dbx.redis.v1.TimeRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getTimeMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Connection pool, command counts and latency of the backend, and its health.
     * </pre>
     */
    public dev.dbx.redis.v1.GetStatsResponse getStats(dev.dbx.redis.v1.GetStatsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetStatsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * FLUSHDB: deletes every key of the database. PERMISSION_DENIED (DISABLED)
     * unless the backend sets allowDangerousCommands.
     * </pre>
     */
    public dev.dbx.redis.v1.FlushDbResponse flushDb(dev.dbx.redis.v1.FlushDbRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getFlushDbMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * FLUSHALL: deletes every key of every database. PERMISSION_DENIED (DISABLED)
     * unless the backend sets allowDangerousCommands.
     * </pre>
     */
    public dev.dbx.redis.v1.FlushAllResponse flushAll(dev.dbx.redis.v1.FlushAllRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getFlushAllMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * CONFIG SET: changes server parameters. PERMISSION_DENIED (DISABLED) unless
     * the backend sets allowDangerousCommands.
     * </pre>
     */
    public dev.dbx.redis.v1.ConfigSetResponse configSet(dev.dbx.redis.v1.ConfigSetRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getConfigSetMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do ListenableFuture-style rpc calls to service RedisService.
   * <pre>
   * Redis commands with typed, binary-safe requests and replies: keys, values,
   * fields and members are bytes (zero bytes and invalid UTF-8 included), and
   * integers are int64. Every request names its backend in `target.backend`
   * (empty for the default one), which must be a Redis backend
   * (FAILED_PRECONDITION otherwise); `target.namespace` and `target.collection`
   * must be empty. Redis error replies answer INVALID_ARGUMENT
   * (ERROR_REASON_STATEMENT_FAILED, ErrorInfo metadata `native_code` =
   * "WRONGTYPE", ...); Redis down answers UNAVAILABLE. docs/backends/redis.md
   * has the details.
   * </pre>
   */
  public static final class RedisServiceFutureStub
      extends io.grpc.stub.AbstractFutureStub<RedisServiceFutureStub> {
    private RedisServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected RedisServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new RedisServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * GET: the value of a key.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.redis.v1.GetResponse> get(
        dev.dbx.redis.v1.GetRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * SET: sets a key's value, with NX/XX, an expiration and GET.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.redis.v1.SetResponse> set(
        dev.dbx.redis.v1.SetRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getSetMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * MGET: the values of many keys.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.redis.v1.MGetResponse> mGet(
        dev.dbx.redis.v1.MGetRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getMGetMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * MSET (or MSETNX): sets many keys at once, atomically.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.redis.v1.MSetResponse> mSet(
        dev.dbx.redis.v1.MSetRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getMSetMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * INCR: adds 1 to an integer value.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.redis.v1.IncrResponse> incr(
        dev.dbx.redis.v1.IncrRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getIncrMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * INCRBY: adds an integer to an integer value.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.redis.v1.IncrByResponse> incrBy(
        dev.dbx.redis.v1.IncrByRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getIncrByMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * INCRBYFLOAT: adds a number to a numeric value.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.redis.v1.IncrByFloatResponse> incrByFloat(
        dev.dbx.redis.v1.IncrByFloatRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getIncrByFloatMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * DECR: subtracts 1 from an integer value.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.redis.v1.DecrResponse> decr(
        dev.dbx.redis.v1.DecrRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getDecrMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * DECRBY: subtracts an integer from an integer value.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.redis.v1.DecrByResponse> decrBy(
        dev.dbx.redis.v1.DecrByRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getDecrByMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * APPEND: appends bytes to a value.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.redis.v1.AppendResponse> append(
        dev.dbx.redis.v1.AppendRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getAppendMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * STRLEN: the length of a value in bytes.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.redis.v1.StrLenResponse> strLen(
        dev.dbx.redis.v1.StrLenRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getStrLenMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * GETRANGE: a byte range of a value.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.redis.v1.GetRangeResponse> getRange(
        dev.dbx.redis.v1.GetRangeRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetRangeMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * SETRANGE: overwrites part of a value from an offset.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.redis.v1.SetRangeResponse> setRange(
        dev.dbx.redis.v1.SetRangeRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getSetRangeMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * GETDEL: the value of a key, which is then deleted.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.redis.v1.GetDelResponse> getDel(
        dev.dbx.redis.v1.GetDelRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetDelMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * GETEX: the value of a key, changing its expiration.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.redis.v1.GetExResponse> getEx(
        dev.dbx.redis.v1.GetExRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetExMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * DEL: deletes keys.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.redis.v1.DelResponse> del(
        dev.dbx.redis.v1.DelRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getDelMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * UNLINK: deletes keys, reclaiming their memory in the background.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.redis.v1.UnlinkResponse> unlink(
        dev.dbx.redis.v1.UnlinkRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getUnlinkMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * EXISTS: how many of the keys exist.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.redis.v1.ExistsResponse> exists(
        dev.dbx.redis.v1.ExistsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getExistsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * EXPIRE: sets a key's TTL in seconds.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.redis.v1.ExpireResponse> expire(
        dev.dbx.redis.v1.ExpireRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getExpireMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * PEXPIRE: sets a key's TTL in milliseconds.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.redis.v1.PExpireResponse> pExpire(
        dev.dbx.redis.v1.PExpireRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getPExpireMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * TTL: the remaining time to live of a key in seconds.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.redis.v1.TtlResponse> ttl(
        dev.dbx.redis.v1.TtlRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getTtlMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * PTTL: the remaining time to live of a key in milliseconds.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.redis.v1.PTtlResponse> pTtl(
        dev.dbx.redis.v1.PTtlRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getPTtlMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * PERSIST: removes a key's TTL.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.redis.v1.PersistResponse> persist(
        dev.dbx.redis.v1.PersistRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getPersistMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * TYPE: the type of the value at a key.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.redis.v1.TypeResponse> type(
        dev.dbx.redis.v1.TypeRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getTypeMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * RENAME (or RENAMENX): renames a key. On Redis Cluster both keys must hash to
     * one slot.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.redis.v1.RenameResponse> rename(
        dev.dbx.redis.v1.RenameRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getRenameMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * SCAN: one step of an incremental iteration over the keys. Cost: a full
     * iteration visits every key of the database (and of every master on Redis
     * Cluster). Never KEYS.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.redis.v1.ScanResponse> scan(
        dev.dbx.redis.v1.ScanRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getScanMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * HSET: sets fields of a hash.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.redis.v1.HSetResponse> hSet(
        dev.dbx.redis.v1.HSetRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getHSetMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * HGET: the value of a hash field.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.redis.v1.HGetResponse> hGet(
        dev.dbx.redis.v1.HGetRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getHGetMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * HMGET: the values of many hash fields.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.redis.v1.HMGetResponse> hMGet(
        dev.dbx.redis.v1.HMGetRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getHMGetMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * HGETALL: every field and value of a hash.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.redis.v1.HGetAllResponse> hGetAll(
        dev.dbx.redis.v1.HGetAllRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getHGetAllMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * HDEL: deletes hash fields.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.redis.v1.HDelResponse> hDel(
        dev.dbx.redis.v1.HDelRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getHDelMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * HEXISTS: whether a hash field exists.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.redis.v1.HExistsResponse> hExists(
        dev.dbx.redis.v1.HExistsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getHExistsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * HLEN: the number of fields of a hash.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.redis.v1.HLenResponse> hLen(
        dev.dbx.redis.v1.HLenRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getHLenMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * HKEYS: the field names of a hash.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.redis.v1.HKeysResponse> hKeys(
        dev.dbx.redis.v1.HKeysRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getHKeysMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * HVALS: the values of a hash.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.redis.v1.HValsResponse> hVals(
        dev.dbx.redis.v1.HValsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getHValsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * HINCRBY: adds an integer to an integer hash field.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.redis.v1.HIncrByResponse> hIncrBy(
        dev.dbx.redis.v1.HIncrByRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getHIncrByMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * HINCRBYFLOAT: adds a number to a numeric hash field.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.redis.v1.HIncrByFloatResponse> hIncrByFloat(
        dev.dbx.redis.v1.HIncrByFloatRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getHIncrByFloatMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * HSETNX: sets a hash field only when it does not exist.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.redis.v1.HSetNxResponse> hSetNx(
        dev.dbx.redis.v1.HSetNxRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getHSetNxMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * HRANDFIELD: random fields of a hash.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.redis.v1.HRandFieldResponse> hRandField(
        dev.dbx.redis.v1.HRandFieldRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getHRandFieldMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * HSCAN: one step of an iteration over the fields of a hash.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.redis.v1.HScanResponse> hScan(
        dev.dbx.redis.v1.HScanRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getHScanMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * LPUSH (or LPUSHX): inserts values at the head of a list.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.redis.v1.LPushResponse> lPush(
        dev.dbx.redis.v1.LPushRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getLPushMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * RPUSH (or RPUSHX): appends values at the tail of a list.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.redis.v1.RPushResponse> rPush(
        dev.dbx.redis.v1.RPushRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getRPushMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * LPOP: removes and answers values from the head of a list.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.redis.v1.LPopResponse> lPop(
        dev.dbx.redis.v1.LPopRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getLPopMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * RPOP: removes and answers values from the tail of a list.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.redis.v1.RPopResponse> rPop(
        dev.dbx.redis.v1.RPopRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getRPopMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * LRANGE: a range of a list.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.redis.v1.LRangeResponse> lRange(
        dev.dbx.redis.v1.LRangeRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getLRangeMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * LLEN: the length of a list.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.redis.v1.LLenResponse> lLen(
        dev.dbx.redis.v1.LLenRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getLLenMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * LINDEX: the element at an index.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.redis.v1.LIndexResponse> lIndex(
        dev.dbx.redis.v1.LIndexRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getLIndexMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * LSET: replaces the element at an index.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.redis.v1.LSetResponse> lSet(
        dev.dbx.redis.v1.LSetRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getLSetMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * LREM: removes elements equal to a value.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.redis.v1.LRemResponse> lRem(
        dev.dbx.redis.v1.LRemRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getLRemMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * LTRIM: keeps only a range of a list.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.redis.v1.LTrimResponse> lTrim(
        dev.dbx.redis.v1.LTrimRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getLTrimMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * LMOVE: moves an element from one end of a list to an end of another (or the
     * same) list, atomically.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.redis.v1.LMoveResponse> lMove(
        dev.dbx.redis.v1.LMoveRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getLMoveMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * BLPOP: pops from the head of the first non-empty list, waiting until one has
     * an element. Runs on a connection of its own.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.redis.v1.BLPopResponse> bLPop(
        dev.dbx.redis.v1.BLPopRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getBLPopMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * BRPOP: pops from the tail of the first non-empty list, waiting until one has
     * an element. Runs on a connection of its own.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.redis.v1.BRPopResponse> bRPop(
        dev.dbx.redis.v1.BRPopRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getBRPopMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * BLMOVE: LMOVE that waits for `source` to have an element. Runs on a
     * connection of its own.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.redis.v1.BLMoveResponse> bLMove(
        dev.dbx.redis.v1.BLMoveRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getBLMoveMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * SADD: adds members to a set.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.redis.v1.SAddResponse> sAdd(
        dev.dbx.redis.v1.SAddRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getSAddMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * SREM: removes members from a set.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.redis.v1.SRemResponse> sRem(
        dev.dbx.redis.v1.SRemRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getSRemMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * SMEMBERS: every member of a set.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.redis.v1.SMembersResponse> sMembers(
        dev.dbx.redis.v1.SMembersRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getSMembersMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * SISMEMBER: whether a value is a member.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.redis.v1.SIsMemberResponse> sIsMember(
        dev.dbx.redis.v1.SIsMemberRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getSIsMemberMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * SMISMEMBER: whether each value is a member.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.redis.v1.SMIsMemberResponse> sMIsMember(
        dev.dbx.redis.v1.SMIsMemberRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getSMIsMemberMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * SCARD: the number of members of a set.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.redis.v1.SCardResponse> sCard(
        dev.dbx.redis.v1.SCardRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getSCardMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * SPOP: removes and answers random members.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.redis.v1.SPopResponse> sPop(
        dev.dbx.redis.v1.SPopRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getSPopMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * SRANDMEMBER: random members, not removed.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.redis.v1.SRandMemberResponse> sRandMember(
        dev.dbx.redis.v1.SRandMemberRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getSRandMemberMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * SMOVE: moves a member from one set to another, atomically.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.redis.v1.SMoveResponse> sMove(
        dev.dbx.redis.v1.SMoveRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getSMoveMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * SINTER: the intersection of sets.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.redis.v1.SInterResponse> sInter(
        dev.dbx.redis.v1.SInterRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getSInterMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * SUNION: the union of sets.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.redis.v1.SUnionResponse> sUnion(
        dev.dbx.redis.v1.SUnionRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getSUnionMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * SDIFF: the members of the first set that are in none of the others.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.redis.v1.SDiffResponse> sDiff(
        dev.dbx.redis.v1.SDiffRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getSDiffMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * SINTERSTORE: stores the intersection of sets.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.redis.v1.SInterStoreResponse> sInterStore(
        dev.dbx.redis.v1.SInterStoreRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getSInterStoreMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * SUNIONSTORE: stores the union of sets.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.redis.v1.SUnionStoreResponse> sUnionStore(
        dev.dbx.redis.v1.SUnionStoreRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getSUnionStoreMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * SDIFFSTORE: stores the difference of sets.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.redis.v1.SDiffStoreResponse> sDiffStore(
        dev.dbx.redis.v1.SDiffStoreRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getSDiffStoreMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * SSCAN: one step of an iteration over the members of a set.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.redis.v1.SScanResponse> sScan(
        dev.dbx.redis.v1.SScanRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getSScanMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * ZADD: adds members with scores, or updates their scores.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.redis.v1.ZAddResponse> zAdd(
        dev.dbx.redis.v1.ZAddRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getZAddMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * ZRANGE: members by rank, score or lexicographic range, optionally reversed
     * and paged.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.redis.v1.ZRangeResponse> zRange(
        dev.dbx.redis.v1.ZRangeRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getZRangeMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * ZSCORE: the score of a member.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.redis.v1.ZScoreResponse> zScore(
        dev.dbx.redis.v1.ZScoreRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getZScoreMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * ZMSCORE: the scores of many members.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.redis.v1.ZMScoreResponse> zMScore(
        dev.dbx.redis.v1.ZMScoreRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getZMScoreMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * ZINCRBY: adds to the score of a member (adding it with that score if new).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.redis.v1.ZIncrByResponse> zIncrBy(
        dev.dbx.redis.v1.ZIncrByRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getZIncrByMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * ZCARD: the number of members.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.redis.v1.ZCardResponse> zCard(
        dev.dbx.redis.v1.ZCardRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getZCardMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * ZCOUNT: the number of members with a score in a range.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.redis.v1.ZCountResponse> zCount(
        dev.dbx.redis.v1.ZCountRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getZCountMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * ZRANK: the rank of a member, lowest score first.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.redis.v1.ZRankResponse> zRank(
        dev.dbx.redis.v1.ZRankRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getZRankMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * ZREVRANK: the rank of a member, highest score first.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.redis.v1.ZRevRankResponse> zRevRank(
        dev.dbx.redis.v1.ZRevRankRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getZRevRankMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * ZREM: removes members.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.redis.v1.ZRemResponse> zRem(
        dev.dbx.redis.v1.ZRemRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getZRemMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * ZREMRANGEBYSCORE: removes the members with a score in a range.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.redis.v1.ZRemRangeByScoreResponse> zRemRangeByScore(
        dev.dbx.redis.v1.ZRemRangeByScoreRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getZRemRangeByScoreMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * ZREMRANGEBYRANK: removes the members in a rank range.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.redis.v1.ZRemRangeByRankResponse> zRemRangeByRank(
        dev.dbx.redis.v1.ZRemRangeByRankRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getZRemRangeByRankMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * ZPOPMIN: removes and answers the members with the lowest scores.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.redis.v1.ZPopMinResponse> zPopMin(
        dev.dbx.redis.v1.ZPopMinRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getZPopMinMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * ZPOPMAX: removes and answers the members with the highest scores.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.redis.v1.ZPopMaxResponse> zPopMax(
        dev.dbx.redis.v1.ZPopMaxRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getZPopMaxMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * ZUNIONSTORE: stores the union of sorted sets.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.redis.v1.ZUnionStoreResponse> zUnionStore(
        dev.dbx.redis.v1.ZUnionStoreRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getZUnionStoreMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * ZINTERSTORE: stores the intersection of sorted sets.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.redis.v1.ZInterStoreResponse> zInterStore(
        dev.dbx.redis.v1.ZInterStoreRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getZInterStoreMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * ZSCAN: one step of an iteration over the members of a sorted set.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.redis.v1.ZScanResponse> zScan(
        dev.dbx.redis.v1.ZScanRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getZScanMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * SETBIT: sets or clears one bit.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.redis.v1.SetBitResponse> setBit(
        dev.dbx.redis.v1.SetBitRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getSetBitMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * GETBIT: the value of one bit.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.redis.v1.GetBitResponse> getBit(
        dev.dbx.redis.v1.GetBitRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetBitMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * BITCOUNT: the number of set bits, in a range of bytes or bits.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.redis.v1.BitCountResponse> bitCount(
        dev.dbx.redis.v1.BitCountRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getBitCountMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * BITOP: a bitwise operation between values, stored at a key.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.redis.v1.BitOpResponse> bitOp(
        dev.dbx.redis.v1.BitOpRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getBitOpMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * BITPOS: the position of the first bit set to 0 or 1.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.redis.v1.BitPosResponse> bitPos(
        dev.dbx.redis.v1.BitPosRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getBitPosMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * PFADD: adds elements to a HyperLogLog.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.redis.v1.PfAddResponse> pfAdd(
        dev.dbx.redis.v1.PfAddRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getPfAddMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * PFCOUNT: the approximate number of distinct elements of HyperLogLogs (their
     * union).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.redis.v1.PfCountResponse> pfCount(
        dev.dbx.redis.v1.PfCountRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getPfCountMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * PFMERGE: merges HyperLogLogs into one.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.redis.v1.PfMergeResponse> pfMerge(
        dev.dbx.redis.v1.PfMergeRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getPfMergeMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * XADD: appends an entry to a stream, optionally trimming it.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.redis.v1.XAddResponse> xAdd(
        dev.dbx.redis.v1.XAddRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getXAddMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * XRANGE: entries in an id range, oldest first.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.redis.v1.XRangeResponse> xRange(
        dev.dbx.redis.v1.XRangeRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getXRangeMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * XREVRANGE: entries in an id range, newest first.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.redis.v1.XRevRangeResponse> xRevRange(
        dev.dbx.redis.v1.XRevRangeRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getXRevRangeMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * XLEN: the number of entries of a stream.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.redis.v1.XLenResponse> xLen(
        dev.dbx.redis.v1.XLenRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getXLenMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * XTRIM: trims a stream by length or minimum id.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.redis.v1.XTrimResponse> xTrim(
        dev.dbx.redis.v1.XTrimRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getXTrimMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * XDEL: deletes entries by id.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.redis.v1.XDelResponse> xDel(
        dev.dbx.redis.v1.XDelRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getXDelMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * XGROUP CREATE: creates a consumer group.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.redis.v1.XGroupCreateResponse> xGroupCreate(
        dev.dbx.redis.v1.XGroupCreateRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getXGroupCreateMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * XGROUP DESTROY: deletes a consumer group.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.redis.v1.XGroupDestroyResponse> xGroupDestroy(
        dev.dbx.redis.v1.XGroupDestroyRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getXGroupDestroyMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * XACK: acknowledges entries of a group.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.redis.v1.XAckResponse> xAck(
        dev.dbx.redis.v1.XAckRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getXAckMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * XPENDING: the pending entries of a group, as a summary or, with `count`, one
     * by one.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.redis.v1.XPendingResponse> xPending(
        dev.dbx.redis.v1.XPendingRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getXPendingMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * XCLAIM: transfers pending entries idle long enough to another consumer.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.redis.v1.XClaimResponse> xClaim(
        dev.dbx.redis.v1.XClaimRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getXClaimMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * XAUTOCLAIM: transfers pending entries idle long enough, scanning from an id.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.redis.v1.XAutoClaimResponse> xAutoClaim(
        dev.dbx.redis.v1.XAutoClaimRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getXAutoClaimMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * PUBLISH: sends a message to a channel.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.redis.v1.PublishResponse> publish(
        dev.dbx.redis.v1.PublishRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getPublishMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Sends many commands in one round trip; each answers its own reply or error.
     * Not atomic: use Multi for that.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.redis.v1.PipelineResponse> pipeline(
        dev.dbx.redis.v1.PipelineRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getPipelineMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * MULTI/EXEC, after WATCH of `watch_keys`: the commands run atomically on a
     * connection of their own. ABORTED (TRANSACTION_ABORTED) when a watched key
     * changed before EXEC. On Redis Cluster all keys must hash to one slot.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.redis.v1.MultiResponse> multi(
        dev.dbx.redis.v1.MultiRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getMultiMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * EVAL: runs a Lua script. PERMISSION_DENIED (DISABLED) unless the backend
     * sets enableScripting.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.redis.v1.EvalResponse> eval(
        dev.dbx.redis.v1.EvalRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getEvalMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * EVALSHA: runs a loaded script by SHA1. PERMISSION_DENIED (DISABLED) unless
     * the backend sets enableScripting.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.redis.v1.EvalShaResponse> evalSha(
        dev.dbx.redis.v1.EvalShaRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getEvalShaMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * SCRIPT LOAD: loads a script for EvalSha. PERMISSION_DENIED (DISABLED) unless
     * the backend sets enableScripting.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.redis.v1.ScriptLoadResponse> scriptLoad(
        dev.dbx.redis.v1.ScriptLoadRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getScriptLoadMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * PING: one round trip to Redis.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.redis.v1.PingResponse> ping(
        dev.dbx.redis.v1.PingRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getPingMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * INFO, parsed into sections and fields.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.redis.v1.InfoResponse> info(
        dev.dbx.redis.v1.InfoRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getInfoMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * DBSIZE: the number of keys of the database (all masters, on Redis Cluster).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.redis.v1.DbSizeResponse> dbSize(
        dev.dbx.redis.v1.DbSizeRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getDbSizeMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * TIME: the server's clock.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.redis.v1.TimeResponse> time(
        dev.dbx.redis.v1.TimeRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getTimeMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Connection pool, command counts and latency of the backend, and its health.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.redis.v1.GetStatsResponse> getStats(
        dev.dbx.redis.v1.GetStatsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetStatsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * FLUSHDB: deletes every key of the database. PERMISSION_DENIED (DISABLED)
     * unless the backend sets allowDangerousCommands.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.redis.v1.FlushDbResponse> flushDb(
        dev.dbx.redis.v1.FlushDbRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getFlushDbMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * FLUSHALL: deletes every key of every database. PERMISSION_DENIED (DISABLED)
     * unless the backend sets allowDangerousCommands.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.redis.v1.FlushAllResponse> flushAll(
        dev.dbx.redis.v1.FlushAllRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getFlushAllMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * CONFIG SET: changes server parameters. PERMISSION_DENIED (DISABLED) unless
     * the backend sets allowDangerousCommands.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.dbx.redis.v1.ConfigSetResponse> configSet(
        dev.dbx.redis.v1.ConfigSetRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getConfigSetMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_GET = 0;
  private static final int METHODID_SET = 1;
  private static final int METHODID_MGET = 2;
  private static final int METHODID_MSET = 3;
  private static final int METHODID_INCR = 4;
  private static final int METHODID_INCR_BY = 5;
  private static final int METHODID_INCR_BY_FLOAT = 6;
  private static final int METHODID_DECR = 7;
  private static final int METHODID_DECR_BY = 8;
  private static final int METHODID_APPEND = 9;
  private static final int METHODID_STR_LEN = 10;
  private static final int METHODID_GET_RANGE = 11;
  private static final int METHODID_GET_RANGE_STREAM = 12;
  private static final int METHODID_SET_RANGE = 13;
  private static final int METHODID_GET_DEL = 14;
  private static final int METHODID_GET_EX = 15;
  private static final int METHODID_DEL = 16;
  private static final int METHODID_UNLINK = 17;
  private static final int METHODID_EXISTS = 18;
  private static final int METHODID_EXPIRE = 19;
  private static final int METHODID_PEXPIRE = 20;
  private static final int METHODID_TTL = 21;
  private static final int METHODID_PTTL = 22;
  private static final int METHODID_PERSIST = 23;
  private static final int METHODID_TYPE = 24;
  private static final int METHODID_RENAME = 25;
  private static final int METHODID_SCAN = 26;
  private static final int METHODID_SCAN_STREAM = 27;
  private static final int METHODID_HSET = 28;
  private static final int METHODID_HGET = 29;
  private static final int METHODID_HMGET = 30;
  private static final int METHODID_HGET_ALL = 31;
  private static final int METHODID_HDEL = 32;
  private static final int METHODID_HEXISTS = 33;
  private static final int METHODID_HLEN = 34;
  private static final int METHODID_HKEYS = 35;
  private static final int METHODID_HVALS = 36;
  private static final int METHODID_HINCR_BY = 37;
  private static final int METHODID_HINCR_BY_FLOAT = 38;
  private static final int METHODID_HSET_NX = 39;
  private static final int METHODID_HRAND_FIELD = 40;
  private static final int METHODID_HSCAN = 41;
  private static final int METHODID_LPUSH = 42;
  private static final int METHODID_RPUSH = 43;
  private static final int METHODID_LPOP = 44;
  private static final int METHODID_RPOP = 45;
  private static final int METHODID_LRANGE = 46;
  private static final int METHODID_LLEN = 47;
  private static final int METHODID_LINDEX = 48;
  private static final int METHODID_LSET = 49;
  private static final int METHODID_LREM = 50;
  private static final int METHODID_LTRIM = 51;
  private static final int METHODID_LMOVE = 52;
  private static final int METHODID_BLPOP = 53;
  private static final int METHODID_BRPOP = 54;
  private static final int METHODID_BLMOVE = 55;
  private static final int METHODID_SADD = 56;
  private static final int METHODID_SREM = 57;
  private static final int METHODID_SMEMBERS = 58;
  private static final int METHODID_SIS_MEMBER = 59;
  private static final int METHODID_SMIS_MEMBER = 60;
  private static final int METHODID_SCARD = 61;
  private static final int METHODID_SPOP = 62;
  private static final int METHODID_SRAND_MEMBER = 63;
  private static final int METHODID_SMOVE = 64;
  private static final int METHODID_SINTER = 65;
  private static final int METHODID_SUNION = 66;
  private static final int METHODID_SDIFF = 67;
  private static final int METHODID_SINTER_STORE = 68;
  private static final int METHODID_SUNION_STORE = 69;
  private static final int METHODID_SDIFF_STORE = 70;
  private static final int METHODID_SSCAN = 71;
  private static final int METHODID_ZADD = 72;
  private static final int METHODID_ZRANGE = 73;
  private static final int METHODID_ZSCORE = 74;
  private static final int METHODID_ZMSCORE = 75;
  private static final int METHODID_ZINCR_BY = 76;
  private static final int METHODID_ZCARD = 77;
  private static final int METHODID_ZCOUNT = 78;
  private static final int METHODID_ZRANK = 79;
  private static final int METHODID_ZREV_RANK = 80;
  private static final int METHODID_ZREM = 81;
  private static final int METHODID_ZREM_RANGE_BY_SCORE = 82;
  private static final int METHODID_ZREM_RANGE_BY_RANK = 83;
  private static final int METHODID_ZPOP_MIN = 84;
  private static final int METHODID_ZPOP_MAX = 85;
  private static final int METHODID_ZUNION_STORE = 86;
  private static final int METHODID_ZINTER_STORE = 87;
  private static final int METHODID_ZSCAN = 88;
  private static final int METHODID_SET_BIT = 89;
  private static final int METHODID_GET_BIT = 90;
  private static final int METHODID_BIT_COUNT = 91;
  private static final int METHODID_BIT_OP = 92;
  private static final int METHODID_BIT_POS = 93;
  private static final int METHODID_PF_ADD = 94;
  private static final int METHODID_PF_COUNT = 95;
  private static final int METHODID_PF_MERGE = 96;
  private static final int METHODID_XADD = 97;
  private static final int METHODID_XRANGE = 98;
  private static final int METHODID_XREV_RANGE = 99;
  private static final int METHODID_XLEN = 100;
  private static final int METHODID_XTRIM = 101;
  private static final int METHODID_XDEL = 102;
  private static final int METHODID_XREAD = 103;
  private static final int METHODID_XGROUP_CREATE = 104;
  private static final int METHODID_XGROUP_DESTROY = 105;
  private static final int METHODID_XREAD_GROUP = 106;
  private static final int METHODID_XACK = 107;
  private static final int METHODID_XPENDING = 108;
  private static final int METHODID_XCLAIM = 109;
  private static final int METHODID_XAUTO_CLAIM = 110;
  private static final int METHODID_PUBLISH = 111;
  private static final int METHODID_SUBSCRIBE = 112;
  private static final int METHODID_PSUBSCRIBE = 113;
  private static final int METHODID_PIPELINE = 114;
  private static final int METHODID_MULTI = 115;
  private static final int METHODID_EVAL = 116;
  private static final int METHODID_EVAL_SHA = 117;
  private static final int METHODID_SCRIPT_LOAD = 118;
  private static final int METHODID_PING = 119;
  private static final int METHODID_INFO = 120;
  private static final int METHODID_DB_SIZE = 121;
  private static final int METHODID_TIME = 122;
  private static final int METHODID_GET_STATS = 123;
  private static final int METHODID_FLUSH_DB = 124;
  private static final int METHODID_FLUSH_ALL = 125;
  private static final int METHODID_CONFIG_SET = 126;

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
          serviceImpl.get((dev.dbx.redis.v1.GetRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.redis.v1.GetResponse>) responseObserver);
          break;
        case METHODID_SET:
          serviceImpl.set((dev.dbx.redis.v1.SetRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.redis.v1.SetResponse>) responseObserver);
          break;
        case METHODID_MGET:
          serviceImpl.mGet((dev.dbx.redis.v1.MGetRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.redis.v1.MGetResponse>) responseObserver);
          break;
        case METHODID_MSET:
          serviceImpl.mSet((dev.dbx.redis.v1.MSetRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.redis.v1.MSetResponse>) responseObserver);
          break;
        case METHODID_INCR:
          serviceImpl.incr((dev.dbx.redis.v1.IncrRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.redis.v1.IncrResponse>) responseObserver);
          break;
        case METHODID_INCR_BY:
          serviceImpl.incrBy((dev.dbx.redis.v1.IncrByRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.redis.v1.IncrByResponse>) responseObserver);
          break;
        case METHODID_INCR_BY_FLOAT:
          serviceImpl.incrByFloat((dev.dbx.redis.v1.IncrByFloatRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.redis.v1.IncrByFloatResponse>) responseObserver);
          break;
        case METHODID_DECR:
          serviceImpl.decr((dev.dbx.redis.v1.DecrRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.redis.v1.DecrResponse>) responseObserver);
          break;
        case METHODID_DECR_BY:
          serviceImpl.decrBy((dev.dbx.redis.v1.DecrByRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.redis.v1.DecrByResponse>) responseObserver);
          break;
        case METHODID_APPEND:
          serviceImpl.append((dev.dbx.redis.v1.AppendRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.redis.v1.AppendResponse>) responseObserver);
          break;
        case METHODID_STR_LEN:
          serviceImpl.strLen((dev.dbx.redis.v1.StrLenRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.redis.v1.StrLenResponse>) responseObserver);
          break;
        case METHODID_GET_RANGE:
          serviceImpl.getRange((dev.dbx.redis.v1.GetRangeRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.redis.v1.GetRangeResponse>) responseObserver);
          break;
        case METHODID_GET_RANGE_STREAM:
          serviceImpl.getRangeStream((dev.dbx.redis.v1.GetRangeStreamRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.redis.v1.GetRangeStreamResponse>) responseObserver);
          break;
        case METHODID_SET_RANGE:
          serviceImpl.setRange((dev.dbx.redis.v1.SetRangeRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.redis.v1.SetRangeResponse>) responseObserver);
          break;
        case METHODID_GET_DEL:
          serviceImpl.getDel((dev.dbx.redis.v1.GetDelRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.redis.v1.GetDelResponse>) responseObserver);
          break;
        case METHODID_GET_EX:
          serviceImpl.getEx((dev.dbx.redis.v1.GetExRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.redis.v1.GetExResponse>) responseObserver);
          break;
        case METHODID_DEL:
          serviceImpl.del((dev.dbx.redis.v1.DelRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.redis.v1.DelResponse>) responseObserver);
          break;
        case METHODID_UNLINK:
          serviceImpl.unlink((dev.dbx.redis.v1.UnlinkRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.redis.v1.UnlinkResponse>) responseObserver);
          break;
        case METHODID_EXISTS:
          serviceImpl.exists((dev.dbx.redis.v1.ExistsRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.redis.v1.ExistsResponse>) responseObserver);
          break;
        case METHODID_EXPIRE:
          serviceImpl.expire((dev.dbx.redis.v1.ExpireRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.redis.v1.ExpireResponse>) responseObserver);
          break;
        case METHODID_PEXPIRE:
          serviceImpl.pExpire((dev.dbx.redis.v1.PExpireRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.redis.v1.PExpireResponse>) responseObserver);
          break;
        case METHODID_TTL:
          serviceImpl.ttl((dev.dbx.redis.v1.TtlRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.redis.v1.TtlResponse>) responseObserver);
          break;
        case METHODID_PTTL:
          serviceImpl.pTtl((dev.dbx.redis.v1.PTtlRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.redis.v1.PTtlResponse>) responseObserver);
          break;
        case METHODID_PERSIST:
          serviceImpl.persist((dev.dbx.redis.v1.PersistRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.redis.v1.PersistResponse>) responseObserver);
          break;
        case METHODID_TYPE:
          serviceImpl.type((dev.dbx.redis.v1.TypeRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.redis.v1.TypeResponse>) responseObserver);
          break;
        case METHODID_RENAME:
          serviceImpl.rename((dev.dbx.redis.v1.RenameRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.redis.v1.RenameResponse>) responseObserver);
          break;
        case METHODID_SCAN:
          serviceImpl.scan((dev.dbx.redis.v1.ScanRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.redis.v1.ScanResponse>) responseObserver);
          break;
        case METHODID_SCAN_STREAM:
          serviceImpl.scanStream((dev.dbx.redis.v1.ScanStreamRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.redis.v1.ScanStreamResponse>) responseObserver);
          break;
        case METHODID_HSET:
          serviceImpl.hSet((dev.dbx.redis.v1.HSetRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.redis.v1.HSetResponse>) responseObserver);
          break;
        case METHODID_HGET:
          serviceImpl.hGet((dev.dbx.redis.v1.HGetRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.redis.v1.HGetResponse>) responseObserver);
          break;
        case METHODID_HMGET:
          serviceImpl.hMGet((dev.dbx.redis.v1.HMGetRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.redis.v1.HMGetResponse>) responseObserver);
          break;
        case METHODID_HGET_ALL:
          serviceImpl.hGetAll((dev.dbx.redis.v1.HGetAllRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.redis.v1.HGetAllResponse>) responseObserver);
          break;
        case METHODID_HDEL:
          serviceImpl.hDel((dev.dbx.redis.v1.HDelRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.redis.v1.HDelResponse>) responseObserver);
          break;
        case METHODID_HEXISTS:
          serviceImpl.hExists((dev.dbx.redis.v1.HExistsRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.redis.v1.HExistsResponse>) responseObserver);
          break;
        case METHODID_HLEN:
          serviceImpl.hLen((dev.dbx.redis.v1.HLenRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.redis.v1.HLenResponse>) responseObserver);
          break;
        case METHODID_HKEYS:
          serviceImpl.hKeys((dev.dbx.redis.v1.HKeysRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.redis.v1.HKeysResponse>) responseObserver);
          break;
        case METHODID_HVALS:
          serviceImpl.hVals((dev.dbx.redis.v1.HValsRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.redis.v1.HValsResponse>) responseObserver);
          break;
        case METHODID_HINCR_BY:
          serviceImpl.hIncrBy((dev.dbx.redis.v1.HIncrByRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.redis.v1.HIncrByResponse>) responseObserver);
          break;
        case METHODID_HINCR_BY_FLOAT:
          serviceImpl.hIncrByFloat((dev.dbx.redis.v1.HIncrByFloatRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.redis.v1.HIncrByFloatResponse>) responseObserver);
          break;
        case METHODID_HSET_NX:
          serviceImpl.hSetNx((dev.dbx.redis.v1.HSetNxRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.redis.v1.HSetNxResponse>) responseObserver);
          break;
        case METHODID_HRAND_FIELD:
          serviceImpl.hRandField((dev.dbx.redis.v1.HRandFieldRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.redis.v1.HRandFieldResponse>) responseObserver);
          break;
        case METHODID_HSCAN:
          serviceImpl.hScan((dev.dbx.redis.v1.HScanRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.redis.v1.HScanResponse>) responseObserver);
          break;
        case METHODID_LPUSH:
          serviceImpl.lPush((dev.dbx.redis.v1.LPushRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.redis.v1.LPushResponse>) responseObserver);
          break;
        case METHODID_RPUSH:
          serviceImpl.rPush((dev.dbx.redis.v1.RPushRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.redis.v1.RPushResponse>) responseObserver);
          break;
        case METHODID_LPOP:
          serviceImpl.lPop((dev.dbx.redis.v1.LPopRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.redis.v1.LPopResponse>) responseObserver);
          break;
        case METHODID_RPOP:
          serviceImpl.rPop((dev.dbx.redis.v1.RPopRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.redis.v1.RPopResponse>) responseObserver);
          break;
        case METHODID_LRANGE:
          serviceImpl.lRange((dev.dbx.redis.v1.LRangeRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.redis.v1.LRangeResponse>) responseObserver);
          break;
        case METHODID_LLEN:
          serviceImpl.lLen((dev.dbx.redis.v1.LLenRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.redis.v1.LLenResponse>) responseObserver);
          break;
        case METHODID_LINDEX:
          serviceImpl.lIndex((dev.dbx.redis.v1.LIndexRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.redis.v1.LIndexResponse>) responseObserver);
          break;
        case METHODID_LSET:
          serviceImpl.lSet((dev.dbx.redis.v1.LSetRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.redis.v1.LSetResponse>) responseObserver);
          break;
        case METHODID_LREM:
          serviceImpl.lRem((dev.dbx.redis.v1.LRemRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.redis.v1.LRemResponse>) responseObserver);
          break;
        case METHODID_LTRIM:
          serviceImpl.lTrim((dev.dbx.redis.v1.LTrimRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.redis.v1.LTrimResponse>) responseObserver);
          break;
        case METHODID_LMOVE:
          serviceImpl.lMove((dev.dbx.redis.v1.LMoveRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.redis.v1.LMoveResponse>) responseObserver);
          break;
        case METHODID_BLPOP:
          serviceImpl.bLPop((dev.dbx.redis.v1.BLPopRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.redis.v1.BLPopResponse>) responseObserver);
          break;
        case METHODID_BRPOP:
          serviceImpl.bRPop((dev.dbx.redis.v1.BRPopRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.redis.v1.BRPopResponse>) responseObserver);
          break;
        case METHODID_BLMOVE:
          serviceImpl.bLMove((dev.dbx.redis.v1.BLMoveRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.redis.v1.BLMoveResponse>) responseObserver);
          break;
        case METHODID_SADD:
          serviceImpl.sAdd((dev.dbx.redis.v1.SAddRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.redis.v1.SAddResponse>) responseObserver);
          break;
        case METHODID_SREM:
          serviceImpl.sRem((dev.dbx.redis.v1.SRemRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.redis.v1.SRemResponse>) responseObserver);
          break;
        case METHODID_SMEMBERS:
          serviceImpl.sMembers((dev.dbx.redis.v1.SMembersRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.redis.v1.SMembersResponse>) responseObserver);
          break;
        case METHODID_SIS_MEMBER:
          serviceImpl.sIsMember((dev.dbx.redis.v1.SIsMemberRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.redis.v1.SIsMemberResponse>) responseObserver);
          break;
        case METHODID_SMIS_MEMBER:
          serviceImpl.sMIsMember((dev.dbx.redis.v1.SMIsMemberRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.redis.v1.SMIsMemberResponse>) responseObserver);
          break;
        case METHODID_SCARD:
          serviceImpl.sCard((dev.dbx.redis.v1.SCardRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.redis.v1.SCardResponse>) responseObserver);
          break;
        case METHODID_SPOP:
          serviceImpl.sPop((dev.dbx.redis.v1.SPopRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.redis.v1.SPopResponse>) responseObserver);
          break;
        case METHODID_SRAND_MEMBER:
          serviceImpl.sRandMember((dev.dbx.redis.v1.SRandMemberRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.redis.v1.SRandMemberResponse>) responseObserver);
          break;
        case METHODID_SMOVE:
          serviceImpl.sMove((dev.dbx.redis.v1.SMoveRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.redis.v1.SMoveResponse>) responseObserver);
          break;
        case METHODID_SINTER:
          serviceImpl.sInter((dev.dbx.redis.v1.SInterRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.redis.v1.SInterResponse>) responseObserver);
          break;
        case METHODID_SUNION:
          serviceImpl.sUnion((dev.dbx.redis.v1.SUnionRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.redis.v1.SUnionResponse>) responseObserver);
          break;
        case METHODID_SDIFF:
          serviceImpl.sDiff((dev.dbx.redis.v1.SDiffRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.redis.v1.SDiffResponse>) responseObserver);
          break;
        case METHODID_SINTER_STORE:
          serviceImpl.sInterStore((dev.dbx.redis.v1.SInterStoreRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.redis.v1.SInterStoreResponse>) responseObserver);
          break;
        case METHODID_SUNION_STORE:
          serviceImpl.sUnionStore((dev.dbx.redis.v1.SUnionStoreRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.redis.v1.SUnionStoreResponse>) responseObserver);
          break;
        case METHODID_SDIFF_STORE:
          serviceImpl.sDiffStore((dev.dbx.redis.v1.SDiffStoreRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.redis.v1.SDiffStoreResponse>) responseObserver);
          break;
        case METHODID_SSCAN:
          serviceImpl.sScan((dev.dbx.redis.v1.SScanRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.redis.v1.SScanResponse>) responseObserver);
          break;
        case METHODID_ZADD:
          serviceImpl.zAdd((dev.dbx.redis.v1.ZAddRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.redis.v1.ZAddResponse>) responseObserver);
          break;
        case METHODID_ZRANGE:
          serviceImpl.zRange((dev.dbx.redis.v1.ZRangeRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.redis.v1.ZRangeResponse>) responseObserver);
          break;
        case METHODID_ZSCORE:
          serviceImpl.zScore((dev.dbx.redis.v1.ZScoreRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.redis.v1.ZScoreResponse>) responseObserver);
          break;
        case METHODID_ZMSCORE:
          serviceImpl.zMScore((dev.dbx.redis.v1.ZMScoreRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.redis.v1.ZMScoreResponse>) responseObserver);
          break;
        case METHODID_ZINCR_BY:
          serviceImpl.zIncrBy((dev.dbx.redis.v1.ZIncrByRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.redis.v1.ZIncrByResponse>) responseObserver);
          break;
        case METHODID_ZCARD:
          serviceImpl.zCard((dev.dbx.redis.v1.ZCardRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.redis.v1.ZCardResponse>) responseObserver);
          break;
        case METHODID_ZCOUNT:
          serviceImpl.zCount((dev.dbx.redis.v1.ZCountRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.redis.v1.ZCountResponse>) responseObserver);
          break;
        case METHODID_ZRANK:
          serviceImpl.zRank((dev.dbx.redis.v1.ZRankRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.redis.v1.ZRankResponse>) responseObserver);
          break;
        case METHODID_ZREV_RANK:
          serviceImpl.zRevRank((dev.dbx.redis.v1.ZRevRankRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.redis.v1.ZRevRankResponse>) responseObserver);
          break;
        case METHODID_ZREM:
          serviceImpl.zRem((dev.dbx.redis.v1.ZRemRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.redis.v1.ZRemResponse>) responseObserver);
          break;
        case METHODID_ZREM_RANGE_BY_SCORE:
          serviceImpl.zRemRangeByScore((dev.dbx.redis.v1.ZRemRangeByScoreRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.redis.v1.ZRemRangeByScoreResponse>) responseObserver);
          break;
        case METHODID_ZREM_RANGE_BY_RANK:
          serviceImpl.zRemRangeByRank((dev.dbx.redis.v1.ZRemRangeByRankRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.redis.v1.ZRemRangeByRankResponse>) responseObserver);
          break;
        case METHODID_ZPOP_MIN:
          serviceImpl.zPopMin((dev.dbx.redis.v1.ZPopMinRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.redis.v1.ZPopMinResponse>) responseObserver);
          break;
        case METHODID_ZPOP_MAX:
          serviceImpl.zPopMax((dev.dbx.redis.v1.ZPopMaxRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.redis.v1.ZPopMaxResponse>) responseObserver);
          break;
        case METHODID_ZUNION_STORE:
          serviceImpl.zUnionStore((dev.dbx.redis.v1.ZUnionStoreRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.redis.v1.ZUnionStoreResponse>) responseObserver);
          break;
        case METHODID_ZINTER_STORE:
          serviceImpl.zInterStore((dev.dbx.redis.v1.ZInterStoreRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.redis.v1.ZInterStoreResponse>) responseObserver);
          break;
        case METHODID_ZSCAN:
          serviceImpl.zScan((dev.dbx.redis.v1.ZScanRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.redis.v1.ZScanResponse>) responseObserver);
          break;
        case METHODID_SET_BIT:
          serviceImpl.setBit((dev.dbx.redis.v1.SetBitRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.redis.v1.SetBitResponse>) responseObserver);
          break;
        case METHODID_GET_BIT:
          serviceImpl.getBit((dev.dbx.redis.v1.GetBitRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.redis.v1.GetBitResponse>) responseObserver);
          break;
        case METHODID_BIT_COUNT:
          serviceImpl.bitCount((dev.dbx.redis.v1.BitCountRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.redis.v1.BitCountResponse>) responseObserver);
          break;
        case METHODID_BIT_OP:
          serviceImpl.bitOp((dev.dbx.redis.v1.BitOpRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.redis.v1.BitOpResponse>) responseObserver);
          break;
        case METHODID_BIT_POS:
          serviceImpl.bitPos((dev.dbx.redis.v1.BitPosRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.redis.v1.BitPosResponse>) responseObserver);
          break;
        case METHODID_PF_ADD:
          serviceImpl.pfAdd((dev.dbx.redis.v1.PfAddRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.redis.v1.PfAddResponse>) responseObserver);
          break;
        case METHODID_PF_COUNT:
          serviceImpl.pfCount((dev.dbx.redis.v1.PfCountRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.redis.v1.PfCountResponse>) responseObserver);
          break;
        case METHODID_PF_MERGE:
          serviceImpl.pfMerge((dev.dbx.redis.v1.PfMergeRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.redis.v1.PfMergeResponse>) responseObserver);
          break;
        case METHODID_XADD:
          serviceImpl.xAdd((dev.dbx.redis.v1.XAddRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.redis.v1.XAddResponse>) responseObserver);
          break;
        case METHODID_XRANGE:
          serviceImpl.xRange((dev.dbx.redis.v1.XRangeRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.redis.v1.XRangeResponse>) responseObserver);
          break;
        case METHODID_XREV_RANGE:
          serviceImpl.xRevRange((dev.dbx.redis.v1.XRevRangeRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.redis.v1.XRevRangeResponse>) responseObserver);
          break;
        case METHODID_XLEN:
          serviceImpl.xLen((dev.dbx.redis.v1.XLenRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.redis.v1.XLenResponse>) responseObserver);
          break;
        case METHODID_XTRIM:
          serviceImpl.xTrim((dev.dbx.redis.v1.XTrimRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.redis.v1.XTrimResponse>) responseObserver);
          break;
        case METHODID_XDEL:
          serviceImpl.xDel((dev.dbx.redis.v1.XDelRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.redis.v1.XDelResponse>) responseObserver);
          break;
        case METHODID_XREAD:
          serviceImpl.xRead((dev.dbx.redis.v1.XReadRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.redis.v1.XReadResponse>) responseObserver);
          break;
        case METHODID_XGROUP_CREATE:
          serviceImpl.xGroupCreate((dev.dbx.redis.v1.XGroupCreateRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.redis.v1.XGroupCreateResponse>) responseObserver);
          break;
        case METHODID_XGROUP_DESTROY:
          serviceImpl.xGroupDestroy((dev.dbx.redis.v1.XGroupDestroyRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.redis.v1.XGroupDestroyResponse>) responseObserver);
          break;
        case METHODID_XREAD_GROUP:
          serviceImpl.xReadGroup((dev.dbx.redis.v1.XReadGroupRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.redis.v1.XReadGroupResponse>) responseObserver);
          break;
        case METHODID_XACK:
          serviceImpl.xAck((dev.dbx.redis.v1.XAckRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.redis.v1.XAckResponse>) responseObserver);
          break;
        case METHODID_XPENDING:
          serviceImpl.xPending((dev.dbx.redis.v1.XPendingRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.redis.v1.XPendingResponse>) responseObserver);
          break;
        case METHODID_XCLAIM:
          serviceImpl.xClaim((dev.dbx.redis.v1.XClaimRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.redis.v1.XClaimResponse>) responseObserver);
          break;
        case METHODID_XAUTO_CLAIM:
          serviceImpl.xAutoClaim((dev.dbx.redis.v1.XAutoClaimRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.redis.v1.XAutoClaimResponse>) responseObserver);
          break;
        case METHODID_PUBLISH:
          serviceImpl.publish((dev.dbx.redis.v1.PublishRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.redis.v1.PublishResponse>) responseObserver);
          break;
        case METHODID_SUBSCRIBE:
          serviceImpl.subscribe((dev.dbx.redis.v1.SubscribeRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.redis.v1.SubscribeResponse>) responseObserver);
          break;
        case METHODID_PSUBSCRIBE:
          serviceImpl.pSubscribe((dev.dbx.redis.v1.PSubscribeRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.redis.v1.PSubscribeResponse>) responseObserver);
          break;
        case METHODID_PIPELINE:
          serviceImpl.pipeline((dev.dbx.redis.v1.PipelineRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.redis.v1.PipelineResponse>) responseObserver);
          break;
        case METHODID_MULTI:
          serviceImpl.multi((dev.dbx.redis.v1.MultiRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.redis.v1.MultiResponse>) responseObserver);
          break;
        case METHODID_EVAL:
          serviceImpl.eval((dev.dbx.redis.v1.EvalRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.redis.v1.EvalResponse>) responseObserver);
          break;
        case METHODID_EVAL_SHA:
          serviceImpl.evalSha((dev.dbx.redis.v1.EvalShaRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.redis.v1.EvalShaResponse>) responseObserver);
          break;
        case METHODID_SCRIPT_LOAD:
          serviceImpl.scriptLoad((dev.dbx.redis.v1.ScriptLoadRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.redis.v1.ScriptLoadResponse>) responseObserver);
          break;
        case METHODID_PING:
          serviceImpl.ping((dev.dbx.redis.v1.PingRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.redis.v1.PingResponse>) responseObserver);
          break;
        case METHODID_INFO:
          serviceImpl.info((dev.dbx.redis.v1.InfoRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.redis.v1.InfoResponse>) responseObserver);
          break;
        case METHODID_DB_SIZE:
          serviceImpl.dbSize((dev.dbx.redis.v1.DbSizeRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.redis.v1.DbSizeResponse>) responseObserver);
          break;
        case METHODID_TIME:
          serviceImpl.time((dev.dbx.redis.v1.TimeRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.redis.v1.TimeResponse>) responseObserver);
          break;
        case METHODID_GET_STATS:
          serviceImpl.getStats((dev.dbx.redis.v1.GetStatsRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.redis.v1.GetStatsResponse>) responseObserver);
          break;
        case METHODID_FLUSH_DB:
          serviceImpl.flushDb((dev.dbx.redis.v1.FlushDbRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.redis.v1.FlushDbResponse>) responseObserver);
          break;
        case METHODID_FLUSH_ALL:
          serviceImpl.flushAll((dev.dbx.redis.v1.FlushAllRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.redis.v1.FlushAllResponse>) responseObserver);
          break;
        case METHODID_CONFIG_SET:
          serviceImpl.configSet((dev.dbx.redis.v1.ConfigSetRequest) request,
              (io.grpc.stub.StreamObserver<dev.dbx.redis.v1.ConfigSetResponse>) responseObserver);
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
              dev.dbx.redis.v1.GetRequest,
              dev.dbx.redis.v1.GetResponse>(
                service, METHODID_GET)))
        .addMethod(
          getSetMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.redis.v1.SetRequest,
              dev.dbx.redis.v1.SetResponse>(
                service, METHODID_SET)))
        .addMethod(
          getMGetMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.redis.v1.MGetRequest,
              dev.dbx.redis.v1.MGetResponse>(
                service, METHODID_MGET)))
        .addMethod(
          getMSetMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.redis.v1.MSetRequest,
              dev.dbx.redis.v1.MSetResponse>(
                service, METHODID_MSET)))
        .addMethod(
          getIncrMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.redis.v1.IncrRequest,
              dev.dbx.redis.v1.IncrResponse>(
                service, METHODID_INCR)))
        .addMethod(
          getIncrByMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.redis.v1.IncrByRequest,
              dev.dbx.redis.v1.IncrByResponse>(
                service, METHODID_INCR_BY)))
        .addMethod(
          getIncrByFloatMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.redis.v1.IncrByFloatRequest,
              dev.dbx.redis.v1.IncrByFloatResponse>(
                service, METHODID_INCR_BY_FLOAT)))
        .addMethod(
          getDecrMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.redis.v1.DecrRequest,
              dev.dbx.redis.v1.DecrResponse>(
                service, METHODID_DECR)))
        .addMethod(
          getDecrByMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.redis.v1.DecrByRequest,
              dev.dbx.redis.v1.DecrByResponse>(
                service, METHODID_DECR_BY)))
        .addMethod(
          getAppendMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.redis.v1.AppendRequest,
              dev.dbx.redis.v1.AppendResponse>(
                service, METHODID_APPEND)))
        .addMethod(
          getStrLenMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.redis.v1.StrLenRequest,
              dev.dbx.redis.v1.StrLenResponse>(
                service, METHODID_STR_LEN)))
        .addMethod(
          getGetRangeMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.redis.v1.GetRangeRequest,
              dev.dbx.redis.v1.GetRangeResponse>(
                service, METHODID_GET_RANGE)))
        .addMethod(
          getGetRangeStreamMethod(),
          io.grpc.stub.ServerCalls.asyncServerStreamingCall(
            new MethodHandlers<
              dev.dbx.redis.v1.GetRangeStreamRequest,
              dev.dbx.redis.v1.GetRangeStreamResponse>(
                service, METHODID_GET_RANGE_STREAM)))
        .addMethod(
          getSetRangeMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.redis.v1.SetRangeRequest,
              dev.dbx.redis.v1.SetRangeResponse>(
                service, METHODID_SET_RANGE)))
        .addMethod(
          getGetDelMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.redis.v1.GetDelRequest,
              dev.dbx.redis.v1.GetDelResponse>(
                service, METHODID_GET_DEL)))
        .addMethod(
          getGetExMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.redis.v1.GetExRequest,
              dev.dbx.redis.v1.GetExResponse>(
                service, METHODID_GET_EX)))
        .addMethod(
          getDelMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.redis.v1.DelRequest,
              dev.dbx.redis.v1.DelResponse>(
                service, METHODID_DEL)))
        .addMethod(
          getUnlinkMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.redis.v1.UnlinkRequest,
              dev.dbx.redis.v1.UnlinkResponse>(
                service, METHODID_UNLINK)))
        .addMethod(
          getExistsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.redis.v1.ExistsRequest,
              dev.dbx.redis.v1.ExistsResponse>(
                service, METHODID_EXISTS)))
        .addMethod(
          getExpireMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.redis.v1.ExpireRequest,
              dev.dbx.redis.v1.ExpireResponse>(
                service, METHODID_EXPIRE)))
        .addMethod(
          getPExpireMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.redis.v1.PExpireRequest,
              dev.dbx.redis.v1.PExpireResponse>(
                service, METHODID_PEXPIRE)))
        .addMethod(
          getTtlMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.redis.v1.TtlRequest,
              dev.dbx.redis.v1.TtlResponse>(
                service, METHODID_TTL)))
        .addMethod(
          getPTtlMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.redis.v1.PTtlRequest,
              dev.dbx.redis.v1.PTtlResponse>(
                service, METHODID_PTTL)))
        .addMethod(
          getPersistMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.redis.v1.PersistRequest,
              dev.dbx.redis.v1.PersistResponse>(
                service, METHODID_PERSIST)))
        .addMethod(
          getTypeMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.redis.v1.TypeRequest,
              dev.dbx.redis.v1.TypeResponse>(
                service, METHODID_TYPE)))
        .addMethod(
          getRenameMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.redis.v1.RenameRequest,
              dev.dbx.redis.v1.RenameResponse>(
                service, METHODID_RENAME)))
        .addMethod(
          getScanMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.redis.v1.ScanRequest,
              dev.dbx.redis.v1.ScanResponse>(
                service, METHODID_SCAN)))
        .addMethod(
          getScanStreamMethod(),
          io.grpc.stub.ServerCalls.asyncServerStreamingCall(
            new MethodHandlers<
              dev.dbx.redis.v1.ScanStreamRequest,
              dev.dbx.redis.v1.ScanStreamResponse>(
                service, METHODID_SCAN_STREAM)))
        .addMethod(
          getHSetMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.redis.v1.HSetRequest,
              dev.dbx.redis.v1.HSetResponse>(
                service, METHODID_HSET)))
        .addMethod(
          getHGetMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.redis.v1.HGetRequest,
              dev.dbx.redis.v1.HGetResponse>(
                service, METHODID_HGET)))
        .addMethod(
          getHMGetMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.redis.v1.HMGetRequest,
              dev.dbx.redis.v1.HMGetResponse>(
                service, METHODID_HMGET)))
        .addMethod(
          getHGetAllMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.redis.v1.HGetAllRequest,
              dev.dbx.redis.v1.HGetAllResponse>(
                service, METHODID_HGET_ALL)))
        .addMethod(
          getHDelMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.redis.v1.HDelRequest,
              dev.dbx.redis.v1.HDelResponse>(
                service, METHODID_HDEL)))
        .addMethod(
          getHExistsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.redis.v1.HExistsRequest,
              dev.dbx.redis.v1.HExistsResponse>(
                service, METHODID_HEXISTS)))
        .addMethod(
          getHLenMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.redis.v1.HLenRequest,
              dev.dbx.redis.v1.HLenResponse>(
                service, METHODID_HLEN)))
        .addMethod(
          getHKeysMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.redis.v1.HKeysRequest,
              dev.dbx.redis.v1.HKeysResponse>(
                service, METHODID_HKEYS)))
        .addMethod(
          getHValsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.redis.v1.HValsRequest,
              dev.dbx.redis.v1.HValsResponse>(
                service, METHODID_HVALS)))
        .addMethod(
          getHIncrByMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.redis.v1.HIncrByRequest,
              dev.dbx.redis.v1.HIncrByResponse>(
                service, METHODID_HINCR_BY)))
        .addMethod(
          getHIncrByFloatMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.redis.v1.HIncrByFloatRequest,
              dev.dbx.redis.v1.HIncrByFloatResponse>(
                service, METHODID_HINCR_BY_FLOAT)))
        .addMethod(
          getHSetNxMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.redis.v1.HSetNxRequest,
              dev.dbx.redis.v1.HSetNxResponse>(
                service, METHODID_HSET_NX)))
        .addMethod(
          getHRandFieldMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.redis.v1.HRandFieldRequest,
              dev.dbx.redis.v1.HRandFieldResponse>(
                service, METHODID_HRAND_FIELD)))
        .addMethod(
          getHScanMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.redis.v1.HScanRequest,
              dev.dbx.redis.v1.HScanResponse>(
                service, METHODID_HSCAN)))
        .addMethod(
          getLPushMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.redis.v1.LPushRequest,
              dev.dbx.redis.v1.LPushResponse>(
                service, METHODID_LPUSH)))
        .addMethod(
          getRPushMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.redis.v1.RPushRequest,
              dev.dbx.redis.v1.RPushResponse>(
                service, METHODID_RPUSH)))
        .addMethod(
          getLPopMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.redis.v1.LPopRequest,
              dev.dbx.redis.v1.LPopResponse>(
                service, METHODID_LPOP)))
        .addMethod(
          getRPopMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.redis.v1.RPopRequest,
              dev.dbx.redis.v1.RPopResponse>(
                service, METHODID_RPOP)))
        .addMethod(
          getLRangeMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.redis.v1.LRangeRequest,
              dev.dbx.redis.v1.LRangeResponse>(
                service, METHODID_LRANGE)))
        .addMethod(
          getLLenMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.redis.v1.LLenRequest,
              dev.dbx.redis.v1.LLenResponse>(
                service, METHODID_LLEN)))
        .addMethod(
          getLIndexMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.redis.v1.LIndexRequest,
              dev.dbx.redis.v1.LIndexResponse>(
                service, METHODID_LINDEX)))
        .addMethod(
          getLSetMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.redis.v1.LSetRequest,
              dev.dbx.redis.v1.LSetResponse>(
                service, METHODID_LSET)))
        .addMethod(
          getLRemMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.redis.v1.LRemRequest,
              dev.dbx.redis.v1.LRemResponse>(
                service, METHODID_LREM)))
        .addMethod(
          getLTrimMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.redis.v1.LTrimRequest,
              dev.dbx.redis.v1.LTrimResponse>(
                service, METHODID_LTRIM)))
        .addMethod(
          getLMoveMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.redis.v1.LMoveRequest,
              dev.dbx.redis.v1.LMoveResponse>(
                service, METHODID_LMOVE)))
        .addMethod(
          getBLPopMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.redis.v1.BLPopRequest,
              dev.dbx.redis.v1.BLPopResponse>(
                service, METHODID_BLPOP)))
        .addMethod(
          getBRPopMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.redis.v1.BRPopRequest,
              dev.dbx.redis.v1.BRPopResponse>(
                service, METHODID_BRPOP)))
        .addMethod(
          getBLMoveMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.redis.v1.BLMoveRequest,
              dev.dbx.redis.v1.BLMoveResponse>(
                service, METHODID_BLMOVE)))
        .addMethod(
          getSAddMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.redis.v1.SAddRequest,
              dev.dbx.redis.v1.SAddResponse>(
                service, METHODID_SADD)))
        .addMethod(
          getSRemMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.redis.v1.SRemRequest,
              dev.dbx.redis.v1.SRemResponse>(
                service, METHODID_SREM)))
        .addMethod(
          getSMembersMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.redis.v1.SMembersRequest,
              dev.dbx.redis.v1.SMembersResponse>(
                service, METHODID_SMEMBERS)))
        .addMethod(
          getSIsMemberMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.redis.v1.SIsMemberRequest,
              dev.dbx.redis.v1.SIsMemberResponse>(
                service, METHODID_SIS_MEMBER)))
        .addMethod(
          getSMIsMemberMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.redis.v1.SMIsMemberRequest,
              dev.dbx.redis.v1.SMIsMemberResponse>(
                service, METHODID_SMIS_MEMBER)))
        .addMethod(
          getSCardMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.redis.v1.SCardRequest,
              dev.dbx.redis.v1.SCardResponse>(
                service, METHODID_SCARD)))
        .addMethod(
          getSPopMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.redis.v1.SPopRequest,
              dev.dbx.redis.v1.SPopResponse>(
                service, METHODID_SPOP)))
        .addMethod(
          getSRandMemberMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.redis.v1.SRandMemberRequest,
              dev.dbx.redis.v1.SRandMemberResponse>(
                service, METHODID_SRAND_MEMBER)))
        .addMethod(
          getSMoveMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.redis.v1.SMoveRequest,
              dev.dbx.redis.v1.SMoveResponse>(
                service, METHODID_SMOVE)))
        .addMethod(
          getSInterMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.redis.v1.SInterRequest,
              dev.dbx.redis.v1.SInterResponse>(
                service, METHODID_SINTER)))
        .addMethod(
          getSUnionMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.redis.v1.SUnionRequest,
              dev.dbx.redis.v1.SUnionResponse>(
                service, METHODID_SUNION)))
        .addMethod(
          getSDiffMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.redis.v1.SDiffRequest,
              dev.dbx.redis.v1.SDiffResponse>(
                service, METHODID_SDIFF)))
        .addMethod(
          getSInterStoreMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.redis.v1.SInterStoreRequest,
              dev.dbx.redis.v1.SInterStoreResponse>(
                service, METHODID_SINTER_STORE)))
        .addMethod(
          getSUnionStoreMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.redis.v1.SUnionStoreRequest,
              dev.dbx.redis.v1.SUnionStoreResponse>(
                service, METHODID_SUNION_STORE)))
        .addMethod(
          getSDiffStoreMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.redis.v1.SDiffStoreRequest,
              dev.dbx.redis.v1.SDiffStoreResponse>(
                service, METHODID_SDIFF_STORE)))
        .addMethod(
          getSScanMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.redis.v1.SScanRequest,
              dev.dbx.redis.v1.SScanResponse>(
                service, METHODID_SSCAN)))
        .addMethod(
          getZAddMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.redis.v1.ZAddRequest,
              dev.dbx.redis.v1.ZAddResponse>(
                service, METHODID_ZADD)))
        .addMethod(
          getZRangeMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.redis.v1.ZRangeRequest,
              dev.dbx.redis.v1.ZRangeResponse>(
                service, METHODID_ZRANGE)))
        .addMethod(
          getZScoreMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.redis.v1.ZScoreRequest,
              dev.dbx.redis.v1.ZScoreResponse>(
                service, METHODID_ZSCORE)))
        .addMethod(
          getZMScoreMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.redis.v1.ZMScoreRequest,
              dev.dbx.redis.v1.ZMScoreResponse>(
                service, METHODID_ZMSCORE)))
        .addMethod(
          getZIncrByMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.redis.v1.ZIncrByRequest,
              dev.dbx.redis.v1.ZIncrByResponse>(
                service, METHODID_ZINCR_BY)))
        .addMethod(
          getZCardMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.redis.v1.ZCardRequest,
              dev.dbx.redis.v1.ZCardResponse>(
                service, METHODID_ZCARD)))
        .addMethod(
          getZCountMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.redis.v1.ZCountRequest,
              dev.dbx.redis.v1.ZCountResponse>(
                service, METHODID_ZCOUNT)))
        .addMethod(
          getZRankMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.redis.v1.ZRankRequest,
              dev.dbx.redis.v1.ZRankResponse>(
                service, METHODID_ZRANK)))
        .addMethod(
          getZRevRankMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.redis.v1.ZRevRankRequest,
              dev.dbx.redis.v1.ZRevRankResponse>(
                service, METHODID_ZREV_RANK)))
        .addMethod(
          getZRemMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.redis.v1.ZRemRequest,
              dev.dbx.redis.v1.ZRemResponse>(
                service, METHODID_ZREM)))
        .addMethod(
          getZRemRangeByScoreMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.redis.v1.ZRemRangeByScoreRequest,
              dev.dbx.redis.v1.ZRemRangeByScoreResponse>(
                service, METHODID_ZREM_RANGE_BY_SCORE)))
        .addMethod(
          getZRemRangeByRankMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.redis.v1.ZRemRangeByRankRequest,
              dev.dbx.redis.v1.ZRemRangeByRankResponse>(
                service, METHODID_ZREM_RANGE_BY_RANK)))
        .addMethod(
          getZPopMinMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.redis.v1.ZPopMinRequest,
              dev.dbx.redis.v1.ZPopMinResponse>(
                service, METHODID_ZPOP_MIN)))
        .addMethod(
          getZPopMaxMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.redis.v1.ZPopMaxRequest,
              dev.dbx.redis.v1.ZPopMaxResponse>(
                service, METHODID_ZPOP_MAX)))
        .addMethod(
          getZUnionStoreMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.redis.v1.ZUnionStoreRequest,
              dev.dbx.redis.v1.ZUnionStoreResponse>(
                service, METHODID_ZUNION_STORE)))
        .addMethod(
          getZInterStoreMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.redis.v1.ZInterStoreRequest,
              dev.dbx.redis.v1.ZInterStoreResponse>(
                service, METHODID_ZINTER_STORE)))
        .addMethod(
          getZScanMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.redis.v1.ZScanRequest,
              dev.dbx.redis.v1.ZScanResponse>(
                service, METHODID_ZSCAN)))
        .addMethod(
          getSetBitMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.redis.v1.SetBitRequest,
              dev.dbx.redis.v1.SetBitResponse>(
                service, METHODID_SET_BIT)))
        .addMethod(
          getGetBitMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.redis.v1.GetBitRequest,
              dev.dbx.redis.v1.GetBitResponse>(
                service, METHODID_GET_BIT)))
        .addMethod(
          getBitCountMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.redis.v1.BitCountRequest,
              dev.dbx.redis.v1.BitCountResponse>(
                service, METHODID_BIT_COUNT)))
        .addMethod(
          getBitOpMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.redis.v1.BitOpRequest,
              dev.dbx.redis.v1.BitOpResponse>(
                service, METHODID_BIT_OP)))
        .addMethod(
          getBitPosMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.redis.v1.BitPosRequest,
              dev.dbx.redis.v1.BitPosResponse>(
                service, METHODID_BIT_POS)))
        .addMethod(
          getPfAddMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.redis.v1.PfAddRequest,
              dev.dbx.redis.v1.PfAddResponse>(
                service, METHODID_PF_ADD)))
        .addMethod(
          getPfCountMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.redis.v1.PfCountRequest,
              dev.dbx.redis.v1.PfCountResponse>(
                service, METHODID_PF_COUNT)))
        .addMethod(
          getPfMergeMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.redis.v1.PfMergeRequest,
              dev.dbx.redis.v1.PfMergeResponse>(
                service, METHODID_PF_MERGE)))
        .addMethod(
          getXAddMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.redis.v1.XAddRequest,
              dev.dbx.redis.v1.XAddResponse>(
                service, METHODID_XADD)))
        .addMethod(
          getXRangeMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.redis.v1.XRangeRequest,
              dev.dbx.redis.v1.XRangeResponse>(
                service, METHODID_XRANGE)))
        .addMethod(
          getXRevRangeMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.redis.v1.XRevRangeRequest,
              dev.dbx.redis.v1.XRevRangeResponse>(
                service, METHODID_XREV_RANGE)))
        .addMethod(
          getXLenMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.redis.v1.XLenRequest,
              dev.dbx.redis.v1.XLenResponse>(
                service, METHODID_XLEN)))
        .addMethod(
          getXTrimMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.redis.v1.XTrimRequest,
              dev.dbx.redis.v1.XTrimResponse>(
                service, METHODID_XTRIM)))
        .addMethod(
          getXDelMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.redis.v1.XDelRequest,
              dev.dbx.redis.v1.XDelResponse>(
                service, METHODID_XDEL)))
        .addMethod(
          getXReadMethod(),
          io.grpc.stub.ServerCalls.asyncServerStreamingCall(
            new MethodHandlers<
              dev.dbx.redis.v1.XReadRequest,
              dev.dbx.redis.v1.XReadResponse>(
                service, METHODID_XREAD)))
        .addMethod(
          getXGroupCreateMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.redis.v1.XGroupCreateRequest,
              dev.dbx.redis.v1.XGroupCreateResponse>(
                service, METHODID_XGROUP_CREATE)))
        .addMethod(
          getXGroupDestroyMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.redis.v1.XGroupDestroyRequest,
              dev.dbx.redis.v1.XGroupDestroyResponse>(
                service, METHODID_XGROUP_DESTROY)))
        .addMethod(
          getXReadGroupMethod(),
          io.grpc.stub.ServerCalls.asyncServerStreamingCall(
            new MethodHandlers<
              dev.dbx.redis.v1.XReadGroupRequest,
              dev.dbx.redis.v1.XReadGroupResponse>(
                service, METHODID_XREAD_GROUP)))
        .addMethod(
          getXAckMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.redis.v1.XAckRequest,
              dev.dbx.redis.v1.XAckResponse>(
                service, METHODID_XACK)))
        .addMethod(
          getXPendingMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.redis.v1.XPendingRequest,
              dev.dbx.redis.v1.XPendingResponse>(
                service, METHODID_XPENDING)))
        .addMethod(
          getXClaimMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.redis.v1.XClaimRequest,
              dev.dbx.redis.v1.XClaimResponse>(
                service, METHODID_XCLAIM)))
        .addMethod(
          getXAutoClaimMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.redis.v1.XAutoClaimRequest,
              dev.dbx.redis.v1.XAutoClaimResponse>(
                service, METHODID_XAUTO_CLAIM)))
        .addMethod(
          getPublishMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.redis.v1.PublishRequest,
              dev.dbx.redis.v1.PublishResponse>(
                service, METHODID_PUBLISH)))
        .addMethod(
          getSubscribeMethod(),
          io.grpc.stub.ServerCalls.asyncServerStreamingCall(
            new MethodHandlers<
              dev.dbx.redis.v1.SubscribeRequest,
              dev.dbx.redis.v1.SubscribeResponse>(
                service, METHODID_SUBSCRIBE)))
        .addMethod(
          getPSubscribeMethod(),
          io.grpc.stub.ServerCalls.asyncServerStreamingCall(
            new MethodHandlers<
              dev.dbx.redis.v1.PSubscribeRequest,
              dev.dbx.redis.v1.PSubscribeResponse>(
                service, METHODID_PSUBSCRIBE)))
        .addMethod(
          getPipelineMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.redis.v1.PipelineRequest,
              dev.dbx.redis.v1.PipelineResponse>(
                service, METHODID_PIPELINE)))
        .addMethod(
          getMultiMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.redis.v1.MultiRequest,
              dev.dbx.redis.v1.MultiResponse>(
                service, METHODID_MULTI)))
        .addMethod(
          getEvalMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.redis.v1.EvalRequest,
              dev.dbx.redis.v1.EvalResponse>(
                service, METHODID_EVAL)))
        .addMethod(
          getEvalShaMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.redis.v1.EvalShaRequest,
              dev.dbx.redis.v1.EvalShaResponse>(
                service, METHODID_EVAL_SHA)))
        .addMethod(
          getScriptLoadMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.redis.v1.ScriptLoadRequest,
              dev.dbx.redis.v1.ScriptLoadResponse>(
                service, METHODID_SCRIPT_LOAD)))
        .addMethod(
          getPingMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.redis.v1.PingRequest,
              dev.dbx.redis.v1.PingResponse>(
                service, METHODID_PING)))
        .addMethod(
          getInfoMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.redis.v1.InfoRequest,
              dev.dbx.redis.v1.InfoResponse>(
                service, METHODID_INFO)))
        .addMethod(
          getDbSizeMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.redis.v1.DbSizeRequest,
              dev.dbx.redis.v1.DbSizeResponse>(
                service, METHODID_DB_SIZE)))
        .addMethod(
          getTimeMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.redis.v1.TimeRequest,
              dev.dbx.redis.v1.TimeResponse>(
                service, METHODID_TIME)))
        .addMethod(
          getGetStatsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.redis.v1.GetStatsRequest,
              dev.dbx.redis.v1.GetStatsResponse>(
                service, METHODID_GET_STATS)))
        .addMethod(
          getFlushDbMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.redis.v1.FlushDbRequest,
              dev.dbx.redis.v1.FlushDbResponse>(
                service, METHODID_FLUSH_DB)))
        .addMethod(
          getFlushAllMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.redis.v1.FlushAllRequest,
              dev.dbx.redis.v1.FlushAllResponse>(
                service, METHODID_FLUSH_ALL)))
        .addMethod(
          getConfigSetMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.dbx.redis.v1.ConfigSetRequest,
              dev.dbx.redis.v1.ConfigSetResponse>(
                service, METHODID_CONFIG_SET)))
        .build();
  }

  private static abstract class RedisServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    RedisServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return dev.dbx.redis.v1.RedisServiceProto.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("RedisService");
    }
  }

  private static final class RedisServiceFileDescriptorSupplier
      extends RedisServiceBaseDescriptorSupplier {
    RedisServiceFileDescriptorSupplier() {}
  }

  private static final class RedisServiceMethodDescriptorSupplier
      extends RedisServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final java.lang.String methodName;

    RedisServiceMethodDescriptorSupplier(java.lang.String methodName) {
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
      synchronized (RedisServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new RedisServiceFileDescriptorSupplier())
              .addMethod(getGetMethod())
              .addMethod(getSetMethod())
              .addMethod(getMGetMethod())
              .addMethod(getMSetMethod())
              .addMethod(getIncrMethod())
              .addMethod(getIncrByMethod())
              .addMethod(getIncrByFloatMethod())
              .addMethod(getDecrMethod())
              .addMethod(getDecrByMethod())
              .addMethod(getAppendMethod())
              .addMethod(getStrLenMethod())
              .addMethod(getGetRangeMethod())
              .addMethod(getGetRangeStreamMethod())
              .addMethod(getSetRangeMethod())
              .addMethod(getGetDelMethod())
              .addMethod(getGetExMethod())
              .addMethod(getDelMethod())
              .addMethod(getUnlinkMethod())
              .addMethod(getExistsMethod())
              .addMethod(getExpireMethod())
              .addMethod(getPExpireMethod())
              .addMethod(getTtlMethod())
              .addMethod(getPTtlMethod())
              .addMethod(getPersistMethod())
              .addMethod(getTypeMethod())
              .addMethod(getRenameMethod())
              .addMethod(getScanMethod())
              .addMethod(getScanStreamMethod())
              .addMethod(getHSetMethod())
              .addMethod(getHGetMethod())
              .addMethod(getHMGetMethod())
              .addMethod(getHGetAllMethod())
              .addMethod(getHDelMethod())
              .addMethod(getHExistsMethod())
              .addMethod(getHLenMethod())
              .addMethod(getHKeysMethod())
              .addMethod(getHValsMethod())
              .addMethod(getHIncrByMethod())
              .addMethod(getHIncrByFloatMethod())
              .addMethod(getHSetNxMethod())
              .addMethod(getHRandFieldMethod())
              .addMethod(getHScanMethod())
              .addMethod(getLPushMethod())
              .addMethod(getRPushMethod())
              .addMethod(getLPopMethod())
              .addMethod(getRPopMethod())
              .addMethod(getLRangeMethod())
              .addMethod(getLLenMethod())
              .addMethod(getLIndexMethod())
              .addMethod(getLSetMethod())
              .addMethod(getLRemMethod())
              .addMethod(getLTrimMethod())
              .addMethod(getLMoveMethod())
              .addMethod(getBLPopMethod())
              .addMethod(getBRPopMethod())
              .addMethod(getBLMoveMethod())
              .addMethod(getSAddMethod())
              .addMethod(getSRemMethod())
              .addMethod(getSMembersMethod())
              .addMethod(getSIsMemberMethod())
              .addMethod(getSMIsMemberMethod())
              .addMethod(getSCardMethod())
              .addMethod(getSPopMethod())
              .addMethod(getSRandMemberMethod())
              .addMethod(getSMoveMethod())
              .addMethod(getSInterMethod())
              .addMethod(getSUnionMethod())
              .addMethod(getSDiffMethod())
              .addMethod(getSInterStoreMethod())
              .addMethod(getSUnionStoreMethod())
              .addMethod(getSDiffStoreMethod())
              .addMethod(getSScanMethod())
              .addMethod(getZAddMethod())
              .addMethod(getZRangeMethod())
              .addMethod(getZScoreMethod())
              .addMethod(getZMScoreMethod())
              .addMethod(getZIncrByMethod())
              .addMethod(getZCardMethod())
              .addMethod(getZCountMethod())
              .addMethod(getZRankMethod())
              .addMethod(getZRevRankMethod())
              .addMethod(getZRemMethod())
              .addMethod(getZRemRangeByScoreMethod())
              .addMethod(getZRemRangeByRankMethod())
              .addMethod(getZPopMinMethod())
              .addMethod(getZPopMaxMethod())
              .addMethod(getZUnionStoreMethod())
              .addMethod(getZInterStoreMethod())
              .addMethod(getZScanMethod())
              .addMethod(getSetBitMethod())
              .addMethod(getGetBitMethod())
              .addMethod(getBitCountMethod())
              .addMethod(getBitOpMethod())
              .addMethod(getBitPosMethod())
              .addMethod(getPfAddMethod())
              .addMethod(getPfCountMethod())
              .addMethod(getPfMergeMethod())
              .addMethod(getXAddMethod())
              .addMethod(getXRangeMethod())
              .addMethod(getXRevRangeMethod())
              .addMethod(getXLenMethod())
              .addMethod(getXTrimMethod())
              .addMethod(getXDelMethod())
              .addMethod(getXReadMethod())
              .addMethod(getXGroupCreateMethod())
              .addMethod(getXGroupDestroyMethod())
              .addMethod(getXReadGroupMethod())
              .addMethod(getXAckMethod())
              .addMethod(getXPendingMethod())
              .addMethod(getXClaimMethod())
              .addMethod(getXAutoClaimMethod())
              .addMethod(getPublishMethod())
              .addMethod(getSubscribeMethod())
              .addMethod(getPSubscribeMethod())
              .addMethod(getPipelineMethod())
              .addMethod(getMultiMethod())
              .addMethod(getEvalMethod())
              .addMethod(getEvalShaMethod())
              .addMethod(getScriptLoadMethod())
              .addMethod(getPingMethod())
              .addMethod(getInfoMethod())
              .addMethod(getDbSizeMethod())
              .addMethod(getTimeMethod())
              .addMethod(getGetStatsMethod())
              .addMethod(getFlushDbMethod())
              .addMethod(getFlushAllMethod())
              .addMethod(getConfigSetMethod())
              .build();
        }
      }
    }
    return result;
  }
}
