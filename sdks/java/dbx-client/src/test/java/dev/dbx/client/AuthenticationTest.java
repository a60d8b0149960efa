package dev.dbx.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.protobuf.Any;
import com.google.rpc.ErrorInfo;
import com.google.rpc.RetryInfo;
import dev.dbx.client.testing.DbxTestServer;
import dev.dbx.sql.v1.ColumnDefinition;
import dev.dbx.sql.v1.ColumnType;
import dev.dbx.sql.v1.CreateTableRequest;
import dev.dbx.v1.ApiKey;
import dev.dbx.v1.ErrorReason;
import dev.dbx.v1.ListApiKeysRequest;
import dev.dbx.v1.ListApiKeysResponse;
import dev.dbx.v1.Target;
import io.grpc.Status;
import io.grpc.protobuf.StatusProto;
import java.time.Duration;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * sdks/SCENARIO.md steps 10 and 11 (UNAUTHENTICATED, PERMISSION_DENIED as
 * {@link DbxException}s) and {@code dbx.v1.ApiKeyService}, against the server
 * that requires authentication ({@code test-server.mjs --auth}), over gRPC.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthenticationTest {

  private static final String NOTES = "notes_grpc_auth";

  private DbxTestServer.Auth auth;

  @BeforeAll
  void createTable() {
    auth = DbxTestServer.auth();
    try (DbxClient admin = client(builder -> builder.apiKey(auth.adminApiKey()))) {
      admin.sqlService().blocking().createTable(CreateTableRequest.newBuilder()
          .setTarget(Target.newBuilder().setCollection(NOTES))
          .addColumns(ColumnDefinition.newBuilder().setName("id").setType(ColumnType.COLUMN_TYPE_STRING))
          .addColumns(ColumnDefinition.newBuilder().setName("n").setType(ColumnType.COLUMN_TYPE_INT64))
          .addPrimaryKey("id")
          .build());
      admin.collection(NOTES).put("a", Map.of("n", 1L));
    }
  }

  @Test
  void withoutACredentialUnauthenticated() {
    try (DbxClient anonymous = client(builder -> builder)) {
      DbxException error = catchThrowableOfType(DbxException.class, () -> anonymous.collection(NOTES).get("a"));

      assertThat(error.code()).isEqualTo(Status.Code.UNAUTHENTICATED);
      assertThat(error.reason()).isEqualTo(ErrorReason.ERROR_REASON_UNAUTHENTICATED);
      assertThat(error.domain()).isEqualTo(DbxException.DOMAIN);
      assertThat(error.isRetryable()).isFalse();
    }
  }

  @Test
  void anExpiredJwtUnauthenticated() {
    try (DbxClient expired = client(builder -> builder.bearerToken(auth.expiredJwt()))) {
      DbxException error = catchThrowableOfType(DbxException.class, () -> expired.collection(NOTES).get("a"));

      assertThat(error.code()).isEqualTo(Status.Code.UNAUTHENTICATED);
      assertThat(error.reason()).isEqualTo(ErrorReason.ERROR_REASON_UNAUTHENTICATED);
      assertThat(error.domain()).isEqualTo(DbxException.DOMAIN);
      assertThat(error.metadata()).containsEntry("scheme", "bearer");
      assertThat(error.isRetryable()).isFalse();
    }
  }

  @Test
  void anUnknownApiKeyUnauthenticated() {
    try (DbxClient unknown = client(builder -> builder.apiKey("dbx_nosuchkey_" + "0".repeat(32)))) {
      DbxException error = catchThrowableOfType(DbxException.class, () -> unknown.collection(NOTES).get("a"));

      assertThat(error.code()).isEqualTo(Status.Code.UNAUTHENTICATED);
      assertThat(error.reason()).isEqualTo(ErrorReason.ERROR_REASON_UNAUTHENTICATED);
      assertThat(error.metadata()).containsEntry("scheme", "api_key");
      assertThat(error.isRetryable()).isFalse();
    }
  }

  @Test
  void theReaderApiKeyReadsButMayNotWrite() {
    readerMayReadButNotWrite(client(builder -> builder.apiKey(auth.readerApiKey())));
  }

  @Test
  void theReaderJwtReadsButMayNotWrite() {
    readerMayReadButNotWrite(client(builder -> builder.bearerToken(auth.readerJwt())));
  }

  private static void readerMayReadButNotWrite(DbxClient reader) {
    try (reader) {
      DbxCollection notes = reader.collection(NOTES);
      assertThat(notes.get("a")).containsEntry("n", 1L);
      DbxException missing = catchThrowableOfType(DbxException.class, () -> notes.get("nobody"));
      assertThat(missing.reason()).isEqualTo(ErrorReason.ERROR_REASON_NOT_FOUND);

      DbxException denied = catchThrowableOfType(DbxException.class, () -> notes.put("b", Map.of("n", 2L)));

      assertThat(denied.code()).isEqualTo(Status.Code.PERMISSION_DENIED);
      assertThat(denied.reason()).isEqualTo(ErrorReason.ERROR_REASON_PERMISSION_DENIED);
      assertThat(denied.domain()).isEqualTo(DbxException.DOMAIN);
      assertThat(denied.metadata()).containsEntry("group", "write");
      assertThat(denied.isRetryable()).isFalse();
    }
  }

  @Test
  void apiKeyServiceListsTheKeysAsAdmin() {
    for (UnaryOperator<DbxClientBuilder> admin : java.util.List.<UnaryOperator<DbxClientBuilder>>of(
        builder -> builder.bearerToken(auth.adminJwt()), builder -> builder.apiKey(auth.adminApiKey()))) {
      try (DbxClient client = client(admin)) {
        ListApiKeysResponse listed = client.apiKeyService().blocking().listApiKeys(ListApiKeysRequest.getDefaultInstance());

        assertThat(listed.getKeysList()).extracting(ApiKey::getRole).contains("admin", "reader");
        assertThat(listed.getKeysList()).anySatisfy(key -> {
          assertThat(key.getRole()).isEqualTo("admin");
          assertThat(auth.adminApiKey()).startsWith("dbx_" + key.getId() + "_");
          assertThat(key.hasCreateTime()).isTrue();
          assertThat(key.hasRevokeTime()).isFalse();
        });
      }
    }
  }

  @Test
  void apiKeyServiceRefusesTheReader() {
    try (DbxClient reader = client(builder -> builder.apiKey(auth.readerApiKey()))) {
      DbxException denied = catchThrowableOfType(DbxException.class,
          () -> {
            try {
              reader.apiKeyService().blocking().listApiKeys(ListApiKeysRequest.getDefaultInstance());
            } catch (RuntimeException e) {
              throw DbxException.from(e);
            }
          });

      assertThat(denied.code()).isEqualTo(Status.Code.PERMISSION_DENIED);
      assertThat(denied.reason()).isEqualTo(ErrorReason.ERROR_REASON_PERMISSION_DENIED);
      assertThat(denied.metadata()).containsEntry("group", "admin");
      assertThat(denied.isRetryable()).isFalse();
    }
  }

  @Test
  void rateLimitedIsRetryableAfterItsDelay() {
    com.google.rpc.Status status = com.google.rpc.Status.newBuilder()
        .setCode(Status.Code.RESOURCE_EXHAUSTED.value())
        .setMessage("rate limit")
        .addDetails(Any.pack(ErrorInfo.newBuilder()
            .setDomain(DbxException.DOMAIN)
            .setReason(ErrorReason.ERROR_REASON_RATE_LIMITED.name())
            .putMetadata("limit", "5")
            .putMetadata("scope", "identity")
            .build()))
        .addDetails(Any.pack(RetryInfo.newBuilder()
            .setRetryDelay(com.google.protobuf.Duration.newBuilder().setNanos(250_000_000))
            .build()))
        .build();

    DbxException limited = DbxException.from(StatusProto.toStatusRuntimeException(status));

    assertThat(limited.reason()).isEqualTo(ErrorReason.ERROR_REASON_RATE_LIMITED);
    assertThat(limited.isRetryable()).isTrue();
    assertThat(limited.retryDelay()).contains(Duration.ofMillis(250));
    assertThat(DbxException.from(Status.UNAUTHENTICATED.asRuntimeException()).isRetryable()).isFalse();
    assertThat(DbxException.from(Status.PERMISSION_DENIED.asRuntimeException()).isRetryable()).isFalse();
  }

  private DbxClient client(UnaryOperator<DbxClientBuilder> credential) {
    return credential.apply(DbxClient.builder(auth.url()).timeout(Duration.ofSeconds(10))).build();
  }
}
