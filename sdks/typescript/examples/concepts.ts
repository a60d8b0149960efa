// The README's snippets, as one file that the test suite type-checks (not
// run: it needs a Redis backend and a TLS server).
import { readFileSync } from "node:fs";
import {
  and,
  ChangeType,
  createDbxClient,
  DbxError,
  Decimal,
  defineRecord,
  Document,
  ErrorReason,
  field,
  type Infer,
  Instant,
  Interval,
  IsolationLevel,
  isRetryable,
  Json,
  LocalDate,
  not,
  or,
  where,
} from "@dbx/client";
import type { TableDescription } from "@dbx/client/gen/dbx/sql/v1/schema_pb";

export async function concepts(signal: AbortSignal): Promise<void> {
  const client = createDbxClient("https://dbx.internal:7420", {
    protocol: "grpc",
    defaultTimeoutMs: 5_000,
    token: process.env.DBX_TOKEN,
    headers: { "x-team": "billing" },
    retry: { maxAttempts: 3, initialBackoffMs: 100, maxBackoffMs: 2_000 },
    tls: { ca: readFileSync("ca.pem") },
  });
  await client.admin.ping({}, { timeoutMs: 500 });

  const table: TableDescription | undefined = (await client.sql.describeTable({ target: { collection: "books" } }))
    .table;
  const keys = await client.redis.scan({ target: { backend: "cache" }, match: new TextEncoder().encode("user:*") });
  console.log(table?.name, keys.keys.length);

  const at = Instant.parse("2024-05-01T12:34:56.123456789Z");
  console.log(at.toDate(), new Decimal("12345678901234567890.1234567890").scale, LocalDate.parse("1815-12-10"));

  const Person = defineRecord({
    id: field.string(),
    big: field.int64(),
    visits: field.int(),
    score: field.double(),
    raw: field.bytes(),
    at: field.timestamp(),
    amount: field.decimal(),
    day: field.date(),
    doc: field.json<{ zeta: number }>(),
    note: field.nullable(field.string()),
  });
  type Person = Infer<typeof Person>;
  const people = client.collection("people", { schema: Person });
  const ada: Person = await people.get("ada");
  const note: string | null = ada.note;
  console.log(note);

  const filter = and(
    where("big").gt(1000n),
    where("day").eq(LocalDate.parse("1815-12-10")),
    or(where("tag").in(["a", "b"]), where("name").startsWith("Ad")),
    not(where("deleted").exists()),
  );
  for await (const person of people.find({ filter, sort: ["id"] }, { pageSize: 100 })) console.log(person.id);
  for await (const page of people.find({ filter }).pages()) console.log(page.records.length, page.nextPageToken);
  for await (const person of people.findStream({ filter }, { batchSize: 500 })) console.log(person.id);

  for await (const event of people.watch({ signal })) {
    if (event.kind === "ready") continue;
    if (event.type === ChangeType.INSERT) console.log("new", event.key, event.record);
  }

  const untyped = client.collection("people");
  try {
    await untyped.put("x", { id: "x", span: new Interval({ days: 1 }) });
  } catch (error) {
    if (!(error instanceof DbxError)) throw error;
    console.log(error.code, error.reason, error.reasonName, error.domain, error.info.capability, error.field);
    console.log(isRetryable(error));
  }

  const capabilities = await client.capabilities("main");
  const value = { zeta: 1, alpha: { y: true } };
  const doc = capabilities.has("value.document") ? Document.from(value) : Json.stringify(value);
  console.log(doc, capabilities.services.has("dbx.sql.v1.SqlService"));

  await client.withTransaction(
    async (transaction) => {
      await untyped.put("tx", { id: "tx", big: 1n }, { transaction });
      const read = await untyped.get("tx", { transaction });
      if (read.big === 1n) await transaction.commit();
    },
    { isolationLevel: IsolationLevel.SERIALIZABLE },
  );
  client.close();
}

export async function authentication(url: string, jwt: string, adminKey: string): Promise<void> {
  const withJwt = createDbxClient(url, { token: jwt });
  const admin = createDbxClient(url, { apiKey: adminKey });
  const { key, secret } = await admin.apiKeys.createApiKey({ name: "billing job", role: "reader" });
  const { keys } = await admin.apiKeys.listApiKeys({});
  console.log(keys.length);
  const reader = createDbxClient(url, { apiKey: secret });
  const readerPeople = reader.collection("people");
  try {
    await readerPeople.put("ada", { id: "ada" });
  } catch (error) {
    if (error instanceof DbxError && error.reason === ErrorReason.PERMISSION_DENIED) {
      console.log(`refused: this role may not ${error.info.group}`);
    } else throw error;
  }
  await admin.apiKeys.revokeApiKey({ id: key!.id });
  for (const client of [withJwt, admin, reader]) client.close();
}
