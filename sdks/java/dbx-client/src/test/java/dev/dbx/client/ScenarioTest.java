package dev.dbx.client;

import dev.dbx.client.testing.DbxTestServer;

/** sdks/SCENARIO.md steps 1 to 9 against the server without authentication. */
class ScenarioTest extends ScenarioSteps {

  @Override
  DbxClientBuilder builder() {
    return DbxClient.builder(DbxTestServer.url());
  }

  @Override
  String suffix() {
    return PROTOCOL;
  }
}
