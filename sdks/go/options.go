package dbx

import (
	"crypto/tls"
	"net/http"
	"time"

	"connectrpc.com/connect"
)

// Protocol is the wire protocol a [Client] speaks. DBX serves all three on one
// port.
type Protocol int

const (
	// ProtocolConnect is the Connect protocol (binary Protobuf over HTTP/1.1,
	// or HTTP/2 over TLS). The default.
	ProtocolConnect Protocol = iota
	// ProtocolGRPC is gRPC, over HTTP/2: h2c (prior knowledge) on http://
	// URLs, ALPN on https:// URLs.
	ProtocolGRPC
	// ProtocolGRPCWeb is gRPC-Web, as browsers speak it.
	ProtocolGRPCWeb
)

func (p Protocol) String() string {
	switch p {
	case ProtocolConnect:
		return "connect"
	case ProtocolGRPC:
		return "grpc"
	case ProtocolGRPCWeb:
		return "grpcweb"
	default:
		return "unknown"
	}
}

// Option configures a [Client].
type Option func(*config)

type config struct {
	protocol     Protocol
	tlsConfig    *tls.Config
	caPEM        []byte
	header       http.Header
	credentials  []credential
	timeout      time.Duration
	retry        RetryPolicy
	httpClient   *http.Client
	interceptors []connect.Interceptor
}

// WithProtocol chooses the wire protocol (default [ProtocolConnect]).
func WithProtocol(p Protocol) Option {
	return func(c *config) { c.protocol = p }
}

// WithTLSConfig sets the TLS configuration of https:// URLs (client
// certificates, a server name, minimum versions). It is cloned.
func WithTLSConfig(cfg *tls.Config) Option {
	return func(c *config) { c.tlsConfig = cfg.Clone() }
}

// WithCACertificates trusts the PEM-encoded certificates instead of the
// system's roots, for a server whose certificate a private CA signed.
func WithCACertificates(pem []byte) Option {
	return func(c *config) { c.caPEM = pem }
}

// APIKeyHeader is the header DBX reads an API key from.
const APIKeyHeader = "X-Api-Key"

// credential is the header a credential option sends, and its value.
type credential struct {
	option, header, value string
}

// WithBearerToken sends "Authorization: Bearer <token>" on every call,
// streams included: a JWT DBX verifies (or an API key, for tools that only
// send bearer tokens). A client has one credential: with [WithAPIKey] too,
// [NewClient] fails, since DBX refuses a call carrying two.
func WithBearerToken(token string) Option {
	return func(c *config) {
		c.credentials = append(c.credentials, credential{"WithBearerToken", "Authorization", "Bearer " + token})
	}
}

// WithAPIKey sends an API key ("dbx_...", from ApiKeyService) as "x-api-key"
// on every call, streams included. A client has one credential: with
// [WithBearerToken] too, [NewClient] fails. A proxy that wants the key in
// another header gets it with [WithHeader].
func WithAPIKey(key string) Option {
	return func(c *config) {
		c.credentials = append(c.credentials, credential{"WithAPIKey", APIKeyHeader, key})
	}
}

// WithHeader sends a header on every call; a call that sets the same header
// itself keeps its own value.
func WithHeader(name, value string) Option {
	return func(c *config) { c.header.Add(name, value) }
}

// WithTimeout sets the default deadline of unary calls whose context has none
// (default 30 s; 0 means none). A call sets its own with
// context.WithTimeout. Server streams end with their context only.
func WithTimeout(d time.Duration) Option {
	return func(c *config) { c.timeout = d }
}

// WithRetryPolicy replaces [DefaultRetryPolicy].
func WithRetryPolicy(p RetryPolicy) Option {
	return func(c *config) { c.retry = p }
}

// WithHTTPClient makes the client send its calls through hc instead of one it
// builds; TLS options are then hc's business. For gRPC on http:// URLs, hc
// must speak HTTP/2 without TLS (see http.Protocols).
func WithHTTPClient(hc *http.Client) Option {
	return func(c *config) { c.httpClient = hc }
}

// WithInterceptors adds connect interceptors (logging, tracing, metrics)
// inside the client's own, so they see every attempt of a retried call.
func WithInterceptors(interceptors ...connect.Interceptor) Option {
	return func(c *config) { c.interceptors = append(c.interceptors, interceptors...) }
}
