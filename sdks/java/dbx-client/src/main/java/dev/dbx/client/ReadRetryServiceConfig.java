package dev.dbx.client;

import com.google.protobuf.DescriptorProtos.MethodOptions.IdempotencyLevel;
import com.google.protobuf.Descriptors.MethodDescriptor;
import io.grpc.ServiceDescriptor;
import io.grpc.protobuf.ProtoServiceDescriptorSupplier;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The gRPC service config that retries reads. Which methods read only is taken
 * from the contract itself ({@code option idempotency_level = NO_SIDE_EFFECTS}
 * in the protos), so a read added to the contract is retried without a change
 * here, and a write never is.
 */
final class ReadRetryServiceConfig {

  private ReadRetryServiceConfig() {}

  /** The service config, in the JSON-like shape {@code ManagedChannelBuilder.defaultServiceConfig} takes. */
  static Map<String, Object> of(RetryPolicy policy, List<ServiceDescriptor> services) {
    List<Object> names = new ArrayList<>();
    for (ServiceDescriptor service : services) {
      var proto = ((ProtoServiceDescriptorSupplier) service.getSchemaDescriptor()).getServiceDescriptor();
      for (MethodDescriptor method : proto.getMethods()) {
        if (method.getOptions().getIdempotencyLevel() == IdempotencyLevel.NO_SIDE_EFFECTS) {
          names.add(Map.of("service", proto.getFullName(), "method", method.getName()));
        }
      }
    }
    // Numbers are doubles and durations strings, as in the JSON service config.
    Map<String, Object> retryPolicy = Map.of(
        "maxAttempts", (double) policy.maxAttempts(),
        "initialBackoff", seconds(policy.initialBackoff()),
        "maxBackoff", seconds(policy.maxBackoff()),
        "backoffMultiplier", policy.backoffMultiplier(),
        "retryableStatusCodes", List.of("UNAVAILABLE"));
    return Map.of("methodConfig", List.of(Map.of("name", names, "retryPolicy", retryPolicy)));
  }

  private static String seconds(Duration duration) {
    return duration.toSeconds() + "." + String.format("%09d", duration.toNanosPart()) + "s";
  }
}
