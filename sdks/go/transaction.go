package dbx

import (
	"context"
	"errors"

	"connectrpc.com/connect"
	dbxv1 "dbx.dev/dbx/gen/go/dbx/v1"
)

// ErrTxDone is returned by [Tx.Commit] and [Tx.Rollback] on a transaction
// already committed or rolled back.
var ErrTxDone = errors.New("dbx: the transaction is already committed or rolled back")

// Tx is an interactive transaction (capability transaction.interactive). Pass
// [Tx.ID] as the transaction_id of the calls that belong to it. As with
// database/sql, defer Rollback right after Begin: it does nothing once Commit
// has succeeded.
type Tx struct {
	client *Client
	id     string
	done   bool
}

// Begin starts an interactive transaction; req (may be nil) names the backend
// and the options (isolation level, read-only, idle timeout).
func (c *Client) Begin(ctx context.Context, req *dbxv1.BeginRequest) (*Tx, error) {
	if req == nil {
		req = &dbxv1.BeginRequest{}
	}
	res, err := c.Transaction.Begin(ctx, connect.NewRequest(req))
	if err != nil {
		return nil, err
	}
	return &Tx{client: c, id: res.Msg.GetTransactionId()}, nil
}

// ID is the transaction id to set as transaction_id on calls.
func (tx *Tx) ID() string { return tx.id }

// Commit commits the transaction.
func (tx *Tx) Commit(ctx context.Context) error {
	if tx.done {
		return ErrTxDone
	}
	if _, err := tx.client.Transaction.Commit(ctx, connect.NewRequest(&dbxv1.CommitRequest{TransactionId: tx.id})); err != nil {
		return err
	}
	tx.done = true
	return nil
}

// Rollback rolls the transaction back; after Commit or Rollback it sends
// nothing and returns ErrTxDone.
func (tx *Tx) Rollback(ctx context.Context) error {
	if tx.done {
		return ErrTxDone
	}
	tx.done = true
	_, err := tx.client.Transaction.Rollback(ctx, connect.NewRequest(&dbxv1.RollbackRequest{TransactionId: tx.id}))
	return err
}

// InTransaction begins a transaction, runs fn with it and commits when fn
// returns nil. When fn returns an error or panics, or the commit is not
// reached, the transaction is rolled back, even if ctx was cancelled. It
// returns fn's error, or the commit's.
func (c *Client) InTransaction(ctx context.Context, req *dbxv1.BeginRequest, fn func(ctx context.Context, tx *Tx) error) error {
	tx, err := c.Begin(ctx, req)
	if err != nil {
		return err
	}
	// A cancelled ctx must not keep the transaction open until it expires; the
	// client's default deadline still bounds the rollback.
	defer tx.Rollback(context.WithoutCancel(ctx))
	if err := fn(ctx, tx); err != nil {
		return err
	}
	return tx.Commit(ctx)
}
