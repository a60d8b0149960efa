import type { DescService } from "@bufbuild/protobuf";
import { MongoService } from "../../gen/ts/dbx/mongodb/v1/mongodb_pb.js";
import { PostgresService } from "../../gen/ts/dbx/postgres/v1/postgres_pb.js";
import { RedisService } from "../../gen/ts/dbx/redis/v1/redis_service_pb.js";
import { SqlService } from "../../gen/ts/dbx/sql/v1/sql_pb.js";
import { SqliteService } from "../../gen/ts/dbx/sqlite/v1/sqlite_pb.js";
import { AdminService } from "../../gen/ts/dbx/v1/admin_pb.js";
import { ApiKeyService } from "../../gen/ts/dbx/v1/api_keys_pb.js";
import { DataService } from "../../gen/ts/dbx/v1/data_pb.js";
import { QueryService } from "../../gen/ts/dbx/v1/query_pb.js";
import { StreamService } from "../../gen/ts/dbx/v1/stream_pb.js";
import { TransactionService } from "../../gen/ts/dbx/v1/transaction_pb.js";

/** Every service of the contract that DBX serves (routes.ts registers each), for what needs them all: permissions. */
export const DBX_SERVICES: readonly DescService[] = [
  DataService,
  QueryService,
  StreamService,
  TransactionService,
  AdminService,
  ApiKeyService,
  SqlService,
  SqliteService,
  PostgresService,
  RedisService,
  MongoService,
];
