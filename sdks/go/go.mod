module dbx.dev/dbx/sdks/go

go 1.26.8

require (
	connectrpc.com/connect v1.21.1
	dbx.dev/dbx/gen/go v0.0.0
	google.golang.org/genproto/googleapis/rpc v0.0.0-20260825221802-da73d73af1c5
)

require google.golang.org/protobuf v1.36.12 // indirect

// The generated code lives in this repository (gen/go), not on a module proxy.
replace dbx.dev/dbx/gen/go => ../../gen/go
