package dbx

import (
	"context"
	"math/rand/v2"
	"time"

	"connectrpc.com/connect"
)

// RetryPolicy bounds how a [Client] retries reads. Only calls the contract
// marks as having no side effects (idempotency_level = NO_SIDE_EFFECTS: Get,
// Exists, BatchGet, List, Count, Find, GetCapabilities, Ping, ...) are retried,
// and only after UNAVAILABLE; writes never are, not even idempotent ones.
type RetryPolicy struct {
	// MaxAttempts is the most times a call is made, the first one included;
	// 1 turns retries off.
	MaxAttempts int
	// InitialBackoff is the longest wait before the first retry; each later
	// retry may wait twice as long as the one before, up to MaxBackoff. Each
	// wait is drawn at random below its bound ("full jitter"), so that clients
	// failing together do not retry together.
	InitialBackoff time.Duration
	// MaxBackoff caps the bound of each wait.
	MaxBackoff time.Duration
}

// DefaultRetryPolicy is the policy of a client made without [WithRetryPolicy].
var DefaultRetryPolicy = RetryPolicy{MaxAttempts: 3, InitialBackoff: 100 * time.Millisecond, MaxBackoff: 2 * time.Second}

type retryInterceptor struct {
	policy RetryPolicy
}

func (i retryInterceptor) WrapUnary(next connect.UnaryFunc) connect.UnaryFunc {
	return func(ctx context.Context, req connect.AnyRequest) (connect.AnyResponse, error) {
		if req.Spec().IdempotencyLevel != connect.IdempotencyNoSideEffects {
			return next(ctx, req)
		}
		bound := i.policy.InitialBackoff
		for attempt := 1; ; attempt++ {
			res, err := next(ctx, req)
			if err == nil || attempt >= i.policy.MaxAttempts || connect.CodeOf(err) != connect.CodeUnavailable {
				return res, err
			}
			if waitErr := sleep(ctx, rand.N(bound+1)); waitErr != nil {
				return nil, err
			}
			bound = min(2*bound, i.policy.MaxBackoff)
		}
	}
}

func (retryInterceptor) WrapStreamingClient(next connect.StreamingClientFunc) connect.StreamingClientFunc {
	return next
}

func (retryInterceptor) WrapStreamingHandler(next connect.StreamingHandlerFunc) connect.StreamingHandlerFunc {
	return next
}

// sleep waits for d or until ctx ends, whichever comes first.
func sleep(ctx context.Context, d time.Duration) error {
	timer := time.NewTimer(d)
	defer timer.Stop()
	select {
	case <-timer.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}
