import { DbxValueError } from "./value-error.js";

/**
 * A JSON document as text (`json_value`, for JSON columns). The text travels
 * and is stored as written, so its key order and number digits are kept.
 */
export class Json {
  constructor(readonly text: string) {}

  /**
   * JSON.stringify of a value, keeping the key order of its objects. A bigint
   * has no JSON form in JavaScript: it is refused rather than rounded.
   */
  static stringify(value: unknown): Json {
    try {
      const text = JSON.stringify(value);
      if (text === undefined) throw new DbxValueError(`${typeof value} has no JSON form`);
      return new Json(text);
    } catch (cause) {
      if (cause instanceof DbxValueError) throw cause;
      throw new DbxValueError(`cannot write the value as JSON: ${String(cause)}`, { cause });
    }
  }

  /**
   * JSON.parse of the text. Objects keep the text's key order, except keys
   * that look like array indexes ("1"), which JavaScript puts first; numbers
   * beyond 2^53 lose digits. Read `text` when that matters.
   */
  parse<T = unknown>(): T {
    return JSON.parse(this.text) as T;
  }

  toString(): string {
    return this.text;
  }
}
