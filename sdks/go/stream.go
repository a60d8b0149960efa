package dbx

import (
	"context"
	"iter"

	"connectrpc.com/connect"
)

// Stream calls a server-streaming method of any service client and yields its
// messages; a failure is yielded once, as the last pair.
//
//	for event, err := range dbx.Stream(ctx, client.Stream.Watch, &dbxv1.WatchRequest{Target: target}) {
//		if err != nil { return err }
//		...
//		break // ends the call
//	}
//
// The call runs under its own context derived from ctx: leaving the loop
// (break, return, panic) closes the stream and cancels that context, and
// cancelling ctx ends the loop with a CANCELED error.
func Stream[Req, Res any](
	ctx context.Context,
	method func(context.Context, *connect.Request[Req]) (*connect.ServerStreamForClient[Res], error),
	req *Req,
) iter.Seq2[*Res, error] {
	return func(yield func(*Res, error) bool) {
		ctx, cancel := context.WithCancel(ctx)
		defer cancel()
		stream, err := method(ctx, connect.NewRequest(req))
		if err != nil {
			yield(nil, err)
			return
		}
		defer stream.Close()
		for stream.Receive() {
			if !yield(stream.Msg(), nil) {
				return
			}
		}
		if err := stream.Err(); err != nil {
			yield(nil, err)
		}
	}
}
