package dbx

import (
	"context"
	"time"

	"connectrpc.com/connect"
)

// timeoutInterceptor gives each unary call the client's default deadline
// unless its context already has one. Streams are left alone: a Watch is
// meant to outlive any default, so a stream ends with its context.
type timeoutInterceptor struct {
	timeout time.Duration
}

func (i timeoutInterceptor) WrapUnary(next connect.UnaryFunc) connect.UnaryFunc {
	return func(ctx context.Context, req connect.AnyRequest) (connect.AnyResponse, error) {
		if _, set := ctx.Deadline(); set {
			return next(ctx, req)
		}
		// A unary answer is read whole before next returns, so the deadline can
		// be released as soon as it does.
		ctx, cancel := context.WithTimeout(ctx, i.timeout)
		defer cancel()
		return next(ctx, req)
	}
}

func (timeoutInterceptor) WrapStreamingClient(next connect.StreamingClientFunc) connect.StreamingClientFunc {
	return next
}

func (timeoutInterceptor) WrapStreamingHandler(next connect.StreamingHandlerFunc) connect.StreamingHandlerFunc {
	return next
}
