import type { Filter } from "../../../gen/ts/dbx/v1/filter_pb.js";
import type { Item } from "../../../gen/ts/dbx/v1/value_pb.js";
import { invalidField } from "../../errors/dbx-error.js";
import type { RecordPage } from "../backend.js";
import type { KeyScanner } from "./key-scanner.js";
import { escapeGlob } from "./key-scanner.js";
import { collectionPrefix } from "./record-key.js";
import { matches } from "./record-filter.js";

/**
 * The state of a paginated scan, carried in the page token:
 * - `c`: the SCAN cursor to continue from ("" once SCAN has finished);
 * - `p`: keys already scanned but not yet answered (base64), so that a page
 *   never exceeds its size and no key is lost between pages;
 * - `s`, `r`: matching records skipped for `offset` and answered so far, for `limit`;
 * - `q`: the fingerprint of the query it pages through (pageFingerprint).
 */
interface PageState {
  c: string;
  p: string[];
  s: number;
  r: number;
  q: string;
}

export interface PageQuery {
  filter?: Filter;
  offset: number;
  /** 0 means no limit. */
  limit: number;
  /** What the page token must have been made for (pageFingerprint). */
  fingerprint: string;
}

/** Records read per pipelined batch. */
const READ_BATCH = 256;

/** Reads records by key, in order; undefined for keys gone since they were scanned. */
export type ReadRecords = (keys: Buffer[]) => Promise<(Item | undefined)[]>;

/**
 * One page of the records of a collection: SCAN MATCH `<prefix><collection>:*`
 * TYPE hash, then the records read in pipelined batches and tested against
 * the filter. Cost: SCAN visits the whole keyspace over all pages (O(N) for
 * N keys in the database, not in the collection), and a filter reads every
 * record of the collection.
 */
export async function recordPage(
  scanner: KeyScanner,
  collection: string,
  read: ReadRecords,
  query: PageQuery,
  pageSize: number,
  pageToken: string,
  signal: AbortSignal,
): Promise<RecordPage> {
  const state = decodeToken(pageToken, query.fingerprint);
  const match = Buffer.concat([escapeGlob(collectionPrefix(collection)), Buffer.from("*")]);
  const want = query.limit > 0 ? Math.min(pageSize, query.limit - state.r) : pageSize;
  const records: Item[] = [];
  let pending: Buffer[] = state.p.map((k) => Buffer.from(k, "base64"));
  let cursor = state.c;

  while (records.length < want) {
    signal.throwIfAborted();
    if (pending.length === 0) {
      if (cursor === "") break;
      const page = await scanner.step(cursor, { match, count: Math.max(want * 2, 100), type: "hash" }).catch((err: unknown) => {
        throw err instanceof RangeError ? invalidField("page_token", "not a page token from a previous answer") : err;
      });
      cursor = page.cursor === "0" ? "" : page.cursor;
      pending = page.keys;
      continue;
    }
    const batch = pending.splice(0, READ_BATCH);
    const found = await read(batch);
    for (let i = 0; i < batch.length; i++) {
      const record = found[i];
      if (!record || !matches(record, query.filter)) continue;
      if (state.s < query.offset) {
        state.s++;
        continue;
      }
      if (records.length === want) {
        pending = [...batch.slice(i), ...pending];
        break;
      }
      records.push(record);
    }
  }

  const answered = state.r + records.length;
  const finished = (cursor === "" && pending.length === 0) || (query.limit > 0 && answered >= query.limit);
  return {
    records,
    nextPageToken: finished ? "" : encodeToken({ c: cursor, p: pending.map((k) => k.toString("base64")), s: state.s, r: answered, q: query.fingerprint }),
  };
}

/**
 * Counts the records of a collection with a full SCAN (O(N) in the
 * database's keys); with a filter, every record is read and tested too.
 */
export async function countRecords(scanner: KeyScanner, collection: string, read: ReadRecords, filter: Filter | undefined, signal: AbortSignal): Promise<bigint> {
  let count = 0n;
  for await (const keys of scanCollection(scanner, collection, signal)) {
    if (!filter) {
      count += BigInt(keys.length);
      continue;
    }
    for (let i = 0; i < keys.length; i += READ_BATCH) {
      for (const record of await read(keys.slice(i, i + READ_BATCH))) if (record && matches(record, filter)) count++;
    }
  }
  return count;
}

/**
 * The keys of a collection's hashes, one SCAN step at a time, each once:
 * SCAN may answer a key twice (while Redis resizes its hash table), which
 * would count a record twice or apply an increment twice.
 */
export async function* scanCollection(scanner: KeyScanner, collection: string, signal: AbortSignal): AsyncIterable<Buffer[]> {
  const match = Buffer.concat([escapeGlob(collectionPrefix(collection)), Buffer.from("*")]);
  const seen = new Set<string>();
  let cursor = "0";
  do {
    signal.throwIfAborted();
    const page = await scanner.step(cursor, { match, count: 1000, type: "hash" });
    const fresh = page.keys.filter((k) => {
      const id = k.toString("latin1");
      if (seen.has(id)) return false;
      seen.add(id);
      return true;
    });
    if (fresh.length) yield fresh;
    cursor = page.cursor;
  } while (cursor !== "0");
}

function encodeToken(state: PageState): string {
  return Buffer.from(JSON.stringify(state)).toString("base64url");
}

function decodeToken(token: string, fingerprint: string): PageState {
  if (token === "") return { c: "0", p: [], s: 0, r: 0, q: fingerprint };
  let state: PageState | undefined;
  try {
    const s = JSON.parse(Buffer.from(token, "base64url").toString("utf8")) as PageState;
    const valid = typeof s.c === "string" && Array.isArray(s.p) && s.p.every((k) => typeof k === "string");
    if (valid && Number.isInteger(s.s) && Number.isInteger(s.r) && typeof s.q === "string") state = s;
  } catch {
    // reported below
  }
  if (!state) throw invalidField("page_token", "not a page token from a previous answer");
  if (state.q !== fingerprint) throw invalidField("page_token", "the page token belongs to another collection or query");
  return state;
}
