import type { HandlerContext, ServiceImpl } from "@connectrpc/connect";
import { SqliteService } from "../../gen/ts/dbx/sqlite/v1/sqlite_pb.js";
import type { SqliteFacet } from "../backends/facets/sqlite.js";
import { invalidField } from "../errors/dbx-error.js";
import { noteBackend } from "../pipeline/call.js";
import { maxChunkSize } from "./byte-range-request.js";
import type { ServiceDeps } from "./service-deps.js";

const SERVICE = "dbx.sqlite.v1.SqliteService";

const DEFAULT_CHUNK = 256 * 1024;

/**
 * dbx.sqlite.v1.SqliteService: backups, restores, pragmas, integrity checks
 * and vacuum of SQLite backends. Other kinds of backend answer
 * FAILED_PRECONDITION naming their kind.
 */
export function createSqliteService(deps: ServiceDeps): ServiceImpl<typeof SqliteService> {
  const resolve = (backendName: string, handler: HandlerContext): SqliteFacet => {
    const facet = deps.registry.facet(backendName, "sqlite", SERVICE);
    noteBackend(handler, deps.registry.get(backendName).name);
    return facet;
  };

  return {
    async backup(req, handler) {
      const sqlite = resolve(req.backend, handler);
      if (!req.path) throw invalidField("path", "a path on the server is required");
      return sqlite.backup(handler.signal, req.path, req.overwrite);
    },
    async *backupStream(req, handler) {
      const sqlite = resolve(req.backend, handler);
      if (req.chunkSize < 0) throw invalidField("chunk_size", "must not be negative");
      const chunkSize = Math.min(req.chunkSize || DEFAULT_CHUNK, maxChunkSize(deps.limits.maxResponseBytes));
      for await (const chunk of sqlite.backupStream(handler.signal, chunkSize)) {
        yield { totalBytes: chunk.totalBytes ?? 0n, data: chunk.data };
      }
    },
    async restore(req, handler) {
      const sqlite = resolve(req.backend, handler);
      if (!req.path) throw invalidField("path", "a path on the server is required");
      return sqlite.restore(handler.signal, req.path);
    },
    async getPragma(req, handler) {
      const sqlite = resolve(req.backend, handler);
      if (!req.name) throw invalidField("name", "a pragma name is required");
      return { name: req.name, value: await sqlite.getPragma(handler.signal, req.name) };
    },
    async setPragma(req, handler) {
      const sqlite = resolve(req.backend, handler);
      if (!req.name) throw invalidField("name", "a pragma name is required");
      if (!req.value?.kind.case) throw invalidField("value", "a value is required");
      return { name: req.name, value: await sqlite.setPragma(handler.signal, req.name, req.value) };
    },
    async integrityCheck(req, handler) {
      const sqlite = resolve(req.backend, handler);
      if (req.maxProblems < 0) throw invalidField("max_problems", "must not be negative");
      return sqlite.integrityCheck(handler.signal, req.quick, req.maxProblems);
    },
    async vacuum(req, handler) {
      const sqlite = resolve(req.backend, handler);
      return sqlite.vacuum(handler.signal, req.intoPath || undefined);
    },
  };
}
