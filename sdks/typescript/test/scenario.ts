// sdks/SCENARIO.md, step by step, through the SDK's own layer. Node runs it
// over gRPC, gRPC-Web and Connect (scenario.test.ts); Chromium over Connect
// and gRPC-Web (browser/scenario-page.ts). Assertions are chai's, so the same
// code runs in both.
import { assert } from "chai";
import {
  ChangeType,
  Code,
  ColumnType,
  ConnectError,
  type DbxClient,
  DbxError,
  type DbxRecord,
  Decimal,
  defineRecord,
  Document,
  ErrorReason,
  field,
  type Infer,
  Instant,
  Interval,
  isRetryable,
  Json,
  LocalDate,
  and,
  where,
} from "../src/api.js";
import { ErrorInfoSchema } from "../src/gen/google/rpc/error_details_pb.js";

export interface ScenarioStep {
  name: string;
  run(): Promise<void>;
}

const INT64_MAX = 9223372036854775807n;
const RAW = new Uint8Array([0x00, 0xff, 0x00, 0x80, 0xff]);
const AT = "2024-05-01T12:34:56.123456789Z";
const AMOUNT = "12345678901234567890.1234567890";
const DAY = "1815-12-10";
type Doc = { zeta: number; alpha: { y: boolean; x: (number | string | null)[] }; mid: string };
const DOC: Doc = { zeta: 1, alpha: { y: true, x: [1, "two", null] }, mid: "m" };

const Person = defineRecord({
  id: field.string(),
  big: field.int64(),
  raw: field.bytes(),
  at: field.timestamp(),
  amount: field.decimal(),
  day: field.date(),
  doc: field.json<Doc>(),
});
type Person = Infer<typeof Person>;

/** The steps of the scenario for one run (its tables are suffixed `_<run>`), in order; each builds on the ones before. */
export function scenario(client: DbxClient, run: string): ScenarioStep[] {
  const suffix = run.replaceAll("-", "_");
  const people = client.collection(`people_${suffix}`);
  const items = client.collection(`items_${suffix}`);
  let documentsAreNative = false;

  return [
    {
      name: "1. client: one call from a URL, a default deadline, Ping",
      async run() {
        const pong = await client.admin.ping({});
        assert.isDefined(pong.latency);
      },
    },
    {
      name: "2. capabilities: stream.watch and transaction.interactive, no value.interval",
      async run() {
        const capabilities = await client.capabilities();
        assert.isTrue(capabilities.has("stream.watch"));
        assert.isTrue(capabilities.has("transaction.interactive"));
        assert.isFalse(capabilities.has("value.interval"));
        documentsAreNative = capabilities.has("value.document");
      },
    },
    {
      name: "3. SqlService.CreateTable people_<protocol>",
      async run() {
        await client.sql.createTable({
          target: { collection: people.target.collection },
          columns: [
            { name: "id", type: ColumnType.STRING, notNull: true },
            { name: "big", type: ColumnType.INT64 },
            { name: "raw", type: ColumnType.BYTES },
            { name: "at", type: ColumnType.TIMESTAMP },
            { name: "amount", type: ColumnType.DECIMAL },
            { name: "day", type: ColumnType.DATE },
            { name: "doc", type: ColumnType.JSON },
          ],
          primaryKey: ["id"],
        });
      },
    },
    {
      name: "4. Put and Get ada from native values, exactly",
      async run() {
        // SQLite has no value.document: the ordered document travels as JSON text.
        const doc = documentsAreNative ? Document.from(DOC) : Json.stringify(DOC);
        await people.put("ada", {
          id: "ada",
          big: INT64_MAX,
          raw: RAW,
          at: Instant.parse(AT),
          amount: new Decimal(AMOUNT),
          day: LocalDate.parse(DAY),
          doc,
        });
        const ada = await people.get("ada");
        assert.strictEqual(ada.id, "ada");
        assert.strictEqual(ada.big, INT64_MAX);
        assert.instanceOf(ada.raw, Uint8Array);
        assert.deepEqual([...(ada.raw as Uint8Array)], [...RAW]);
        assert.instanceOf(ada.at, Instant);
        assert.strictEqual((ada.at as Instant).seconds, 1714566896n);
        assert.strictEqual((ada.at as Instant).nanos, 123456789);
        assert.strictEqual(String(ada.at), AT);
        assert.instanceOf(ada.amount, Decimal);
        assert.strictEqual(String(ada.amount), AMOUNT);
        assert.strictEqual((ada.amount as Decimal).scale, 10);
        assert.instanceOf(ada.day, LocalDate);
        assert.isTrue((ada.day as LocalDate).equals(new LocalDate(1815, 12, 10)));
        assert.instanceOf(ada.doc, Json);
        const read = (ada.doc as Json).parse<Doc>();
        assert.deepEqual(Object.keys(read), ["zeta", "alpha", "mid"]);
        assert.deepEqual(Object.keys(read.alpha), ["y", "x"]);
        assert.deepEqual(read, DOC);
        assert.strictEqual((ada.doc as Json).text, (doc as Json).text);
      },
    },
    {
      name: "4b. the same through a record schema (typed plain object)",
      async run() {
        const typedPeople = client.collection(people.target.collection, { schema: Person });
        const written: Person = {
          id: "ada",
          big: INT64_MAX,
          raw: RAW,
          at: Instant.parse(AT),
          amount: new Decimal(AMOUNT),
          day: LocalDate.parse(DAY),
          doc: DOC,
        };
        const created = await typedPeople.put("ada", written);
        assert.isFalse(created);
        const ada: Person = await typedPeople.get("ada");
        assert.strictEqual(ada.big, INT64_MAX);
        assert.deepEqual([...ada.raw], [...RAW]);
        assert.isTrue(ada.at.equals(written.at));
        assert.strictEqual(ada.at.toString(), AT);
        assert.isTrue(ada.amount.equals(written.amount));
        assert.strictEqual(ada.amount.scale, 10);
        assert.strictEqual(ada.day.toString(), DAY);
        assert.deepEqual(Object.keys(ada.doc), ["zeta", "alpha", "mid"]);
        assert.deepEqual(ada.doc, DOC);
      },
    },
    {
      name: "5. Find with the filter builder: big > 1000 AND day = 1815-12-10",
      async run() {
        await people.put("bob", { id: "bob", big: 1n });
        const found = await people
          .find({ filter: and(where("big").gt(1000n), where("day").eq(LocalDate.parse(DAY))) })
          .toArray();
        assert.deepEqual(
          found.map((record) => record.id),
          ["ada"],
        );
      },
    },
    {
      name: "6. 250 records in one BatchWrite; Find pages of 100; FindStream",
      async run() {
        await client.sql.createTable({
          target: { collection: items.target.collection },
          columns: [
            { name: "id", type: ColumnType.INT64, notNull: true },
            { name: "n", type: ColumnType.INT64 },
          ],
          primaryKey: ["id"],
        });
        const ids = Array.from({ length: 250 }, (_, i) => i + 1);
        const batch = await items.putMany(ids.map((id) => [id, { id, n: id * 10 }] as const));
        assert.lengthOf(batch.results, 250);

        const pages: DbxRecord[][] = [];
        for await (const page of items.find({}, { pageSize: 100 }).pages()) pages.push(page.records);
        assert.deepEqual(
          pages.map((page) => page.length),
          [100, 100, 50],
        );
        assert.deepEqual(
          pages.flat().map((record) => record.id),
          ids.map(BigInt),
        );

        const streamed: DbxRecord[] = [];
        for await (const record of items.findStream({}, { batchSize: 64 })) streamed.push(record);
        assert.deepEqual(
          streamed.map((record) => record.id),
          ids.map(BigInt),
        );
        assert.strictEqual(streamed[249]!.n, 2500n);
      },
    },
    {
      name: "7. Watch: ready, Put cy, its INSERT event, end the stream",
      async run() {
        const changes: { type: ChangeType; key: unknown }[] = [];
        for await (const event of people.watch({ signal: AbortSignal.timeout(15_000) })) {
          if (event.kind === "ready") {
            await people.put("cy", { id: "cy", big: 3n });
            continue;
          }
          changes.push({ type: event.type, key: event.key });
          break; // ends the call: the SDK cancels the stream
        }
        assert.deepEqual(changes, [{ type: ChangeType.INSERT, key: "cy" }]);
      },
    },
    {
      name: "8. Transaction: Put tx, Rollback, Get tx is NOT_FOUND",
      async run() {
        await client.withTransaction(async (transaction) => {
          await people.put("tx", { id: "tx", big: 4n }, { transaction });
          assert.strictEqual((await people.get("tx", { transaction })).big, 4n);
          await transaction.rollback();
        });
        await assertRejects(people.get("tx"), (error) => {
          assert.strictEqual(error.code, Code.NotFound);
          assert.strictEqual(error.reason, ErrorReason.NOT_FOUND);
        });
        // Without commit, the helper rolls back; with it, the write stays.
        await client.withTransaction(async (transaction) => {
          await people.put("tx-uncommitted", { id: "tx-uncommitted" }, { transaction });
        });
        await assertRejects(people.get("tx-uncommitted"), (error) => {
          assert.strictEqual(error.reason, ErrorReason.NOT_FOUND);
        });
        await client.withTransaction(async (transaction) => {
          await people.put("tx-committed", { id: "tx-committed" }, { transaction });
          await transaction.commit();
        });
        assert.strictEqual((await people.get("tx-committed")).id, "tx-committed");
      },
    },
    {
      name: "9. typed errors and isRetryable",
      async run() {
        await assertRejects(people.put("iv", { id: "iv", big: new Interval({ days: 1 }) }), (error) => {
          assert.strictEqual(error.code, Code.Unimplemented);
          assert.strictEqual(error.reason, ErrorReason.UNSUPPORTED);
          assert.strictEqual(error.domain, "dbx.dev");
          assert.strictEqual(error.info.capability, "value.interval");
          assert.isFalse(isRetryable(error));
        });
        await assertRejects(client.collection("").get("ada"), (error) => {
          assert.strictEqual(error.code, Code.InvalidArgument);
          assert.strictEqual(error.reason, ErrorReason.INVALID_FIELD);
          assert.strictEqual(error.info.field, "target.collection");
          assert.strictEqual(error.field, "target.collection");
          assert.isFalse(isRetryable(error));
        });
        assert.isTrue(isRetryable(new ConnectError("down", Code.Unavailable)));
        assert.isTrue(isRetryable(new ConnectError("conflict", Code.Aborted)));
        assert.isFalse(isRetryable(new ConnectError("bad", Code.InvalidArgument)));
        assert.isFalse(isRetryable(new ConnectError("full", Code.ResourceExhausted)));
        const tooMany = new ConnectError("full", Code.ResourceExhausted, undefined, [
          { desc: ErrorInfoSchema, value: { reason: "ERROR_REASON_TOO_MANY_TRANSACTIONS", domain: "dbx.dev" } },
        ]);
        assert.isTrue(isRetryable(tooMany));
      },
    },
  ];
}

/** Awaits a call that must fail with a DbxError, and checks the error. */
export async function assertRejects(call: Promise<unknown>, check: (error: DbxError) => void): Promise<void> {
  let error: unknown;
  try {
    await call;
  } catch (caught) {
    error = caught;
  }
  assert.instanceOf(error, DbxError, "the call should have failed with a DbxError");
  check(error as DbxError);
}
