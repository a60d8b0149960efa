/**
 * A name pattern of a permission rule: literal text where `*` matches any
 * run of characters (`orders`, `audit_*`, `*_archive`, `*`). Matched by
 * scanning, never by a regular expression: a pattern comes from
 * configuration, and the names it is matched against from requests.
 */
export class NamePattern {
  readonly #parts: readonly string[];
  readonly #any: boolean;

  constructor(readonly pattern: string) {
    this.#parts = pattern.split("*");
    this.#any = pattern === "*";
  }

  /**
   * Whether `name` matches: the first part is a prefix, the last a suffix,
   * and the parts between appear in order. Each part is searched once from
   * where the previous ended, so the time is linear in the name.
   */
  matches(name: string): boolean {
    if (this.#any) return true;
    const parts = this.#parts;
    if (parts.length === 1) return name === parts[0];
    const first = parts[0];
    const last = parts[parts.length - 1];
    if (name.length < first.length + last.length || !name.startsWith(first) || !name.endsWith(last)) return false;
    let at = first.length;
    const end = name.length - last.length;
    for (let i = 1; i < parts.length - 1; i++) {
      const found = name.indexOf(parts[i], at);
      if (found === -1 || found + parts[i].length > end) return false;
      at = found + parts[i].length;
    }
    return true;
  }

  /** Whether every name that starts with `prefix` matches: the pattern ends with `*` and matches `prefix` itself. */
  matchesEveryNameStartingWith(prefix: string): boolean {
    return this.#any || (this.#parts.length > 1 && this.#parts[this.#parts.length - 1] === "" && this.matches(prefix));
  }

  /** Whether some name that starts with `prefix` matches: the pattern's literal start and `prefix` agree as far as both go. */
  matchesSomeNameStartingWith(prefix: string): boolean {
    if (this.#parts.length === 1) return this.pattern.startsWith(prefix);
    const first = this.#parts[0];
    return first.startsWith(prefix) || prefix.startsWith(first);
  }
}
