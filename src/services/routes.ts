import type { ConnectRouter } from "@connectrpc/connect";
import { AdminService } from "../../gen/ts/dbx/v1/admin_pb.js";
import { DataService } from "../../gen/ts/dbx/v1/data_pb.js";
import { QueryService } from "../../gen/ts/dbx/v1/query_pb.js";
import { StreamService } from "../../gen/ts/dbx/v1/stream_pb.js";
import { TransactionService } from "../../gen/ts/dbx/v1/transaction_pb.js";
import { SqlService } from "../../gen/ts/dbx/sql/v1/sql_pb.js";
import { SqliteService } from "../../gen/ts/dbx/sqlite/v1/sqlite_pb.js";
import { PostgresService } from "../../gen/ts/dbx/postgres/v1/postgres_pb.js";
import { MongoService } from "../../gen/ts/dbx/mongodb/v1/mongodb_pb.js";
import { ApiKeyService } from "../../gen/ts/dbx/v1/api_keys_pb.js";
import { createAdminService } from "./admin-service.js";
import { createApiKeyService, type ApiKeyServiceOptions } from "./api-key-service.js";
import { createRedisService, RedisService } from "./redis/index.js";
import { createSqlService } from "./sql-service.js";
import { createSqliteService } from "./sqlite-service.js";
import { createPostgresService } from "./postgres-service.js";
import { createMongodbService } from "./mongodb-service.js";
import { createDataService } from "./data-service.js";
import { createQueryService } from "./query-service.js";
import type { ServiceDeps } from "./service-deps.js";
import { createStreamService } from "./stream-service.js";
import { createTransactionService } from "./transaction-service.js";

/**
 * Every DBX service, always: reflection shows the whole API whatever the
 * configuration, and a call to a backend of the wrong kind says so.
 * ApiKeyService works when `apiKeys` is given (auth.apiKeys configured) and
 * otherwise says how to configure it.
 */
export function dbxRoutes(deps: ServiceDeps, apiKeys?: ApiKeyServiceOptions): (router: ConnectRouter) => void {
  return (router) => {
    router.service(DataService, createDataService(deps));
    router.service(QueryService, createQueryService(deps));
    router.service(StreamService, createStreamService(deps));
    router.service(TransactionService, createTransactionService(deps));
    router.service(AdminService, createAdminService(deps));
    router.service(SqlService, createSqlService(deps));
    router.service(SqliteService, createSqliteService(deps));
    router.service(PostgresService, createPostgresService(deps));
    router.service(RedisService, createRedisService(deps));
    router.service(MongoService, createMongodbService(deps));
    router.service(ApiKeyService, createApiKeyService(apiKeys));
  };
}
