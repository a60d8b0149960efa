import { enumToJson } from "@bufbuild/protobuf";
import { durationFromMs } from "@bufbuild/protobuf/wkt";
import { Code } from "@connectrpc/connect";
import { describe, expect, it } from "vitest";
import { AdminService } from "../../gen/ts/dbx/v1/admin_pb.js";
import { DataService } from "../../gen/ts/dbx/v1/data_pb.js";
import { IsolationLevel, IsolationLevelSchema, TransactionService } from "../../gen/ts/dbx/v1/transaction_pb.js";
import { expectError, expectInvalidField, expectUnsupported, record, v, write } from "../support/values.js";
import { waitFor } from "../support/wait-for.js";
import { requireAssertions, type ConformanceContext, type Protocol } from "./conformance-context.js";

/** The isolation levels a client can ask for, and the capability each needs. */
const ISOLATION_LEVELS = [
  IsolationLevel.READ_UNCOMMITTED,
  IsolationLevel.READ_COMMITTED,
  IsolationLevel.REPEATABLE_READ,
  IsolationLevel.SERIALIZABLE,
].map((level) => ({
  level,
  // ISOLATION_LEVEL_READ_COMMITTED -> transaction.isolation.read_committed
  capability: `transaction.isolation.${(enumToJson(IsolationLevelSchema, level) as string).slice("ISOLATION_LEVEL_".length).toLowerCase()}`,
}));

/** TransactionService on one backend over one protocol. */
export function transactionSuite(ctx: ConformanceContext, protocol: Protocol): void {
  const tx = () => ctx.server().client(TransactionService, protocol);
  const data = () => ctx.server().client(DataService, protocol);
  // Stats, not calls in the transaction: those would reset its idle timer.
  const openTransactions = async () => (await ctx.server().client(AdminService, protocol).getStats({ backend: ctx.backendName })).openTransactions;
  const interactive = () => ctx.capabilities().has("transaction.interactive");

  describe(`TransactionService (${protocol})`, () => {
    requireAssertions();

    it("atomic batch applies all or nothing (or is UNIMPLEMENTED)", async () => {
      const c = await ctx.newCollection();
      await data().put({ target: { collection: c }, key: v.str("taken"), record: record({ name: v.str("orig") }) });
      const ok = tx().atomicBatch({
        target: { collection: c },
        operations: [write.put(v.str("a"), record({ name: v.str("A") })), write.insert(v.str("b"), record({ name: v.str("B") }))],
      });
      if (!ctx.capabilities().has("transaction.atomic_batch")) {
        await expectUnsupported(ok, "transaction.atomic_batch");
        return;
      }
      const results = (await ok).results;
      expect(results.map((r) => r.affected)).toEqual([true, true]);
      expect(results[1].key).toEqual(v.str("b"));
      await expectError(
        tx().atomicBatch({
          target: { collection: c },
          operations: [write.put(v.str("c"), record({ name: v.str("C") })), write.insert(v.str("taken"), record({ name: v.str("dup") }))],
        }),
        Code.AlreadyExists,
        { reason: "ERROR_REASON_ALREADY_EXISTS" },
      );
      expect((await data().exists({ target: { collection: c }, key: v.str("c") })).exists).toBe(false);
      expect((await data().count({ target: { collection: c } })).count).toBe(3n);
    });

    it("commit makes writes visible; rollback discards them (or is UNIMPLEMENTED)", async () => {
      const c = await ctx.newCollection();
      const begin = tx().begin({});
      if (!interactive()) {
        await expectUnsupported(begin, "transaction.interactive");
        return;
      }
      const t1 = (await begin).transactionId;
      expect(t1).not.toBe("");
      await data().put({ target: { collection: c }, transactionId: t1, key: v.str("kept"), record: record({ name: v.str("k") }) });
      await tx().commit({ transactionId: t1 });
      expect((await data().exists({ target: { collection: c }, key: v.str("kept") })).exists).toBe(true);

      const t2 = (await tx().begin({ target: {} })).transactionId;
      await data().put({ target: { collection: c }, transactionId: t2, key: v.str("dropped"), record: record({ name: v.str("d") }) });
      await tx().rollback({ transactionId: t2 });
      expect((await data().exists({ target: { collection: c }, key: v.str("dropped") })).exists).toBe(false);

      await expectError(tx().commit({ transactionId: t2 }), Code.FailedPrecondition, {
        reason: "ERROR_REASON_TRANSACTION_NOT_FOUND",
        message: /rolled back/,
      });
    });

    it("a transaction runs batch writes and reads of its own", async () => {
      const c = await ctx.newCollection();
      if (!interactive()) {
        await expectUnsupported(tx().begin({}), "transaction.interactive");
        return;
      }
      const t = (await tx().begin({})).transactionId;
      const batch = await data().batchWrite({
        target: { collection: c },
        transactionId: t,
        operations: [write.put(v.str("x"), record({ name: v.str("X") })), write.put(v.str("y"), record({ name: v.str("Y") }))],
      });
      expect(batch.results).toHaveLength(2);
      await tx().commit({ transactionId: t });
      expect((await data().count({ target: { collection: c } })).count).toBe(2n);
    });

    it("an unknown transaction id is FAILED_PRECONDITION, never a hang", async () => {
      await expectError(tx().commit({ transactionId: "no-such-tx" }), Code.FailedPrecondition, {
        reason: "ERROR_REASON_TRANSACTION_NOT_FOUND",
        message: /unknown/,
      });
      const c = await ctx.newCollection();
      await expectError(data().get({ target: { collection: c }, transactionId: "no-such-tx", key: v.str("k") }), Code.FailedPrecondition, {
        reason: "ERROR_REASON_TRANSACTION_NOT_FOUND",
      });
      await expectError(tx().createSavepoint({ transactionId: "no-such-tx", name: "s1" }), Code.FailedPrecondition, {
        reason: "ERROR_REASON_TRANSACTION_NOT_FOUND",
      });
    });

    it("an expired transaction is rolled back and says it expired (or Begin is UNIMPLEMENTED)", async () => {
      const c = await ctx.newCollection();
      if (!interactive()) {
        await expectUnsupported(tx().begin({ idleTimeout: durationFromMs(200) }), "transaction.interactive");
        return;
      }
      const before = await openTransactions();
      const t = (await tx().begin({ idleTimeout: durationFromMs(200) })).transactionId;
      await data().put({ target: { collection: c }, transactionId: t, key: v.str("late"), record: record({ name: v.str("x") }) });
      await waitFor(async () => (await openTransactions()) === before, { what: "the transaction to expire" });
      await expectError(data().get({ target: { collection: c }, transactionId: t, key: v.str("late") }), Code.FailedPrecondition, {
        reason: "ERROR_REASON_TRANSACTION_NOT_FOUND",
        message: /expired/,
      });
      await expectError(tx().commit({ transactionId: t }), Code.FailedPrecondition, { message: /expired/ });
      expect((await data().exists({ target: { collection: c }, key: v.str("late") })).exists).toBe(false);
    });

    it("Begin refuses a collection in its target (or is UNIMPLEMENTED)", async () => {
      if (!interactive()) {
        await expectUnsupported(tx().begin({ target: { collection: "c" } }), "transaction.interactive");
        return;
      }
      await expectInvalidField(tx().begin({ target: { collection: "c" } }), "target.collection");
    });

    it("savepoints roll back and release inside a transaction (or are UNIMPLEMENTED)", async () => {
      const c = await ctx.newCollection();
      if (!interactive()) {
        await expectUnsupported(tx().begin({}), "transaction.interactive");
        return;
      }
      const t = (await tx().begin({})).transactionId;
      const put = (key: string) => data().put({ target: { collection: c }, transactionId: t, key: v.str(key), record: record({ name: v.str(key) }) });
      if (!ctx.capabilities().has("transaction.savepoints")) {
        await expectUnsupported(tx().createSavepoint({ transactionId: t, name: "s1" }), "transaction.savepoints");
        await expectUnsupported(tx().rollbackToSavepoint({ transactionId: t, name: "s1" }), "transaction.savepoints");
        await expectUnsupported(tx().releaseSavepoint({ transactionId: t, name: "s1" }), "transaction.savepoints");
        await tx().rollback({ transactionId: t });
        return;
      }
      await put("before");
      await tx().createSavepoint({ transactionId: t, name: "s1" });
      await put("undone");
      await tx().rollbackToSavepoint({ transactionId: t, name: "s1" });
      // The savepoint stays after a rollback to it: roll back to it again.
      await put("undone_too");
      await tx().rollbackToSavepoint({ transactionId: t, name: "s1" });
      await put("after");
      await tx().createSavepoint({ transactionId: t, name: "s2" });
      await put("released");
      await tx().releaseSavepoint({ transactionId: t, name: "s1" });
      // Releasing s1 forgot s2 as well.
      await expectError(tx().rollbackToSavepoint({ transactionId: t, name: "s2" }), Code.NotFound);
      await expectError(tx().releaseSavepoint({ transactionId: t, name: "nope" }), Code.NotFound);
      await expectInvalidField(tx().createSavepoint({ transactionId: t, name: "1 bad; name" }), "name");
      await tx().commit({ transactionId: t });
      const keys = ["before", "undone", "undone_too", "after", "released"];
      const found = await data().batchGet({ target: { collection: c }, keys: keys.map((k) => v.str(k)) });
      expect(Object.fromEntries(found.results.map((r, i) => [keys[i], r.found]))).toEqual({
        before: true,
        undone: false,
        undone_too: false,
        after: true,
        released: true,
      });
    });

    it("Begin takes each isolation level the backend declares, and names the capability of the others", async () => {
      if (!interactive()) {
        await expectUnsupported(tx().begin({}), "transaction.interactive");
        return;
      }
      const t = (await tx().begin({ isolationLevel: IsolationLevel.UNSPECIFIED })).transactionId;
      await tx().rollback({ transactionId: t });
      for (const { level, capability } of ISOLATION_LEVELS) {
        const begin = tx().begin({ isolationLevel: level });
        if (!ctx.capabilities().has(capability)) {
          await expectUnsupported(begin, capability);
          continue;
        }
        await tx().rollback({ transactionId: (await begin).transactionId });
      }
    });

    it("Begin takes read_only and deferrable where declared", async () => {
      if (!interactive()) {
        await expectUnsupported(tx().begin({ readOnly: true }), "transaction.interactive");
        return;
      }
      const c = await ctx.newCollection();
      await data().put({ target: { collection: c }, key: v.str("r"), record: record({ name: v.str("r") }) });
      const readOnly = (await tx().begin({ readOnly: true })).transactionId;
      expect((await data().get({ target: { collection: c }, transactionId: readOnly, key: v.str("r") })).record?.fields.name).toEqual(v.str("r"));
      await tx().commit({ transactionId: readOnly });
      const deferrable = tx().begin({ readOnly: true, deferrable: true });
      if (!ctx.capabilities().has("transaction.deferrable")) {
        await expectUnsupported(deferrable, "transaction.deferrable");
        return;
      }
      await tx().rollback({ transactionId: (await deferrable).transactionId });
    });
  });
}
