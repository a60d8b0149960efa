package dbx

import (
	"context"
	"net/http"
	"slices"

	"connectrpc.com/connect"
)

// headerInterceptor attaches the configured credentials and headers to every
// call, unary and streaming alike.
type headerInterceptor struct {
	header http.Header
}

func (i headerInterceptor) WrapUnary(next connect.UnaryFunc) connect.UnaryFunc {
	return func(ctx context.Context, req connect.AnyRequest) (connect.AnyResponse, error) {
		i.apply(req.Header())
		return next(ctx, req)
	}
}

func (i headerInterceptor) WrapStreamingClient(next connect.StreamingClientFunc) connect.StreamingClientFunc {
	return func(ctx context.Context, spec connect.Spec) connect.StreamingClientConn {
		conn := next(ctx, spec)
		i.apply(conn.RequestHeader())
		return conn
	}
}

func (headerInterceptor) WrapStreamingHandler(next connect.StreamingHandlerFunc) connect.StreamingHandlerFunc {
	return next
}

// apply sets each configured header unless the call set it itself.
func (i headerInterceptor) apply(header http.Header) {
	for name, values := range i.header {
		if _, set := header[name]; !set {
			header[name] = slices.Clone(values)
		}
	}
}
