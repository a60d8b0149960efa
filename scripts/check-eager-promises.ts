/**
 * Fails when an array literal holds promises that are then awaited one at a
 * time: every promise in it has started, so when one rejects while an earlier
 * one is awaited, nothing handles that rejection yet and Node reports it as
 * unhandled (a CI run failed this way on `for (const call of [a(), b()])`).
 * Start the calls one at a time (an array of thunks), or hand the array
 * straight to Promise.all / allSettled / race / any.
 *
 * Uses the type checker, so it sees promises however they are produced. An
 * array literal is flagged when it holds a thenable and it is not the direct
 * argument of a call (Promise.all and friends, expect(...), a helper).
 *
 * Usage: tsx scripts/check-eager-promises.ts [tsconfig]
 */
import { dirname, relative, resolve } from "node:path";
import ts from "typescript";

function loadProgram(configPath: string): ts.Program {
  const config = ts.readConfigFile(configPath, (path) => ts.sys.readFile(path));
  if (config.error) throw new Error(ts.flattenDiagnosticMessageText(config.error.messageText, "\n"));
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, dirname(resolve(configPath)));
  return ts.createProgram({ rootNames: parsed.fileNames, options: { ...parsed.options, noEmit: true } });
}

function isThenable(checker: ts.TypeChecker, node: ts.Expression): boolean {
  const type = checker.getTypeAtLocation(node);
  const parts = type.isUnion() ? type.types : [type];
  return parts.some((part) => {
    const then = part.getProperty("then");
    return then !== undefined && checker.getTypeOfSymbolAtLocation(then, node).getCallSignatures().length > 0;
  });
}

/** The array goes straight into a call: the callee takes every promise at once. */
function isCallArgument(node: ts.ArrayLiteralExpression): boolean {
  let parent = node.parent;
  while (ts.isParenthesizedExpression(parent) || ts.isAsExpression(parent) || ts.isSatisfiesExpression(parent)) parent = parent.parent;
  return (ts.isCallExpression(parent) || ts.isNewExpression(parent)) && (parent.arguments ?? []).some((arg) => arg === node || arg.pos <= node.pos && node.end <= arg.end);
}

function main(configPath: string): number {
  const program = loadProgram(configPath);
  const checker = program.getTypeChecker();
  const problems: string[] = [];
  for (const file of program.getSourceFiles()) {
    if (file.isDeclarationFile || file.fileName.includes("/node_modules/") || file.fileName.includes("/gen/")) continue;
    const visit = (node: ts.Node): void => {
      if (ts.isArrayLiteralExpression(node) && node.elements.length > 1 && !isCallArgument(node)) {
        const eager = node.elements.find((element) => !ts.isSpreadElement(element) && isThenable(checker, element));
        if (eager) {
          const line = file.getLineAndCharacterOfPosition(eager.getStart()).line + 1;
          problems.push(`${relative(process.cwd(), file.fileName)}:${line}: an array of started promises is awaited one by one; a rejection while an earlier one is awaited goes unhandled. Use thunks (() => call()) or pass the array to Promise.all/allSettled.`);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  for (const problem of problems) console.error(problem);
  if (problems.length === 0) console.log(`${program.getSourceFiles().length} files: no array of started promises awaited one by one`);
  return problems.length === 0 ? 0 : 1;
}

process.exitCode = main(process.argv[2] ?? "tsconfig.json");
