package dev.dbx.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.gson.JsonParser;
import dev.dbx.client.testing.DbxTestServer;
import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.ClientCall;
import io.grpc.ClientInterceptor;
import io.grpc.ForwardingClientCall.SimpleForwardingClientCall;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.grpc.Status;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * An https URL against a DBX server serving TLS with a certificate of a CA
 * made for the test (openssl), trusted through {@code trustedCertificates}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TlsAndCredentialsTest {

  @TempDir
  static Path dir;

  private Process server;
  private String url;

  @BeforeAll
  void startTlsServer() throws Exception {
    openssl("req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
        "-keyout", "ca.key", "-out", "ca.pem", "-days", "1", "-subj", "/CN=DBX test CA");
    openssl("req", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
        "-keyout", "server.key", "-out", "server.csr", "-subj", "/CN=localhost");
    Files.writeString(dir.resolve("san.ext"), "subjectAltName=DNS:localhost,IP:127.0.0.1\n");
    openssl("x509", "-req", "-in", "server.csr", "-CA", "ca.pem", "-CAkey", "ca.key", "-CAcreateserial",
        "-out", "server.pem", "-days", "1", "-extfile", "san.ext");

    Path log = dir.resolve("dbx.log");
    server = new ProcessBuilder("node", "bin/dbx.js", "serve", "--memory", "--port", "0",
            "--tls-cert", dir.resolve("server.pem").toString(), "--tls-key", dir.resolve("server.key").toString())
        .directory(DbxTestServer.repositoryRoot().toFile())
        .redirectOutput(log.toFile())
        .redirectErrorStream(true)
        .start();
    url = "https://localhost:" + listeningPort(log);
  }

  @AfterAll
  void stopTlsServer() throws InterruptedException {
    if (server != null) {
      server.destroy();
      if (!server.waitFor(10, TimeUnit.SECONDS)) {
        server.destroyForcibly();
      }
    }
  }

  @Test
  void trustsACustomCertificateAuthority() {
    try (DbxClient client = DbxClient.builder(url).trustedCertificates(dir.resolve("ca.pem")).build()) {
      assertThat(client.capabilities().has("stream.watch")).isTrue();
    }
  }

  @Test
  void refusesAServerItDoesNotTrust() {
    try (DbxClient client = DbxClient.builder(url).retryPolicy(RetryPolicy.NONE).timeout(Duration.ofSeconds(10)).build()) {
      DbxException error = catchThrowableOfType(DbxException.class, client::capabilities);

      assertThat(error.code()).isEqualTo(Status.Code.UNAVAILABLE);
    }
  }

  @Test
  void sendsCredentialsWithEveryCall() {
    AtomicReference<Metadata> sent = new AtomicReference<>();
    ClientInterceptor capture = new ClientInterceptor() {
      @Override
      public <ReqT, RespT> ClientCall<ReqT, RespT> interceptCall(
          MethodDescriptor<ReqT, RespT> method, CallOptions callOptions, Channel next) {
        return new SimpleForwardingClientCall<>(next.newCall(method, callOptions)) {
          @Override
          public void start(Listener<RespT> listener, Metadata headers) {
            sent.set(headers);
            super.start(listener, headers);
          }
        };
      }
    };
    try (DbxClient client = DbxClient.builder(url)
        .trustedCertificates(dir.resolve("ca.pem"))
        .bearerToken("t0ken")
        .apiKey("k3y")
        .header("x-tenant", "7")
        .configureChannel(channel -> channel.intercept(capture))
        .build()) {
      client.capabilities();
    }

    assertThat(sent.get().get(Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER))).isEqualTo("Bearer t0ken");
    assertThat(sent.get().get(Metadata.Key.of("x-api-key", Metadata.ASCII_STRING_MARSHALLER))).isEqualTo("k3y");
    assertThat(sent.get().get(Metadata.Key.of("x-tenant", Metadata.ASCII_STRING_MARSHALLER))).isEqualTo("7");
  }

  @Test
  void urlsAreChecked() {
    assertThatThrownBy(() -> DbxClient.connect("ftp://localhost:1")).hasMessageContaining("http://");
    assertThatThrownBy(() -> DbxClient.connect("http://localhost:1/dbx")).hasMessageContaining("no path");
    assertThatThrownBy(() -> DbxClient.builder("http://localhost:1").trustedCertificates(dir.resolve("ca.pem")).build())
        .hasMessageContaining("https");
  }

  private void openssl(String... args) throws IOException, InterruptedException {
    List<String> command = new java.util.ArrayList<>(List.of("openssl"));
    command.addAll(List.of(args));
    Process openssl = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
    String output = new String(openssl.getInputStream().readAllBytes());
    if (openssl.waitFor() != 0) {
      throw new IllegalStateException("openssl " + String.join(" ", args) + " failed: " + output);
    }
  }

  /** The port from DBX's "dbx listening" log line (JSON lines on stdout). */
  private int listeningPort(Path log) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline) {
      if (!server.isAlive()) {
        throw new IllegalStateException("DBX exited: " + Files.readString(log));
      }
      for (String line : Files.readAllLines(log)) {
        if (line.startsWith("{") && line.contains("\"dbx listening\"")) {
          return JsonParser.parseString(line).getAsJsonObject().get("port").getAsInt();
        }
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException("DBX did not listen within 60 s: " + Files.readString(log));
  }
}
