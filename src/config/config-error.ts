import type { z } from "zod";

/** A configuration that does not validate; the message names every bad setting, one a line. */
export class ConfigError extends Error {
  override name = "ConfigError";
}

/**
 * Validates `value` with `schema`, or throws a ConfigError naming each bad
 * setting by its dotted path from the top of the configuration: `at` is
 * where `value` sits in it (`["backends", "cache"]` for a backend's options).
 */
export function parseConfig<S extends z.ZodType>(schema: S, value: unknown, at: readonly string[] = []): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw new ConfigError(result.error.issues.flatMap((issue) => issueLines(issue, at)).join("\n"));
  return result.data;
}

/** One line per bad setting: `path: what is wrong`. */
function issueLines(issue: z.core.$ZodIssue, at: readonly string[]): string[] {
  const path = [...at, ...issue.path.map(String)];
  switch (issue.code) {
    // One issue lists every unknown key of an object: name each where it is.
    case "unrecognized_keys":
      return issue.keys.map((key) => `${[...path, key].join(".")}: ${at.length ? "unknown option" : "unknown setting"}`);
    // A record key that fails its schema: zod says "Invalid key in record"; the key's own issues say why.
    case "invalid_key":
      return [`${pathText(path)}: ${issue.issues.map((keyIssue) => keyIssue.message).join("; ")}`];
    default:
      return [`${pathText(path)}: ${issue.message}`];
  }
}

function pathText(path: readonly string[]): string {
  return path.length ? path.join(".") : "(config)";
}
