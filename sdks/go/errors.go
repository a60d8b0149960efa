package dbx

import (
	"errors"
	"fmt"
	"time"

	"connectrpc.com/connect"
	dbxv1 "dbx.dev/dbx/gen/go/dbx/v1"
	"google.golang.org/genproto/googleapis/rpc/errdetails"
)

// ErrorDomain is the google.rpc.ErrorInfo domain of every DBX error.
const ErrorDomain = "dbx.dev"

// Error is an error answered by DBX: a status code with the
// google.rpc.ErrorInfo and google.rpc.BadRequest details DBX attaches.
//
// Every call made through a [Client] returns its errors as *Error, so
//
//	var dbxErr *dbx.Error
//	if errors.As(err, &dbxErr) && dbxErr.Reason == dbxv1.ErrorReason_ERROR_REASON_NOT_FOUND { ... }
//
// works. It unwraps to the *connect.Error it was read from, so
// connect.CodeOf(err) works too.
type Error struct {
	// Code is the gRPC/Connect status code.
	Code connect.Code
	// Reason is the ErrorInfo reason. A reason added to the contract after this
	// SDK was generated reads as ERROR_REASON_UNSPECIFIED: act on Code then.
	Reason dbxv1.ErrorReason
	// Domain is the ErrorInfo domain: "dbx.dev" for DBX's own errors, empty
	// when the error carries no ErrorInfo (a transport failure).
	Domain string
	// Metadata is the ErrorInfo metadata (capability, field, backend, ...).
	Metadata map[string]string
	// Field is the path of the request field a BadRequest detail blames
	// ("target.collection"), or empty.
	Field string
	// Message is the server's message, without the code.
	Message string
	// RetryDelay is how long to wait before calling again, from a
	// google.rpc.RetryInfo detail (RATE_LIMITED carries one), or 0.
	RetryDelay time.Duration

	cause error
}

func (e *Error) Error() string {
	if e.Reason == dbxv1.ErrorReason_ERROR_REASON_UNSPECIFIED {
		return fmt.Sprintf("dbx: %s: %s", e.Code, e.Message)
	}
	return fmt.Sprintf("dbx: %s (%s): %s", e.Code, e.Reason, e.Message)
}

// Unwrap returns the error the call failed with, a *connect.Error.
func (e *Error) Unwrap() error { return e.cause }

// AsError finds the DBX error in err's chain: an *Error, or a *connect.Error
// (from a connect client not made by [NewClient]) read into one.
func AsError(err error) (*Error, bool) {
	var dbxErr *Error
	if errors.As(err, &dbxErr) {
		return dbxErr, true
	}
	var connectErr *connect.Error
	if errors.As(err, &connectErr) {
		return fromConnectError(connectErr), true
	}
	return nil, false
}

// IsRetryable reports whether a call that failed with err may succeed if made
// again: UNAVAILABLE (the backend or the server cannot be reached), ABORTED
// (the transaction lost a conflict) and RESOURCE_EXHAUSTED with reason
// TOO_MANY_TRANSACTIONS or RATE_LIMITED (after Error.RetryDelay). A whole
// transaction is what to retry after ABORTED, not its last call.
func IsRetryable(err error) bool {
	dbxErr, ok := AsError(err)
	if !ok {
		return false
	}
	switch dbxErr.Code {
	case connect.CodeUnavailable, connect.CodeAborted:
		return true
	case connect.CodeResourceExhausted:
		return dbxErr.Reason == dbxv1.ErrorReason_ERROR_REASON_TOO_MANY_TRANSACTIONS || dbxErr.Reason == dbxv1.ErrorReason_ERROR_REASON_RATE_LIMITED
	default:
		return false
	}
}

func fromConnectError(connectErr *connect.Error) *Error {
	dbxErr := &Error{Code: connectErr.Code(), Message: connectErr.Message(), cause: connectErr}
	for _, detail := range connectErr.Details() {
		// Value fails only for detail types this binary does not know; DBX sends
		// others only from future versions, and they are skipped.
		message, err := detail.Value()
		if err != nil {
			continue
		}
		switch message := message.(type) {
		case *errdetails.ErrorInfo:
			if dbxErr.Domain != "" {
				continue
			}
			dbxErr.Domain = message.GetDomain()
			dbxErr.Metadata = message.GetMetadata()
			if message.GetDomain() == ErrorDomain {
				dbxErr.Reason = dbxv1.ErrorReason(dbxv1.ErrorReason_value[message.GetReason()])
			}
		case *errdetails.RetryInfo:
			dbxErr.RetryDelay = message.GetRetryDelay().AsDuration()
		case *errdetails.BadRequest:
			if violations := message.GetFieldViolations(); dbxErr.Field == "" && len(violations) > 0 {
				dbxErr.Field = violations[0].GetField()
			}
		}
	}
	return dbxErr
}

// wrapError turns a connect error into an *Error and leaves any other error
// (io.EOF ending a stream, nil) as it is.
func wrapError(err error) error {
	var connectErr *connect.Error
	if err == nil || !errors.As(err, &connectErr) {
		return err
	}
	var dbxErr *Error
	if errors.As(err, &dbxErr) {
		return err
	}
	dbxErr = fromConnectError(connectErr)
	// An interceptor of the caller's may have wrapped the connect error: keep
	// its wrapping in the chain.
	dbxErr.cause = err
	return dbxErr
}
