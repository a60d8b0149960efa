import { toBinary, toJsonString, type DescMethod, type Message } from "@bufbuild/protobuf";
import { generateMessage, INVALID_UTF8_BYTES, INVALID_UTF8_MARKER, type FuzzVocabulary } from "./message-generator.js";
import { Prng } from "./prng.js";
import { methodPath } from "./rpc-catalog.js";
import { envelope, FLAG_COMPRESSED, requestShape, timeoutHeader, type WireProtocol, type WireRequest } from "./wire.js";

/** One fuzz request: what was generated, how it was damaged, and the bytes sent. */
export interface FuzzCase {
  readonly seed: number;
  readonly index: number;
  readonly method: DescMethod;
  readonly protocol: WireProtocol;
  /** "message" for a generated message sent as is, else the name of the damage done to it. */
  readonly mutation: string;
  readonly request: WireRequest;
  /** The generated message as ProtoJSON (before damage), when it can be written as JSON. */
  readonly messageJson?: string;
}

export interface CaseOptions {
  readonly vocabulary: FuzzVocabulary;
  /** Deadline sent with unary calls (blocking commands wait up to it). */
  readonly unaryDeadlineMs: number;
  /** Deadline sent with server streams (Watch and Subscribe never end by themselves). */
  readonly streamDeadlineMs: number;
  /** Share of cases that are raw byte damage rather than a well-formed message. */
  readonly mutationShare: number;
}

/**
 * Case `index` of run `seed` for `protocol`: derived only from those three,
 * so DBX_FUZZ_SEED and the index printed on failure rebuild it exactly.
 */
export function buildCase(seed: number, index: number, protocol: WireProtocol, methods: readonly DescMethod[], options: CaseOptions): FuzzCase {
  const rng = Prng.forItem(seed, index);
  const method = rng.pick(methods);
  const streaming = method.methodKind !== "unary";
  const clientStream = method.methodKind === "client_streaming" || method.methodKind === "bidi_streaming";
  const shape = requestShape(protocol, streaming);
  const { generated, messageJson, payload } = generateEncodable(method, rng, options.vocabulary, shape.json);
  const headers: Record<string, string> = {
    "content-type": shape.contentType,
    "x-request-id": `fuzz-${seed}-${index}`,
    ...timeoutHeader(protocol, streaming ? options.streamDeadlineMs : options.unaryDeadlineMs),
  };
  if (protocol === "grpc") headers.te = "trailers";
  if (protocol.startsWith("connect")) headers["connect-protocol-version"] = "1";
  const base: WireRequest = {
    protocol,
    http: shape.http,
    method: "POST",
    path: methodPath(method),
    headers,
    body: shape.enveloped ? concat(envelope(0, payload), ...(clientStream ? moreMessages(method, rng, options.vocabulary) : [])) : payload,
    streaming,
  };
  const common = { seed, index, method, protocol, messageJson };
  if (!rng.chance(options.mutationShare)) {
    return { ...common, mutation: generated.invalidUtf8 ? "invalid-utf8" : "message", request: base };
  }
  const { name, request } = mutate(base, payload, shape.enveloped, rng);
  return { ...common, mutation: name, request };
}

/**
 * JSON cannot carry some values (Duration past 10,000 years, NaN in a
 * Struct), and a deep nesting may exceed the encoder's stack: draw again.
 */
function generateEncodable(method: DescMethod, rng: Prng, vocabulary: FuzzVocabulary, json: boolean) {
  for (let attempt = 0; ; attempt++) {
    const generated = generateMessage(method.input, rng, vocabulary, { allowInvalidUtf8: !json, preferredBackend: preferredBackend(method, vocabulary) });
    const messageJson = safeJson(method, generated.message);
    let payload: Uint8Array | undefined;
    if (json) payload = messageJson === undefined ? undefined : new TextEncoder().encode(messageJson);
    else {
      try {
        payload = toBinary(method.input, generated.message);
        if (generated.invalidUtf8) payload = replaceMarker(payload);
      } catch {
        payload = undefined;
      }
    }
    if (payload) return { generated, messageJson, payload };
    if (attempt >= 5) return { generated, messageJson: "{}", payload: json ? new TextEncoder().encode("{}") : new Uint8Array(0) };
  }
}

/** The backend a backend-specific service is for; universal services take any. */
function preferredBackend(method: DescMethod, vocabulary: FuzzVocabulary): string | undefined {
  const service = method.parent.typeName;
  if (service.startsWith("dbx.redis.")) return vocabulary.backends.find((b) => b.includes("redis"));
  if (service.startsWith("dbx.sql.") || service.startsWith("dbx.sqlite.")) return vocabulary.backends.find((b) => b.includes("sqlite"));
  return undefined;
}

/** The second and later messages of a client stream (reflection asks several questions on one call). */
function moreMessages(method: DescMethod, rng: Prng, vocabulary: FuzzVocabulary): Uint8Array[] {
  return Array.from({ length: rng.int(0, 3) }, () => envelope(0, generateEncodable(method, rng, vocabulary, false).payload));
}

function safeJson(method: DescMethod, message: Message): string | undefined {
  try {
    return toJsonString(method.input, message);
  } catch {
    return undefined;
  }
}

function replaceMarker(payload: Uint8Array): Uint8Array {
  const marker = new TextEncoder().encode(INVALID_UTF8_MARKER);
  const out = new Uint8Array(payload);
  for (let i = 0; i + marker.length <= out.length; i++) {
    if (marker.every((b, j) => out[i + j] === b)) out.set(INVALID_UTF8_BYTES, i);
  }
  return out;
}

type Mutation = (base: WireRequest, payload: Uint8Array, enveloped: boolean, rng: Prng) => WireRequest;

const MUTATIONS: Record<string, Mutation> = {
  "truncated-body": (base, _p, _e, rng) => ({ ...base, body: base.body.subarray(0, rng.int(0, Math.max(0, base.body.byteLength - 1))) }),
  "garbage-body": (base, _p, _e, rng) => ({ ...base, body: rng.bytes(rng.int(0, 300)) }),
  "garbage-payload": (base, _p, enveloped, rng) => ({ ...base, body: enveloped ? envelope(0, rng.bytes(rng.int(0, 300))) : rng.bytes(rng.int(0, 300)) }),
  "bit-flips": (base, _p, _e, rng) => {
    const body = new Uint8Array(base.body);
    for (let i = rng.int(1, 8); i > 0 && body.length > 0; i--) body[rng.int(0, body.length - 1)]! ^= 1 << rng.int(0, 7);
    return { ...base, body };
  },
  "unknown-fields": (base, payload, enveloped, rng) => {
    // Field numbers and wire types the schema never uses, including group markers and the reserved types 6 and 7.
    const junk = Uint8Array.from({ length: rng.int(1, 40) }, () => rng.uint32() & 0xff);
    const tag = ((rng.int(1000, 536_870_911) << 3) | rng.int(0, 7)) >>> 0;
    const tagBytes = varint(tag);
    const body = concat(payload, tagBytes, junk);
    return { ...base, body: enveloped ? envelope(0, body) : body };
  },
  "length-too-big": (base, payload, enveloped, rng) =>
    enveloped
      ? { ...base, body: envelope(0, payload, rng.pick([payload.byteLength + rng.int(1, 100), 0xffffffff, 0x7fffffff])) }
      : // A length-delimited field 1 that claims more bytes than follow.
        { ...base, body: concat(payload, Uint8Array.of(0x0a, 0xff, 0xff, 0x03)) },
  "length-too-small": (base, payload, enveloped, rng) =>
    enveloped ? { ...base, body: envelope(0, payload, rng.int(0, Math.max(0, payload.byteLength - 1))) } : { ...base, body: concat(payload, rng.bytes(rng.int(1, 20))) },
  "compressed-flag-no-encoding": (base, payload) => ({ ...base, body: envelope(FLAG_COMPRESSED, payload) }),
  "gzip-garbage": (base, payload, enveloped, rng) => {
    const garbage = rng.chance(0.5) ? rng.bytes(rng.int(0, 100)) : concat(Uint8Array.of(0x1f, 0x8b, 0x08, 0x00), rng.bytes(rng.int(0, 60)));
    if (!enveloped) return { ...base, headers: { ...base.headers, "content-encoding": "gzip" }, body: garbage };
    const name = base.protocol.startsWith("connect") ? "connect-content-encoding" : "grpc-encoding";
    return { ...base, headers: { ...base.headers, [name]: "gzip" }, body: envelope(FLAG_COMPRESSED, rng.chance(0.5) ? garbage : payload) };
  },
  "unknown-encoding": (base, _p, enveloped, rng) => {
    const value = rng.pick(["br", "zstd", "x-nope", "gzip, deflate", ""]);
    const name = !enveloped ? "content-encoding" : base.protocol.startsWith("connect") ? "connect-content-encoding" : "grpc-encoding";
    return { ...base, headers: { ...base.headers, [name]: value } };
  },
  "odd-flags": (base, payload, enveloped, rng) => (enveloped ? { ...base, body: envelope(rng.pick([0x02, 0x80, 0x7f, 0xff, 0x03, 0x81]), payload) } : { ...base, body: concat(Uint8Array.of(rng.uint32() & 0xff), payload) }),
  "two-messages": (base, payload, enveloped) => (enveloped ? { ...base, body: concat(envelope(0, payload), envelope(0, payload)) } : { ...base, body: concat(payload, payload) }),
  "empty-body": (base) => ({ ...base, body: new Uint8Array(0) }),
  "wrong-content-type": (base, _p, _e, rng) => ({
    ...base,
    headers: {
      ...base.headers,
      "content-type": rng.pick(["text/plain", "application/grpc+foo", "application/json; charset=latin1", "", "application/grpc-web-text", "application/connect+json", "application/proto", "application/grpc", "multipart/form-data; boundary=x", "application/json;;;"]),
    },
  }),
  "bad-timeout": (base, _p, _e, rng) => ({
    ...base,
    headers: {
      ...base.headers,
      ...(base.protocol.startsWith("connect")
        ? { "connect-timeout-ms": rng.pick(["-1", "abc", "99999999999999999999", "9999999999", "0", "1e3", " 5"]) }
        : { "grpc-timeout": rng.pick(["", "1", "99999999H", "99999999S", "-1S", "1n", "abcS", "100000000m", "0m"]) }),
    },
  }),
  "bad-json": (base, _p, enveloped, rng) => {
    const text = rng.pick(['{"a":', "[", "null", '"str"', '{"target":{"collection":1}}', "[".repeat(rng.int(100, 20_000)), '{"\\ud800":1}', "\u0000", '{"target":{"backend":"x"},"target":{}}', "1e999", '{"record":{}}', '{"target":{"table":"x"}}', '{"updates":[{"field":"n","sett":{}}]}']);
    const json = new TextEncoder().encode(text);
    return { ...base, headers: { ...base.headers, "content-type": base.protocol.startsWith("connect") ? (enveloped ? "application/connect+json" : "application/json") : base.headers["content-type"]! }, body: enveloped ? envelope(0, json) : json };
  },
  "http-method": (base, _p, _e, rng) => ({ ...base, method: rng.pick(["GET", "PUT"] as const) }),
  "connect-get": (base, payload, _e, rng) => ({
    ...base,
    method: "GET",
    path: `${base.path}?encoding=${rng.pick(["json", "proto", "nope"])}&message=${rng.chance(0.5) ? Buffer.from(payload).toString("base64url") : encodeURIComponent(new TextDecoder().decode(payload))}${rng.chance(0.3) ? "&base64=1" : ""}${rng.chance(0.3) ? "&compression=gzip" : ""}`,
    body: new Uint8Array(0),
  }),
};

function mutate(base: WireRequest, payload: Uint8Array, enveloped: boolean, rng: Prng): { name: string; request: WireRequest } {
  const name = rng.pick(Object.keys(MUTATIONS));
  return { name, request: MUTATIONS[name]!(base, payload, enveloped, rng) };
}

function varint(value: number): Uint8Array {
  const out: number[] = [];
  let v = value >>> 0;
  while (v > 0x7f) {
    out.push((v & 0x7f) | 0x80);
    v >>>= 7;
  }
  out.push(v);
  return Uint8Array.from(out);
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.byteLength, 0));
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.byteLength;
  }
  return out;
}

/** A failure report line: everything needed to rebuild and read the request. */
export function describeCase(c: FuzzCase, limit = 600): string {
  const hex = Buffer.from(c.request.body.subarray(0, limit / 2)).toString("hex");
  const json = c.messageJson === undefined ? "(not JSON-encodable)" : c.messageJson.length > limit ? `${c.messageJson.slice(0, limit)}… (${c.messageJson.length} chars)` : c.messageJson;
  return [
    `seed=${c.seed} index=${c.index} protocol=${c.protocol} method=${methodPath(c.method)} mutation=${c.mutation}`,
    `  ${c.request.method} ${c.request.path.length > 200 ? c.request.path.slice(0, 200) + "…" : c.request.path} headers=${JSON.stringify(c.request.headers)}`,
    `  body (${c.request.body.byteLength} bytes): ${hex}${c.request.body.byteLength > limit / 2 ? "…" : ""}`,
    `  message: ${json}`,
  ].join("\n");
}
