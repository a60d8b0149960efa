import { create } from "@bufbuild/protobuf";
import { type Item, ItemSchema, type TypedValue, TypedValueSchema } from "./gen/dbx/v1/value_pb.js";
import { fromTypedValue, toTypedValue } from "./values/convert.js";
import type { DbxValue } from "./values/dbx-value.js";
import type { Decimal } from "./values/decimal.js";
import type { Document } from "./values/document.js";
import type { Instant } from "./values/instant.js";
import type { Interval } from "./values/interval.js";
import { Json } from "./values/json.js";
import type { LocalDate } from "./values/local-date.js";
import type { LocalDateTime } from "./values/local-date-time.js";
import type { LocalTime } from "./values/local-time.js";
import type { Native } from "./values/native.js";
import type { ObjectId } from "./values/object-id.js";
import { DbxValueError } from "./values/value-error.js";

type KindCase = NonNullable<TypedValue["kind"]["case"]>;

/** How one field of a record travels: its JavaScript type and its TypedValue kind. */
export interface FieldType<T> {
  /** What the field holds, for error messages ("int64", "json"). */
  readonly description: string;
  /** Whether the field may be null or absent (`field.nullable(...)`). */
  readonly nullable: boolean;
  encode(value: T, path: string): TypedValue;
  decode(value: TypedValue, path: string): T;
}

function ofKind<T extends DbxValue>(kindCase: KindCase, description: string): FieldType<T> {
  return {
    description,
    nullable: false,
    encode(value, path) {
      const encoded = toTypedValue(value);
      if (encoded.kind.case !== kindCase) throw mismatch(path, description, encoded);
      return encoded;
    },
    decode(value, path) {
      if (value.kind.case !== kindCase) throw mismatch(path, description, value);
      return fromTypedValue(value) as T;
    },
  };
}

function mismatch(path: string, description: string, value: TypedValue): DbxValueError {
  return new DbxValueError(`${path}: expected ${description}, got ${value.kind.case ?? "no value"}`);
}

/** The field types of a record schema; see `defineRecord`. */
export const field = {
  string: () => ofKind<string>("stringValue", "string"),
  bool: () => ofKind<boolean>("boolValue", "bool"),
  /** An int64 as a bigint, exact over the whole range. */
  int64: () => ofKind<bigint>("intValue", "int64"),
  /** An int64 as a number: refused, never rounded, when it is not a safe integer. */
  int: (): FieldType<number> => ({
    description: "int (a safe integer)",
    nullable: false,
    encode(value, path) {
      if (!Number.isSafeInteger(value)) throw new DbxValueError(`${path}: ${value} is not a safe integer`);
      return toTypedValue(value);
    },
    decode(value, path) {
      if (value.kind.case !== "intValue") throw mismatch(path, "int", value);
      const number = Number(value.kind.value);
      if (!Number.isSafeInteger(number)) {
        throw new DbxValueError(`${path}: ${value.kind.value} is beyond 2^53; use field.int64()`);
      }
      return number;
    },
  }),
  /** A double; integral numbers are sent as doubles too. */
  double: (): FieldType<number> => ({
    description: "double",
    nullable: false,
    encode: (value) => create(TypedValueSchema, { kind: { case: "doubleValue", value } }),
    decode(value, path) {
      if (value.kind.case !== "doubleValue") throw mismatch(path, "double", value);
      return value.kind.value;
    },
  }),
  bytes: () => ofKind<Uint8Array>("bytesValue", "bytes"),
  timestamp: () => ofKind<Instant>("timestampValue", "timestamp"),
  decimal: () => ofKind<Decimal>("decimalValue", "decimal"),
  date: () => ofKind<LocalDate>("dateValue", "date"),
  time: () => ofKind<LocalTime>("timeValue", "time"),
  datetime: () => ofKind<LocalDateTime>("datetimeValue", "datetime"),
  interval: () => ofKind<Interval>("intervalValue", "interval"),
  objectId: () => ofKind<ObjectId>("objectIdValue", "ObjectId"),
  document: () => ofKind<Document>("documentValue", "document"),
  native: () => ofKind<Native>("nativeValue", "native"),
  /**
   * A JSON column holding a T: written with JSON.stringify (key order kept),
   * read with JSON.parse (see `Json.parse` for what JavaScript changes).
   */
  json: <T>(): FieldType<T> => ({
    description: "json",
    nullable: false,
    encode: (value) => toTypedValue(Json.stringify(value)),
    decode(value, path) {
      if (value.kind.case !== "jsonValue") throw mismatch(path, "json", value);
      return JSON.parse(value.kind.value) as T;
    },
  }),
  /** Any value, converted as `toTypedValue` / `fromTypedValue` do. */
  any: (): FieldType<DbxValue> => ({
    description: "any value",
    nullable: true,
    encode: (value) => toTypedValue(value),
    decode: (value) => fromTypedValue(value),
  }),
  /** The field may be null (or absent from the record read). */
  nullable: <T>(type: FieldType<T>): FieldType<T | null> => ({
    description: `${type.description} or null`,
    nullable: true,
    encode: (value, path) => (value === null ? toTypedValue(null) : type.encode(value, path)),
    decode: (value, path) => (value.kind.case === "nullValue" ? null : type.decode(value, path)),
  }),
};

/** The field types of a record, by field name. */
export type RecordFields = Record<string, FieldType<any>>;

/** The plain object type a record schema reads and writes. */
export type RecordOf<F extends RecordFields> = { [K in keyof F]: F[K] extends FieldType<infer T> ? T : never };

/** The record type of a schema: `type Person = Infer<typeof Person>`. */
export type Infer<S> = S extends RecordSchema<infer T> ? T : never;

/** Converts records between `dbx.v1.Item` and a plain object type. */
export interface RecordCodec<T> {
  toItem(record: T): Item;
  fromItem(item: Item): T;
}

/** A record type: each field's JavaScript type and TypedValue kind, checked both ways. */
export class RecordSchema<T> implements RecordCodec<T> {
  readonly #fields: RecordFields;

  constructor(fields: RecordFields) {
    this.#fields = fields;
  }

  toItem(record: T): Item {
    const fields: Record<string, TypedValue> = {};
    for (const [name, type] of Object.entries(this.#fields)) {
      const value = (record as Record<string, unknown>)[name];
      if (value === undefined) {
        if (type.nullable) continue;
        throw new DbxValueError(`${name}: missing (${type.description})`);
      }
      fields[name] = type.encode(value, name);
    }
    return create(ItemSchema, { fields });
  }

  fromItem(item: Item): T {
    const record: Record<string, unknown> = {};
    for (const [name, type] of Object.entries(this.#fields)) {
      const value = item.fields[name];
      if (value === undefined) {
        if (!type.nullable) throw new DbxValueError(`${name}: missing from the record read (${type.description})`);
        record[name] = null;
      } else {
        record[name] = type.decode(value, name);
      }
    }
    return record as T;
  }
}

/**
 * A record schema, so that reads are typed and checked:
 *
 * ```ts
 * const Person = defineRecord({ id: field.string(), big: field.int64(), at: field.timestamp() });
 * type Person = Infer<typeof Person>; // { id: string; big: bigint; at: Instant }
 * const people = client.collection("people", { schema: Person });
 * const ada: Person = await people.get("ada");
 * ```
 */
export function defineRecord<F extends RecordFields>(fields: F): RecordSchema<RecordOf<F>> {
  return new RecordSchema(fields);
}
