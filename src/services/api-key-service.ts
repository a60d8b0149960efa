import { create } from "@bufbuild/protobuf";
import { durationMs, timestampFromMs, type Duration } from "@bufbuild/protobuf/wkt";
import type { ServiceImpl } from "@connectrpc/connect";
import {
  ApiKeySchema,
  ApiKeyService,
  type ApiKey,
  type ApiKeyRateLimit as ApiKeyRateLimitMessage,
} from "../../gen/ts/dbx/v1/api_keys_pb.js";
import { ErrorReason } from "../../gen/ts/dbx/v1/errors_pb.js";
import { isKeyId, type ApiKeyRateLimit, type ApiKeyRecord, type ApiKeyStore } from "../auth/api-keys/index.js";
import { dbxError, invalidField } from "../errors/dbx-error.js";

/** What ApiKeyService serves from, when API keys are configured. */
export interface ApiKeyServiceOptions {
  readonly store: ApiKeyStore;
  /** The roles a key may be given: those configured (auth.roles), `admin` included. */
  readonly roles: readonly string[];
}

const DEFAULT_PAGE_SIZE = 100;
const MAX_PAGE_SIZE = 1000;

/**
 * ApiKeyService over the key store. Who may call it (the `admin` group) is
 * the authorization step's business, not the handler's. Without a store every
 * method answers PERMISSION_DENIED (DISABLED) naming the setting that enables
 * it; the service is still served, so that reflection lists it.
 */
export function createApiKeyService(options: ApiKeyServiceOptions | undefined): ServiceImpl<typeof ApiKeyService> {
  if (options === undefined) return unconfiguredService();
  const { store } = options;
  const roles = new Set(options.roles);
  return {
    createApiKey(req) {
      if (req.role === "") throw invalidField("role", "required");
      if (!roles.has(req.role)) throw invalidField("role", `no role named "${req.role}" is configured in auth.roles`);
      const issued = store.create({
        name: req.name,
        role: req.role,
        ...(req.ttl && { ttlMs: wholeMs(req.ttl) }),
        ...(req.rateLimit && { rateLimit: rateLimitOf(req.rateLimit) }),
      });
      return { key: apiKeyMessage(issued.key), secret: issued.secret };
    },
    listApiKeys(req) {
      if (req.pageSize < 0 || req.pageSize > MAX_PAGE_SIZE) {
        throw invalidField("page_size", `from 1 to ${MAX_PAGE_SIZE}, or 0 for ${DEFAULT_PAGE_SIZE} (got ${req.pageSize})`);
      }
      const page = store.list({
        limit: req.pageSize || DEFAULT_PAGE_SIZE,
        includeInactive: req.includeInactive,
        ...(req.pageToken !== "" && { afterId: afterIdOf(req.pageToken) }),
      });
      return {
        keys: page.keys.map(apiKeyMessage),
        nextPageToken: page.nextAfterId === undefined ? "" : Buffer.from(page.nextAfterId).toString("base64url"),
      };
    },
    revokeApiKey(req) {
      if (req.id === "") throw invalidField("id", "required");
      return { revoked: store.revoke(req.id) };
    },
    rotateApiKey(req) {
      if (req.id === "") throw invalidField("id", "required");
      const issued = store.rotate(req.id, req.gracePeriod ? wholeMs(req.gracePeriod) : 0);
      return { key: apiKeyMessage(issued.key), secret: issued.secret };
    },
  };
}

function unconfiguredService(): ServiceImpl<typeof ApiKeyService> {
  const refuse = (): never => {
    throw dbxError(ErrorReason.DISABLED, "API keys are not configured: set auth.apiKeys.storePath to a file for the key store", {
      setting: "auth.apiKeys.storePath",
    });
  };
  return { createApiKey: refuse, listApiKeys: refuse, revokeApiKey: refuse, rotateApiKey: refuse };
}

/** A page token is the last id answered, encoded so that clients treat it as opaque. */
function afterIdOf(token: string): string {
  const id = Buffer.from(token, "base64url").toString("latin1");
  if (!isKeyId(id) || Buffer.from(id, "latin1").toString("base64url") !== token) {
    throw invalidField("page_token", "not a token ListApiKeys answered");
  }
  return id;
}

/** Milliseconds, sub-millisecond parts dropped: no key time is finer. */
function wholeMs(duration: Duration): number {
  return Math.trunc(durationMs(duration));
}

function rateLimitOf(message: ApiKeyRateLimitMessage): ApiKeyRateLimit {
  return message.burst === 0 ? { callsPerSecond: message.callsPerSecond } : { callsPerSecond: message.callsPerSecond, burst: message.burst };
}

function apiKeyMessage(key: ApiKeyRecord): ApiKey {
  return create(ApiKeySchema, {
    id: key.id,
    name: key.name,
    role: key.role,
    createTime: timestampFromMs(key.createdAtMs),
    rotateTime: timestampFromMs(key.rotatedAtMs),
    ...(key.expiresAtMs !== undefined && { expireTime: timestampFromMs(key.expiresAtMs) }),
    ...(key.revokedAtMs !== undefined && { revokeTime: timestampFromMs(key.revokedAtMs) }),
    ...(key.rateLimit && { rateLimit: { callsPerSecond: key.rateLimit.callsPerSecond, burst: key.rateLimit.burst ?? 0 } }),
  });
}
