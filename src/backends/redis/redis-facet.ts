import type { ConnectError } from "@connectrpc/connect";
import type { RedisArg, RedisFacet, RedisLease, RedisOutcome, RedisPubSubEvent } from "../facets/redis.js";
import { Cluster, type Redis } from "ioredis";
import { invalidField } from "../../errors/dbx-error.js";
import { untilAborted } from "./abortable.js";
import { blockingWaitMs } from "./blocking-wait.js";
import type { CommandMetrics } from "./command-metrics.js";
import { checkCommand, type CommandPolicy } from "./command-policy.js";
import type { RedisConnections } from "./connections.js";
import { EventQueue, registeredEvents } from "../event-queue.js";
import type { KeyScanner } from "./key-scanner.js";
import { abortError, explainExecTimeout, isReplyError, toDbxError } from "./redis-errors.js";
import { send, toReply, toWireArgs } from "./replies.js";
import { withinReplyTimeout } from "./reply-timeout.js";
import { serverAddress } from "./server-address.js";
import type { SubscriberHub } from "./subscriber-hub.js";

/** How many messages a Subscribe stream may fall behind before it is ended. */
const SUBSCRIBE_QUEUE_CAPACITY = 10_000;

export interface RedisFacetDeps {
  readonly backend: string;
  readonly connections: RedisConnections;
  readonly scanner: KeyScanner;
  readonly hub: SubscriberHub;
  readonly policy: CommandPolicy;
  readonly metrics: CommandMetrics;
}

/** The RedisFacet of a backend: every command passes the command policy and maps its errors. */
export function createRedisFacet(deps: RedisFacetDeps): RedisFacet {
  const { backend, connections, scanner, hub, policy, metrics } = deps;
  const replyTimeoutMs = connections.replyTimeoutMs;
  const fail = (err: unknown): never => {
    throw toDbxError(err, backend, connections);
  };

  return {
    scriptingEnabled: policy.enableScripting,
    dangerousCommandsEnabled: policy.allowDangerousCommands,
    mode: connections.mode,

    call(signal, name, args) {
      const command = checkCommand(name, args, policy, "command");
      return untilAborted(metrics.measure(() => send(connections.shared, command, args, replyTimeoutMs)), signal).catch(fail);
    },

    callEveryMaster(signal, name, args) {
      const command = checkCommand(name, args, policy, "command");
      const shared = connections.shared;
      const servers = shared instanceof Cluster ? scanner.masters(shared) : [shared];
      const each = (server: Redis) => send(server, command, args, replyTimeoutMs).then((reply) => ({ address: serverAddress(server), reply }));
      return untilAborted(metrics.measure(() => Promise.all(servers.map(each))), signal).catch(fail);
    },

    async pipeline(signal, commands) {
      const names = commands.map((c, i) => checkCommand(c.name, c.args, policy, `commands[${i}].name`));
      // Issued in one tick, the commands leave in one auto-pipelined write per server.
      const settled = await untilAborted(
        Promise.allSettled(names.map((name, i) => metrics.measure(() => send(connections.shared, name, commands[i].args, replyTimeoutMs)))),
        signal,
      );
      return settled.map((s): RedisOutcome => (s.status === "fulfilled" ? { reply: s.value } : { error: toDbxError(s.reason, backend, connections) }));
    },

    async transaction(signal, commands, watch) {
      const names = commands.map((c, i) => checkCommand(c.name, c.args, policy, `commands[${i}].name`));
      const client = await connections.acquire(signal).catch(fail);
      let reusable = false;
      try {
        const run = async (): Promise<RedisOutcome[] | undefined> => {
          if (watch.length) await send(client, "WATCH", watch, replyTimeoutMs);
          const multi = client.multi();
          names.forEach((name, i) => multi.callBuffer(name, ...toWireArgs(commands[i].args)));
          const results = await withinReplyTimeout(multi.exec(), "EXEC", replyTimeoutMs).catch((err: unknown) => {
            throw explainExecTimeout(err, backend);
          });
          reusable = true;
          if (results === null) return undefined;
          return results.map(([err, reply]): RedisOutcome => (err ? { error: toDbxError(err, backend, connections) } : { reply: toReply(reply) }));
        };
        return await untilAborted(metrics.measure(run), signal);
      } catch (err) {
        throw toDbxError(explainExecAbort(err), backend, connections);
      } finally {
        if (reusable) connections.release(client);
        else connections.discard(client);
      }
    },

    async lease(signal) {
      const client = await connections.acquire(signal).catch(fail);
      /** Set once the connection cannot be trusted: the call ended, or a reply did not come in time. */
      let broken: ConnectError | undefined;
      let released = false;
      const drop = (): void => client.disconnect();
      // The commands in flight stop waiting when the call ends, through this one listener: one each
      // would pass Node's MaxListenersExceededWarning when a call sends a command per stream it names.
      const waiting = new Set<(reason: ConnectError) => void>();
      const untilCallEnds = <T>(reply: Promise<T>): Promise<T> =>
        new Promise<T>((resolve, reject) => {
          waiting.add(reject);
          reply.then(
            (value) => {
              waiting.delete(reject);
              resolve(value);
            },
            (err: unknown) => {
              waiting.delete(reject);
              reject(err);
            },
          );
        });
      // Released when the call ends, not only when its code gets to `release`: a stream suspended at a
      // yield when its client went away may never be resumed (connect-node stops pulling without return()).
      const onAbort = (): void => {
        broken ??= abortError(signal);
        if (waiting.size > 0) drop();
        for (const reject of waiting) reject(abortError(signal));
        waiting.clear();
        lease.release();
      };
      const lease: RedisLease = {
        call: (name: string, args: readonly RedisArg[]) => {
          if (broken || signal.aborted) return Promise.reject(broken ?? abortError(signal));
          // A blocking command is awaited as long as it asks to block and commandTimeoutMs more;
          // past that, or once the call ends, only dropping the connection stops it.
          const reply = withinReplyTimeout(send(client, name, args, Infinity), name, blockingWaitMs(name, args) + replyTimeoutMs, drop);
          return untilCallEnds(reply).catch((err: unknown) => {
            const error = toDbxError(err, backend, connections);
            if (!isReplyError(err)) broken ??= error;
            throw error;
          });
        },
        release: () => {
          if (released) return;
          released = true;
          signal.removeEventListener("abort", onAbort);
          if (broken || signal.aborted) connections.discard(client);
          else connections.release(client);
        },
      };
      signal.addEventListener("abort", onAbort, { once: true });
      return lease;
    },

    async scan(signal, cursor, options) {
      try {
        return await untilAborted(metrics.measure(() => scanner.step(cursor, options)), signal);
      } catch (err) {
        if (err instanceof RangeError) throw invalidField("cursor", "not a cursor from a previous answer");
        if (isReplyError(err) && /cursor/i.test(err.message)) throw invalidField("cursor", err.message);
        throw toDbxError(err, backend, connections);
      }
    },

    subscribe(signal, channels, patterns) {
      return subscription(signal, hub, channels, patterns);
    },

    unprefixKey: (key) => scanner.unprefix(key),

    stats: () => ({ ...connections.stats(), ...metrics.stats(), ...hubStats(hub) }),
  };
}

async function* subscription(signal: AbortSignal, hub: SubscriberHub, channels: readonly Buffer[], patterns: readonly Buffer[]): AsyncIterable<RedisPubSubEvent> {
  const queue = new EventQueue<RedisPubSubEvent>(SUBSCRIBE_QUEUE_CAPACITY);
  const remove = await hub.add(
    {
      message: (channel, pattern, payload) => queue.push({ type: "message", channel, pattern, payload }),
      fail: (err) => queue.fail(err),
    },
    channels,
    patterns,
  );
  yield* registeredEvents(signal, queue, remove);
}

function hubStats(hub: SubscriberHub): Record<string, string> {
  const s = hub.subscriptions;
  return { subscribed_channels: String(s.channels), subscribed_patterns: String(s.patterns), subscriber_connected: String(s.connected) };
}

/** EXECABORT says only that something was wrong: name the errors Redis gave while queueing. */
function explainExecAbort(err: unknown): unknown {
  const previous = (err as { previousErrors?: Error[] }).previousErrors;
  if (!isReplyError(err) || !previous?.length) return err;
  err.message = `${err.message} ${previous.map((e) => e.message).join("; ")}`;
  return err;
}
