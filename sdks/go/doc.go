// Package dbx is the Go SDK of DBX, a database gateway that serves one
// Protobuf contract over gRPC, gRPC-Web and Connect.
//
// The generated code (module dbx.dev/dbx/gen/go) is the API: every service has
// a connect-go client on [Client]. This package adds what the stubs lack:
//
//   - [NewClient]: one call from a URL, with the protocol, TLS, a credential
//     ([WithBearerToken], [WithAPIKey]), a default deadline and retries of
//     idempotent reads;
//   - [ToValue] and [FromValue]: Go values to dbx.v1.TypedValue and back,
//     losslessly, and [Marshal] and [Unmarshal] for records as maps or
//     structs with `dbx` field tags;
//   - [Field]: a filter builder;
//   - [Client.FindAll], [Client.FindStream], [Stream]: pages and server
//     streams as iterators;
//   - [Error] and [IsRetryable]: DBX errors with their reason, metadata and
//     field;
//   - [Client.Capabilities] and [Client.InTransaction].
package dbx
