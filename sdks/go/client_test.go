package dbx_test

import (
	"context"
	"errors"
	"net"
	"net/http"
	"sync"
	"testing"
	"time"

	"connectrpc.com/connect"
	sqlv1 "dbx.dev/dbx/gen/go/dbx/sql/v1"
	dbxv1 "dbx.dev/dbx/gen/go/dbx/v1"

	dbx "dbx.dev/dbx/sdks/go"
)

// recorder is an http.RoundTripper that notes each request's path and
// headers before sending it on.
type recorder struct {
	next     http.RoundTripper
	mu       sync.Mutex
	requests []*http.Request
}

func (r *recorder) RoundTrip(req *http.Request) (*http.Response, error) {
	r.mu.Lock()
	r.requests = append(r.requests, req.Clone(req.Context()))
	r.mu.Unlock()
	return r.next.RoundTrip(req)
}

func (r *recorder) count() int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return len(r.requests)
}

// closedPort is an address where nothing listens, so that calls fail with
// UNAVAILABLE.
func closedPort(t *testing.T) string {
	listener, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := listener.Addr().String()
	listener.Close()
	return "http://" + addr
}

func TestReadsAreRetriedOnUnavailableAndWritesAreNot(t *testing.T) {
	rec := &recorder{next: http.DefaultTransport}
	client, err := dbx.NewClient(closedPort(t),
		dbx.WithHTTPClient(&http.Client{Transport: rec}),
		dbx.WithRetryPolicy(dbx.RetryPolicy{MaxAttempts: 4, InitialBackoff: time.Millisecond, MaxBackoff: 5 * time.Millisecond}))
	if err != nil {
		t.Fatal(err)
	}
	_, err = client.Admin.Ping(t.Context(), connect.NewRequest(&dbxv1.PingRequest{}))
	if connect.CodeOf(err) != connect.CodeUnavailable || !dbx.IsRetryable(err) {
		t.Fatalf("Ping of a closed port: %v, want a retryable UNAVAILABLE", err)
	}
	if rec.count() != 4 {
		t.Errorf("Ping was attempted %d times, want 4", rec.count())
	}

	before := rec.count()
	_, err = client.Data.Put(t.Context(), connect.NewRequest(&dbxv1.PutRequest{}))
	if connect.CodeOf(err) != connect.CodeUnavailable {
		t.Fatalf("Put of a closed port: %v", err)
	}
	if attempts := rec.count() - before; attempts != 1 {
		t.Errorf("Put (a write) was attempted %d times, want 1", attempts)
	}
}

func TestRetriesStopWithTheContext(t *testing.T) {
	client, err := dbx.NewClient(closedPort(t),
		dbx.WithRetryPolicy(dbx.RetryPolicy{MaxAttempts: 100, InitialBackoff: time.Second, MaxBackoff: time.Second}))
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(t.Context(), 200*time.Millisecond)
	defer cancel()
	start := time.Now()
	if _, err := client.Admin.Ping(ctx, connect.NewRequest(&dbxv1.PingRequest{})); err == nil {
		t.Fatal("Ping of a closed port succeeded")
	}
	if elapsed := time.Since(start); elapsed > 2*time.Second {
		t.Errorf("retries went on for %s after the deadline", elapsed)
	}
}

func TestCredentialsGoOnEveryCall(t *testing.T) {
	url := serverURL(t)
	for _, credential := range []struct {
		name          string
		option        dbx.Option
		header, value string
	}{
		{"bearer", dbx.WithBearerToken("s3cret"), "Authorization", "Bearer s3cret"},
		{"api key", dbx.WithAPIKey("dbx_k1"), "X-Api-Key", "dbx_k1"},
	} {
		for _, protocol := range []dbx.Protocol{dbx.ProtocolGRPC, dbx.ProtocolConnect} {
			t.Run(credential.name+"/"+protocol.String(), func(t *testing.T) {
				transport := http.DefaultTransport.(*http.Transport).Clone()
				transport.Protocols = new(http.Protocols)
				transport.Protocols.SetHTTP1(protocol != dbx.ProtocolGRPC)
				transport.Protocols.SetUnencryptedHTTP2(protocol == dbx.ProtocolGRPC)
				rec := &recorder{next: transport}
				client, err := dbx.NewClient(url, dbx.WithProtocol(protocol), dbx.WithHTTPClient(&http.Client{Transport: rec}), credential.option)
				if err != nil {
					t.Fatal(err)
				}
				if _, err := client.Admin.Ping(t.Context(), connect.NewRequest(&dbxv1.PingRequest{})); err != nil {
					t.Fatal(err)
				}
				for _, err := range dbx.Stream(t.Context(), client.Stream.Watch, &dbxv1.WatchRequest{Target: &dbxv1.Target{Collection: "sqlite_schema"}}) {
					_ = err // the first answer (ready or an error) is enough: the request went out
					break
				}
				// A call with a credential of its own sends that one alone.
				ping := connect.NewRequest(&dbxv1.PingRequest{})
				ping.Header().Set("X-Api-Key", "dbx_own")
				if _, err := client.Admin.Ping(t.Context(), ping); err != nil {
					t.Fatal(err)
				}
				if rec.count() != 3 {
					t.Fatalf("%d requests, want 3", rec.count())
				}
				for _, req := range rec.requests[:2] {
					if got := req.Header.Values(credential.header); len(got) != 1 || got[0] != credential.value {
						t.Errorf("%s went with %s %q, want %q", req.URL.Path, credential.header, got, credential.value)
					}
				}
				own := rec.requests[2].Header
				if own.Get("X-Api-Key") != "dbx_own" || (credential.header != "X-Api-Key" && own.Get(credential.header) != "") {
					t.Errorf("a call with its own credential went with %v", own)
				}
			})
		}
	}
}

func TestDefaultDeadlineAndPerCallDeadline(t *testing.T) {
	client, err := dbx.NewClient(serverURL(t), dbx.WithTimeout(time.Nanosecond))
	if err != nil {
		t.Fatal(err)
	}
	_, err = client.Admin.Ping(t.Context(), connect.NewRequest(&dbxv1.PingRequest{}))
	var dbxErr *dbx.Error
	if !errors.As(err, &dbxErr) || dbxErr.Code != connect.CodeDeadlineExceeded {
		t.Errorf("Ping with a 1 ns default deadline: %v, want DEADLINE_EXCEEDED", err)
	}
	// A call's own deadline wins over the client's default.
	ctx, cancel := context.WithTimeout(t.Context(), 10*time.Second)
	defer cancel()
	if _, err := client.Admin.Ping(ctx, connect.NewRequest(&dbxv1.PingRequest{})); err != nil {
		t.Errorf("Ping with its own deadline: %v", err)
	}
}

func TestStreamEndsWithItsContext(t *testing.T) {
	client, err := dbx.NewClient(serverURL(t), dbx.WithProtocol(dbx.ProtocolGRPC))
	if err != nil {
		t.Fatal(err)
	}
	target := &dbxv1.Target{Collection: "watch_cancel"}
	_, err = client.SQL.CreateTable(t.Context(), connect.NewRequest(&sqlv1.CreateTableRequest{
		Target: target, Columns: []*sqlv1.ColumnDefinition{{Name: "id", Type: sqlv1.ColumnType_COLUMN_TYPE_INT64}}, PrimaryKey: []string{"id"}, IfNotExists: true,
	}))
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(t.Context())
	defer cancel()
	var last error
	for event, err := range dbx.Stream(ctx, client.Stream.Watch, &dbxv1.WatchRequest{Target: target}) {
		if event.GetReady() != nil {
			cancel()
		}
		last = err
	}
	if connect.CodeOf(last) != connect.CodeCanceled {
		t.Errorf("the watch ended with %v, want CANCELED", last)
	}
}

func TestNewClientRefusesBadConfiguration(t *testing.T) {
	for _, c := range []struct {
		url  string
		opts []dbx.Option
	}{
		{"127.0.0.1:7420", nil},
		{"ftp://127.0.0.1", nil},
		{"http://", nil},
		{"http://127.0.0.1:7420?x=1", nil},
		{"https://127.0.0.1:7420", []dbx.Option{dbx.WithCACertificates([]byte("not a certificate"))}},
		{"http://127.0.0.1:7420", []dbx.Option{dbx.WithRetryPolicy(dbx.RetryPolicy{})}},
		{"http://127.0.0.1:7420", []dbx.Option{dbx.WithProtocol(dbx.Protocol(9))}},
		{"http://127.0.0.1:7420", []dbx.Option{dbx.WithBearerToken("t"), dbx.WithAPIKey("dbx_k")}}, // DBX refuses two
		{"http://127.0.0.1:7420", []dbx.Option{dbx.WithBearerToken("")}},
		{"http://127.0.0.1:7420", []dbx.Option{dbx.WithAPIKey(" ")}},
	} {
		if _, err := dbx.NewClient(c.url, c.opts...); err == nil {
			t.Errorf("NewClient(%q) with %d options succeeded", c.url, len(c.opts))
		}
	}
}
