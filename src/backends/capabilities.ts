/**
 * Capability names. A backend declares the ones it has; a call that needs one
 * it lacks answers UNIMPLEMENTED naming it. docs/capabilities.md explains each.
 */
export const Capability = {
  /** Time to live on records (Put/Insert/Update `ttl`, Exists `expire_time`). */
  DataTtl: "data.ttl",
  /** BatchWrite applies all operations atomically. */
  DataAtomicBatch: "data.atomic_batch",
  /** DataService.ReadBytes: a bytes or string field read in chunks. */
  DataRangedRead: "data.ranged_read",
  /** Find with sort on any field. */
  QuerySort: "query.sort",
  /** QueryService.Execute in the backend's own language. */
  QueryNative: "query.native",
  /** StreamService.Watch. */
  StreamWatch: "stream.watch",
  /** Resuming a watch from a resume token. */
  StreamWatchResume: "stream.watch_resume",
  /** StreamService.Subscribe and Publish. */
  StreamPubSub: "stream.pubsub",
  /** TransactionService.AtomicBatch. */
  TransactionAtomicBatch: "transaction.atomic_batch",
  /** TransactionService.Begin/Commit/Rollback. */
  TransactionInteractive: "transaction.interactive",
} as const;

export type Capability = (typeof Capability)[keyof typeof Capability];
