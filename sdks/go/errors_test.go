package dbx_test

import (
	"errors"
	"testing"
	"time"

	"connectrpc.com/connect"
	dbxv1 "dbx.dev/dbx/gen/go/dbx/v1"
	"google.golang.org/genproto/googleapis/rpc/errdetails"
	"google.golang.org/protobuf/types/known/durationpb"

	dbx "dbx.dev/dbx/sdks/go"
)

func connectErrorWith(t *testing.T, code connect.Code, details ...*errdetails.ErrorInfo) *connect.Error {
	t.Helper()
	err := connect.NewError(code, errors.New("message"))
	for _, info := range details {
		detail, detailErr := connect.NewErrorDetail(info)
		if detailErr != nil {
			t.Fatal(detailErr)
		}
		err.AddDetail(detail)
	}
	return err
}

func TestAsErrorReadsErrorInfo(t *testing.T) {
	err := connectErrorWith(t, connect.CodeResourceExhausted, &errdetails.ErrorInfo{
		Domain: "dbx.dev", Reason: "ERROR_REASON_TOO_MANY_TRANSACTIONS", Metadata: map[string]string{"limit": "4"},
	})
	dbxErr, ok := dbx.AsError(err)
	if !ok || dbxErr.Reason != dbxv1.ErrorReason_ERROR_REASON_TOO_MANY_TRANSACTIONS || dbxErr.Metadata["limit"] != "4" ||
		dbxErr.Code != connect.CodeResourceExhausted || dbxErr.Message != "message" {
		t.Fatalf("AsError = %+v, %v", dbxErr, ok)
	}
	if !dbx.IsRetryable(err) {
		t.Error("TOO_MANY_TRANSACTIONS is not retryable")
	}
}

func TestAReasonNewerThanTheSDKIsUnspecified(t *testing.T) {
	err := connectErrorWith(t, connect.CodeFailedPrecondition, &errdetails.ErrorInfo{Domain: "dbx.dev", Reason: "ERROR_REASON_FROM_THE_FUTURE"})
	dbxErr, _ := dbx.AsError(err)
	if dbxErr.Reason != dbxv1.ErrorReason_ERROR_REASON_UNSPECIFIED || dbxErr.Domain != "dbx.dev" {
		t.Errorf("AsError = %+v", dbxErr)
	}
	other := connectErrorWith(t, connect.CodeNotFound, &errdetails.ErrorInfo{Domain: "example.com", Reason: "ERROR_REASON_NOT_FOUND"})
	if dbxErr, _ := dbx.AsError(other); dbxErr.Reason != dbxv1.ErrorReason_ERROR_REASON_UNSPECIFIED {
		t.Errorf("a reason of another domain was read as DBX's: %+v", dbxErr)
	}
}

func TestAsErrorReadsRetryInfoAndTheAuthReasons(t *testing.T) {
	err := connectErrorWith(t, connect.CodeResourceExhausted, &errdetails.ErrorInfo{
		Domain: "dbx.dev", Reason: "ERROR_REASON_RATE_LIMITED", Metadata: map[string]string{"limit": "5", "scope": "identity"},
	})
	detail, detailErr := connect.NewErrorDetail(&errdetails.RetryInfo{RetryDelay: durationpb.New(1500 * time.Millisecond)})
	if detailErr != nil {
		t.Fatal(detailErr)
	}
	err.AddDetail(detail)
	dbxErr, _ := dbx.AsError(err)
	if dbxErr.Reason != dbxv1.ErrorReason_ERROR_REASON_RATE_LIMITED || dbxErr.RetryDelay != 1500*time.Millisecond || dbxErr.Metadata["scope"] != "identity" {
		t.Errorf("AsError = %+v", dbxErr)
	}
	if !dbx.IsRetryable(err) {
		t.Error("RATE_LIMITED is not retryable")
	}

	for _, c := range []struct {
		code   connect.Code
		reason string
		want   dbxv1.ErrorReason
	}{
		{connect.CodeUnauthenticated, "ERROR_REASON_UNAUTHENTICATED", dbxv1.ErrorReason_ERROR_REASON_UNAUTHENTICATED},
		{connect.CodePermissionDenied, "ERROR_REASON_PERMISSION_DENIED", dbxv1.ErrorReason_ERROR_REASON_PERMISSION_DENIED},
	} {
		err := connectErrorWith(t, c.code, &errdetails.ErrorInfo{Domain: "dbx.dev", Reason: c.reason})
		if dbxErr, _ := dbx.AsError(err); dbxErr.Reason != c.want || dbxErr.RetryDelay != 0 || dbx.IsRetryable(err) {
			t.Errorf("AsError = %+v, retryable %v", dbxErr, dbx.IsRetryable(err))
		}
	}
}

func TestIsRetryableOfOtherErrors(t *testing.T) {
	for _, err := range []error{nil, errors.New("plain"), connect.NewError(connect.CodeInvalidArgument, errors.New("bad"))} {
		if dbx.IsRetryable(err) {
			t.Errorf("%v is retryable", err)
		}
	}
}
