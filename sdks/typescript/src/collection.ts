import { create, type MessageInitShape } from "@bufbuild/protobuf";
import { DurationSchema, type Timestamp } from "@bufbuild/protobuf/wkt";
import type { Client } from "@connectrpc/connect";
import type { BatchWriteResponse, DataService } from "./gen/dbx/v1/data_pb.js";
import type { Filter } from "./gen/dbx/v1/filter_pb.js";
import type { QueryService, QuerySchema } from "./gen/dbx/v1/query_pb.js";
import type { ChangeEvent, ChangeType, StreamService } from "./gen/dbx/v1/stream_pb.js";
import type { Target } from "./gen/dbx/v1/target_pb.js";
import { ItemSchema } from "./gen/dbx/v1/value_pb.js";
import { ownedStream } from "./owned-stream.js";
import type { RecordCodec } from "./record-schema.js";
import { type InTransaction, transactionId } from "./transaction.js";
import { fromTypedValue, toTypedValue } from "./values/convert.js";
import type { DbxValue } from "./values/dbx-value.js";

/** Options every call takes. */
export interface CallOptions {
  /** Cancels the call. */
  signal?: AbortSignal;
  /** This call's deadline, instead of the client's `defaultTimeoutMs`. */
  timeoutMs?: number;
  /** Headers for this call only. */
  headers?: HeadersInit;
}

/** A query: filter, sort, projection, offset and limit (`dbx.v1.Query`). */
export interface FindQuery {
  filter?: Filter;
  /** Field names, ascending, or `{ field, descending: true }`. */
  sort?: ReadonlyArray<string | { field: string; descending?: boolean }>;
  /** Only these fields (and the key) in each record. */
  fields?: readonly string[];
  offset?: number | bigint;
  limit?: number | bigint;
}

/** One page of a Find. */
export interface Page<T> {
  records: T[];
  /** Empty on the last page. */
  nextPageToken: string;
}

/** A Watch event: `ready` once the watch is in place, then one `change` per change. */
export type WatchEvent<T> =
  | { kind: "ready" }
  | {
      kind: "change";
      type: ChangeType;
      key: DbxValue;
      /** The record after the change; undefined for deletes. */
      record: T | undefined;
      /** Where to resume a later Watch from. */
      resumeToken: string;
      time: Timestamp | undefined;
      /** The whole event as the server sent it (before-images, renames). */
      event: ChangeEvent;
    };

interface Services {
  data: Client<typeof DataService>;
  query: Client<typeof QueryService>;
  stream: Client<typeof StreamService>;
}

/**
 * A table, collection or key prefix of one backend, whose records are T
 * (plain objects of `DbxValue`s, or the type of a record schema). Keys are
 * native values; a key of several fields is a plain object.
 */
export class Collection<T> {
  constructor(
    readonly target: Target,
    private readonly services: Services,
    private readonly codec: RecordCodec<T>,
  ) {}

  /**
   * The record with this key; a missing one throws DbxError with reason
   * NOT_FOUND. With a record schema, the fields `fields` leaves out must be
   * nullable ones.
   */
  async get(key: DbxValue, options?: CallOptions & InTransaction & { fields?: string[] }): Promise<T> {
    const response = await this.services.data.get(
      { target: this.target, key: toTypedValue(key), fields: options?.fields, transactionId: transactionId(options) },
      options,
    );
    return this.codec.fromItem(response.record ?? create(ItemSchema));
  }

  async exists(key: DbxValue, options?: CallOptions & InTransaction): Promise<boolean> {
    const response = await this.services.data.exists(
      { target: this.target, key: toTypedValue(key), transactionId: transactionId(options) },
      options,
    );
    return response.exists;
  }

  /** Writes the whole record, replacing any with the same key; answers whether it was created. */
  async put(key: DbxValue, record: T, options?: CallOptions & InTransaction & { ttlMs?: number }): Promise<boolean> {
    const response = await this.services.data.put(
      {
        target: this.target,
        key: toTypedValue(key),
        record: this.codec.toItem(record),
        ttl: options?.ttlMs === undefined ? undefined : duration(options.ttlMs),
        transactionId: transactionId(options),
      },
      options,
    );
    return response.created;
  }

  /** Deletes the record; answers whether there was one. */
  async delete(key: DbxValue, options?: CallOptions & InTransaction): Promise<boolean> {
    const response = await this.services.data.delete(
      { target: this.target, key: toTypedValue(key), transactionId: transactionId(options) },
      options,
    );
    return response.deleted;
  }

  /** Puts many records in one BatchWrite (atomically where the backend can, or when `requireAtomic`). */
  async putMany(
    records: Iterable<readonly [key: DbxValue, record: T]>,
    options?: CallOptions & InTransaction & { requireAtomic?: boolean },
  ): Promise<BatchWriteResponse> {
    const operations = [...records].map(([key, record]) => ({
      key: toTypedValue(key),
      operation: { case: "put" as const, value: this.codec.toItem(record) },
    }));
    return this.services.data.batchWrite(
      {
        target: this.target,
        operations,
        requireAtomic: options?.requireAtomic ?? false,
        transactionId: transactionId(options),
      },
      options,
    );
  }

  async count(filter?: Filter, options?: CallOptions & InTransaction): Promise<bigint> {
    const response = await this.services.data.count(
      { target: this.target, filter, transactionId: transactionId(options) },
      options,
    );
    return response.count;
  }

  /**
   * The records matching a query, fetched a page at a time as the caller
   * iterates: `for await (const record of people.find(q))`, or page by page
   * with `.pages()`.
   */
  find(query: FindQuery = {}, options?: CallOptions & InTransaction & { pageSize?: number }): FindResults<T> {
    return new FindResults(async (pageToken) => {
      const response = await this.services.query.find(
        {
          target: this.target,
          query: toQuery(query),
          pageSize: options?.pageSize ?? 0,
          pageToken,
          transactionId: transactionId(options),
        },
        options,
      );
      return { records: response.records.map((item) => this.codec.fromItem(item)), nextPageToken: response.nextPageToken };
    });
  }

  /** The records matching a query over one server stream (`FindStream`); breaking out cancels it. */
  async *findStream(
    query: FindQuery = {},
    options?: CallOptions & InTransaction & { batchSize?: number },
  ): AsyncGenerator<T, void, undefined> {
    const request = {
      target: this.target,
      query: toQuery(query),
      batchSize: options?.batchSize ?? 0,
      transactionId: transactionId(options),
    };
    const responses = ownedStream(
      (signal) => this.services.query.findStream(request, { ...options, signal }),
      options?.signal,
    );
    for await (const response of responses) {
      for (const item of response.records) yield this.codec.fromItem(item);
    }
  }

  /**
   * The changes of the collection as they happen (`StreamService.Watch`),
   * starting with a `ready` event once the watch is in place. It runs until
   * the caller breaks out of the loop (which cancels it) or the signal aborts.
   * No default deadline applies unless `timeoutMs` is given.
   */
  async *watch(
    options?: CallOptions & { resumeToken?: string; includeBefore?: boolean },
  ): AsyncGenerator<WatchEvent<T>, void, undefined> {
    const request = {
      target: this.target,
      resumeToken: options?.resumeToken ?? "",
      includeBefore: options?.includeBefore ?? false,
    };
    const responses = ownedStream(
      (signal) => this.services.stream.watch(request, { ...options, signal, timeoutMs: options?.timeoutMs ?? 0 }),
      options?.signal,
    );
    for await (const response of responses) {
      const event = response.event;
      if (event.case === "ready") {
        yield { kind: "ready" };
      } else if (event.case === "change") {
        const change = event.value;
        yield {
          kind: "change",
          type: change.type,
          key: change.key ? fromTypedValue(change.key) : null,
          record: change.record ? this.codec.fromItem(change.record) : undefined,
          resumeToken: change.resumeToken,
          time: change.time,
          event: change,
        };
      }
    }
  }
}

/** The results of a Find: records one by one (`for await`), or `pages()`. */
export class FindResults<T> implements AsyncIterable<T> {
  constructor(private readonly fetchPage: (pageToken: string) => Promise<Page<T>>) {}

  async *pages(): AsyncGenerator<Page<T>, void, undefined> {
    let pageToken = "";
    do {
      const page = await this.fetchPage(pageToken);
      yield page;
      pageToken = page.nextPageToken;
    } while (pageToken !== "");
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<T, void, undefined> {
    for await (const page of this.pages()) yield* page.records;
  }

  /** Every record, all pages read. */
  async toArray(): Promise<T[]> {
    const records: T[] = [];
    for await (const record of this) records.push(record);
    return records;
  }
}

function toQuery(query: FindQuery): MessageInitShape<typeof QuerySchema> {
  return {
    filter: query.filter,
    sort: query.sort?.map((sort) => (typeof sort === "string" ? { field: sort } : sort)),
    fields: query.fields ? [...query.fields] : [],
    offset: BigInt(query.offset ?? 0),
    limit: BigInt(query.limit ?? 0),
  };
}

function duration(ms: number) {
  const seconds = Math.floor(ms / 1000);
  return create(DurationSchema, { seconds: BigInt(seconds), nanos: Math.round((ms - seconds * 1000) * 1_000_000) });
}
