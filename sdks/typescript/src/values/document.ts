import type { DbxValue } from "./dbx-value.js";
import { DbxValueError } from "./value-error.js";

/**
 * A nested document whose field order is kept (`document_value`): MongoDB
 * compares embedded documents field by field in order. Capability
 * `value.document`. A plain object travels as a `map_value`, whose order the
 * contract does not keep.
 */
export class Document implements Iterable<[string, DbxValue]> {
  readonly #fields: Map<string, DbxValue>;

  constructor(fields: Iterable<readonly [string, DbxValue]> = []) {
    this.#fields = new Map();
    for (const [name, value] of fields) {
      if (this.#fields.has(name)) throw new DbxValueError(`a Document has the field ${JSON.stringify(name)} twice`);
      this.#fields.set(name, value);
    }
  }

  /**
   * The fields of a plain object in its key order; nested plain objects become
   * Documents too. JavaScript orders keys that look like array indexes ("1")
   * first: build those documents from entries.
   */
  static from(object: { readonly [field: string]: DbxValue }): Document {
    return new Document(Object.entries(object).map(([name, value]) => [name, nest(value)]));
  }

  get size(): number {
    return this.#fields.size;
  }

  get(name: string): DbxValue | undefined {
    return this.#fields.get(name);
  }

  keys(): IterableIterator<string> {
    return this.#fields.keys();
  }

  [Symbol.iterator](): IterableIterator<[string, DbxValue]> {
    return this.#fields.entries();
  }
}

function nest(value: DbxValue): DbxValue {
  if (Array.isArray(value)) return value.map(nest);
  if (isPlainObject(value)) return Document.from(value as { readonly [field: string]: DbxValue });
  return value;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}
