/**
 * Fails when a regular expression in the given folders (default: src) can
 * backtrack super-linearly (ReDoS), so that one crafted string cannot freeze
 * the server again (a decimal regex once took 14-29 s on 80,000 nines).
 *
 * Finds every regex literal and every `RegExp(...)` / `new RegExp(...)` with
 * the TypeScript compiler's parser, and asks recheck (automata theory, with
 * fuzzing as fallback) about each. A pattern built at run time cannot be
 * checked, so it fails too: write it as a literal.
 *
 * Usage: tsx scripts/check-regexes.ts [folder...]
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { check, type Diagnostics } from "recheck";
import ts from "typescript";

interface FoundRegex {
  readonly where: string;
  readonly source: string;
  readonly flags: string;
}

interface Problem {
  readonly where: string;
  readonly what: string;
}

/** Per pattern; a pattern recheck cannot decide in time counts as unsafe. */
const CHECK_TIMEOUT_MS = 30_000;

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.[cm]?tsx?$/.test(entry.name) && !entry.name.endsWith(".d.ts"))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

function regexesIn(file: string, problems: Problem[]): FoundRegex[] {
  const text = readFileSync(file, "utf8");
  const sourceFile = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: FoundRegex[] = [];
  const where = (node: ts.Node) => `${relative(process.cwd(), file)}:${sourceFile.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  const visit = (node: ts.Node): void => {
    if (ts.isRegularExpressionLiteral(node)) {
      const end = node.text.lastIndexOf("/");
      found.push({ where: where(node), source: node.text.slice(1, end), flags: node.text.slice(end + 1) });
    } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === "RegExp") {
      const [pattern, flags] = node.arguments ?? [];
      if (pattern && ts.isStringLiteralLike(pattern) && (!flags || ts.isStringLiteralLike(flags))) {
        found.push({ where: where(node), source: pattern.text, flags: flags?.text ?? "" });
      } else {
        problems.push({ where: where(node), what: "a RegExp built at run time cannot be checked: write it as a literal" });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return found;
}

function verdict(d: Diagnostics): string | undefined {
  switch (d.status) {
    case "safe":
      return undefined;
    case "vulnerable":
      return `is vulnerable to ReDoS (${d.complexity.summary}); attack: ${d.attack.pattern}`;
    case "unknown":
      return `could not be proven safe (${d.error.kind}${"message" in d.error ? `: ${d.error.message}` : ""})`;
  }
}

async function main(folders: string[]): Promise<number> {
  const problems: Problem[] = [];
  const regexes = folders.flatMap(sourceFiles).flatMap((file) => regexesIn(file, problems));
  for (const regex of regexes) {
    const problem = verdict(await check(regex.source, regex.flags, { timeout: CHECK_TIMEOUT_MS }));
    if (problem) problems.push({ where: regex.where, what: `/${regex.source}/${regex.flags} ${problem}` });
  }
  for (const p of problems) console.error(`${p.where}: ${p.what}`);
  console.log(`${regexes.length} regular expressions in ${folders.join(", ")}: ${problems.length === 0 ? "all safe" : `${problems.length} unsafe`}`);
  return problems.length === 0 ? 0 : 1;
}

process.exit(await main(process.argv.length > 2 ? process.argv.slice(2) : ["src"]));
