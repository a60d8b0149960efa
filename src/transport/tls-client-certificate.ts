import type { TLSSocket } from "node:tls";
import type { ClientCertificate } from "../auth/client-certificate.js";

/**
 * Where a connection keeps its client certificate. A property of the socket
 * rather than a map keyed by it: calls reach their connection through
 * proxies (Node's HTTP/2 request and session `socket`s, a new one per
 * stream), which read any other property from the socket itself.
 */
const CLIENT_CERTIFICATE = Symbol("dbx client certificate");

type CarriesCertificate = { [CLIENT_CERTIFICATE]?: ClientCertificate };

/**
 * Reads the client certificate of a connection whose handshake just ended,
 * once, so that each call on it costs one property read. Nothing is kept
 * when the client sent none.
 */
export function noteClientCertificate(socket: TLSSocket): void {
  const peer = socket.getPeerCertificate();
  // An empty object when the client sent no certificate.
  if (!peer.subject && !peer.subjectaltname) return;
  const subjectFields = Object.entries(peer.subject ?? {}).flatMap(([name, value]: [string, string | string[]]) =>
    (Array.isArray(value) ? value : [value]).map((v) => [name, v] as const),
  );
  const altNames = subjectAltNames(peer.subjectaltname ?? "");
  const namesOf = (kind: string) => altNames.filter(([k]) => k === kind).map(([, value]) => value);
  const validToMs = Date.parse(peer.valid_to);
  const certificate: ClientCertificate = {
    verified: socket.authorized,
    ...(socket.authorizationError ? { verifyError: String(socket.authorizationError) } : {}),
    subject: subjectFields.map(([name, value]) => `${name}=${value}`).join(", "),
    commonName: subjectFields.find(([name]) => name === "CN")?.[1],
    dnsNames: namesOf("DNS"),
    uris: namesOf("URI"),
    emails: namesOf("email"),
    ...(Number.isFinite(validToMs) ? { validToMs } : {}),
  };
  (socket as CarriesCertificate)[CLIENT_CERTIFICATE] = certificate;
}

/** The client certificate of the connection a call came on (its socket, or a proxy of it); undefined when none was presented. */
export function clientCertificateOf(socket: object | null | undefined): ClientCertificate | undefined {
  return (socket as CarriesCertificate | null | undefined)?.[CLIENT_CERTIFICATE];
}

/**
 * Node's text of the subject alternative names, "DNS:a, URI:spiffe://b,
 * email:c", as [kind, value] pairs. A value holding a separator is quoted
 * as a JSON string (since the fix of CVE-2021-44532), read as one.
 */
function subjectAltNames(text: string): Array<readonly [kind: string, value: string]> {
  const names: Array<readonly [string, string]> = [];
  let at = 0;
  while (at < text.length) {
    const colon = text.indexOf(":", at);
    if (colon === -1) break;
    const kind = text.slice(at, colon);
    let end: number;
    let value: string;
    if (text[colon + 1] === '"') {
      end = colon + 2;
      while (end < text.length && text[end] !== '"') end += text[end] === "\\" ? 2 : 1;
      end++;
      value = quotedValue(text.slice(colon + 1, end));
    } else {
      const separator = text.indexOf(", ", colon);
      end = separator === -1 ? text.length : separator;
      value = text.slice(colon + 1, end);
    }
    names.push([kind, value]);
    at = end + 2;
  }
  return names;
}

function quotedValue(quoted: string): string {
  try {
    return JSON.parse(quoted) as string;
  } catch {
    // Not JSON after all: the text as it stands, never matched by a name with quotes.
    return quoted;
  }
}
