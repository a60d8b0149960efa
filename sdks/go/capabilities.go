package dbx

import (
	"context"

	"connectrpc.com/connect"
	dbxv1 "dbx.dev/dbx/gen/go/dbx/v1"
)

// Capabilities is what a backend declared it can do
// (AdminService.GetCapabilities): branch on [Capabilities.Has] rather than on
// the backend's kind.
type Capabilities struct {
	// Response is the full answer: backend, services, timestamp precision,
	// server version and modules.
	Response *dbxv1.GetCapabilitiesResponse
	set      map[string]bool
}

// Capabilities asks the named backend ("" for the default one) what it
// supports.
func (c *Client) Capabilities(ctx context.Context, backend string) (*Capabilities, error) {
	res, err := c.Admin.GetCapabilities(ctx, connect.NewRequest(&dbxv1.GetCapabilitiesRequest{Backend: backend}))
	if err != nil {
		return nil, err
	}
	set := make(map[string]bool, len(res.Msg.GetCapabilities()))
	for _, name := range res.Msg.GetCapabilities() {
		set[name] = true
	}
	return &Capabilities{Response: res.Msg, set: set}, nil
}

// Has reports whether the backend declared the capability ("stream.watch",
// "value.interval"; the list is docs/capabilities.md).
func (c *Capabilities) Has(capability string) bool {
	return c.set[capability]
}
