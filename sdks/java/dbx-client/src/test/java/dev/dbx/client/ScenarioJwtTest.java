package dev.dbx.client;

import dev.dbx.client.testing.DbxTestServer;

/**
 * sdks/SCENARIO.md steps 1 to 9 against the server that requires
 * authentication ({@code test-server.mjs --auth}), as the admin JWT
 * ({@code authorization: Bearer ...}).
 */
class ScenarioJwtTest extends ScenarioSteps {

  @Override
  DbxClientBuilder builder() {
    DbxTestServer.Auth auth = DbxTestServer.auth();
    return DbxClient.builder(auth.url()).bearerToken(auth.adminJwt());
  }

  @Override
  String suffix() {
    return PROTOCOL + "_jwt";
  }
}
