import type { CallerIdentity } from "../backends/operation-context.js";
import type { ClientCertificatesConfig } from "../config/auth-schema.js";
import { unauthenticated } from "../errors/dbx-error.js";
import type { ClientCertificate } from "./client-certificate.js";
import { NamePattern } from "./name-pattern.js";

/**
 * Verified client certificates as credentials (auth.clientCertificates):
 * the caller's subject is one name of the certificate, its roles those of
 * every configured entry that name matches. Identities are made once per
 * certificate, not per call.
 */
export class ClientCertificateIdentities {
  readonly #subjectFrom: ClientCertificatesConfig["subjectFrom"];
  readonly #roles: ReadonlyArray<readonly [NamePattern, readonly string[]]>;
  readonly #known = new WeakMap<ClientCertificate, CallerIdentity>();

  constructor(config: ClientCertificatesConfig) {
    this.#subjectFrom = config.subjectFrom;
    this.#roles = Object.entries(config.roles).map(([pattern, roles]) => [new NamePattern(pattern), roles] as const);
  }

  /**
   * The identity of a connection's certificate, or UNAUTHENTICATED when it
   * was not verified, lacks the configured name, or has expired since the
   * handshake (a connection may outlive its certificate).
   */
  identify(certificate: ClientCertificate, now = Date.now()): CallerIdentity {
    let identity = this.#known.get(certificate);
    if (!identity) {
      identity = this.#identityOf(certificate);
      this.#known.set(certificate, identity);
    }
    if (identity.expiresAtMs !== undefined && now >= identity.expiresAtMs) {
      throw unauthenticated(`the client certificate (${certificate.subject}) expired while its connection was open: reconnect with a valid one`, "client_certificate");
    }
    return identity;
  }

  #identityOf(certificate: ClientCertificate): CallerIdentity {
    if (!certificate.verified) {
      throw unauthenticated(
        `the client certificate (${certificate.subject}) is not signed by a CA of server.tls.clientCa: ${certificate.verifyError ?? "not verified"}`,
        "client_certificate",
      );
    }
    const subject = this.#subjectOf(certificate);
    if (subject === undefined || subject === "") {
      throw unauthenticated(`the client certificate (${certificate.subject}) has no ${this.#subjectFrom} name (auth.clientCertificates.subjectFrom)`, "client_certificate");
    }
    const roles = new Set<string>();
    for (const [pattern, granted] of this.#roles) if (pattern.matches(subject)) for (const role of granted) roles.add(role);
    return Object.freeze({
      subject,
      roles: Object.freeze([...roles]),
      via: "client_certificate",
      ...(certificate.validToMs !== undefined ? { expiresAtMs: certificate.validToMs } : {}),
    });
  }

  #subjectOf(certificate: ClientCertificate): string | undefined {
    switch (this.#subjectFrom) {
      case "CN":
        return certificate.commonName;
      case "SAN-DNS":
        return certificate.dnsNames[0];
      case "SAN-URI":
        return certificate.uris[0];
      case "SAN-email":
        return certificate.emails[0];
    }
  }
}
