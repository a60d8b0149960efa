package dev.dbx.client;

import dev.dbx.client.testing.DbxTestServer;

/**
 * sdks/SCENARIO.md steps 1 to 9 against the server that requires
 * authentication ({@code test-server.mjs --auth}), as the admin API key
 * ({@code x-api-key}).
 */
class ScenarioApiKeyTest extends ScenarioSteps {

  @Override
  DbxClientBuilder builder() {
    DbxTestServer.Auth auth = DbxTestServer.auth();
    return DbxClient.builder(auth.url()).apiKey(auth.adminApiKey());
  }

  @Override
  String suffix() {
    return PROTOCOL + "_key";
  }
}
