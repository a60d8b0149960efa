import { createContextKey, type HandlerContext } from "@connectrpc/connect";
import type { ClientCertificate } from "../auth/client-certificate.js";
import type { CallSlot } from "../auth/concurrency/concurrency-limits.js";
import type { CredentialEnd } from "../auth/credential-watch.js";
import type { PermissionRequest } from "../auth/permissions.js";
import { ANONYMOUS, type CallerIdentity } from "../backends/operation-context.js";

/** The wire protocol a call arrived on. */
export type CallProtocol = "connect" | "grpc" | "grpc-web";

/**
 * One RPC as DBX's call pipeline sees it, whichever transport path serves it.
 * Only plain data and two small header accessors, so a transport can build it
 * without connect-node's request objects.
 */
export interface Call {
  /** Fully-qualified service name, e.g. "dbx.v1.DataService". */
  readonly service: string;
  /** Method name, e.g. "Get". */
  readonly method: string;
  readonly streaming: boolean;
  readonly protocol: CallProtocol;
  /** Which transport path serves the call: DBX's unary fast path or connect-node. */
  readonly path: "fast" | "connect";
  /** Reads a request header (case-insensitive). */
  readonly requestHeader: (name: string) => string | null;
  /** Sets a response header. */
  readonly setResponseHeader: (name: string, value: string) => void;
  /** `performance.now()` when the call began. */
  readonly startTime: number;
  /** Set by the request-id middleware. */
  requestId: string;
  /** The backend the call resolved to, once it did. */
  backend: string;
  /** The client's address: the socket's peer ("" when unknown), before any X-Forwarded-For. */
  readonly remoteAddress: string;
  /** The certificate the client presented in the connection's TLS handshake (mTLS), if it did. */
  readonly clientCertificate?: ClientCertificate;
  /** Who makes the call, once authentication ran (ANONYMOUS where none is configured). */
  identity: CallerIdentity;
  /** What the call asks to do, set where access control runs; the call resolver checks it against the backend and collection. */
  access?: PermissionRequest;
  /** For a stream: ends it when its credential expires or is revoked (access control sets it). */
  credentialEnd?: CredentialEnd;
  /** The backend the call was admitted to (BackendAdmission), once it was. */
  admittedTo?: string;
  /** Its place among the calls in flight on that backend; released when the call ends. */
  backendSlot?: CallSlot;
}

/** Where connect-node's calls find the socket peer's address (set from the Node request). */
export const remoteAddressKey = createContextKey<string>("", { description: "dbx remote address" });

/** Where connect-node's calls find the connection's client certificate (set from the Node request). */
export const clientCertificateKey = createContextKey<ClientCertificate | undefined>(undefined, { description: "dbx client certificate" });

/** The identity of calls before authentication ran, and of every call where none is configured. */
export const NO_IDENTITY: CallerIdentity = ANONYMOUS;

/** Where handlers find their Call (connect's context values). */
export const callKey = createContextKey<Call | undefined>(undefined, { description: "dbx call" });

/** Records which backend a call resolved to, for logs and per-backend stats. */
export function noteBackend(handler: HandlerContext, backend: string): void {
  const call = handler.values.get(callKey);
  if (call) call.backend = backend;
}
