package dev.dbx.client.testing;

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
 * waits for it.
 */
public final class DbxTestServer {

  private static String url;

  private DbxTestServer() {}

  /** The URL of the running server, {@code http://127.0.0.1:<port>}; starts it on first call. */
  public static synchronized String url() {
    if (url == null) {
      url = start();
    }
    return url;
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

  private static String start() {
    Path root = repositoryRoot();
    Path log = Path.of("target", "dbx-test-server.log").toAbsolutePath();
    try {
      Files.createDirectories(log.getParent());
      Process server = new ProcessBuilder("node", "sdks/test-server.mjs")
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
      return first.strip();
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
