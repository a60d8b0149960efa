package dev.dbx.client;

import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.ClientCall;
import io.grpc.ClientInterceptor;
import io.grpc.ForwardingClientCall.SimpleForwardingClientCall;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;

/** Sends the client's configured headers (credentials among them) with every call. */
final class HeadersInterceptor implements ClientInterceptor {

  private final Metadata headers;

  HeadersInterceptor(Metadata headers) {
    this.headers = headers;
  }

  @Override
  public <ReqT, RespT> ClientCall<ReqT, RespT> interceptCall(
      MethodDescriptor<ReqT, RespT> method, CallOptions callOptions, Channel next) {
    return new SimpleForwardingClientCall<>(next.newCall(method, callOptions)) {
      @Override
      public void start(Listener<RespT> responseListener, Metadata callHeaders) {
        callHeaders.merge(headers);
        super.start(responseListener, callHeaders);
      }
    };
  }
}
