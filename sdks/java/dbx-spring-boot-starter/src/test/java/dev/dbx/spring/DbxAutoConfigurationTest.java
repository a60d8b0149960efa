package dev.dbx.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dbx.client.DbxClient;
import dev.dbx.client.DbxCollection;
import dev.dbx.client.testing.DbxTestServer;
import dev.dbx.sql.v1.ColumnDefinition;
import dev.dbx.sql.v1.ColumnType;
import dev.dbx.sql.v1.CreateTableRequest;
import dev.dbx.v1.Target;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Configuration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A Spring Boot application whose DbxClient comes from the starter, pointed at the test server by dbx.url. */
@SpringBootTest(properties = {
    "dbx.timeout=10s", "dbx.token=test-token", "spring.main.banner-mode=off", "logging.level.root=warn"})
class DbxAutoConfigurationTest {

  @Configuration(proxyBeanMethods = false)
  @EnableAutoConfiguration
  static class Application {}

  @DynamicPropertySource
  static void dbx(DynamicPropertyRegistry registry) {
    registry.add("dbx.url", DbxTestServer::url);
  }

  @Autowired
  DbxClient client;

  @Autowired
  DbxProperties properties;

  @Test
  void theInjectedClientCallsTheServer() {
    assertThat(properties.getUrl()).isEqualTo(DbxTestServer.url());
    assertThat(client.capabilities().has("stream.watch")).isTrue();

    client.sqlService().blocking().createTable(CreateTableRequest.newBuilder()
        .setTarget(Target.newBuilder().setCollection("spring_notes"))
        .addColumns(ColumnDefinition.newBuilder().setName("id").setType(ColumnType.COLUMN_TYPE_STRING))
        .addColumns(ColumnDefinition.newBuilder().setName("n").setType(ColumnType.COLUMN_TYPE_INT64))
        .addPrimaryKey("id")
        .build());
    DbxCollection notes = client.collection("spring_notes");
    notes.put("a", Map.of("n", 1L));

    assertThat(notes.get("a")).containsEntry("n", 1L);
  }
}
