package dbx

import (
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"time"

	"connectrpc.com/connect"
	"dbx.dev/dbx/gen/go/dbx/mongodb/v1/mongodbv1connect"
	"dbx.dev/dbx/gen/go/dbx/postgres/v1/postgresv1connect"
	"dbx.dev/dbx/gen/go/dbx/redis/v1/redisv1connect"
	"dbx.dev/dbx/gen/go/dbx/sql/v1/sqlv1connect"
	"dbx.dev/dbx/gen/go/dbx/sqlite/v1/sqlitev1connect"
	"dbx.dev/dbx/gen/go/dbx/v1/dbxv1connect"
)

// DefaultTimeout is the deadline of a unary call whose context has none,
// unless [WithTimeout] says otherwise.
const DefaultTimeout = 30 * time.Second

// Client is a connection to one DBX server: a typed client for every service
// of the contract, all sharing one HTTP client and its connections. It is safe
// for concurrent use; make one and keep it.
//
// The service clients are the generated connect-go clients: their methods
// take a context and the generated request type. Errors they return are
// [*Error]s.
type Client struct {
	Data        dbxv1connect.DataServiceClient
	Query       dbxv1connect.QueryServiceClient
	Stream      dbxv1connect.StreamServiceClient
	Transaction dbxv1connect.TransactionServiceClient
	Admin       dbxv1connect.AdminServiceClient
	APIKeys     dbxv1connect.ApiKeyServiceClient
	SQL         sqlv1connect.SqlServiceClient
	SQLite      sqlitev1connect.SqliteServiceClient
	Postgres    postgresv1connect.PostgresServiceClient
	Redis       redisv1connect.RedisServiceClient
	Mongo       mongodbv1connect.MongoServiceClient

	httpClient *http.Client
}

// NewClient makes a client for the DBX server at rawURL, an http:// or
// https:// URL ("http://127.0.0.1:7420"). It connects lazily: the first call
// dials.
func NewClient(rawURL string, opts ...Option) (*Client, error) {
	base, err := parseServerURL(rawURL)
	if err != nil {
		return nil, err
	}
	cfg := &config{protocol: ProtocolConnect, header: http.Header{}, timeout: DefaultTimeout, retry: DefaultRetryPolicy}
	for _, opt := range opts {
		opt(cfg)
	}
	if err := cfg.retry.check(); err != nil {
		return nil, err
	}
	var cred credential
	switch len(cfg.credentials) {
	case 0:
	case 1:
		cred = cfg.credentials[0]
		if strings.TrimSpace(strings.TrimPrefix(cred.value, "Bearer ")) == "" {
			return nil, fmt.Errorf("dbx: %s: the credential is empty", cred.option)
		}
	default:
		return nil, fmt.Errorf("dbx: %s and %s: a client sends one credential (DBX refuses a call carrying two)",
			cfg.credentials[0].option, cfg.credentials[1].option)
	}
	httpClient := cfg.httpClient
	if httpClient == nil {
		if httpClient, err = newHTTPClient(cfg); err != nil {
			return nil, err
		}
	}

	// Outermost first: errors are converted once, after the last attempt; the
	// default deadline bounds a call with all its retries. The credential and
	// headers go on every HTTP request, so on every attempt.
	interceptors := []connect.Interceptor{errorInterceptor{}}
	if cfg.timeout > 0 {
		interceptors = append(interceptors, timeoutInterceptor{cfg.timeout})
	}
	interceptors = append(interceptors, retryInterceptor{cfg.retry})
	interceptors = append(interceptors, cfg.interceptors...)
	clientOpts := []connect.ClientOption{connect.WithInterceptors(interceptors...)}
	switch cfg.protocol {
	case ProtocolConnect:
	case ProtocolGRPC:
		clientOpts = append(clientOpts, connect.WithGRPC())
	case ProtocolGRPCWeb:
		clientOpts = append(clientOpts, connect.WithGRPCWeb())
	default:
		return nil, fmt.Errorf("dbx: unknown protocol %d", cfg.protocol)
	}

	var doer connect.HTTPClient = httpClient
	if cred.header != "" || len(cfg.header) > 0 {
		doer = headerClient{next: httpClient, header: cfg.header, credential: cred}
	}
	return &Client{
		Data:        dbxv1connect.NewDataServiceClient(doer, base, clientOpts...),
		Query:       dbxv1connect.NewQueryServiceClient(doer, base, clientOpts...),
		Stream:      dbxv1connect.NewStreamServiceClient(doer, base, clientOpts...),
		Transaction: dbxv1connect.NewTransactionServiceClient(doer, base, clientOpts...),
		Admin:       dbxv1connect.NewAdminServiceClient(doer, base, clientOpts...),
		APIKeys:     dbxv1connect.NewApiKeyServiceClient(doer, base, clientOpts...),
		SQL:         sqlv1connect.NewSqlServiceClient(doer, base, clientOpts...),
		SQLite:      sqlitev1connect.NewSqliteServiceClient(doer, base, clientOpts...),
		Postgres:    postgresv1connect.NewPostgresServiceClient(doer, base, clientOpts...),
		Redis:       redisv1connect.NewRedisServiceClient(doer, base, clientOpts...),
		Mongo:       mongodbv1connect.NewMongoServiceClient(doer, base, clientOpts...),
		httpClient:  httpClient,
	}, nil
}

// Close closes the idle connections of the client's HTTP client. Calls still
// running are not interrupted; cancel their contexts for that.
func (c *Client) Close() {
	c.httpClient.CloseIdleConnections()
}

func parseServerURL(rawURL string) (string, error) {
	u, err := url.Parse(rawURL)
	if err != nil {
		return "", fmt.Errorf("dbx: server URL: %w", err)
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return "", fmt.Errorf("dbx: server URL %q: the scheme must be http or https", rawURL)
	}
	if u.Host == "" {
		return "", fmt.Errorf("dbx: server URL %q has no host", rawURL)
	}
	if u.RawQuery != "" || u.Fragment != "" {
		return "", fmt.Errorf("dbx: server URL %q: a query or fragment has no meaning here", rawURL)
	}
	// The generated clients append "/dbx.v1.DataService/Get" to the base.
	return strings.TrimSuffix(u.String(), "/"), nil
}

func (p RetryPolicy) check() error {
	switch {
	case p.MaxAttempts < 1:
		return errors.New("dbx: RetryPolicy.MaxAttempts must be at least 1")
	case p.InitialBackoff < 0 || p.MaxBackoff < 0:
		return errors.New("dbx: RetryPolicy backoffs must not be negative")
	}
	return nil
}
