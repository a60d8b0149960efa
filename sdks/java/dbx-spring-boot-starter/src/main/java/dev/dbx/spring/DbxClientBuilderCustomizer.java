package dev.dbx.spring;

import dev.dbx.client.DbxClientBuilder;

/**
 * Adjusts the auto-configured client beyond what the {@code dbx.*}
 * properties say (a channel executor, keep-alive): declare one as a bean.
 */
@FunctionalInterface
public interface DbxClientBuilderCustomizer {

  void customize(DbxClientBuilder builder);
}
