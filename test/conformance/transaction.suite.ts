import { durationFromMs } from "@bufbuild/protobuf/wkt";
import { Code } from "@connectrpc/connect";
import { describe, expect, it } from "vitest";
import { AdminService } from "../../gen/ts/dbx/v1/admin_pb.js";
import { DataService } from "../../gen/ts/dbx/v1/data_pb.js";
import { TransactionService } from "../../gen/ts/dbx/v1/transaction_pb.js";
import { expectError, record, v } from "../support/values.js";
import { waitFor } from "../support/wait-for.js";
import type { ConformanceContext, Protocol } from "./conformance-context.js";

/** TransactionService on one backend over one protocol. */
export function transactionSuite(ctx: ConformanceContext, protocol: Protocol): void {
  const tx = () => ctx.server().client(TransactionService, protocol);
  const data = () => ctx.server().client(DataService, protocol);
  // Stats, not calls in the transaction: those would reset its idle timer.
  const openTransactions = async () => (await ctx.server().client(AdminService, protocol).getStats({ backend: ctx.backendName })).openTransactions;

  describe(`TransactionService (${protocol})`, () => {
    it("atomic batch applies all or nothing (or is UNIMPLEMENTED)", async () => {
      const c = await ctx.newCollection();
      await data().put({ target: { collection: c }, key: v.str("taken"), record: record({ name: v.str("orig") }) });
      const ok = tx().atomicBatch({
        target: { collection: c },
        operations: [
          { key: v.str("a"), operation: { case: "put", value: record({ name: v.str("A") }) } },
          { key: v.str("b"), operation: { case: "insert", value: record({ name: v.str("B") }) } },
        ],
      });
      if (!ctx.capabilities().has("transaction.atomic_batch")) {
        await expectError(ok, Code.Unimplemented, { message: /transaction\.atomic_batch/ });
        return;
      }
      expect((await ok).results).toHaveLength(2);
      await expectError(
        tx().atomicBatch({
          target: { collection: c },
          operations: [
            { key: v.str("c"), operation: { case: "put", value: record({ name: v.str("C") }) } },
            { key: v.str("taken"), operation: { case: "insert", value: record({ name: v.str("dup") }) } },
          ],
        }),
        Code.AlreadyExists,
      );
      expect((await data().exists({ target: { collection: c }, key: v.str("c") })).exists).toBe(false);
      expect((await data().count({ target: { collection: c } })).count).toBe(3n);
    });

    it("commit makes writes visible; rollback discards them (or is UNIMPLEMENTED)", async () => {
      const c = await ctx.newCollection();
      const begin = tx().begin({});
      if (!ctx.capabilities().has("transaction.interactive")) {
        await expectError(begin, Code.Unimplemented, { message: /transaction\.interactive/ });
        return;
      }
      const t1 = (await begin).transactionId;
      await data().put({ target: { collection: c, transactionId: t1 }, key: v.str("kept"), record: record({ name: v.str("k") }) });
      await tx().commit({ transactionId: t1 });
      expect((await data().exists({ target: { collection: c }, key: v.str("kept") })).exists).toBe(true);

      const t2 = (await tx().begin({})).transactionId;
      await data().put({ target: { collection: c, transactionId: t2 }, key: v.str("dropped"), record: record({ name: v.str("d") }) });
      await tx().rollback({ transactionId: t2 });
      expect((await data().exists({ target: { collection: c }, key: v.str("dropped") })).exists).toBe(false);

      await expectError(tx().commit({ transactionId: t2 }), Code.FailedPrecondition, {
        reason: "ERROR_REASON_TRANSACTION_NOT_FOUND",
        message: /rolled back/,
      });
    });

    it("an unknown transaction id is FAILED_PRECONDITION, never a hang", async () => {
      await expectError(tx().commit({ transactionId: "no-such-tx" }), Code.FailedPrecondition, {
        reason: "ERROR_REASON_TRANSACTION_NOT_FOUND",
        message: /unknown/,
      });
      const c = await ctx.newCollection();
      await expectError(
        data().get({ target: { collection: c, transactionId: "no-such-tx" }, key: v.str("k") }),
        Code.FailedPrecondition,
        { reason: "ERROR_REASON_TRANSACTION_NOT_FOUND" },
      );
    });

    it("an expired transaction is rolled back and says it expired", async () => {
      if (!ctx.capabilities().has("transaction.interactive")) return;
      const c = await ctx.newCollection();
      const before = await openTransactions();
      const t = (await tx().begin({ idleTimeout: durationFromMs(200) })).transactionId;
      await data().put({ target: { collection: c, transactionId: t }, key: v.str("late"), record: record({ name: v.str("x") }) });
      await waitFor(async () => (await openTransactions()) === before, { what: "the transaction to expire" });
      await expectError(
        data().get({ target: { collection: c, transactionId: t }, key: v.str("late") }),
        Code.FailedPrecondition,
        { reason: "ERROR_REASON_TRANSACTION_NOT_FOUND", message: /expired/ },
      );
      await expectError(tx().commit({ transactionId: t }), Code.FailedPrecondition, { message: /expired/ });
      expect((await data().exists({ target: { collection: c }, key: v.str("late") })).exists).toBe(false);
    });
  });
}
