import type { HandlerContext, ServiceImpl } from "@connectrpc/connect";
import { SqliteService } from "../../gen/ts/dbx/sqlite/v1/sqlite_pb.js";
import type { Target } from "../../gen/ts/dbx/v1/target_pb.js";
import { invalidField } from "../errors/dbx-error.js";
import { maxChunkSize } from "./byte-range-request.js";
import type { ResolvedFacetCall } from "./call-resolver.js";
import type { ServiceDeps } from "./service-deps.js";

const DEFAULT_CHUNK = 256 * 1024;

/**
 * dbx.sqlite.v1.SqliteService: backups, restores, pragmas, integrity checks
 * and vacuum of SQLite backends. Requests name the backend in their Target;
 * its namespace and collection must be empty (these calls act on the whole
 * database). Other kinds of backend answer FAILED_PRECONDITION naming their
 * kind.
 */
export function createSqliteService(deps: ServiceDeps): ServiceImpl<typeof SqliteService> {
  const resolve = (target: Target | undefined, handler: HandlerContext): ResolvedFacetCall<"sqlite"> => {
    const resolved = deps.resolver.facet(target, handler, "sqlite", SqliteService, { collection: "forbidden" });
    if (resolved.target.namespace) throw invalidField("target.namespace", "SqliteService acts on the whole database; leave the namespace empty");
    return resolved;
  };

  return {
    async backup(req, handler) {
      const { facet, ctx } = resolve(req.target, handler);
      if (!req.path) throw invalidField("path", "a path on the server is required");
      return facet.backup(ctx, { path: req.path, overwrite: req.overwrite });
    },
    async *backupStream(req, handler) {
      const { facet, ctx } = resolve(req.target, handler);
      if (req.chunkSize < 0) throw invalidField("chunk_size", "must not be negative");
      const chunkSize = Math.min(req.chunkSize || DEFAULT_CHUNK, maxChunkSize(deps.limits.maxResponseBytes));
      for await (const chunk of facet.backupStream(ctx, { chunkSize })) {
        yield { totalBytes: chunk.totalBytes ?? 0n, data: chunk.data };
      }
    },
    async restore(req, handler) {
      const { facet, ctx } = resolve(req.target, handler);
      if (!req.path) throw invalidField("path", "a path on the server is required");
      return facet.restore(ctx, { path: req.path });
    },
    async getPragma(req, handler) {
      const { facet, ctx } = resolve(req.target, handler);
      if (!req.name) throw invalidField("name", "a pragma name is required");
      return { name: req.name, value: await facet.getPragma(ctx, { name: req.name }) };
    },
    async setPragma(req, handler) {
      const { facet, ctx } = resolve(req.target, handler);
      if (!req.name) throw invalidField("name", "a pragma name is required");
      if (!req.value?.kind.case) throw invalidField("value", "a value is required");
      return { name: req.name, value: await facet.setPragma(ctx, { name: req.name, value: req.value }) };
    },
    async integrityCheck(req, handler) {
      const { facet, ctx } = resolve(req.target, handler);
      if (req.maxProblems < 0) throw invalidField("max_problems", "must not be negative");
      return facet.integrityCheck(ctx, { quick: req.quick, maxProblems: req.maxProblems });
    },
    async vacuum(req, handler) {
      const { facet, ctx } = resolve(req.target, handler);
      return facet.vacuum(ctx, { intoPath: req.intoPath || undefined });
    },
  };
}
