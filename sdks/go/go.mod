module dbx.dev/dbx/sdks/go

go 1.26.8

// connect and protobuf are the runtimes gen/go was generated for
// (scripts/codegen-versions.env), pinned exactly.
require (
	connectrpc.com/connect v1.21.1
	dbx.dev/dbx/gen/go v0.0.0
	google.golang.org/genproto/googleapis/rpc v0.0.0-20260825221802-da73d73af1c5
	google.golang.org/protobuf v1.36.12
)

// The generated code lives in this repository (gen/go), not on a module proxy.
replace dbx.dev/dbx/gen/go => ../../gen/go
