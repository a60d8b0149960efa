import type { CallerIdentity } from "../backends/operation-context.js";
import { unauthenticated } from "../errors/dbx-error.js";
import type { ClientCertificate } from "./client-certificate.js";
import type { ClientCertificateIdentities } from "./client-certificate-identity.js";
import { credentialOf } from "./credential.js";

/** What verifies a JWT (src/auth/jwt): its subject, roles, claims and expiry, or UNAUTHENTICATED. */
export interface TokenVerifier {
  verify(token: string): Promise<{
    readonly subject: string;
    readonly roles: readonly string[];
    readonly claims: Readonly<Record<string, unknown>>;
    readonly expiresAtMs: number | undefined;
  }>;
}

/** What checks an API key (src/auth/api-keys): its id, role and expiry, or UNAUTHENTICATED. */
export interface ApiKeyChecker {
  authenticate(secret: string): {
    readonly id: string;
    readonly role: string;
    readonly expiresAtMs?: number;
    readonly rateLimit?: { readonly callsPerSecond: number; readonly burst?: number };
  };
}

export interface AuthenticatorOptions {
  /** The roles of a call without a credential; undefined refuses such calls. */
  readonly anonymousRoles: readonly string[] | undefined;
  readonly tokens?: TokenVerifier;
  readonly apiKeys?: ApiKeyChecker;
  /** Verified client certificates as credentials (auth.clientCertificates). */
  readonly clientCertificates?: ClientCertificateIdentities;
}

/**
 * Turns a call's credential into its identity, or refuses the call
 * UNAUTHENTICATED. A credential in the headers wins over the connection's
 * client certificate: the certificate identifies the connection (a service,
 * a proxy), a header the caller on it; a call without one is the
 * certificate's.
 */
export class Authenticator {
  readonly #anonymous: CallerIdentity | undefined;

  constructor(private readonly options: AuthenticatorOptions) {
    this.#anonymous = options.anonymousRoles && Object.freeze({ subject: "", roles: Object.freeze([...options.anonymousRoles]), via: "anonymous" });
  }

  async authenticate(header: (name: string) => string | null, certificate?: ClientCertificate): Promise<CallerIdentity> {
    const credential = credentialOf(header);
    if (!credential) {
      if (certificate && this.options.clientCertificates) return this.options.clientCertificates.identify(certificate);
      if (this.#anonymous) return this.#anonymous;
      throw unauthenticated(
        this.options.clientCertificates
          ? "this server needs a credential: a client certificate, a bearer token (authorization) or an API key (x-api-key)"
          : "this server needs a credential: a bearer token (authorization) or an API key (x-api-key)",
      );
    }
    if (credential.kind === "bearer") {
      if (!this.options.tokens) throw unauthenticated("this server accepts no bearer tokens (auth.jwt is not configured)", "bearer");
      const token = await this.options.tokens.verify(credential.token);
      return { subject: token.subject, roles: token.roles, via: "jwt", claims: token.claims, expiresAtMs: token.expiresAtMs };
    }
    if (!this.options.apiKeys) throw unauthenticated("this server accepts no API keys (auth.apiKeys is not configured)", "api_key");
    const key = this.options.apiKeys.authenticate(credential.secret);
    return { subject: key.id, roles: [key.role], via: "api_key", expiresAtMs: key.expiresAtMs, rateLimit: key.rateLimit };
  }
}
