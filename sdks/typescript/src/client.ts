import { create } from "@bufbuild/protobuf";
import { DurationSchema } from "@bufbuild/protobuf/wkt";
import { type Client, createClient, type Interceptor, type Transport } from "@connectrpc/connect";
import { Capabilities } from "./capabilities.js";
import { Collection } from "./collection.js";
import { withDbxErrors } from "./dbx-error-transport.js";
import { MongoService } from "./gen/dbx/mongodb/v1/mongodb_pb.js";
import { PostgresService } from "./gen/dbx/postgres/v1/postgres_pb.js";
import { RedisService } from "./gen/dbx/redis/v1/redis_service_pb.js";
import { SqlService } from "./gen/dbx/sql/v1/sql_pb.js";
import { SqliteService } from "./gen/dbx/sqlite/v1/sqlite_pb.js";
import { AdminService } from "./gen/dbx/v1/admin_pb.js";
import { ApiKeyService } from "./gen/dbx/v1/api_keys_pb.js";
import { DataService } from "./gen/dbx/v1/data_pb.js";
import { QueryService } from "./gen/dbx/v1/query_pb.js";
import { StreamService } from "./gen/dbx/v1/stream_pb.js";
import { TargetSchema } from "./gen/dbx/v1/target_pb.js";
import { type IsolationLevel, TransactionService } from "./gen/dbx/v1/transaction_pb.js";
import { type Credentials, credentialsInterceptor } from "./interceptors/credentials.js";
import { type RetryOptions, retryInterceptor } from "./interceptors/retry.js";
import { fromItem, toItem } from "./values/convert.js";
import type { DbxRecord } from "./values/dbx-value.js";
import type { RecordCodec } from "./record-schema.js";
import { Transaction } from "./transaction.js";

/** Options of `createDbxClient` on every platform. */
export interface DbxClientOptions extends Credentials {
  /** The deadline of each call that does not give its own `timeoutMs`. Unset: no deadline. */
  defaultTimeoutMs?: number;
  /** Retries of reads failing with UNAVAILABLE (on by default); `false` turns them off. */
  retry?: RetryOptions | false;
  /** Interceptors of your own: the innermost, so they see every attempt of a retried call and the credentials. */
  interceptors?: Interceptor[];
}

/** The interceptors of a client, outermost first. */
export function clientInterceptors(options: DbxClientOptions): Interceptor[] {
  const credentials = credentialsInterceptor(options);
  return [
    ...(options.retry === false ? [] : [retryInterceptor(options.retry ?? {})]),
    ...(credentials ? [credentials] : []),
    ...(options.interceptors ?? []),
  ];
}

/**
 * A DBX server: a typed client for each service of the contract (`data`,
 * `query`, `sql`, `redis`, `apiKeys`, ...) and the SDK's helpers (`collection`,
 * `capabilities`, `withTransaction`). Every call's errors are DbxErrors.
 */
export class DbxClient {
  readonly data: Client<typeof DataService>;
  readonly query: Client<typeof QueryService>;
  readonly stream: Client<typeof StreamService>;
  readonly transactions: Client<typeof TransactionService>;
  readonly admin: Client<typeof AdminService>;
  /** The API keys of a server that authenticates its callers (every method needs the admin permission). */
  readonly apiKeys: Client<typeof ApiKeyService>;
  readonly sql: Client<typeof SqlService>;
  readonly sqlite: Client<typeof SqliteService>;
  readonly redis: Client<typeof RedisService>;
  readonly postgres: Client<typeof PostgresService>;
  readonly mongo: Client<typeof MongoService>;

  /** The transport every service client uses, which answers errors as DbxErrors. */
  readonly transport: Transport;

  constructor(
    transport: Transport,
    private readonly release: () => void = () => {},
  ) {
    this.transport = withDbxErrors(transport);
    this.data = createClient(DataService, this.transport);
    this.query = createClient(QueryService, this.transport);
    this.stream = createClient(StreamService, this.transport);
    this.transactions = createClient(TransactionService, this.transport);
    this.admin = createClient(AdminService, this.transport);
    this.apiKeys = createClient(ApiKeyService, this.transport);
    this.sql = createClient(SqlService, this.transport);
    this.sqlite = createClient(SqliteService, this.transport);
    this.redis = createClient(RedisService, this.transport);
    this.postgres = createClient(PostgresService, this.transport);
    this.mongo = createClient(MongoService, this.transport);
  }

  /**
   * A collection (table, MongoDB collection, Redis key prefix) of a backend
   * (default: the default backend). With a `schema` (see `defineRecord`)
   * its records are typed and checked; without, they are plain objects of
   * `DbxValue`s.
   */
  collection<T = DbxRecord>(
    name: string,
    options: { backend?: string; namespace?: string; schema?: RecordCodec<T> } = {},
  ): Collection<T> {
    const target = create(TargetSchema, { backend: options.backend, namespace: options.namespace, collection: name });
    const codec = options.schema ?? (untypedCodec as unknown as RecordCodec<T>);
    return new Collection(target, this, codec);
  }

  /** What a backend supports (default: the default backend). */
  async capabilities(backend = ""): Promise<Capabilities> {
    return new Capabilities(await this.admin.getCapabilities({ backend }));
  }

  /**
   * Begins a transaction, runs `work` with it, and rolls it back unless
   * `work` committed it (`await tx.commit()`): returning without commit, or
   * throwing, leaves nothing written.
   */
  async withTransaction<R>(
    work: (transaction: Transaction) => Promise<R>,
    options: { backend?: string; readOnly?: boolean; isolationLevel?: IsolationLevel; idleTimeoutMs?: number } = {},
  ): Promise<R> {
    const begun = await this.transactions.begin({
      target: { backend: options.backend ?? "" },
      readOnly: options.readOnly ?? false,
      isolationLevel: options.isolationLevel,
      idleTimeout:
        options.idleTimeoutMs === undefined
          ? undefined
          : create(DurationSchema, { seconds: BigInt(Math.ceil(options.idleTimeoutMs / 1000)) }),
    });
    const transaction = new Transaction(begun.transactionId, begun.expireTime, this.transactions);
    let result: R;
    try {
      result = await work(transaction);
    } catch (error) {
      // The work's error is the one to report; a failed rollback after it
      // (the transaction expired, the server went away) adds nothing.
      if (!transaction.finished) await transaction.rollback().catch(() => {});
      throw error;
    }
    if (!transaction.finished) await transaction.rollback();
    return result;
  }

  /** Closes the client's connections; calls still running fail. */
  close(): void {
    this.release();
  }
}

const untypedCodec: RecordCodec<DbxRecord> = { toItem, fromItem };
