package dev.dbx.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.dbx.v1.PingRequest;
import dev.dbx.v1.PutRequest;
import dev.dbx.v1.Target;
import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.ClientCall;
import io.grpc.ClientInterceptor;
import io.grpc.ClientStreamTracer;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.grpc.Status;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Retries, counted by gRPC's own per-attempt stream tracers against a port
 * where nothing listens (every attempt fails with UNAVAILABLE).
 */
class ReadRetryTest {

  private final AtomicInteger attempts = new AtomicInteger();

  @Test
  void readsAreRetriedOnUnavailable() throws IOException {
    try (DbxClient client = clientOfAClosedPort()) {
      DbxException error = catchThrowableOfType(StatusRuntimeExceptionWrapper.class, () -> {
        try {
          client.adminService().blocking().ping(PingRequest.getDefaultInstance());
        } catch (RuntimeException e) {
          throw new StatusRuntimeExceptionWrapper(DbxException.from(e));
        }
      }).error;

      assertThat(error.code()).isEqualTo(Status.Code.UNAVAILABLE);
      assertThat(error.isRetryable()).isTrue();
      assertThat(attempts).hasValue(3);
    }
  }

  @Test
  void writesAreNeverRetried() throws IOException {
    try (DbxClient client = clientOfAClosedPort()) {
      DbxException error = catchThrowableOfType(DbxException.class, () -> client.collection("t").put("k", Map.of()));

      assertThat(error.code()).isEqualTo(Status.Code.UNAVAILABLE);
      assertThat(attempts).hasValue(1);
    }
    attempts.set(0);
    try (DbxClient client = clientOfAClosedPort()) {
      catchThrowableOfType(RuntimeException.class, () -> client.dataService().blocking()
          .put(PutRequest.newBuilder().setTarget(Target.newBuilder().setCollection("t")).build()));
      assertThat(attempts).hasValue(1);
    }
  }

  private DbxClient clientOfAClosedPort() throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    return DbxClient.builder("http://127.0.0.1:" + port)
        .timeout(Duration.ofSeconds(10))
        .retryPolicy(new RetryPolicy(3, Duration.ofMillis(10), Duration.ofMillis(50), 2.0))
        .configureChannel(channel -> channel.intercept(new AttemptCounter()))
        .build();
  }

  /** Counts each attempt gRPC makes of a call (transparent retries of a request that never left excluded). */
  private final class AttemptCounter implements ClientInterceptor {
    @Override
    public <ReqT, RespT> ClientCall<ReqT, RespT> interceptCall(
        MethodDescriptor<ReqT, RespT> method, CallOptions callOptions, Channel next) {
      ClientStreamTracer.Factory factory = new ClientStreamTracer.Factory() {
        @Override
        public ClientStreamTracer newClientStreamTracer(ClientStreamTracer.StreamInfo info, Metadata headers) {
          if (!info.isTransparentRetry()) {
            attempts.incrementAndGet();
          }
          return new ClientStreamTracer() {};
        }
      };
      return next.newCall(method, callOptions.withStreamTracerFactory(factory));
    }
  }

  private static final class StatusRuntimeExceptionWrapper extends RuntimeException {
    final DbxException error;

    StatusRuntimeExceptionWrapper(DbxException error) {
      this.error = error;
    }
  }
}
