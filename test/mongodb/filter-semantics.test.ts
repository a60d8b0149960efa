import { create } from "@bufbuild/protobuf";
import { Code } from "@connectrpc/connect";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DataService } from "../../gen/ts/dbx/v1/data_pb.js";
import { FilterSchema, Operator, type Filter } from "../../gen/ts/dbx/v1/filter_pb.js";
import { QueryService } from "../../gen/ts/dbx/v1/query_pb.js";
import type { TypedValue } from "../../gen/ts/dbx/v1/value_pb.js";
import { startTestServer, type TestServer } from "../support/dbx-server.js";
import { startFerretDb, type FerretDbServer } from "../support/ferretdb-server.js";
import { expectError, expectInvalidField, record, u, v } from "../support/values.js";

const field = (name: string, op: Operator, value?: TypedValue): Filter => create(FilterSchema, { kind: { case: "field", value: { field: name, op, value } } });

/**
 * What the MongoDB adapter's compiled filters and updates do where MongoDB's
 * own semantics differ from the contract's, and that a field name can never
 * become an operator.
 */
describe("MongoDB filters and field names (FerretDB)", () => {
  let ferretdb: FerretDbServer;
  let server: TestServer;
  const target = { collection: "people" };

  beforeAll(async () => {
    ferretdb = await startFerretDb();
    server = await startTestServer({ defaultBackend: "docs", backends: { docs: { url: `${ferretdb.url}filters` } } });
    const data = server.client(DataService, "connect");
    await data.put({ target, key: v.str("ada"), record: record({ name: v.str("a.c"), tags: v.list([v.str("x"), v.str("y")]), address: v.map({ city: v.str("Paris") }) }) });
    await data.put({ target, key: v.str("bob"), record: record({ name: v.str("abc"), tags: v.str("x"), address: v.map({ city: v.str("Lyon") }) }) });
    await data.put({ target, key: v.str("cy"), record: record({ name: v.str("(a+)+$") }) });
  });
  afterAll(async () => {
    await server?.close();
    await ferretdb?.stop();
  });

  const keys = async (filter: Filter) => {
    const res = await server.client(QueryService, "connect").find({ target, query: { filter } });
    return res.records.map((r) => r.fields._id.kind.value).sort();
  };

  it("PREFIX and CONTAINS match the text literally: regular expression characters are escaped", async () => {
    expect(await keys(field("name", Operator.PREFIX, v.str("a.")))).toEqual(["ada"]);
    expect(await keys(field("name", Operator.CONTAINS, v.str("(a+)+")))).toEqual(["cy"]);
    expect(await keys(field("name", Operator.PREFIX, v.str("")))).toEqual(["ada", "bob", "cy"]);
  });

  it("EQ compares a field whole: an array holding the value does not match, as the other backends agree", async () => {
    expect(await keys(field("tags", Operator.EQ, v.str("x")))).toEqual(["bob"]);
    expect(await keys(field("tags", Operator.NE, v.str("x")))).toEqual(["ada", "cy"]);
  });

  it("dotted names reach into embedded documents", async () => {
    expect(await keys(field("address.city", Operator.EQ, v.str("Paris")))).toEqual(["ada"]);
    const res = await server.client(QueryService, "connect").find({ target, query: { filter: field("address.city", Operator.EXISTS), fields: ["address.city"] } });
    expect(res.records.map((r) => Object.keys(r.fields).sort())).toEqual([
      ["_id", "address"],
      ["_id", "address"],
    ]);
  });

  it("a field name starting with $ never reaches MongoDB as an operator: INVALID_ARGUMENT naming it", async () => {
    const find = (filter: Filter) => server.client(QueryService, "connect").find({ target, query: { filter } });
    await expectInvalidField(find(field("$where", Operator.EQ, v.str("sleep(1000)"))), "query.filter.field.field");
    await expectInvalidField(find(field("address.$ne", Operator.EQ, v.str("x"))), "query.filter.field.field");
    await expectInvalidField(find(field("a..b", Operator.EXISTS)), "query.filter.field.field");
    const data = server.client(DataService, "connect");
    await expectInvalidField(data.update({ target, key: v.str("ada"), updates: [u.set("$set", v.str("x"))] }), "updates[0].field");
    await expectInvalidField(data.put({ target, key: v.str("z"), record: record({ "a.b": v.int(1) }) }), "record.fields.a.b");
    await expectInvalidField(data.update({ target, key: v.str("ada"), updates: [u.set("_id", v.str("other"))] }), "updates[0].field");
  });

  it("an update MongoDB cannot apply is INVALID_ARGUMENT with MongoDB's message, and changes nothing", async () => {
    const data = server.client(DataService, "connect");
    await expectError(data.update({ target, key: v.str("ada"), updates: [u.increment("name", v.int(1))] }), Code.InvalidArgument, { reason: "ERROR_REASON_STATEMENT_FAILED" });
    expect((await data.get({ target, key: v.str("ada") })).record?.fields.name).toEqual(v.str("a.c"));
  });
});
