export type { ApiKeyPage, ApiKeyRateLimit, ApiKeyRecord, AuthenticatedKey, IssuedApiKey, NewApiKey } from "./api-key.js";
export { ApiKeyStore } from "./api-key-store.js";
export type { ApiKeyStoreOptions } from "./options.js";
export { API_KEY_PREFIX, isKeyId } from "./api-key-secret.js";
