package dbx

import (
	"net/http"
	"slices"

	"connectrpc.com/connect"
)

// headerClient puts the configured credential and headers on every HTTP
// request a call makes (each attempt of a retried call, streams alike). It
// works on a copy of the request's headers, so that the caller's
// connect.Request is left as it was: a request reused with another client
// goes with that client's credential.
type headerClient struct {
	next   connect.HTTPClient
	header http.Header
	// credential is the client's credential; its header is empty when the
	// client has none.
	credential credential
}

func (c headerClient) Do(req *http.Request) (*http.Response, error) {
	out := req.WithContext(req.Context()) // a shallow copy
	out.Header = req.Header.Clone()
	if out.Header == nil {
		out.Header = http.Header{}
	}
	c.apply(out.Header)
	return c.next.Do(out)
}

// apply sets each configured header unless the call set it itself. A call
// that carries a credential of its own (Authorization or x-api-key) goes
// with it alone, without the client's: DBX refuses a call with two.
func (c headerClient) apply(header http.Header) {
	if c.credential.header != "" && header.Get("Authorization") == "" && header.Get(APIKeyHeader) == "" {
		header.Set(c.credential.header, c.credential.value)
	}
	for name, values := range c.header {
		if _, set := header[name]; !set {
			header[name] = slices.Clone(values)
		}
	}
}
