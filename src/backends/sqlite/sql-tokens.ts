/**
 * What a token is, as far as classifying statements needs:
 * - `word`: a bare keyword or identifier (`SELECT`, `people`)
 * - `quoted`: an identifier in "…", `…` or […]
 * - `string`: '…'
 * - `blob`: x'…'
 * - `number`, `parameter` (?1, :name, @name, $name)
 * - `punct`: one other character (`(`, `.`, `=`, `;`, ...)
 */
export type SqlTokenKind = "word" | "quoted" | "string" | "blob" | "number" | "parameter" | "punct";

export interface SqlToken {
  readonly kind: SqlTokenKind;
  /** The text as SQLite reads it: quotes removed and doubled quotes undone for strings and quoted identifiers. */
  readonly value: string;
  /** Where the token is in the statement text: [start, end). */
  readonly start: number;
  readonly end: number;
}

const SPACE = new Set([0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20]);

/** SQLite's identifier characters: ASCII letters, digits, `_`, `$` and every non-ASCII character. */
function isWordChar(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f || c === 0x24 || c >= 0x80;
}

function isWordStart(c: number): boolean {
  return isWordChar(c) && c !== 0x24 && !(c >= 0x30 && c <= 0x39);
}

/**
 * Reads SQLite SQL text token by token, skipping whitespace and comments
 * (`-- …` to the end of the line, `/* … *\/`), the way SQLite's own
 * tokenizer splits it. Linear: every character is looked at a bounded number
 * of times, and no token list is built (a 4 MB statement holds one token at
 * a time). Unterminated strings, identifiers and comments run to the end of
 * the text; SQLite refuses such statements when it compiles them.
 */
export class SqlTokenizer {
  #at = 0;

  constructor(private readonly sql: string) {}

  /** The next token, or undefined at the end of the text. */
  next(): SqlToken | undefined {
    const sql = this.sql;
    const n = sql.length;
    for (;;) {
      const i = this.#at;
      if (i >= n) return undefined;
      const c = sql.charCodeAt(i);
      if (SPACE.has(c)) {
        this.#at = i + 1;
        continue;
      }
      if (c === 0x2d && sql.charCodeAt(i + 1) === 0x2d) {
        const eol = sql.indexOf("\n", i + 2);
        this.#at = eol < 0 ? n : eol + 1;
        continue;
      }
      if (c === 0x2f && sql.charCodeAt(i + 1) === 0x2a) {
        const close = sql.indexOf("*/", i + 2);
        this.#at = close < 0 ? n : close + 2;
        continue;
      }
      return this.#token(i, c);
    }
  }

  #token(i: number, c: number): SqlToken {
    const sql = this.sql;
    switch (c) {
      case 0x27: // '
        return this.#quoted("string", i, i + 1, "'");
      case 0x22: // "
        return this.#quoted("quoted", i, i + 1, '"');
      case 0x60: // `
        return this.#quoted("quoted", i, i + 1, "`");
      case 0x5b: {
        // [ … ]: no escapes inside
        const close = sql.indexOf("]", i + 1);
        const stop = close < 0 ? sql.length : close;
        return this.#emit("quoted", sql.slice(i + 1, stop), i, close < 0 ? stop : stop + 1);
      }
      case 0x3f: // ?NNN
      case 0x3a: // :name
      case 0x40: // @name
      case 0x24: // $name
        return this.#emit("parameter", "", i, this.#wordEnd(i + 1));
    }
    if ((c === 0x78 || c === 0x58) && sql.charCodeAt(i + 1) === 0x27) return this.#quoted("blob", i, i + 2, "'");
    if (c >= 0x30 && c <= 0x39) return this.#emit("number", "", i, this.#numberEnd(i));
    if (c === 0x2e && sql.charCodeAt(i + 1) >= 0x30 && sql.charCodeAt(i + 1) <= 0x39) {
      return this.#emit("number", "", i, this.#numberEnd(i + 1));
    }
    if (isWordStart(c)) {
      const end = this.#wordEnd(i + 1);
      return this.#emit("word", sql.slice(i, end), i, end);
    }
    return this.#emit("punct", sql[i], i, i + 1);
  }

  /** A token between `quote`s starting at `from`, where a doubled quote stands for one. */
  #quoted(kind: SqlTokenKind, start: number, from: number, quote: string): SqlToken {
    const sql = this.sql;
    let value = "";
    let at = from;
    for (;;) {
      const close = sql.indexOf(quote, at);
      if (close < 0) return this.#emit(kind, value + sql.slice(at), start, sql.length);
      value += sql.slice(at, close);
      if (sql[close + 1] !== quote) return this.#emit(kind, value, start, close + 1);
      value += quote;
      at = close + 2;
    }
  }

  #wordEnd(from: number): number {
    let at = from;
    while (at < this.sql.length && isWordChar(this.sql.charCodeAt(at))) at++;
    return at;
  }

  /** Digits, hex digits, `.`, exponents with their sign, `_` separators: numbers never matter here beyond their extent. */
  #numberEnd(from: number): number {
    const sql = this.sql;
    const hex = sql[from] === "0" && (sql[from + 1] === "x" || sql[from + 1] === "X");
    let at = from;
    while (at < sql.length) {
      const c = sql.charCodeAt(at);
      const exponentSign = !hex && (c === 0x2b || c === 0x2d) && (sql[at - 1] === "e" || sql[at - 1] === "E");
      if (!isWordChar(c) && c !== 0x2e && !exponentSign) break;
      at++;
    }
    return at;
  }

  #emit(kind: SqlTokenKind, value: string, start: number, end: number): SqlToken {
    this.#at = end;
    return { kind, value, start, end };
  }
}

/** Whether a token is the bare keyword `keyword` (upper case). */
export function isKeyword(token: SqlToken | undefined, keyword: string): boolean {
  return token?.kind === "word" && token.value.toUpperCase() === keyword;
}

/** Whether a token names something (a bare or quoted identifier) called `name`, compared case-insensitively. */
export function isName(token: SqlToken | undefined, name: string): boolean {
  return (token?.kind === "word" || token?.kind === "quoted") && token.value.toLowerCase() === name;
}

/** Whether a token is the punctuation `char`. */
export function isPunct(token: SqlToken | undefined, char: string): boolean {
  return token?.kind === "punct" && token.value === char;
}
