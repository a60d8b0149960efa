package dbx

import (
	"context"
	"iter"

	"connectrpc.com/connect"
	dbxv1 "dbx.dev/dbx/gen/go/dbx/v1"
	"google.golang.org/protobuf/proto"
)

// FindPages calls QueryService.Find page after page, following
// next_page_token from the request's page_token on, and yields each answer.
// Leaving the loop fetches no further page. The request is not modified, so the
// iterator can run again.
func (c *Client) FindPages(ctx context.Context, req *dbxv1.FindRequest) iter.Seq2[*dbxv1.FindResponse, error] {
	return pages(func(token string) (*dbxv1.FindResponse, error) {
		page := proto.CloneOf(req)
		page.PageToken = token
		res, err := c.Query.Find(ctx, connect.NewRequest(page))
		if err != nil {
			return nil, err
		}
		return res.Msg, nil
	}, req.GetPageToken(), (*dbxv1.FindResponse).GetNextPageToken)
}

// FindAll yields every record Find answers, page after page (see FindPages).
func (c *Client) FindAll(ctx context.Context, req *dbxv1.FindRequest) iter.Seq2[*dbxv1.Item, error] {
	return flatten(c.FindPages(ctx, req), (*dbxv1.FindResponse).GetRecords)
}

// FindStream yields every record of a QueryService.FindStream call: one
// query, one snapshot where the backend has one, no page tokens. Leaving the
// loop ends the call (see [Stream]).
func (c *Client) FindStream(ctx context.Context, req *dbxv1.FindStreamRequest) iter.Seq2[*dbxv1.Item, error] {
	return flatten(Stream(ctx, c.Query.FindStream, req), (*dbxv1.FindStreamResponse).GetRecords)
}

// ListPages calls DataService.List page after page, as FindPages does Find.
func (c *Client) ListPages(ctx context.Context, req *dbxv1.ListRequest) iter.Seq2[*dbxv1.ListResponse, error] {
	return pages(func(token string) (*dbxv1.ListResponse, error) {
		page := proto.CloneOf(req)
		page.PageToken = token
		res, err := c.Data.List(ctx, connect.NewRequest(page))
		if err != nil {
			return nil, err
		}
		return res.Msg, nil
	}, req.GetPageToken(), (*dbxv1.ListResponse).GetNextPageToken)
}

// ListAll yields every record List answers, page after page.
func (c *Client) ListAll(ctx context.Context, req *dbxv1.ListRequest) iter.Seq2[*dbxv1.Item, error] {
	return flatten(c.ListPages(ctx, req), (*dbxv1.ListResponse).GetRecords)
}

func pages[Page any](fetch func(token string) (*Page, error), token string, next func(*Page) string) iter.Seq2[*Page, error] {
	return func(yield func(*Page, error) bool) {
		token := token
		for {
			page, err := fetch(token)
			if err != nil {
				yield(nil, err)
				return
			}
			if !yield(page, nil) {
				return
			}
			if token = next(page); token == "" {
				return
			}
		}
	}
}

func flatten[Batch any](batches iter.Seq2[*Batch, error], records func(*Batch) []*dbxv1.Item) iter.Seq2[*dbxv1.Item, error] {
	return func(yield func(*dbxv1.Item, error) bool) {
		for batch, err := range batches {
			if err != nil {
				yield(nil, err)
				return
			}
			for _, record := range records(batch) {
				if !yield(record, nil) {
					return
				}
			}
		}
	}
}
