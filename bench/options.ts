import { parseArgs } from "node:util";

export interface BenchOptions {
  rounds: number;
  durationSeconds: number;
  warmupSeconds: number;
  /** Connections for throughput rows (wrk -c, h2load -c, in-process callers). */
  connections: number;
  /** The "many connections" latency point. */
  manyConnections: number;
  streamRows: number;
  /** Documents the MongoDB aggregation streams: issue 10 asks for 200,000. */
  streamDocuments: number;
  subscribers: number;
  quick: boolean;
  out?: string;
  /** Keep the temp folder (data, configs, server logs). */
  keep: boolean;
  /** The backends whose rows run (all by default). */
  backends: ReadonlySet<BenchBackend>;
}

/** Row groups `--only` selects: a backend's rows, or redis-auth (Redis GET with a JWT and an API key, issue 12). */
export const BENCH_BACKENDS = ["redis", "redis-auth", "sqlite", "postgres", "mongodb"] as const;
export type BenchBackend = (typeof BENCH_BACKENDS)[number];

const USAGE = `npm run bench -- [--quick] [--rounds N] [--duration SECONDS] [--out FILE] [--keep]
  --quick        CI smoke: 1 round x 1 s, 50k streamed rows, 20k streamed documents, 100 subscribers
  --rounds N     rounds per measurement, reported as medians (default 3)
  --duration S   seconds per round (default 5)
  --out FILE     also write the Markdown report to FILE
  --keep         keep the temp folder with the servers' logs
  --only LIST    only these rows, comma-separated: redis, redis-auth, sqlite, postgres, mongodb`;

export function parseOptions(argv: readonly string[]): BenchOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      quick: { type: "boolean", default: false },
      rounds: { type: "string" },
      duration: { type: "string" },
      out: { type: "string" },
      keep: { type: "boolean", default: false },
      only: { type: "string" },
      help: { type: "boolean", default: false },
    },
  });
  if (values.help) {
    process.stdout.write(USAGE + "\n");
    process.exit(0);
  }
  const quick = values.quick ?? false;
  const rounds = positive(values.rounds, quick ? 1 : 3, "--rounds");
  const durationSeconds = positive(values.duration, quick ? 1 : 5, "--duration");
  return {
    rounds,
    durationSeconds,
    warmupSeconds: quick ? 0 : 1,
    connections: 32,
    manyConnections: 64,
    streamRows: quick ? 50_000 : 1_000_000,
    streamDocuments: quick ? 20_000 : 200_000,
    subscribers: quick ? 100 : 1_000,
    quick,
    out: values.out,
    keep: values.keep ?? false,
    backends: backendList(values.only),
  };
}

function positive(text: string | undefined, fallback: number, flag: string): number {
  if (text === undefined) return fallback;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${flag} must be a positive integer, not "${text}"`);
  return n;
}

function backendList(text: string | undefined): ReadonlySet<BenchBackend> {
  if (text === undefined) return new Set(BENCH_BACKENDS);
  const names = text.split(",").map((name) => name.trim());
  for (const name of names) {
    if (!(BENCH_BACKENDS as readonly string[]).includes(name)) throw new Error(`--only: unknown backend "${name}" (${BENCH_BACKENDS.join(", ")})`);
  }
  return new Set(names as BenchBackend[]);
}
