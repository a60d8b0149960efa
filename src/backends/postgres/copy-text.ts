import { CopyFormat } from "../../../gen/ts/dbx/postgres/v1/postgres_pb.js";
import type { CopyTextOptions } from "../facets/postgres.js";

/**
 * Writes rows of PostgreSQL text values (each value as its type's output
 * function writes it, null for NULL) as lines of COPY's TEXT or CSV format,
 * escaped exactly as PostgreSQL's own COPY TO does (CopyAttributeOutText,
 * CopyAttributeOutCSV in src/backend/commands/copyto.c), so that COPY FROM
 * reads every value back unchanged.
 */
export class CopyLineWriter {
  readonly #csv: boolean;
  readonly #delimiter: string;
  readonly #nullString: string;

  constructor(format: CopyFormat.TEXT | CopyFormat.CSV, options: CopyTextOptions) {
    this.#csv = format === CopyFormat.CSV;
    this.#delimiter = options.delimiter ?? (this.#csv ? "," : "\t");
    this.#nullString = options.nullString ?? (this.#csv ? "" : "\\N");
  }

  /** One line, newline included. */
  line(values: readonly (string | null)[]): string {
    let line = "";
    for (let i = 0; i < values.length; i++) {
      if (i > 0) line += this.#delimiter;
      const value = values[i];
      if (value === null || value === undefined) line += this.#nullString;
      else line += this.#csv ? this.#csvField(value, values.length === 1) : this.#textField(value);
    }
    return line + "\n";
  }

  /** The header line of column names (CSV quoting, or TEXT escapes). */
  header(names: readonly string[]): string {
    return this.line(names);
  }

  #textField(value: string): string {
    // Most values need no escape: one native scan instead of a loop over every character.
    if (!TEXT_ESCAPED.test(value) && !value.includes(this.#delimiter)) return value;
    let out = "";
    let start = 0;
    for (let i = 0; i < value.length; i++) {
      const escape = textEscape(value.charCodeAt(i), this.#delimiter);
      if (escape === undefined) continue;
      out += value.slice(start, i) + escape;
      start = i + 1;
    }
    return start === 0 ? value : out + value.slice(start);
  }

  #csvField(value: string, alone: boolean): string {
    // PostgreSQL quotes a value that could read back as something else: NULL, a delimiter, a quote, a line end, or "\." on a line of its own.
    const quote =
      value === this.#nullString ||
      value.includes(this.#delimiter) ||
      value.includes('"') ||
      value.includes("\n") ||
      value.includes("\r") ||
      (alone && value === "\\.");
    return quote ? `"${value.replaceAll('"', '""')}"` : value;
  }
}

const BACKSLASH = 0x5c;
/** Characters TEXT format escapes whatever the delimiter: backslash and C0 controls. */
const TEXT_ESCAPED = /[\\\u0000-\u001f]/;

/** The escape of one UTF-16 unit in TEXT format, or undefined when it stands as it is. */
function textEscape(code: number, delimiter: string): string | undefined {
  if (code === BACKSLASH) return "\\\\";
  if (code < 0x20) {
    switch (code) {
      case 0x08:
        return "\\b";
      case 0x0c:
        return "\\f";
      case 0x0a:
        return "\\n";
      case 0x0d:
        return "\\r";
      case 0x09:
        return "\\t";
      case 0x0b:
        return "\\v";
    }
  }
  if (code === delimiter.charCodeAt(0)) return "\\" + delimiter;
  return undefined;
}
