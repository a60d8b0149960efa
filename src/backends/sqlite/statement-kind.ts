import { isKeyword, isName, isPunct, SqlTokenizer, type SqlToken } from "./sql-tokens.js";

/** What one statement does, as far as the rules for native SQL go (native-statement.ts). */
export type StatementKind =
  /** Anything else; `keyword` is its leading keyword (after EXPLAIN [QUERY PLAN]), upper-cased. */
  | { readonly kind: "ordinary"; readonly keyword: string | undefined }
  /** BEGIN, COMMIT, END, ROLLBACK, SAVEPOINT, RELEASE. */
  | { readonly kind: "transaction-control"; readonly keyword: string }
  /** Changes the shared connection: DETACH, a pragma write, TEMP objects. `what` names it for messages. */
  | { readonly kind: "connection"; readonly what: string }
  /** ATTACH; `file` is the file name when it is one token followed by AS. */
  | { readonly kind: "attach"; readonly file: SqlToken | undefined }
  /** VACUUM … INTO; `file` is the target when it is the statement's last token. */
  | { readonly kind: "vacuum-into"; readonly file: SqlToken | undefined };

/** The statements of a text, and whether any of them calls load_extension(). */
export interface ScannedText {
  readonly statements: readonly StatementKind[];
  readonly loadsExtension: boolean;
}

const CONTROL = new Set(["BEGIN", "COMMIT", "END", "ROLLBACK", "SAVEPOINT", "RELEASE"]);

/**
 * Pragmas that only report, in their bare form (`PRAGMA name`). Pragmas not
 * listed either change the connection, act (optimize, wal_checkpoint,
 * shrink_memory, incremental_vacuum) or are unknown (which SQLite ignores).
 */
const REPORTING_PRAGMAS = new Set([
  "application_id",
  "auto_vacuum",
  "automatic_index",
  "busy_timeout",
  "cache_size",
  "cache_spill",
  "cell_size_check",
  "collation_list",
  "compile_options",
  "data_version",
  "database_list",
  "defer_foreign_keys",
  "encoding",
  "foreign_key_check",
  "foreign_keys",
  "freelist_count",
  "function_list",
  "hard_heap_limit",
  "ignore_check_constraints",
  "integrity_check",
  "journal_mode",
  "journal_size_limit",
  "legacy_alter_table",
  "locking_mode",
  "max_page_count",
  "mmap_size",
  "module_list",
  "page_count",
  "page_size",
  "pragma_list",
  "query_only",
  "quick_check",
  "read_uncommitted",
  "recursive_triggers",
  "reverse_unordered_selects",
  "schema_version",
  "secure_delete",
  "soft_heap_limit",
  "synchronous",
  "table_list",
  "temp_store",
  "threads",
  "trusted_schema",
  "user_version",
  "wal_autocheckpoint",
]);

/** Pragmas whose argument form (`PRAGMA name(arg)`) only reports; for the others it is a write. */
const REPORTING_WITH_ARGUMENT = new Set([
  "foreign_key_check",
  "foreign_key_list",
  "index_info",
  "index_list",
  "index_xinfo",
  "integrity_check",
  "quick_check",
  "table_info",
  "table_list",
  "table_xinfo",
]);

/** Leading tokens kept per statement: enough for EXPLAIN QUERY PLAN, then the longest pattern below. */
const LEAD = 12;

/** One statement being read. */
class StatementScan {
  readonly lead: SqlToken[] = [];
  count = 0;
  /** CREATE TRIGGER: its body's `;`s do not end it; the END at CASE depth 0 does. */
  trigger = false;
  caseDepth = 0;
  triggerEnded = false;
  /** Names an object of the temp schema (`temp.name`). */
  namesTemp = false;
  /** Names DBX's change-capture objects (change-capture.ts), which unqualified names find first. */
  namesCapture = false;

  get ended(): boolean {
    return !this.trigger || this.triggerEnded;
  }

  add(token: SqlToken, before: SqlToken | undefined, beforeThat: SqlToken | undefined): void {
    if (this.lead.length < LEAD) this.lead.push(token);
    this.count++;
    if (this.count <= 3 && isKeyword(token, "TRIGGER") && isKeyword(this.lead[0], "CREATE")) this.trigger = true;
    if (this.trigger) {
      if (isKeyword(token, "CASE")) this.caseDepth++;
      else if (isKeyword(token, "END")) {
        if (this.caseDepth > 0) this.caseDepth--;
        else this.triggerEnded = true;
      }
    }
    if (isPunct(token, ".") && isName(before, "temp") && !isPunct(beforeThat, ".")) this.namesTemp = true;
    if ((token.kind === "word" || token.kind === "quoted") && isCaptureObject(token.value.toLowerCase())) this.namesCapture = true;
  }

  classify(): StatementKind {
    const lead = this.lead;
    let i = 0;
    if (isKeyword(lead[0], "EXPLAIN")) i = isKeyword(lead[1], "QUERY") && isKeyword(lead[2], "PLAN") ? 3 : 1;
    const keyword = lead[i]?.kind === "word" ? lead[i].value.toUpperCase() : undefined;
    const kind = this.#byKeyword(keyword, i);
    if (kind.kind !== "ordinary") return kind;
    if (this.namesCapture) return { kind: "connection", what: "naming DBX's change-capture objects (dbx_changes, dbx_watch_*)" };
    // The temp schema belongs to the shared connection: reading it is harmless, changing it is not.
    if (this.namesTemp && keyword !== "SELECT" && keyword !== "VALUES") return { kind: "connection", what: "changing the temp schema" };
    return kind;
  }

  #byKeyword(keyword: string | undefined, i: number): StatementKind {
    const lead = this.lead;
    if (keyword === undefined) return { kind: "ordinary", keyword };
    if (CONTROL.has(keyword)) return { kind: "transaction-control", keyword };
    switch (keyword) {
      case "ATTACH": {
        let j = i + 1;
        if (isKeyword(lead[j], "DATABASE") && !isKeyword(lead[j + 1], "AS")) j++;
        return { kind: "attach", file: isKeyword(lead[j + 1], "AS") ? lead[j] : undefined };
      }
      case "DETACH":
        return { kind: "connection", what: "DETACH" };
      case "VACUUM": {
        // VACUUM [schema] [INTO file]: anything past the schema name is INTO.
        const schema = lead[i + 1] !== undefined && !isKeyword(lead[i + 1], "INTO") ? 1 : 0;
        if (this.count <= i + 1 + schema) return { kind: "ordinary", keyword };
        const into = i + 1 + schema;
        const file = isKeyword(lead[into], "INTO") && this.count === into + 2 ? lead[into + 1] : undefined;
        return { kind: "vacuum-into", file };
      }
      case "PRAGMA":
        return this.#pragma(i);
      case "CREATE":
        if (isKeyword(lead[i + 1], "TEMP") || isKeyword(lead[i + 1], "TEMPORARY")) return { kind: "connection", what: "CREATE TEMP" };
        return { kind: "ordinary", keyword };
      default:
        return { kind: "ordinary", keyword };
    }
  }

  /** PRAGMA [schema.]name, PRAGMA [schema.]name(arg), PRAGMA [schema.]name = value. */
  #pragma(i: number): StatementKind {
    const lead = this.lead;
    let at = i + 1;
    if (isPunct(lead[at + 1], ".")) at += 2;
    const name = lead[at];
    if (name?.kind !== "word" && name?.kind !== "quoted") return { kind: "connection", what: "PRAGMA" };
    const pragma = name.value.toLowerCase();
    if (this.count === at + 1) {
      return REPORTING_PRAGMAS.has(pragma) ? { kind: "ordinary", keyword: "PRAGMA" } : { kind: "connection", what: `PRAGMA ${pragma}` };
    }
    if (isPunct(lead[at + 1], "(") && REPORTING_WITH_ARGUMENT.has(pragma)) return { kind: "ordinary", keyword: "PRAGMA" };
    return { kind: "connection", what: `PRAGMA ${pragma} (a write)` };
  }
}

/** The TEMP objects DBX keeps on the connection for Watch (change-capture.ts). */
function isCaptureObject(name: string): boolean {
  return name === "dbx_changes" || name.startsWith("dbx_watch_");
}

/**
 * Reads SQL text statement by statement (split at `;`, a trigger's body kept
 * whole) and classifies each by its leading keywords after EXPLAIN [QUERY
 * PLAN]; notes any call of load_extension(). Linear in the text's length.
 */
export function scanStatements(sql: string): ScannedText {
  const tokens = new SqlTokenizer(sql);
  const statements: StatementKind[] = [];
  let loadsExtension = false;
  let scan = new StatementScan();
  let before: SqlToken | undefined;
  let beforeThat: SqlToken | undefined;
  for (let token = tokens.next(); token; token = tokens.next()) {
    if (isPunct(token, ";") && scan.ended) {
      if (scan.count > 0) statements.push(scan.classify());
      scan = new StatementScan();
      before = beforeThat = undefined;
      continue;
    }
    if (isPunct(token, "(") && isName(before, "load_extension")) loadsExtension = true;
    scan.add(token, before, beforeThat);
    beforeThat = before;
    before = token;
  }
  if (scan.count > 0) statements.push(scan.classify());
  return { statements, loadsExtension };
}

/** The leading keyword of a statement (after comments and EXPLAIN [QUERY PLAN]), upper-cased. */
export function firstKeyword(sql: string): string | undefined {
  const tokens = new SqlTokenizer(sql);
  let token = tokens.next();
  if (isKeyword(token, "EXPLAIN")) {
    token = tokens.next();
    if (isKeyword(token, "QUERY")) {
      tokens.next();
      token = tokens.next();
    }
  }
  return token?.kind === "word" ? token.value.toUpperCase() : undefined;
}
