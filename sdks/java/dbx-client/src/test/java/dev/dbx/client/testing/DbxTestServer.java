package dev.dbx.client.testing;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The DBX server the tests call: {@code node sdks/test-server.mjs} from the
 * repository root, started once per test JVM on first use. It stops when its
 * stdin closes, which happens when this JVM exits however it exits, so a
 * killed test run leaves no server behind; a shutdown hook also closes it and
 * waits for it. {@link #auth()} starts a second one, {@code --auth}, that
 * requires credentials.
 */
public final class DbxTestServer {

  private static String url;
  private static Auth auth;

  private DbxTestServer() {}

  /**
   * The URL and credentials of the server {@code node sdks/test-server.mjs --auth}
   * prints: authentication required, JWTs (admin, reader, expired) and API keys
   * (admin, reader).
   */
  public record Auth(String url, String adminJwt, String readerJwt, String expiredJwt, String adminApiKey, String readerApiKey) {}

  /** The URL of the running server, {@code http://127.0.0.1:<port>}; starts it on first call. */
  public static synchronized String url() {
    if (url == null) {
      url = start(false)[0];
    }
    return url;
  }

  /** The server that requires authentication, its URL and credentials; starts it on first call. */
  public static synchronized Auth auth() {
    if (auth == null) {
      String[] lines = start(true);
      JsonObject made = JsonParser.parseString(lines[1]).getAsJsonObject();
      JsonObject jwt = made.getAsJsonObject("jwt");
      JsonObject apiKey = made.getAsJsonObject("apiKey");
      auth = new Auth(lines[0],
          jwt.get("admin").getAsString(), jwt.get("reader").getAsString(), jwt.get("expired").getAsString(),
          apiKey.get("admin").getAsString(), apiKey.get("reader").getAsString());
    }
    return auth;
  }

  /** The repository root: the nearest folder above the working directory that has sdks/test-server.mjs. */
  public static Path repositoryRoot() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve("sdks/test-server.mjs"))) {
        return dir;
      }
    }
    throw new IllegalStateException("no sdks/test-server.mjs above " + Path.of("").toAbsolutePath());
  }

  /** Starts the server; answers its URL line, and with {@code --auth} its credentials line too. */
  private static String[] start(boolean withAuth) {
    Path root = repositoryRoot();
    Path log = Path.of("target", withAuth ? "dbx-test-server-auth.log" : "dbx-test-server.log").toAbsolutePath();
    try {
      Files.createDirectories(log.getParent());
      ProcessBuilder command = withAuth
          ? new ProcessBuilder("node", "sdks/test-server.mjs", "--auth")
          : new ProcessBuilder("node", "sdks/test-server.mjs");
      Process server = command
          .directory(root.toFile())
          .redirectError(ProcessBuilder.Redirect.to(log.toFile()))
          .start();
      Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(server)));
      BufferedReader stdout = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
      String first = stdout.readLine();
      if (first == null || !first.startsWith("http://")) {
        stop(server);
        throw new IllegalStateException("the DBX test server did not start (see " + log + "): " + first);
      }
      if (!withAuth) {
        return new String[] {first.strip()};
      }
      String second = stdout.readLine();
      if (second == null || !second.startsWith("{")) {
        stop(server);
        throw new IllegalStateException("the DBX test server printed no credentials (see " + log + "): " + second);
      }
      return new String[] {first.strip(), second.strip()};
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start node sdks/test-server.mjs in " + root, e);
    }
  }

  private static void stop(Process server) {
    try {
      server.getOutputStream().close();
      if (!server.waitFor(10, TimeUnit.SECONDS)) {
        server.destroyForcibly();
      }
    } catch (IOException e) {
      server.destroyForcibly();
    } catch (InterruptedException e) {
      server.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
