import { Code } from "@connectrpc/connect";
import { describe, expect, it } from "vitest";
import { ClientCertificateIdentities } from "../../src/auth/client-certificate-identity.js";
import type { ClientCertificate } from "../../src/auth/client-certificate.js";
import { CredentialWatch } from "../../src/auth/credential-watch.js";
import { errorMetadata } from "../support/values.js";

const identities = new ClientCertificateIdentities({ subjectFrom: "CN", roles: { reporter: ["reader"] } });

function certificate(validToMs: number): ClientCertificate {
  return { verified: true, subject: "CN=reporter", commonName: "reporter", dnsNames: [], uris: [], emails: [], validToMs };
}

/**
 * A TLS connection may outlive the client certificate it was verified with:
 * the handshake checked the validity period once. Calls on it after the
 * certificate's notAfter are refused, and streams opened before end then,
 * as for an expiring token.
 */
describe("a client certificate that expires while its connection is open", () => {
  it("is the caller's identity until its notAfter, then refused UNAUTHENTICATED", () => {
    const validTo = Date.now() + 60_000;
    const cert = certificate(validTo);
    expect(identities.identify(cert, validTo - 1)).toMatchObject({ subject: "reporter", roles: ["reader"], via: "client_certificate", expiresAtMs: validTo });
    let refusal: unknown;
    try {
      identities.identify(cert, validTo);
    } catch (err) {
      refusal = err;
    }
    expect(refusal).toMatchObject({ code: Code.Unauthenticated, rawMessage: expect.stringContaining("expired while its connection was open") });
  });

  it("ends a stream opened with it when it expires", async () => {
    const identity = identities.identify(certificate(Date.now() + 50));
    const end = new CredentialWatch(undefined).watch(identity);
    expect(end).toBeDefined();
    const error = await end!.ended;
    end!.stop();
    expect(error.code).toBe(Code.Unauthenticated);
    expect(error.rawMessage).toBe("the client certificate expired while the stream ran");
    expect(errorMetadata(error)).toEqual({ scheme: "client_certificate" });
  });
});
