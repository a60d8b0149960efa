/**
 * The certificate a client presented in its TLS handshake (mTLS), as the
 * connection's handshake left it: whether it was verified, and the names an
 * identity may be taken from. Never the certificate itself: nothing that
 * logs a call can log it whole.
 */
export interface ClientCertificate {
  /** Whether it chains to a CA of server.tls.clientCa and is within its validity period. */
  readonly verified: boolean;
  /** Why it was not verified (OpenSSL's code, e.g. UNABLE_TO_VERIFY_LEAF_SIGNATURE). */
  readonly verifyError?: string;
  /** The subject's distinguished name, for messages: "CN=reporter, O=Example". */
  readonly subject: string;
  readonly commonName?: string;
  /** Subject alternative names, by kind, in the certificate's order. */
  readonly dnsNames: readonly string[];
  readonly uris: readonly string[];
  readonly emails: readonly string[];
  /** The end of its validity period (notAfter), in ms since the epoch, when the certificate states one DBX can read. */
  readonly validToMs?: number;
}
