import { readdirSync, readFileSync, readlinkSync } from "node:fs";

/** Open file descriptors of a process (sockets, files, pipes), from /proc. */
export function openFds(pid: number | "self" = "self"): number {
  return readdirSync(`/proc/${pid}/fd`).length;
}

/** Resident set size of a process in bytes, from /proc. */
export function rssBytes(pid: number | "self" = "self"): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const line = status.split("\n").find((l) => l.startsWith("VmRSS:"));
  if (!line) throw new Error(`no VmRSS for ${pid}`);
  return Number.parseInt(line.slice("VmRSS:".length).trim(), 10) * 1024;
}

/** What the open fds are, by kind ("socket", "anon_inode:[eventfd]", a path), for a leak report. */
export function fdKinds(pid: number | "self" = "self"): Map<string, number> {
  const kinds = new Map<string, number>();
  for (const fd of readdirSync(`/proc/${pid}/fd`)) {
    let target: string;
    try {
      target = readlinkSync(`/proc/${pid}/fd/${fd}`);
    } catch {
      // Closed between readdir and readlink.
      continue;
    }
    const kind = target.startsWith("socket:") ? "socket" : target.startsWith("pipe:") ? "pipe" : target;
    kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
  }
  return kinds;
}
