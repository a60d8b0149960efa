package dev.dbx.spring;

import dev.dbx.client.DbxClient;
import dev.dbx.client.DbxClientBuilder;
import dev.dbx.client.RetryPolicy;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * A {@link DbxClient} bean made from the {@code dbx.*} properties
 * ({@link DbxProperties}) unless the application declares its own. The
 * context closes it, which shuts its channel down.
 */
@AutoConfiguration
@ConditionalOnClass(DbxClient.class)
@EnableConfigurationProperties(DbxProperties.class)
public class DbxAutoConfiguration {

  @Bean(destroyMethod = "close")
  @ConditionalOnMissingBean
  public DbxClient dbxClient(DbxProperties properties, ObjectProvider<DbxClientBuilderCustomizer> customizers) {
    DbxClientBuilder builder = DbxClient.builder(properties.getUrl()).timeout(properties.getTimeout());
    if (properties.getToken() != null) {
      builder.bearerToken(properties.getToken());
    }
    if (properties.getApiKey() != null) {
      builder.apiKey(properties.getApiKey());
    }
    properties.getHeaders().forEach(builder::header);
    if (properties.getTrustedCertificates() != null) {
      builder.trustedCertificates(properties.getTrustedCertificates());
    }
    RetryPolicy defaults = RetryPolicy.DEFAULT;
    builder.retryPolicy(new RetryPolicy(
        properties.getMaxAttempts(), defaults.initialBackoff(), defaults.maxBackoff(), defaults.backoffMultiplier()));
    customizers.orderedStream().forEach(customizer -> customizer.customize(builder));
    return builder.build();
  }
}
