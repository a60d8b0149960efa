package dev.dbx.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.dbx.client.DbxClient;
import dev.dbx.client.DbxException;
import dev.dbx.client.testing.DbxTestServer;
import dev.dbx.v1.ErrorReason;
import dev.dbx.v1.ListApiKeysRequest;
import io.grpc.Status;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * The starter's credential properties, {@code dbx.token} and
 * {@code dbx.api-key}, against the test server that requires authentication
 * ({@code test-server.mjs --auth}).
 */
class DbxAutoConfigurationAuthTest {

  private final DbxTestServer.Auth auth = DbxTestServer.auth();
  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(DbxAutoConfiguration.class))
      .withPropertyValues("dbx.url=" + auth.url(), "dbx.timeout=10s");

  @Test
  void theTokenPropertyIsSentAsABearerToken() {
    runner.withPropertyValues("dbx.token=" + auth.adminJwt()).run(context -> {
      DbxClient client = context.getBean(DbxClient.class);
      assertThat(client.capabilities().has("stream.watch")).isTrue();
      assertThat(client.apiKeyService().blocking().listApiKeys(ListApiKeysRequest.getDefaultInstance()).getKeysCount())
          .isGreaterThanOrEqualTo(2);
    });
  }

  @Test
  void theApiKeyPropertyIsSentAsXApiKey() {
    runner.withPropertyValues("dbx.api-key=" + auth.adminApiKey()).run(context -> {
      DbxClient client = context.getBean(DbxClient.class);
      assertThat(client.capabilities().has("stream.watch")).isTrue();
      assertThat(client.apiKeyService().blocking().listApiKeys(ListApiKeysRequest.getDefaultInstance()).getKeysCount())
          .isGreaterThanOrEqualTo(2);
    });
  }

  @Test
  void withoutACredentialTheServerRefuses() {
    runner.run(context -> {
      DbxClient client = context.getBean(DbxClient.class);
      DbxException error = catchThrowableOfType(DbxException.class, client::capabilities);
      assertThat(error.code()).isEqualTo(Status.Code.UNAUTHENTICATED);
      assertThat(error.reason()).isEqualTo(ErrorReason.ERROR_REASON_UNAUTHENTICATED);
    });
  }
}
