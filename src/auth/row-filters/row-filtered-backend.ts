import { create, equals } from "@bufbuild/protobuf";
import type { FieldUpdate } from "../../../gen/ts/dbx/v1/data_pb.js";
import { ErrorReason } from "../../../gen/ts/dbx/v1/errors_pb.js";
import { FilterSchema, Operator, type Filter } from "../../../gen/ts/dbx/v1/filter_pb.js";
import { QuerySchema } from "../../../gen/ts/dbx/v1/query_pb.js";
import { TypedValueSchema, type Item, type TypedValue } from "../../../gen/ts/dbx/v1/value_pb.js";
import type { Backend, BackendFacets, NativeResult, RecordPage, SubscriptionEvent, WatchEvent, WriteOutcome } from "../../backends/backend.js";
import type {
  BatchGetCall,
  BatchWriteCall,
  BeginCall,
  CollectionRef,
  CountCall,
  DeleteManyCall,
  ExecuteCall,
  FindCall,
  FindStreamCall,
  GetCall,
  InsertCall,
  KeyCall,
  ListCall,
  PublishCall,
  PutCall,
  ReadBytesCall,
  RecordKey,
  SubscribeCall,
  UpdateCall,
  UpdateManyCall,
  WatchCall,
} from "../../backends/backend-calls.js";
import type { BackendTransaction } from "../../backends/backend-transaction.js";
import type { ByteChunk } from "../../backends/byte-range.js";
import type { OperationContext } from "../../backends/operation-context.js";
import { dbxError } from "../../errors/dbx-error.js";
import { provesMatch } from "./record-check.js";
import { allOf } from "./row-filters.js";

/** The row filter of each collection of one call's backend, for the caller. */
export interface RowScope {
  /** The filter calls on `collection` are held to; undefined: every row. PERMISSION_DENIED when it cannot be bound. */
  filterOf(collection: string): Filter | undefined;
}

/**
 * A backend as a caller with row filters sees it: the one place where the
 * filters are applied, between the services and every adapter, so that no
 * adapter and no handler can leave one out. Reads and writes by filter get
 * the caller's filter ANDed in; reads and writes by key address the record
 * by its key fields AND the filter, so another's record is not found;
 * inserts are checked (provesMatch); what cannot be held to a filter is
 * refused PERMISSION_DENIED. It implements every operation of Backend, the
 * optional ones too, so that a new operation does not compile until it is
 * classified here (keyScope is authorization's, read before this wraps the
 * backend). Collections without a filter for the caller pass through.
 */
export class RowFilteredBackend implements Required<Omit<Backend, "keyScope">> {
  readonly name: string;
  readonly kind: Backend["kind"];
  readonly displayUrl: string;
  readonly capabilities: Backend["capabilities"];
  readonly services: readonly string[];
  /** Backend-specific services never reach records through here: under row filters they are refused before. */
  readonly facets: BackendFacets = {};

  constructor(
    private readonly inner: Backend,
    private readonly scope: RowScope,
  ) {
    this.name = inner.name;
    this.kind = inner.kind;
    this.displayUrl = inner.displayUrl;
    this.capabilities = inner.capabilities;
    this.services = inner.services;
  }

  describeServer() {
    return this.inner.describeServer();
  }
  checkNamespace(namespace: string, field: string): void {
    this.inner.checkNamespace(namespace, field);
  }
  open(): Promise<void> {
    return this.inner.open();
  }
  close(): Promise<void> {
    return this.inner.close();
  }
  ping(ctx: OperationContext): Promise<void> {
    return this.inner.ping(ctx);
  }
  stats(): Record<string, string> {
    return this.inner.stats();
  }

  async get(ctx: OperationContext, call: GetCall): Promise<Item | undefined> {
    const filter = this.scope.filterOf(call.target.collection);
    if (!filter) return this.inner.get(ctx, call);
    const byKey = await this.#keyFilter(ctx, call.target, call.key);
    return byKey && this.#findOne(ctx, call.target, allOf([byKey, filter]), call.fields);
  }

  put(ctx: OperationContext, call: PutCall): Promise<{ created: boolean }> {
    if (this.scope.filterOf(call.target.collection)) throw this.#refused("Put", call.target, "a replace cannot tell whether the record it replaces is the caller's; use Insert or Update");
    return this.inner.put(ctx, call);
  }

  insert(ctx: OperationContext, call: InsertCall): Promise<{ key: TypedValue; record: Item }> {
    this.#checkNew(call.target, call.key, call.record);
    return this.inner.insert(ctx, call);
  }

  async update(ctx: OperationContext, call: UpdateCall): Promise<{ record: Item; created: boolean } | undefined> {
    const filter = this.scope.filterOf(call.target.collection);
    if (!filter) return this.inner.update(ctx, call);
    if (call.upsert) throw this.#refused("an upsert", call.target, "it may create a record the filter does not match; Insert checks a new record");
    if (call.ttlMs !== undefined) throw this.#refused("an update with a ttl", call.target, "a ttl is set by key alone");
    this.#checkUpdates(call.updates, filter, call.target);
    const byKey = await this.#keyFilter(ctx, call.target, call.key);
    if (!byKey) return undefined;
    const both = allOf([byKey, filter]);
    if ((await this.#updateMany(ctx, { target: call.target, filter: both, updates: call.updates })) === 0n) return undefined;
    const record = await this.#findOne(ctx, call.target, both, []);
    return record && { record, created: false };
  }

  async delete(ctx: OperationContext, call: KeyCall): Promise<boolean> {
    const filter = this.scope.filterOf(call.target.collection);
    if (!filter) return this.inner.delete(ctx, call);
    const byKey = await this.#keyFilter(ctx, call.target, call.key);
    return byKey !== undefined && (await this.#deleteMany(ctx, { target: call.target, filter: allOf([byKey, filter]) })) > 0n;
  }

  async exists(ctx: OperationContext, call: KeyCall): Promise<{ exists: boolean; expireTime?: Date }> {
    const filter = this.scope.filterOf(call.target.collection);
    if (!filter) return this.inner.exists(ctx, call);
    const byKey = await this.#keyFilter(ctx, call.target, call.key);
    return { exists: byKey !== undefined && (await this.inner.count(ctx, { target: call.target, filter: allOf([byKey, filter]) })) > 0n };
  }

  /** Key by key, each as Get reads it: the answer keeps the request's order. */
  async batchGet(ctx: OperationContext, call: BatchGetCall): Promise<(Item | undefined)[]> {
    if (!this.scope.filterOf(call.target.collection)) return this.inner.batchGet(ctx, call);
    const records: (Item | undefined)[] = [];
    for (const key of call.keys) records.push(await this.get(ctx, { target: call.target, key, fields: call.fields }));
    return records;
  }

  batchWrite(ctx: OperationContext, call: BatchWriteCall): Promise<{ atomic: boolean; results: WriteOutcome[] }> {
    for (const write of call.writes) {
      if (this.scope.filterOf(write.target.collection)) throw this.#refused("a batch write", write.target, "write its records one call at a time (Insert, Update, Delete, UpdateMany, DeleteMany)");
    }
    return this.inner.batchWrite(ctx, call);
  }

  list(ctx: OperationContext, call: ListCall): Promise<RecordPage> {
    const filter = this.scope.filterOf(call.target.collection);
    if (!filter) return this.inner.list(ctx, call);
    const query = create(QuerySchema, { filter, fields: [...call.fields] });
    return this.inner.find(ctx, { target: call.target, query, pageSize: call.pageSize, pageToken: call.pageToken });
  }

  count(ctx: OperationContext, call: CountCall): Promise<bigint> {
    return this.inner.count(ctx, { ...call, filter: this.#and(call.target, call.filter) });
  }

  find(ctx: OperationContext, call: FindCall): Promise<RecordPage> {
    return this.inner.find(ctx, { ...call, query: { ...call.query, filter: this.#and(call.target, call.query.filter) } });
  }

  findStream(ctx: OperationContext, call: FindStreamCall): AsyncIterable<Item[]> {
    return this.inner.findStream(ctx, { ...call, query: { ...call.query, filter: this.#and(call.target, call.query.filter) } });
  }

  updateMany(ctx: OperationContext, call: UpdateManyCall): Promise<bigint> {
    const filter = this.scope.filterOf(call.target.collection);
    if (filter) this.#checkUpdates(call.updates, filter, call.target);
    return this.#updateMany(ctx, filter ? { ...call, filter: allOf([call.filter, filter]) } : call);
  }

  deleteMany(ctx: OperationContext, call: DeleteManyCall): Promise<bigint> {
    return this.#deleteMany(ctx, { ...call, filter: this.#and(call.target, call.filter) ?? call.filter });
  }

  /** Never under row filters: a statement may read or change any collection of the backend. */
  execute(ctx: OperationContext, call: ExecuteCall): Promise<NativeResult> {
    void ctx;
    throw this.#refused("a native statement", { namespace: call.namespace, collection: "" }, "a statement may reach any collection, past the row filters");
  }

  readBytes(ctx: OperationContext, call: ReadBytesCall): AsyncIterable<ByteChunk> {
    if (this.scope.filterOf(call.target.collection)) throw this.#refused("ReadBytes", call.target, "read the field with Get");
    return this.#optional("readBytes")(ctx, call);
  }

  watch(ctx: OperationContext, call: WatchCall): AsyncIterable<WatchEvent> {
    if (this.scope.filterOf(call.target.collection)) throw this.#refused("Watch", call.target, "change events are not filtered");
    return this.#optional("watch")(ctx, call);
  }

  subscribe(ctx: OperationContext, call: SubscribeCall): AsyncIterable<SubscriptionEvent> {
    return this.#optional("subscribe")(ctx, call);
  }

  publish(ctx: OperationContext, call: PublishCall): Promise<bigint | undefined> {
    return this.#optional("publish")(ctx, call);
  }

  beginTransaction(ctx: OperationContext, call: BeginCall): Promise<BackendTransaction> {
    return this.#optional("beginTransaction")(ctx, call);
  }

  /** An optional operation of the backend; services call one only where its capability is declared. */
  #optional<K extends "readBytes" | "watch" | "subscribe" | "publish" | "beginTransaction">(name: K): NonNullable<Backend[K]> {
    const operation = this.inner[name];
    if (!operation) throw this.#refused(name, { namespace: "", collection: "" }, "the backend does not have it");
    return operation.bind(this.inner) as NonNullable<Backend[K]>;
  }

  #updateMany(ctx: OperationContext, call: UpdateManyCall): Promise<bigint> {
    if (!this.inner.updateMany) throw this.#refused("an update", call.target, "the backend cannot update by filter (data.bulk_by_filter)");
    return this.inner.updateMany(ctx, call);
  }

  #deleteMany(ctx: OperationContext, call: DeleteManyCall): Promise<bigint> {
    if (!this.inner.deleteMany) throw this.#refused("a delete", call.target, "the backend cannot delete by filter (data.bulk_by_filter)");
    return this.inner.deleteMany(ctx, call);
  }

  #and(target: CollectionRef, filter: Filter | undefined): Filter | undefined {
    const own = this.scope.filterOf(target.collection);
    if (!own) return filter;
    return filter ? allOf([filter, own]) : own;
  }

  async #findOne(ctx: OperationContext, target: CollectionRef, filter: Filter, fields: readonly string[]): Promise<Item | undefined> {
    const query = create(QuerySchema, { filter, fields: [...fields], limit: 1n });
    const page = await this.inner.find(ctx, { target, query, pageSize: 1, pageToken: "" });
    return page.records[0];
  }

  /**
   * The filter that matches the record of `key` alone: its key fields, each
   * equal to its value. A key given by name (a map) names them; a plain key
   * is looked up first, and its key fields are those of the record that hold
   * it. Undefined when there is no such record.
   */
  async #keyFilter(ctx: OperationContext, target: CollectionRef, key: RecordKey): Promise<Filter | undefined> {
    if (key.kind.case === "mapValue") return allOf(Object.entries(key.kind.value.fields).map(([field, value]) => equalTo(field, value)));
    const record = await this.inner.get(ctx, { target, key, fields: [] });
    if (!record) return undefined;
    const fields = Object.keys(record.fields).filter((field) => equals(TypedValueSchema, record.fields[field], key));
    if (fields.length === 0) {
      throw this.#refused("a call by key", target, `the records of backend "${this.name}" do not hold their key as a field, so a row filter cannot address them by key`);
    }
    return allOf(fields.map((field) => equalTo(field, key)));
  }

  /** A new record must be one the filter matches, as far as its values prove it; a key given by name counts as its fields. */
  #checkNew(target: CollectionRef, key: RecordKey | undefined, record: Item): void {
    const filter = this.scope.filterOf(target.collection);
    if (!filter) return;
    const fields = key?.kind.case === "mapValue" ? { ...record.fields, ...key.kind.value.fields } : record.fields;
    if (!provesMatch(filter, { ...record, fields })) {
      throw this.#refused("this record", target, "its values do not show that it matches the caller's row filter (each field the filter reads must be sent, with a string, integer or boolean value it matches)");
    }
  }

  /** An update may not change a field the filter reads: it could move the record out of the caller's reach, or into another's. */
  #checkUpdates(updates: readonly FieldUpdate[], filter: Filter, target: CollectionRef): void {
    const read = fieldsOf(filter);
    for (const update of updates) {
      const clash = read.find((f) => f === update.field || f.startsWith(`${update.field}.`) || update.field.startsWith(`${f}.`));
      if (clash !== undefined) throw this.#refused(`an update of "${update.field}"`, target, `the row filter reads "${clash}"`);
    }
  }

  #refused(what: string, target: CollectionRef, why: string) {
    const where = target.collection ? ` on collection "${target.collection}"` : "";
    const metadata: Record<string, string> = { backend: this.name };
    if (target.collection) metadata.collection = target.collection;
    return dbxError(ErrorReason.PERMISSION_DENIED, `row filters refuse ${what}${where} of backend "${this.name}": ${why}`, metadata);
  }
}

function equalTo(field: string, value: TypedValue): Filter {
  return create(FilterSchema, { kind: { case: "field", value: { field, op: Operator.EQ, value } } });
}

/** The fields a filter reads, outermost (an element filter reads within its array field). */
function fieldsOf(filter: Filter): string[] {
  if (filter.kind.case === "field") return [filter.kind.value.field];
  if (filter.kind.case === undefined) return [];
  return filter.kind.value.filters.flatMap(fieldsOf);
}
