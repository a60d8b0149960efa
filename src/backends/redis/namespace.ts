import { invalidField } from "../../errors/dbx-error.js";

/**
 * A Redis backend is one keyspace (its database number is configuration), so
 * a Target's namespace must be empty on every call, universal or RedisService.
 */
export function checkRedisNamespace(namespace: string, field = "target.namespace"): void {
  if (namespace !== "") {
    throw invalidField(field, "Redis backends have no namespaces (the database number is set in the backend's URL); leave it empty");
  }
}
