package dbx

import (
	"crypto/tls"
	"crypto/x509"
	"errors"
	"net/http"
)

// newHTTPClient builds the one *http.Client every service client shares, so
// that calls reuse connections.
//
// gRPC needs HTTP/2, which on an http:// URL means h2c with prior knowledge.
// The standard library's transport does it since Go 1.24
// (Protocols.SetUnencryptedHTTP2), so no golang.org/x/net/http2 transport is
// needed, and the stdlib keeps its proxy, dialer and idle-connection handling.
// Connect and gRPC-Web stay on HTTP/1.1 there, which any proxy in between
// understands. On https:// URLs, ALPN picks HTTP/2 for every protocol.
func newHTTPClient(cfg *config) (*http.Client, error) {
	transport := http.DefaultTransport.(*http.Transport).Clone()
	tlsConfig := cfg.tlsConfig
	if tlsConfig == nil {
		tlsConfig = &tls.Config{MinVersion: tls.VersionTLS12}
	}
	if cfg.caPEM != nil {
		roots := x509.NewCertPool()
		if !roots.AppendCertsFromPEM(cfg.caPEM) {
			return nil, errors.New("dbx: WithCACertificates: no PEM certificate found")
		}
		tlsConfig.RootCAs = roots
	}
	transport.TLSClientConfig = tlsConfig

	var protocols http.Protocols
	protocols.SetHTTP2(true)
	if cfg.protocol == ProtocolGRPC {
		protocols.SetUnencryptedHTTP2(true)
	} else {
		protocols.SetHTTP1(true)
	}
	transport.Protocols = &protocols
	return &http.Client{Transport: transport}, nil
}
