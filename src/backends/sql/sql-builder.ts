import type { SqlDialect } from "./dialect.js";

/**
 * Collects bound parameters while SQL text is assembled. Placeholders are
 * numbered in the order `bind` is called, so fragments carrying parameters
 * must be built in the order they appear in the text (SQLite's `?` is
 * positional).
 */
export class SqlBuilder {
  readonly params: unknown[] = [];

  constructor(readonly dialect: SqlDialect) {}

  /** Adds a parameter and answers its placeholder. */
  readonly bind = (value: unknown): string => {
    this.params.push(value);
    return this.dialect.placeholder(this.params.length);
  };

  /** A quoted identifier. */
  id(name: string): string {
    return this.dialect.quoteIdentifier(name);
  }
}
