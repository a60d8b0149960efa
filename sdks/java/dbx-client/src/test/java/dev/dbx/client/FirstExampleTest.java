package dev.dbx.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dbx.client.testing.DbxTestServer;
import examples.FirstExample;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The README's first example runs against the test server as written. */
class FirstExampleTest {

  @Test
  void runs() {
    PrintStream out = System.out;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
    try {
      FirstExample.main(new String[] {DbxTestServer.url()});
    } finally {
      System.setOut(out);
    }

    assertThat(printed.toString(StandardCharsets.UTF_8))
        .contains("can watch: true")
        .contains("hello from Java at ");
  }
}
