/**
 * Capability names. A backend declares the ones it has (probed from the
 * server when it opens); a call that needs one it lacks answers
 * UNIMPLEMENTED naming it. docs/capabilities.md explains each.
 */
export const Capability = {
  /** Time to live on records (Put/Insert/Update `ttl`, Exists `expire_time`). */
  DataTtl: "data.ttl",
  /** BatchWrite applies all operations atomically. */
  DataAtomicBatch: "data.atomic_batch",
  /** DataService.ReadBytes: a bytes or string field read in chunks. */
  DataRangedRead: "data.ranged_read",
  /** Insert without a key: the backend generates it (autoincrement, serial, ObjectId). */
  DataGeneratedKeys: "data.generated_keys",
  /** Update with `upsert`. */
  DataUpsert: "data.upsert",
  /** FieldUpdate increment, min and max. */
  DataUpdateNumeric: "data.update_numeric",
  /** FieldUpdate append, remove and add_to_set. */
  DataUpdateArrays: "data.update_arrays",
  /** DataService.UpdateMany and DeleteMany. */
  DataBulkByFilter: "data.bulk_by_filter",
  /** Find with sort on any field. */
  QuerySort: "query.sort",
  /** Filter operators CONTAINS_ALL, SIZE and ELEMENT_MATCH. */
  QueryArrayFilters: "query.array_filters",
  /** QueryService.Execute in the backend's own language. */
  QueryNative: "query.native",
  /** StreamService.Watch. */
  StreamWatch: "stream.watch",
  /** Resuming a watch from a resume token. */
  StreamWatchResume: "stream.watch_resume",
  /** Watch with `include_before`. */
  StreamWatchBeforeImage: "stream.watch_before_image",
  /** StreamService.Subscribe and Publish. */
  StreamPubSub: "stream.pubsub",
  /** TransactionService.AtomicBatch. */
  TransactionAtomicBatch: "transaction.atomic_batch",
  /** TransactionService.Begin/Commit/Rollback. */
  TransactionInteractive: "transaction.interactive",
  /** TransactionService savepoint calls. */
  TransactionSavepoints: "transaction.savepoints",
  /** Begin with `deferrable`. */
  TransactionDeferrable: "transaction.deferrable",
  /** Begin with isolation READ_UNCOMMITTED. */
  TransactionIsolationReadUncommitted: "transaction.isolation.read_uncommitted",
  /** Begin with isolation READ_COMMITTED. */
  TransactionIsolationReadCommitted: "transaction.isolation.read_committed",
  /** Begin with isolation REPEATABLE_READ. */
  TransactionIsolationRepeatableRead: "transaction.isolation.repeatable_read",
  /** Begin with isolation SERIALIZABLE. */
  TransactionIsolationSerializable: "transaction.isolation.serializable",
  /** TypedValue date_value. */
  ValueDate: "value.date",
  /** TypedValue time_value. */
  ValueTime: "value.time",
  /** TypedValue datetime_value. */
  ValueDatetime: "value.datetime",
  /** TypedValue interval_value. */
  ValueInterval: "value.interval",
  /** TypedValue object_id_value. */
  ValueObjectId: "value.object_id",
  /** TypedValue document_value (field order kept). */
  ValueDocument: "value.document",
  /** TypedValue native_value. */
  ValueNative: "value.native",
  /** Decimal NaN, Infinity and -Infinity. */
  ValueDecimalSpecial: "value.decimal_special",
  /** SqlService param_types. */
  SqlParamTypes: "sql.param_types",
  /** SqlService session context (role and settings per call). */
  SqlSessionContext: "sql.session_context",
} as const;

export type Capability = (typeof Capability)[keyof typeof Capability];
