import { create } from "@bufbuild/protobuf";
import { Code, ConnectError } from "@connectrpc/connect";
import { expect, it } from "vitest";
import { FilterSchema, Operator } from "../../gen/ts/dbx/v1/filter_pb.js";
import { QuerySchema } from "../../gen/ts/dbx/v1/query_pb.js";
import type { Backend } from "../../src/backends/backend.js";
import type { CollectionRef } from "../../src/backends/backend-calls.js";
import { contextOf, type OperationContext } from "../../src/backends/operation-context.js";
import { record, v } from "../support/values.js";
import { set, unset } from "../sqlite/field-update.js";

export const ATTACKS = [
  `people"; DROP TABLE people; --`,
  `name" = 'x' OR 1=1 --`,
  `x") ; DELETE FROM people; --`,
  "people`; DROP TABLE people",
  "name]; DROP TABLE people",
  `' OR '1'='1`,
  "name\u0000; DROP TABLE people",
  "name$1; DROP TABLE people",
  "na%me_\\",
];

/** A SQL backend under test: a table `people (id text key, name text, age integer)` holding p1 = Ann, 30. */
export interface InjectionFixture {
  readonly backend: Backend;
  /** Runs setup SQL outside the calls under test. */
  exec(sql: string): Promise<void>;
  /** The declared type of an integer primary key column. */
  readonly integerKeyType: string;
  /** Text values hold NUL; where they cannot (PostgreSQL), a value with one is INVALID_ARGUMENT. */
  readonly textHoldsNul: boolean;
  /** Calls of the backend's own facets that name objects, refused for a hostile name like the data calls. */
  facetCalls?(attack: string): (() => Promise<unknown>)[];
}

const ctx = (): OperationContext => contextOf({ signal: new AbortController().signal });
const at = (collection: string, namespace = ""): CollectionRef => ({ namespace, collection });

/** A call that must fail with INVALID_ARGUMENT or NOT_FOUND, never run the payload. */
export async function refused(call: () => Promise<unknown>): Promise<void> {
  let error: unknown;
  try {
    await call();
  } catch (err) {
    error = err;
  }
  expect(error).toBeInstanceOf(ConnectError);
  expect([Code.InvalidArgument, Code.NotFound]).toContain((error as ConnectError).code);
}

const field = (name: string) => create(FilterSchema, { kind: { case: "field", value: { field: name, op: Operator.EQ, value: v.str("x") } } });

/**
 * Injection through every identifier and value position of the universal
 * data calls, the same cases on every SQL backend: hostile names are
 * refused (unknown table, column, namespace) or quoted, hostile values are
 * bound and stored literally. Call inside a describe block whose beforeAll
 * fills `fixture()`.
 */
export function recordInjectionCases(fixture: () => InjectionFixture): void {
  it.each(ATTACKS)("identifier %j", async (attack) => {
    const b = fixture().backend;
    const people = at("people");
    const hostile = at(attack);
    const key = v.str("p1");
    await refused(() => b.get(ctx(), { target: hostile, key, fields: [] }));
    await refused(() => b.put(ctx(), { target: hostile, key, record: record({ name: v.str("x") }), ttlMs: undefined }));
    await refused(() => b.insert(ctx(), { target: hostile, key: undefined, record: record({ name: v.str("x") }), ttlMs: undefined }));
    await refused(() => b.list(ctx(), { target: hostile, pageSize: 10, pageToken: "", fields: [] }));
    await refused(() => b.count(ctx(), { target: hostile, filter: undefined }));
    await refused(() => b.count(ctx(), { target: people, filter: field(attack) }));
    await refused(() => b.get(ctx(), { target: at("people", attack), key, fields: [] }));
    await refused(() => b.get(ctx(), { target: people, key: v.map({ [attack]: v.str("p1") }), fields: [] }));
    await refused(() => b.put(ctx(), { target: people, key, record: record({ [attack]: v.str("x") }), ttlMs: undefined }));
    await refused(() => b.update(ctx(), { target: people, key, updates: [unset(attack)], ttlMs: undefined, upsert: false }));
    await refused(() => b.update(ctx(), { target: people, key, updates: [set(attack, v.str("x"))], ttlMs: undefined, upsert: true }));
    await refused(() => b.updateMany!(ctx(), { target: people, filter: field(attack), updates: [set("name", v.str("x"))] }));
    await refused(() => b.updateMany!(ctx(), { target: people, filter: field("name"), updates: [set(attack, v.str("x"))] }));
    await refused(() => b.deleteMany!(ctx(), { target: people, filter: field(attack) }));
    await refused(() => b.get(ctx(), { target: people, key, fields: [attack] }));
    await refused(() => b.batchWrite(ctx(), { writes: [{ kind: "put", target: hostile, key, record: record({ name: v.str("x") }) }], requireAtomic: true }));
    await refused(async () => {
      for await (const _ of b.readBytes!(ctx(), { target: people, key, field: attack, range: { offset: 0, length: undefined, chunkSize: 10 } })) break;
    });
    const find = (query: Parameters<typeof create<typeof QuerySchema>>[1]) =>
      b.find(ctx(), { target: people, query: create(QuerySchema, query), pageSize: 10, pageToken: "" });
    await refused(() => find({ filter: field(attack) }));
    await refused(() => find({ sort: [{ field: attack }] }));
    await refused(() => find({ fields: [attack] }));
    await refused(async () => {
      for await (const _ of b.findStream(ctx(), { target: hostile, query: create(QuerySchema, {}), batchSize: 10, maxBatchBytes: 1_000_000 })) break;
    });
    await refused(async () => {
      for await (const _ of b.watch!(ctx(), { target: hostile, resumeToken: "", includeBefore: false })) break;
    });
    for (const call of fixture().facetCalls?.(attack) ?? []) await refused(call);
  });

  it("quotes names that exist, so a hostile table and column are read and written literally", async () => {
    const f = fixture();
    const name = `t"; DROP TABLE people; --`;
    const column = `c"; --`;
    const q = (s: string) => `"${s.replaceAll('"', '""')}"`;
    await f.exec(`CREATE TABLE ${q(name)} (id ${f.integerKeyType} PRIMARY KEY, ${q(column)} TEXT)`);
    const target = at(name);
    await f.backend.put(ctx(), { target, key: v.int(1), record: record({ [column]: v.str("stored") }), ttlMs: undefined });
    expect((await f.backend.get(ctx(), { target, key: v.int(1), fields: [] }))!.fields[column]).toEqual(v.str("stored"));
    const page = await f.backend.list(ctx(), { target, pageSize: 10, pageToken: "", fields: [column] });
    expect(page.records).toHaveLength(1);
    const filter = create(FilterSchema, { kind: { case: "field", value: { field: column, op: Operator.PREFIX, value: v.str("st") } } });
    expect(await f.backend.count(ctx(), { target, filter })).toBe(1n);
    await f.exec(`DROP TABLE ${q(name)}`);
  });

  it.each(ATTACKS)("value %j is bound, stored and matched literally", async (attack) => {
    const f = fixture();
    const people = at("people");
    const put = () => f.backend.put(ctx(), { target: people, key: v.str(attack), record: record({ name: v.str(attack) }), ttlMs: undefined });
    if (attack.includes("\u0000") && !f.textHoldsNul) {
      await refused(put);
      return;
    }
    await put();
    expect((await f.backend.get(ctx(), { target: people, key: v.str(attack), fields: ["name"] }))!.fields.name).toEqual(v.str(attack));
    for (const op of [Operator.EQ, Operator.PREFIX, Operator.CONTAINS]) {
      const filter = create(FilterSchema, { kind: { case: "field", value: { field: "name", op, value: v.str(attack) } } });
      const found = await f.backend.find(ctx(), { target: people, query: create(QuerySchema, { filter }), pageSize: 10, pageToken: "" });
      expect(found.records.map((r) => r.fields.id)).toEqual([v.str(attack)]);
    }
    const byName = create(FilterSchema, { kind: { case: "field", value: { field: "name", op: Operator.EQ, value: v.str(attack) } } });
    expect(await f.backend.updateMany!(ctx(), { target: people, filter: byName, updates: [set("age", v.int(1))] })).toBe(1n);
    await f.backend.delete(ctx(), { target: people, key: v.str(attack) });
  });

  it("leaves the table intact", async () => {
    const b = fixture().backend;
    expect(await b.count(ctx(), { target: at("people"), filter: undefined })).toBe(1n);
    expect((await b.get(ctx(), { target: at("people"), key: v.str("p1"), fields: [] }))!.fields.name).toEqual(v.str("Ann"));
  });
}
