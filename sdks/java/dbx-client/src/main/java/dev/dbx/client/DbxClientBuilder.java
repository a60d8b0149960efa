package dev.dbx.client;

import io.grpc.ChannelCredentials;
import io.grpc.Grpc;
import io.grpc.InsecureChannelCredentials;
import io.grpc.ManagedChannelBuilder;
import io.grpc.Metadata;
import io.grpc.TlsChannelCredentials;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Configures a {@link DbxClient}: {@code DbxClient.builder(url)...build()}.
 *
 * <pre>{@code
 * DbxClient client = DbxClient.builder("https://dbx.internal:7420")
 *     .trustedCertificates(Path.of("ca.pem"))
 *     .bearerToken(System.getenv("DBX_TOKEN"))
 *     .timeout(Duration.ofSeconds(5))
 *     .build();
 * }</pre>
 */
public final class DbxClientBuilder {

  /** The header {@link #apiKey} sets. */
  public static final String API_KEY_HEADER = "x-api-key";

  private final DbxUrl url;
  private final Metadata headers = new Metadata();
  private Path trustedCertificates;
  private Duration timeout = Duration.ofSeconds(30);
  private RetryPolicy retryPolicy = RetryPolicy.DEFAULT;
  private final List<Consumer<ManagedChannelBuilder<?>>> channelConfigurers = new ArrayList<>();

  DbxClientBuilder(String url) {
    this.url = DbxUrl.parse(url);
  }

  /** Sends {@code authorization: Bearer <token>} with every call. */
  public DbxClientBuilder bearerToken(String token) {
    return header("authorization", "Bearer " + Objects.requireNonNull(token, "token"));
  }

  /** Sends {@code x-api-key: <key>} with every call. */
  public DbxClientBuilder apiKey(String key) {
    return header(API_KEY_HEADER, Objects.requireNonNull(key, "key"));
  }

  /** Sends a header (gRPC metadata; a lowercase ASCII name) with every call. */
  public DbxClientBuilder header(String name, String value) {
    Metadata.Key<String> key = Metadata.Key.of(name, Metadata.ASCII_STRING_MARSHALLER);
    headers.removeAll(key);
    headers.put(key, value);
    return this;
  }

  /**
   * Trusts the certificate authorities of a PEM file for an {@code https} URL
   * (a private CA, a self-signed server), instead of the JDK's default ones.
   */
  public DbxClientBuilder trustedCertificates(Path pemFile) {
    this.trustedCertificates = Objects.requireNonNull(pemFile, "pemFile");
    return this;
  }

  /**
   * The deadline of every unary call that sets none (default 30 s). Server
   * streams get none by default; give one with {@link DbxCollection#withTimeout}.
   */
  public DbxClientBuilder timeout(Duration timeout) {
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive, not " + timeout);
    }
    this.timeout = timeout;
    return this;
  }

  /** How reads are retried on {@code UNAVAILABLE} (default {@link RetryPolicy#DEFAULT}). */
  public DbxClientBuilder retryPolicy(RetryPolicy retryPolicy) {
    this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
    return this;
  }

  /** Any other grpc-java channel setting (message sizes, keep-alive, an executor). */
  public DbxClientBuilder configureChannel(Consumer<ManagedChannelBuilder<?>> configurer) {
    channelConfigurers.add(Objects.requireNonNull(configurer, "configurer"));
    return this;
  }

  public DbxClient build() {
    ManagedChannelBuilder<?> channel = Grpc.newChannelBuilderForAddress(url.host(), url.port(), credentials());
    if (retryPolicy.maxAttempts() > 1) {
      channel.defaultServiceConfig(ReadRetryServiceConfig.of(retryPolicy, DbxClient.SERVICES)).enableRetry();
    } else {
      channel.disableRetry();
    }
    channelConfigurers.forEach(configurer -> configurer.accept(channel));
    // Added last, so they run first: the caller's own interceptors see the
    // headers and the deadline these set.
    channel.intercept(new HeadersInterceptor(headers), new DefaultDeadlineInterceptor(timeout));
    return new DbxClient(channel.build());
  }

  private ChannelCredentials credentials() {
    if (!url.tls()) {
      if (trustedCertificates != null) {
        throw new IllegalStateException("trustedCertificates needs an https:// URL");
      }
      return InsecureChannelCredentials.create();
    }
    if (trustedCertificates == null) {
      return TlsChannelCredentials.create();
    }
    try {
      return TlsChannelCredentials.newBuilder().trustManager(trustedCertificates.toFile()).build();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the certificates in " + trustedCertificates, e);
    }
  }
}
