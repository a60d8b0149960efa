package dbx

import (
	"context"

	"connectrpc.com/connect"
)

// errorInterceptor returns every error of a call as an *Error, so that
// errors.As works on what the generated clients return.
type errorInterceptor struct{}

func (errorInterceptor) WrapUnary(next connect.UnaryFunc) connect.UnaryFunc {
	return func(ctx context.Context, req connect.AnyRequest) (connect.AnyResponse, error) {
		res, err := next(ctx, req)
		return res, wrapError(err)
	}
}

func (errorInterceptor) WrapStreamingClient(next connect.StreamingClientFunc) connect.StreamingClientFunc {
	return func(ctx context.Context, spec connect.Spec) connect.StreamingClientConn {
		return errorStreamConn{next(ctx, spec)}
	}
}

func (errorInterceptor) WrapStreamingHandler(next connect.StreamingHandlerFunc) connect.StreamingHandlerFunc {
	return next
}

type errorStreamConn struct {
	connect.StreamingClientConn
}

func (c errorStreamConn) Send(msg any) error {
	return wrapError(c.StreamingClientConn.Send(msg))
}

func (c errorStreamConn) Receive(msg any) error {
	return wrapError(c.StreamingClientConn.Receive(msg))
}
