import type { BackendConfig } from "../../config/schema.js";
import type { Backend } from "../backend.js";
import { MongoBackend } from "./mongodb-backend.js";
import { parseMongoSettings } from "./options.js";

/**
 * Creates a MongoDB backend from its configuration (not yet opened). Bad
 * options fail here with a ConfigError naming `backends.<name>.<option>`.
 */
export function createMongoBackend(name: string, config: BackendConfig): Backend {
  return new MongoBackend(name, parseMongoSettings(name, config));
}
