package dev.dbx.client;

/**
 * The three generated stubs of one service, on the client's channel: blocking
 * (returns the answer, throws {@link io.grpc.StatusRuntimeException}), future
 * ({@code ListenableFuture}) and async ({@code StreamObserver}). Each carries
 * the client's headers, default deadline and retry policy; set a deadline for
 * one call with {@code withDeadlineAfter}. {@link DbxException#from} reads a
 * failure's DBX error details.
 */
public record ServiceStubs<B, F, A>(B blocking, F future, A async) {}
