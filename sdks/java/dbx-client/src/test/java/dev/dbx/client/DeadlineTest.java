package dev.dbx.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.dbx.client.testing.DbxTestServer;
import dev.dbx.sql.v1.ColumnDefinition;
import dev.dbx.sql.v1.ColumnType;
import dev.dbx.sql.v1.CreateTableRequest;
import dev.dbx.v1.ChangeEvent;
import dev.dbx.v1.Target;
import io.grpc.Status;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The client's default deadline covers unary calls; a collection's own timeout covers its streams too. */
class DeadlineTest {

  @Test
  void theDefaultDeadlineEndsUnaryCalls() {
    try (DbxClient client = DbxClient.builder(DbxTestServer.url()).timeout(Duration.ofNanos(1)).build()) {
      DbxException error = catchThrowableOfType(DbxException.class, client::capabilities);

      assertThat(error.code()).isEqualTo(Status.Code.DEADLINE_EXCEEDED);
    }
  }

  @Test
  void streamsOutliveTheDefaultDeadlineButNotTheirOwn() throws InterruptedException {
    try (DbxClient client = DbxClient.builder(DbxTestServer.url()).timeout(Duration.ofMillis(300)).build()) {
      client.sqlService().blocking().withDeadlineAfter(10, java.util.concurrent.TimeUnit.SECONDS)
          .createTable(CreateTableRequest.newBuilder()
              .setTarget(Target.newBuilder().setCollection("deadline_grpc"))
              .addColumns(ColumnDefinition.newBuilder().setName("id").setType(ColumnType.COLUMN_TYPE_STRING))
              .addPrimaryKey("id")
              .build());
      DbxCollection watched = client.collection("deadline_grpc");

      try (ServerStream<ChangeEvent> changes = watched.watch()) {
        Thread.sleep(600); // past the client's default deadline
        watched.withTimeout(Duration.ofSeconds(10)).put("late", Map.of());
        assertThat(TypedValues.toJava(changes.next().getKey())).isEqualTo("late");
      }

      try (ServerStream<ChangeEvent> changes = watched.withTimeout(Duration.ofMillis(300)).watch()) {
        DbxException error = catchThrowableOfType(DbxException.class, changes::next);

        assertThat(error.code()).isEqualTo(Status.Code.DEADLINE_EXCEEDED);
        assertThat(changes.hasNext()).isFalse();
      }
    }
  }
}
