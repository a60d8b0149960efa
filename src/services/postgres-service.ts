import { create } from "@bufbuild/protobuf";
import type { HandlerContext, ServiceImpl } from "@connectrpc/connect";
import {
  CopyFormat,
  type CopyInRequest,
  type CopyOptions,
  ListenResponseSchema,
  PostgresService,
  type RoutineArgument,
} from "../../gen/ts/dbx/postgres/v1/postgres_pb.js";
import type { Row } from "../../gen/ts/dbx/v1/query_pb.js";
import type { Target } from "../../gen/ts/dbx/v1/target_pb.js";
import type { TypedValue } from "../../gen/ts/dbx/v1/value_pb.js";
import type { Backend } from "../backends/backend.js";
import type { CopyInBatch, CopyTextOptions, ListenEvent, RoutineArgumentValue } from "../backends/facets/postgres.js";
import { checkIdentifier, MAX_IDENTIFIER_LENGTH } from "../backends/sql/identifier.js";
import { invalidField } from "../errors/dbx-error.js";
import { checkValue } from "../values/check-value.js";
import { maxChunkSize } from "./byte-range-request.js";
import type { CollectionRule, ResolvedFacetCall } from "./call-resolver.js";
import type { ServiceDeps } from "./service-deps.js";
import { columnsOf, rowsOf, sessionOf } from "./sql-service.js";
import { checkStatementText } from "./statement-text.js";

/** PostgreSQL refuses a NOTIFY payload of 8000 bytes or more. */
const MAX_PAYLOAD_BYTES = 7999;
const MAX_CHANNELS = 100;
const MAX_ARGUMENTS = 100;
const DEFAULT_COPY_CHUNK = 64 * 1024;

/**
 * dbx.postgres.v1.PostgresService: LISTEN/NOTIFY, COPY and routine calls
 * of PostgreSQL backends. Requests are checked here (sizes, counts, names,
 * values); the facet quotes identifiers and binds values. Other kinds of
 * backend answer FAILED_PRECONDITION naming their kind.
 */
export function createPostgresService(deps: ServiceDeps): ServiceImpl<typeof PostgresService> {
  const resolve = (target: Target | undefined, handler: HandlerContext, collection: CollectionRule, transactionId = ""): ResolvedFacetCall<"postgres"> =>
    deps.resolver.facet(target, handler, "postgres", PostgresService, { collection, transactionId });
  const chunkCap = maxChunkSize(deps.limits.maxResponseBytes);

  return {
    async *listen(req, handler) {
      const { facet, ctx, target } = resolve(req.target, handler, "forbidden");
      if (target.namespace) throw invalidField("target.namespace", "channels belong to the database, not a schema; leave the namespace empty");
      if (req.channels.length === 0) throw invalidField("channels", "at least one channel is required");
      if (req.channels.length > MAX_CHANNELS) throw invalidField("channels", `at most ${MAX_CHANNELS} channels per stream`);
      req.channels.forEach((channel, i) => checkChannel(channel, `channels[${i}]`));
      for await (const event of facet.listen(ctx, { channels: [...new Set(req.channels)] })) yield listenResponse(event);
    },

    async notify(req, handler) {
      const { facet, ctx, target } = resolve(req.target, handler, "forbidden", req.transactionId);
      if (target.namespace) throw invalidField("target.namespace", "channels belong to the database, not a schema; leave the namespace empty");
      checkChannel(req.channel, "channel");
      if (Buffer.byteLength(req.payload, "utf8") > MAX_PAYLOAD_BYTES) {
        throw invalidField("payload", `PostgreSQL takes at most ${MAX_PAYLOAD_BYTES} bytes of payload`);
      }
      if (req.payload.includes("\u0000")) throw invalidField("payload", "PostgreSQL text cannot hold NUL characters");
      await facet.notify(ctx, { channel: req.channel, payload: req.payload });
      return {};
    },

    async copyIn(requests, handler) {
      const iterator = requests[Symbol.asyncIterator]();
      const first = await iterator.next();
      if (first.done) throw invalidField("target", "the first message must name the table");
      const head = first.value;
      const { facet, ctx, backend, target } = resolve(head.target, handler, "required");
      const columns = checkColumns(head.columns);
      const format = head.format;
      const options = copyOptions(head.options, format, "options");
      const batches = copyInBatches(head, iterator, backend);
      return { rowsCopied: await facet.copyIn(ctx, { table: target, columns, format, options, batches }) };
    },

    async copyRows(req, handler) {
      const { facet, ctx, backend, target } = resolve(req.target, handler, "required");
      const columns = checkColumns(req.columns);
      if (req.rows.length === 0) throw invalidField("rows", "at least one row is required");
      const rows = checkRows(req.rows, 0, backend);
      const batches = (async function* (): AsyncGenerator<CopyInBatch> {
        yield { rows };
      })();
      const options = { header: false, delimiter: undefined, nullString: undefined };
      return { rowsCopied: await facet.copyIn(ctx, { table: target, columns, format: CopyFormat.UNSPECIFIED, options, batches }) };
    },

    async *copyOut(req, handler) {
      const { facet, ctx, backend, target } = resolve(req.target, handler, "optional");
      const format = req.format === CopyFormat.UNSPECIFIED ? CopyFormat.TEXT : req.format;
      const options = copyOptions(req.options, format, "options");
      if (req.chunkSize < 0) throw invalidField("chunk_size", "must not be negative");
      const chunkSize = Math.min(req.chunkSize || DEFAULT_COPY_CHUNK, chunkCap);
      let source;
      if (req.query) {
        if (target.collection) throw invalidField("target.collection", "name a table or a query, not both");
        if (req.columns.length > 0) throw invalidField("columns", "columns select from a table; with a query, select them in the query");
        checkStatementText(req.query, "query");
        source = { query: req.query, params: req.params.map((p, i) => checkValue(p, `params[${i}]`, backend)), namespace: target.namespace };
      } else {
        if (!target.collection) throw invalidField("target.collection", "a table (or a query) is required");
        if (req.params.length > 0) throw invalidField("params", "parameters go with a query");
        source = { table: target, columns: checkColumns(req.columns) };
      }
      for await (const data of facet.copyOut(ctx, { source, format, options, chunkSize })) yield { data };
    },

    async callFunction(req, handler) {
      const { facet, ctx, backend, target } = resolve(req.target, handler, "required", req.transactionId);
      const args = checkArguments(req.arguments, backend);
      const call = { routine: target, arguments: args, maxRows: deps.limits.maxRowsPerResponse, session: sessionOf(req.session) };
      const { columns, rows } = await facet.callFunction(ctx, call);
      return { columns: columnsOf(columns, backend), rows: rowsOf(rows) };
    },

    async callProcedure(req, handler) {
      const { facet, ctx, backend, target } = resolve(req.target, handler, "required", req.transactionId);
      const args = checkArguments(req.arguments, backend);
      const { columns, values } = await facet.callProcedure(ctx, { routine: target, arguments: args, maxRows: 1, session: sessionOf(req.session) });
      return { columns: columnsOf(columns, backend), values: values ? rowsOf([values])[0] : undefined };
    },
  };
}

function listenResponse(event: ListenEvent) {
  switch (event.type) {
    case "ready":
      return create(ListenResponseSchema, { event: { case: "ready", value: {} } });
    case "notification":
      return create(ListenResponseSchema, { event: { case: "notification", value: { channel: event.channel, payload: event.payload, senderPid: event.senderPid } } });
    case "gap":
      return create(ListenResponseSchema, { event: { case: "gap", value: { reason: event.reason } } });
  }
}

/** A channel is an identifier: PostgreSQL truncates LISTEN's past 63 bytes, and pg_notify refuses them. */
function checkChannel(channel: string, field: string): void {
  checkIdentifier(channel, field);
  if (Buffer.byteLength(channel, "utf8") > MAX_IDENTIFIER_LENGTH) throw invalidField(field, `channel names are at most ${MAX_IDENTIFIER_LENGTH} bytes`);
}

function checkColumns(columns: readonly string[]): string[] {
  columns.forEach((c, i) => checkIdentifier(c, `columns[${i}]`));
  const seen = new Set<string>();
  columns.forEach((c, i) => {
    if (seen.has(c)) throw invalidField(`columns[${i}]`, `column "${c}" is named twice`);
    seen.add(c);
  });
  return [...columns];
}

/** Rows of a COPY; `offset` is the index of the first, so that errors name a row across messages. */
function checkRows(rows: readonly Row[], offset: number, backend: Backend): TypedValue[][] {
  return rows.map((row, r) => row.values.map((value, v) => checkValue(value, `rows[${offset + r}].values[${v}]`, backend)));
}

/**
 * The TEXT and CSV options as COPY takes them; PostgreSQL checks the rest
 * (a delimiter that appears in the NULL text, for instance).
 */
function copyOptions(options: CopyOptions | undefined, format: CopyFormat, field: string): CopyTextOptions {
  const header = options?.header ?? false;
  const delimiter = options?.delimiter || undefined;
  const nullString = options?.nullString || undefined;
  const set = header || delimiter !== undefined || nullString !== undefined;
  if (set && (format === CopyFormat.BINARY || format === CopyFormat.UNSPECIFIED)) {
    throw invalidField(field, format === CopyFormat.BINARY ? "the binary format takes no options" : "options go with TEXT or CSV data");
  }
  if (delimiter !== undefined) checkDelimiter(delimiter, format, `${field}.delimiter`);
  if (nullString !== undefined) {
    if (nullString.length > MAX_IDENTIFIER_LENGTH) throw invalidField(`${field}.null_string`, `at most ${MAX_IDENTIFIER_LENGTH} characters`);
    if (/[\r\n\u0000]/.test(nullString)) throw invalidField(`${field}.null_string`, "must not contain a line end or NUL");
  }
  return { header, delimiter, nullString };
}

/** One ASCII character that cannot be mistaken for data or an escape (PostgreSQL's own rules). */
function checkDelimiter(delimiter: string, format: CopyFormat, field: string): void {
  const code = delimiter.charCodeAt(0);
  if (delimiter.length !== 1 || code >= 0x80) throw invalidField(field, "one single-byte (ASCII) character");
  if (delimiter === "\r" || delimiter === "\n" || delimiter === "\u0000") throw invalidField(field, "must not be a line end or NUL");
  if (delimiter === "\\" || (format === CopyFormat.CSV && delimiter === '"')) throw invalidField(field, "must not be the escape or quote character");
  if (format === CopyFormat.TEXT && /[a-z0-9.]/.test(delimiter)) throw invalidField(field, "TEXT format refuses lowercase letters, digits and '.' as delimiters");
}

/**
 * The batches of a CopyIn stream: the first message's rows or data, then
 * every later message's. A message may carry rows or data, not both.
 */
async function* copyInBatches(head: CopyInRequest, rest: AsyncIterator<CopyInRequest>, backend: Backend): AsyncGenerator<CopyInBatch> {
  let offset = 0;
  let message: CopyInRequest = head;
  for (;;) {
    if (message.rows.length > 0 && message.data.length > 0) throw invalidField("data", "a message carries rows or data, not both");
    if (message.rows.length > 0) {
      yield { rows: checkRows(message.rows, offset, backend) };
      offset += message.rows.length;
    } else if (message.data.length > 0) {
      yield { data: message.data };
    }
    const next = await rest.next();
    if (next.done) return;
    message = next.value;
  }
}

/** Arguments as the facet takes them: names and types checked, positional ones first. */
function checkArguments(args: readonly RoutineArgument[], backend: Backend): RoutineArgumentValue[] {
  if (args.length > MAX_ARGUMENTS) throw invalidField("arguments", `at most ${MAX_ARGUMENTS} arguments`);
  let named = false;
  const names = new Set<string>();
  return args.map((arg, i) => {
    if (arg.name) {
      checkIdentifier(arg.name, `arguments[${i}].name`);
      if (names.has(arg.name)) throw invalidField(`arguments[${i}].name`, `argument "${arg.name}" is given twice`);
      names.add(arg.name);
      named = true;
    } else if (named) {
      throw invalidField(`arguments[${i}].name`, "positional arguments come before named ones");
    }
    if (arg.type.length > 200) throw invalidField(`arguments[${i}].type`, "a type name is at most 200 characters");
    return { name: arg.name, value: checkValue(arg.value, `arguments[${i}].value`, backend), type: arg.type };
  });
}
