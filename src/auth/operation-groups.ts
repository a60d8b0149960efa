import type { DescService } from "@bufbuild/protobuf";
import { MethodOptions_IdempotencyLevel } from "@bufbuild/protobuf/wkt";
import type { OperationGroup } from "../config/auth-schema.js";

/**
 * The operation group of every RPC, by `package.Service/Method`, where the
 * contract's idempotency does not say it: a method marked NO_SIDE_EFFECTS
 * reads, any other writes, unless this table names its group. Kept as one
 * table so that a reviewer sees every exception at once; the authorization
 * matrix test (test/auth/authorization-matrix.test.ts) checks every RPC
 * against it.
 */
const EXCEPTIONS: Readonly<Record<string, OperationGroup>> = {
  // Long-lived subscriptions: a stream of changes or messages.
  "dbx.v1.StreamService/Watch": "stream",
  "dbx.v1.StreamService/Subscribe": "stream",
  "dbx.redis.v1.RedisService/Subscribe": "stream",
  "dbx.redis.v1.RedisService/PSubscribe": "stream",
  "dbx.postgres.v1.PostgresService/Listen": "stream",
  "dbx.mongodb.v1.MongoService/WatchChanges": "stream",

  // Statements and pipelines the caller writes: they may read or change anything the database lets them.
  "dbx.v1.QueryService/Execute": "native-query",
  "dbx.sql.v1.SqlService/Query": "native-query",
  "dbx.sql.v1.SqlService/Exec": "native-query",
  "dbx.sql.v1.SqlService/Prepare": "native-query",
  "dbx.sql.v1.SqlService/ClosePrepared": "native-query",
  "dbx.sql.v1.SqlService/Batch": "native-query",
  "dbx.sql.v1.SqlService/StreamQuery": "native-query",
  "dbx.postgres.v1.PostgresService/CallFunction": "native-query",
  "dbx.postgres.v1.PostgresService/CallProcedure": "native-query",
  "dbx.mongodb.v1.MongoService/Aggregate": "native-query",
  "dbx.mongodb.v1.MongoService/AggregateStream": "native-query",

  "dbx.redis.v1.RedisService/Eval": "scripting",
  "dbx.redis.v1.RedisService/EvalSha": "scripting",
  "dbx.redis.v1.RedisService/ScriptLoad": "scripting",

  // Tables, collections and indexes themselves.
  "dbx.sql.v1.SqlService/CreateTable": "schema",
  "dbx.sql.v1.SqlService/DropTable": "schema",
  "dbx.sql.v1.SqlService/CreateIndex": "schema",
  "dbx.sql.v1.SqlService/DropIndex": "schema",
  "dbx.mongodb.v1.MongoService/CreateCollection": "schema",
  "dbx.mongodb.v1.MongoService/DropCollection": "schema",
  "dbx.mongodb.v1.MongoService/RenameCollection": "schema",
  "dbx.mongodb.v1.MongoService/CreateIndexes": "schema",
  "dbx.mongodb.v1.MongoService/DropIndex": "schema",

  // The server, its keys and whole databases: backups, restores, flushes, settings.
  "dbx.v1.ApiKeyService/CreateApiKey": "admin",
  "dbx.v1.ApiKeyService/ListApiKeys": "admin",
  "dbx.v1.ApiKeyService/RevokeApiKey": "admin",
  "dbx.v1.ApiKeyService/RotateApiKey": "admin",
  "dbx.sqlite.v1.SqliteService/Backup": "admin",
  "dbx.sqlite.v1.SqliteService/BackupStream": "admin",
  "dbx.sqlite.v1.SqliteService/Restore": "admin",
  "dbx.sqlite.v1.SqliteService/SetPragma": "admin",
  "dbx.sqlite.v1.SqliteService/Vacuum": "admin",
  "dbx.redis.v1.RedisService/FlushDb": "admin",
  "dbx.redis.v1.RedisService/FlushAll": "admin",
  "dbx.redis.v1.RedisService/ConfigSet": "admin",

  // Transactions change nothing themselves: the calls made in one need their own permission.
  "dbx.v1.TransactionService/Begin": "read",
  "dbx.v1.TransactionService/Commit": "read",
  "dbx.v1.TransactionService/Rollback": "read",
  "dbx.v1.TransactionService/CreateSavepoint": "read",
  "dbx.v1.TransactionService/RollbackToSavepoint": "read",
  "dbx.v1.TransactionService/ReleaseSavepoint": "read",

  // Reads the frozen MongoDB contract does not mark NO_SIDE_EFFECTS.
  "dbx.mongodb.v1.MongoService/FindOne": "read",
  "dbx.mongodb.v1.MongoService/Find": "read",
  "dbx.mongodb.v1.MongoService/FindStream": "read",
  "dbx.mongodb.v1.MongoService/CountDocuments": "read",
  "dbx.mongodb.v1.MongoService/EstimatedDocumentCount": "read",
  "dbx.mongodb.v1.MongoService/Distinct": "read",
  "dbx.mongodb.v1.MongoService/ListCollections": "read",
  "dbx.mongodb.v1.MongoService/GetCollectionStats": "read",
  "dbx.mongodb.v1.MongoService/ListIndexes": "read",
  "dbx.mongodb.v1.MongoService/GetFileUpload": "read",
  "dbx.mongodb.v1.MongoService/DownloadFile": "read",
  "dbx.mongodb.v1.MongoService/GetFile": "read",
  "dbx.mongodb.v1.MongoService/ListFiles": "read",
  "dbx.postgres.v1.PostgresService/CopyOut": "read",
};

/**
 * Procedures that act on the server, not on a backend: their permission is
 * decided when the call starts, by rules for every backend and collection.
 */
export const SERVER_SCOPED: ReadonlySet<string> = new Set([
  "dbx.v1.ApiKeyService/CreateApiKey",
  "dbx.v1.ApiKeyService/ListApiKeys",
  "dbx.v1.ApiKeyService/RevokeApiKey",
  "dbx.v1.ApiKeyService/RotateApiKey",
  "dbx.v1.AdminService/ListBackends",
  "dbx.v1.AdminService/GetHealth",
  "dbx.v1.AdminService/GetServerInfo",
]);

/** Services no permission applies to: load balancers and tools call them without credentials. */
export const UNGUARDED_SERVICES: ReadonlySet<string> = new Set(["grpc.health.v1.Health", "grpc.reflection.v1.ServerReflection", "grpc.reflection.v1alpha.ServerReflection"]);

/** The operation group of each method of `services`, by `package.Service/Method`. */
export function operationGroups(services: readonly DescService[]): ReadonlyMap<string, OperationGroup> {
  const groups = new Map<string, OperationGroup>();
  for (const service of services) {
    for (const method of service.methods) {
      const procedure = `${service.typeName}/${method.name}`;
      groups.set(procedure, EXCEPTIONS[procedure] ?? (method.idempotency === MethodOptions_IdempotencyLevel.NO_SIDE_EFFECTS ? "read" : "write"));
    }
  }
  return groups;
}

/** Table entries that name no method of `services`: a renamed or removed RPC left behind. */
export function staleExceptions(services: readonly DescService[]): string[] {
  const known = new Set(services.flatMap((s) => s.methods.map((m) => `${s.typeName}/${m.name}`)));
  return Object.keys(EXCEPTIONS).filter((procedure) => !known.has(procedure));
}
