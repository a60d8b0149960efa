import type { Row } from "./harness.js";

/** The results as one Markdown table; `vs` is req/s relative to the row named in `versus`. */
export function renderTable(rows: readonly Row[]): string {
  const header = ["Benchmark", "Server", "Protocol · load tool", "Conns", "Result", "vs", "p50", "p99", "CPU/req", "Server RSS", "Note"];
  const lines = [header, header.map(() => "---")];
  for (const row of rows) {
    lines.push([
      row.benchmark,
      row.server,
      row.protocol,
      row.connections?.toString() ?? "",
      row.result,
      ratioText(row, rows),
      duration(row.p50Us),
      duration(row.p99Us),
      row.cpuUsPerRequest === undefined ? "" : `${row.cpuUsPerRequest.toFixed(0)} µs`,
      row.rssMb === undefined ? "" : `${row.rssMb.toFixed(0)} MB`,
      row.note ?? "",
    ]);
  }
  return lines.map((cells) => `| ${cells.map((c) => c.replaceAll("|", "\\|")).join(" | ")} |`).join("\n") + "\n";
}

/** req/s of `row` over req/s of the row it is compared with. */
export function ratio(row: Row, rows: readonly Row[]): number | undefined {
  const reference = rows.find((r) => r.benchmark === row.benchmark && r.server === row.versus);
  if (!reference?.reqPerSec || !row.reqPerSec) return undefined;
  return row.reqPerSec / reference.reqPerSec;
}

function ratioText(row: Row, rows: readonly Row[]): string {
  const r = ratio(row, rows);
  return r === undefined ? "" : `${r.toFixed(2)}× ${row.versus}`;
}

export function duration(us: number | undefined): string {
  if (us === undefined) return "";
  return us >= 1000 ? `${(us / 1000).toFixed(2)} ms` : `${us.toFixed(0)} µs`;
}
