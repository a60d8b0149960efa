package dev.dbx.client;

import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.ClientCall;
import io.grpc.ClientInterceptor;
import io.grpc.MethodDescriptor;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Gives every unary call without a deadline the client's default one. Server
 * streams are left alone: a Watch or a long FindStream is meant to outlive any
 * default, and ends when its caller closes or cancels it (or sets a deadline).
 */
final class DefaultDeadlineInterceptor implements ClientInterceptor {

  private final Duration timeout;

  DefaultDeadlineInterceptor(Duration timeout) {
    this.timeout = timeout;
  }

  @Override
  public <ReqT, RespT> ClientCall<ReqT, RespT> interceptCall(
      MethodDescriptor<ReqT, RespT> method, CallOptions callOptions, Channel next) {
    if (callOptions.getDeadline() == null && method.getType() == MethodDescriptor.MethodType.UNARY) {
      callOptions = callOptions.withDeadlineAfter(timeout.toNanos(), TimeUnit.NANOSECONDS);
    }
    return next.newCall(method, callOptions);
  }
}
