import type { Decimal } from "./decimal.js";
import type { Document } from "./document.js";
import type { Instant } from "./instant.js";
import type { Interval } from "./interval.js";
import type { Json } from "./json.js";
import type { LocalDate } from "./local-date.js";
import type { LocalDateTime } from "./local-date-time.js";
import type { LocalTime } from "./local-time.js";
import type { Native } from "./native.js";
import type { ObjectId } from "./object-id.js";

/**
 * A JavaScript value the SDK converts to and from `dbx.v1.TypedValue`.
 *
 * | JavaScript | TypedValue | read back as |
 * |---|---|---|
 * | `null` | `null_value` | `null` |
 * | `boolean` | `bool_value` | `boolean` |
 * | `bigint` | `int_value` (int64) | `bigint` |
 * | `number`, a safe integer | `int_value` | `bigint` |
 * | `number`, any other (fractions, -0, NaN, beyond 2^53) | `double_value` | `number` |
 * | `string` | `string_value` | `string` |
 * | `Uint8Array` (a Node `Buffer` too) | `bytes_value` | `Uint8Array` |
 * | `Instant`, `Date` | `timestamp_value` | `Instant` |
 * | `Decimal` | `decimal_value` | `Decimal` |
 * | `LocalDate`, `LocalTime`, `LocalDateTime` | `date_value`, `time_value`, `datetime_value` | the same |
 * | `Interval` | `interval_value` | `Interval` |
 * | `ObjectId` | `object_id_value` | `ObjectId` |
 * | `Document` | `document_value` (ordered) | `Document` |
 * | `Json` | `json_value` | `Json` |
 * | `Native` | `native_value` | `Native` |
 * | an array | `array_value` | an array |
 * | a plain object | `map_value` (unordered) | a plain object |
 */
export type DbxValue =
  | null
  | boolean
  | number
  | bigint
  | string
  | Uint8Array
  | Instant
  | Date
  | Decimal
  | LocalDate
  | LocalTime
  | LocalDateTime
  | Interval
  | ObjectId
  | Document
  | Json
  | Native
  | readonly DbxValue[]
  | { readonly [field: string]: DbxValue };

/** A record as a plain object: field name to value. */
export type DbxRecord = { [field: string]: DbxValue };
