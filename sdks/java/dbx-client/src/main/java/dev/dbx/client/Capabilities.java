package dev.dbx.client;

import dev.dbx.v1.GetCapabilitiesResponse;
import dev.dbx.v1.TimestampPrecision;
import java.util.Set;

/**
 * What one backend supports ({@code AdminService.GetCapabilities}), to branch
 * on before calling: {@code if (caps.has("stream.watch")) ...}. The names are
 * listed in docs/capabilities.md ({@code value.interval},
 * {@code transaction.interactive}, ...).
 */
public final class Capabilities {

  private final GetCapabilitiesResponse response;
  private final Set<String> names;

  Capabilities(GetCapabilitiesResponse response) {
    this.response = response;
    this.names = Set.copyOf(response.getCapabilitiesList());
  }

  /** Whether the backend has the capability. */
  public boolean has(String capability) {
    return names.contains(capability);
  }

  /** Every capability the backend has. */
  public Set<String> names() {
    return names;
  }

  /** The backend's name, as configured on the server. */
  public String backend() {
    return response.getBackend().getName();
  }

  /** The finest timestamp digits the backend stores; finer ones are refused. */
  public TimestampPrecision timestampPrecision() {
    return response.getTimestampPrecision();
  }

  /** The whole answer: services, modules, server version. */
  public GetCapabilitiesResponse response() {
    return response;
  }

  @Override
  public String toString() {
    return backend() + " " + names;
  }
}
