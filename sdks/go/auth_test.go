package dbx_test

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"connectrpc.com/connect"
	dbxv1 "dbx.dev/dbx/gen/go/dbx/v1"

	dbx "dbx.dev/dbx/sdks/go"
)

// The authenticated runs of sdks/SCENARIO.md, against `test-server.mjs
// --auth`: steps 1 to 9 with the admin JWT and with the admin API key, then
// steps 10 (UNAUTHENTICATED) and 11 (PERMISSION_DENIED), over every protocol.
func TestScenarioAuthenticated(t *testing.T) {
	url, creds := authServerOf(t)
	for _, protocol := range protocols {
		t.Run(protocol.String(), func(t *testing.T) {
			t.Run("jwt", func(t *testing.T) {
				runScenario(t, url, protocol, protocol.String()+"_jwt", dbx.WithBearerToken(creds.JWT.Admin))
			})
			t.Run("key", func(t *testing.T) {
				runScenario(t, url, protocol, protocol.String()+"_key", dbx.WithAPIKey(creds.APIKey.Admin))
			})
			people := &dbxv1.Target{Collection: "people_" + protocol.String() + "_key"}
			t.Run("unauthenticated", func(t *testing.T) { unauthenticated(t, url, protocol, creds, people) })
			t.Run("permission denied", func(t *testing.T) { permissionDenied(t, url, protocol, creds, people) })
		})
	}
}

func authClient(t *testing.T, url string, protocol dbx.Protocol, opts ...dbx.Option) *dbx.Client {
	t.Helper()
	client, err := dbx.NewClient(url, append([]dbx.Option{dbx.WithProtocol(protocol), dbx.WithTimeout(10 * time.Second)}, opts...)...)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(client.Close)
	return client
}

// expectError checks that err is a *dbx.Error with the code and reason, in
// DBX's domain, with the metadata (a value "" means the key is absent), and
// not retryable.
func expectError(t *testing.T, what string, err error, code connect.Code, reason dbxv1.ErrorReason, metadata map[string]string) *dbx.Error {
	t.Helper()
	var dbxErr *dbx.Error
	if !errors.As(err, &dbxErr) {
		t.Fatalf("%s: %v, want a *dbx.Error", what, err)
	}
	if dbxErr.Code != code || dbxErr.Reason != reason || dbxErr.Domain != dbx.ErrorDomain {
		t.Errorf("%s: %+v, want code %s, reason %s", what, dbxErr, code, reason)
	}
	for key, want := range metadata {
		if got, has := dbxErr.Metadata[key]; got != want || (want == "" && has) {
			t.Errorf("%s: metadata %q = %q, want %q (%v, metadata %v)", what, key, got, want, dbxErr, dbxErr.Metadata)
		}
	}
	if dbx.IsRetryable(err) {
		t.Errorf("%s: %s is retryable", what, code)
	}
	return dbxErr
}

// Step 10.
func unauthenticated(t *testing.T, url string, protocol dbx.Protocol, creds credentials, people *dbxv1.Target) {
	// One request for every client: each sends it with its own credential.
	get := connect.NewRequest(&dbxv1.GetRequest{Target: people, Key: dbx.MustValue("ada")})
	for _, c := range []struct {
		name     string
		opts     []dbx.Option
		metadata map[string]string
	}{
		{"no credential", nil, map[string]string{"scheme": ""}},
		{"expired JWT", []dbx.Option{dbx.WithBearerToken(creds.JWT.Expired)}, map[string]string{"scheme": "bearer"}},
		{"unknown API key", []dbx.Option{dbx.WithAPIKey("dbx_nosuchkey_" + strings.Repeat("0", 32))}, map[string]string{"scheme": "api_key"}},
	} {
		client := authClient(t, url, protocol, c.opts...)
		_, err := client.Data.Get(t.Context(), get)
		expectError(t, "Get with "+c.name, err, connect.CodeUnauthenticated, dbxv1.ErrorReason_ERROR_REASON_UNAUTHENTICATED, c.metadata)

		// A stream is refused the same way, through the SDK's stream iterator.
		ctx, cancel := context.WithTimeout(t.Context(), 10*time.Second)
		var streamErr error
		for _, err := range dbx.Stream(ctx, client.Stream.Watch, &dbxv1.WatchRequest{Target: people}) {
			streamErr = err
			break
		}
		cancel()
		expectError(t, "Watch with "+c.name, streamErr, connect.CodeUnauthenticated, dbxv1.ErrorReason_ERROR_REASON_UNAUTHENTICATED, c.metadata)
	}
}

// Step 11.
func permissionDenied(t *testing.T, url string, protocol dbx.Protocol, creds credentials, people *dbxv1.Target) {
	for _, c := range []struct {
		name   string
		option dbx.Option
	}{
		{"reader API key", dbx.WithAPIKey(creds.APIKey.Reader)},
		{"reader JWT", dbx.WithBearerToken(creds.JWT.Reader)},
	} {
		client := authClient(t, url, protocol, c.option)
		// A reader reads (NOT_FOUND for a missing record would be fine too).
		_, err := client.Data.Get(t.Context(), connect.NewRequest(&dbxv1.GetRequest{Target: people, Key: dbx.MustValue("ada")}))
		if dbxErr, ok := dbx.AsError(err); err != nil && (!ok || dbxErr.Reason != dbxv1.ErrorReason_ERROR_REASON_NOT_FOUND) {
			t.Errorf("Get with the %s: %v", c.name, err)
		}
		// and is refused writes.
		_, err = client.Data.Put(t.Context(), connect.NewRequest(&dbxv1.PutRequest{
			Target: people, Key: dbx.MustValue("denied"), Record: dbx.MustMarshal(map[string]any{"id": "denied"}),
		}))
		expectError(t, "Put with the "+c.name, err, connect.CodePermissionDenied, dbxv1.ErrorReason_ERROR_REASON_PERMISSION_DENIED,
			map[string]string{"group": "write"})

		// A call may carry a credential of its own, sent instead of the client's.
		put := connect.NewRequest(&dbxv1.PutRequest{
			Target: people, Key: dbx.MustValue("own-credential"), Record: dbx.MustMarshal(map[string]any{"id": "own-credential"}),
		})
		put.Header().Set("Authorization", "Bearer "+creds.JWT.Admin)
		if _, err := client.Data.Put(t.Context(), put); err != nil {
			t.Errorf("Put with the admin JWT on a %s client: %v", c.name, err)
		}
	}
}

// ApiKeyService through the client's typed APIKeys client: list the keys
// test-server.mjs made, make one, use it, revoke it.
func TestAPIKeyService(t *testing.T) {
	url, creds := authServerOf(t)
	for _, protocol := range protocols {
		t.Run(protocol.String(), func(t *testing.T) {
			for _, c := range []struct {
				name   string
				option dbx.Option
			}{
				{"admin JWT", dbx.WithBearerToken(creds.JWT.Admin)},
				{"admin API key", dbx.WithAPIKey(creds.APIKey.Admin)},
			} {
				admin := authClient(t, url, protocol, c.option)
				res, err := admin.APIKeys.ListApiKeys(t.Context(), connect.NewRequest(&dbxv1.ListApiKeysRequest{}))
				if err != nil {
					t.Fatalf("ListApiKeys with the %s: %v", c.name, err)
				}
				roles := map[string]string{} // secret to role, for the keys the server made
				for _, key := range res.Msg.GetKeys() {
					for secret, role := range map[string]string{creds.APIKey.Admin: "admin", creds.APIKey.Reader: "reader"} {
						if strings.HasPrefix(secret, "dbx_"+key.GetId()+"_") {
							roles[secret] = key.GetRole()
							if key.GetRole() != role || key.GetName() != "sdk tests "+role || key.GetCreateTime() == nil || key.GetRevokeTime() != nil {
								t.Errorf("ListApiKeys with the %s: key %v, want an active %s key", c.name, key, role)
							}
						}
					}
				}
				if len(roles) != 2 {
					t.Errorf("ListApiKeys with the %s lists %v, want the admin and the reader keys", c.name, res.Msg.GetKeys())
				}
			}

			reader := authClient(t, url, protocol, dbx.WithAPIKey(creds.APIKey.Reader))
			_, err := reader.APIKeys.ListApiKeys(t.Context(), connect.NewRequest(&dbxv1.ListApiKeysRequest{}))
			expectError(t, "ListApiKeys with the reader key", err, connect.CodePermissionDenied, dbxv1.ErrorReason_ERROR_REASON_PERMISSION_DENIED, nil)

			admin := authClient(t, url, protocol, dbx.WithBearerToken(creds.JWT.Admin))
			made, err := admin.APIKeys.CreateApiKey(t.Context(), connect.NewRequest(&dbxv1.CreateApiKeyRequest{Name: "go " + protocol.String(), Role: "reader"}))
			if err != nil {
				t.Fatal(err)
			}
			secret := made.Msg.GetSecret()
			if !strings.HasPrefix(secret, "dbx_"+made.Msg.GetKey().GetId()+"_") || made.Msg.GetKey().GetRole() != "reader" {
				t.Fatalf("CreateApiKey answered %v", made.Msg)
			}
			withNew := authClient(t, url, protocol, dbx.WithAPIKey(secret))
			ping := func() error {
				_, err := withNew.Admin.Ping(t.Context(), connect.NewRequest(&dbxv1.PingRequest{}))
				return err
			}
			if err := ping(); err != nil {
				t.Fatalf("Ping with a new reader key: %v", err)
			}
			revoked, err := admin.APIKeys.RevokeApiKey(t.Context(), connect.NewRequest(&dbxv1.RevokeApiKeyRequest{Id: made.Msg.GetKey().GetId()}))
			if err != nil || !revoked.Msg.GetRevoked() {
				t.Fatalf("RevokeApiKey: %v, %v", revoked, err)
			}
			expectError(t, "Ping with a revoked key", ping(), connect.CodeUnauthenticated, dbxv1.ErrorReason_ERROR_REASON_UNAUTHENTICATED,
				map[string]string{"scheme": "api_key"})
		})
	}
}
