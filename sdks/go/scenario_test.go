package dbx_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"math"
	"reflect"
	"testing"
	"time"

	"connectrpc.com/connect"
	sqlv1 "dbx.dev/dbx/gen/go/dbx/sql/v1"
	dbxv1 "dbx.dev/dbx/gen/go/dbx/v1"

	dbx "dbx.dev/dbx/sdks/go"
)

// The scenario every DBX SDK runs (sdks/SCENARIO.md), over each protocol the
// Go client speaks, against a live server.

type person struct {
	ID     string       `dbx:"id"`
	Big    int64        `dbx:"big"`
	Raw    []byte       `dbx:"raw"`
	At     time.Time    `dbx:"at"`
	Amount dbx.Decimal  `dbx:"amount"`
	Day    dbx.Date     `dbx:"day"`
	Doc    dbx.Document `dbx:"doc,json"`
}

var (
	wantBig    = int64(math.MaxInt64)
	wantRaw    = []byte{0x00, 0xFF, 0x00, 0x80, 0xFF}
	wantAt     = time.Date(2024, 5, 1, 12, 34, 56, 123456789, time.UTC)
	wantAmount = dbx.Decimal("12345678901234567890.1234567890")
	wantDay    = dbx.Date{Year: 1815, Month: time.December, Day: 10}
	wantDoc    = dbx.Document{
		{Name: "zeta", Value: int64(1)},
		{Name: "alpha", Value: dbx.Document{
			{Name: "y", Value: true},
			{Name: "x", Value: []any{int64(1), "two", nil}},
		}},
		{Name: "mid", Value: "m"},
	}
)

// The protocols the Go client speaks, each run on its own tables.
var protocols = []dbx.Protocol{dbx.ProtocolGRPC, dbx.ProtocolConnect, dbx.ProtocolGRPCWeb}

func TestScenario(t *testing.T) {
	url := serverURL(t)
	for _, protocol := range protocols {
		t.Run(protocol.String(), func(t *testing.T) {
			runScenario(t, url, protocol, protocol.String())
		})
	}
}

// runScenario runs steps 1 to 9 over protocol on the tables people_<suffix>
// and items_<suffix>, with a client made with opts as well (a credential).
func runScenario(t *testing.T, url string, protocol dbx.Protocol, suffix string, opts ...dbx.Option) {
	s := &scenario{
		people: &dbxv1.Target{Collection: "people_" + suffix},
		items:  &dbxv1.Target{Collection: "items_" + suffix},
	}
	// Step 1: one call from a URL and the protocol, with a default deadline.
	client, err := dbx.NewClient(url, append([]dbx.Option{dbx.WithProtocol(protocol), dbx.WithTimeout(10 * time.Second)}, opts...)...)
	if err != nil {
		t.Fatal(err)
	}
	defer client.Close()
	s.client = client
	for _, step := range []struct {
		name string
		run  func(*testing.T, context.Context)
	}{
		{"capabilities", s.capabilities},
		{"create table", s.createTable},
		{"write and read back", s.writeAndReadBack},
		{"write and read back a struct", s.writeAndReadBackStruct},
		{"find with a filter", s.findWithFilter},
		{"paginate and stream", s.paginateAndStream},
		{"watch", s.watch},
		{"transaction", s.transaction},
		{"typed errors", s.typedErrors},
	} {
		if !t.Run(step.name, func(t *testing.T) { step.run(t, t.Context()) }) {
			t.FailNow()
		}
	}
}

type scenario struct {
	client *dbx.Client
	people *dbxv1.Target
	items  *dbxv1.Target
}

// Step 2.
func (s *scenario) capabilities(t *testing.T, ctx context.Context) {
	caps, err := s.client.Capabilities(ctx, "")
	if err != nil {
		t.Fatal(err)
	}
	if !caps.Has("stream.watch") || !caps.Has("transaction.interactive") {
		t.Errorf("the default backend lacks stream.watch or transaction.interactive: %v", caps.Response.GetCapabilities())
	}
	if caps.Has("value.interval") {
		t.Error("the default backend (SQLite) claims value.interval")
	}
}

// Step 3.
func (s *scenario) createTable(t *testing.T, ctx context.Context) {
	// A server named by DBX_URL may have the tables of an earlier run.
	for _, target := range []*dbxv1.Target{s.people, s.items} {
		if _, err := s.client.SQL.DropTable(ctx, connect.NewRequest(&sqlv1.DropTableRequest{Target: target, IfExists: true})); err != nil {
			t.Fatal(err)
		}
	}
	_, err := s.client.SQL.CreateTable(ctx, connect.NewRequest(&sqlv1.CreateTableRequest{
		Target: s.people,
		Columns: []*sqlv1.ColumnDefinition{
			{Name: "id", Type: sqlv1.ColumnType_COLUMN_TYPE_STRING},
			{Name: "big", Type: sqlv1.ColumnType_COLUMN_TYPE_INT64},
			{Name: "raw", Type: sqlv1.ColumnType_COLUMN_TYPE_BYTES},
			{Name: "at", Type: sqlv1.ColumnType_COLUMN_TYPE_TIMESTAMP},
			{Name: "amount", Type: sqlv1.ColumnType_COLUMN_TYPE_DECIMAL},
			{Name: "day", Type: sqlv1.ColumnType_COLUMN_TYPE_DATE},
			{Name: "doc", Type: sqlv1.ColumnType_COLUMN_TYPE_JSON},
		},
		PrimaryKey: []string{"id"},
	}))
	if err != nil {
		t.Fatal(err)
	}
}

// Step 4, with a map of native values.
func (s *scenario) writeAndReadBack(t *testing.T, ctx context.Context) {
	doc, err := dbx.JSONOf(wantDoc)
	if err != nil {
		t.Fatal(err)
	}
	record, err := dbx.Marshal(map[string]any{
		"id": "ada", "big": wantBig, "raw": wantRaw, "at": wantAt, "amount": wantAmount, "day": wantDay, "doc": doc,
	})
	if err != nil {
		t.Fatal(err)
	}
	s.put(t, ctx, "ada", record)

	var got map[string]any
	if err := dbx.Unmarshal(s.get(t, ctx, "ada"), &got); err != nil {
		t.Fatal(err)
	}
	if got["id"] != "ada" {
		t.Errorf("id = %#v", got["id"])
	}
	if big, ok := got["big"].(int64); !ok || big != wantBig {
		t.Errorf("big = %#v, want int64 %d", got["big"], wantBig)
	}
	if raw, ok := got["raw"].([]byte); !ok || !bytes.Equal(raw, wantRaw) {
		t.Errorf("raw = %#v, want % x", got["raw"], wantRaw)
	}
	if at, ok := got["at"].(time.Time); !ok || !at.Equal(wantAt) || at.Nanosecond() != 123456789 {
		t.Errorf("at = %#v, want %s", got["at"], wantAt.Format(time.RFC3339Nano))
	}
	if amount, ok := got["amount"].(dbx.Decimal); !ok || amount != wantAmount {
		t.Errorf("amount = %#v, want %s (every digit, scale 10)", got["amount"], wantAmount)
	}
	if day, ok := got["day"].(dbx.Date); !ok || day != wantDay {
		t.Errorf("day = %#v, want %s", got["day"], wantDay)
	}
	text, ok := got["doc"].(dbx.JSON)
	if !ok {
		t.Fatalf("doc = %#v, want dbx.JSON", got["doc"])
	}
	var gotDoc dbx.Document
	if err := json.Unmarshal([]byte(text), &gotDoc); err != nil {
		t.Fatal(err)
	}
	checkDocument(t, gotDoc)
}

// Step 4 again, through a struct with field tags.
func (s *scenario) writeAndReadBackStruct(t *testing.T, ctx context.Context) {
	want := person{ID: "ada", Big: wantBig, Raw: wantRaw, At: wantAt, Amount: wantAmount, Day: wantDay, Doc: wantDoc}
	record, err := dbx.Marshal(want)
	if err != nil {
		t.Fatal(err)
	}
	s.put(t, ctx, "ada", record)

	var got person
	if err := dbx.Unmarshal(s.get(t, ctx, "ada"), &got); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("read back\n%#v\nwant\n%#v", got, want)
	}
	checkDocument(t, got.Doc)
}

func checkDocument(t *testing.T, doc dbx.Document) {
	t.Helper()
	if !reflect.DeepEqual(doc, wantDoc) {
		t.Errorf("doc = %#v, want %#v", doc, wantDoc)
	}
	var names []string
	for _, field := range doc {
		names = append(names, field.Name)
	}
	if !reflect.DeepEqual(names, []string{"zeta", "alpha", "mid"}) {
		t.Errorf("doc keys in order %v, want [zeta alpha mid]", names)
	}
}

// Step 5.
func (s *scenario) findWithFilter(t *testing.T, ctx context.Context) {
	s.put(t, ctx, "bob", dbx.MustMarshal(map[string]any{"id": "bob", "big": 1, "day": wantDay}))

	filter, err := dbx.Field("big").Gt(1000).And(dbx.Field("day").Eq(wantDay)).Proto()
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for record, err := range s.client.FindAll(ctx, &dbxv1.FindRequest{Target: s.people, Query: &dbxv1.Query{Filter: filter}}) {
		if err != nil {
			t.Fatal(err)
		}
		var p person
		if err := dbx.Unmarshal(record, &p); err != nil {
			t.Fatal(err)
		}
		ids = append(ids, p.ID)
	}
	if !reflect.DeepEqual(ids, []string{"ada"}) {
		t.Errorf("found %v, want [ada]", ids)
	}
}

// Step 6.
func (s *scenario) paginateAndStream(t *testing.T, ctx context.Context) {
	_, err := s.client.SQL.CreateTable(ctx, connect.NewRequest(&sqlv1.CreateTableRequest{
		Target: s.items,
		Columns: []*sqlv1.ColumnDefinition{
			{Name: "id", Type: sqlv1.ColumnType_COLUMN_TYPE_INT64},
			{Name: "n", Type: sqlv1.ColumnType_COLUMN_TYPE_INT64},
		},
		PrimaryKey: []string{"id"},
	}))
	if err != nil {
		t.Fatal(err)
	}
	type itemRecord struct {
		ID int64 `dbx:"id"`
		N  int64 `dbx:"n"`
	}
	const count = 250
	operations := make([]*dbxv1.WriteOperation, count)
	for i := range operations {
		operations[i] = &dbxv1.WriteOperation{
			Key:       dbx.MustValue(i),
			Operation: &dbxv1.WriteOperation_Put{Put: dbx.MustMarshal(itemRecord{ID: int64(i), N: int64(i * 10)})},
		}
	}
	if _, err := s.client.Data.BatchWrite(ctx, connect.NewRequest(&dbxv1.BatchWriteRequest{Target: s.items, Operations: operations})); err != nil {
		t.Fatal(err)
	}

	checkInKeyOrder := func(t *testing.T, records []*dbxv1.Item) {
		t.Helper()
		if len(records) != count {
			t.Fatalf("%d records, want %d", len(records), count)
		}
		for i, record := range records {
			var item itemRecord
			if err := dbx.Unmarshal(record, &item); err != nil {
				t.Fatal(err)
			}
			if item != (itemRecord{ID: int64(i), N: int64(i * 10)}) {
				t.Fatalf("record %d is %+v", i, item)
			}
		}
	}

	pages := 0
	var paged []*dbxv1.Item
	for page, err := range s.client.FindPages(ctx, &dbxv1.FindRequest{Target: s.items, PageSize: 100}) {
		if err != nil {
			t.Fatal(err)
		}
		pages++
		paged = append(paged, page.GetRecords()...)
	}
	if pages != 3 {
		t.Errorf("%d pages fetched, want 3", pages)
	}
	checkInKeyOrder(t, paged)

	var streamed []*dbxv1.Item
	for record, err := range s.client.FindStream(ctx, &dbxv1.FindStreamRequest{Target: s.items, BatchSize: 100}) {
		if err != nil {
			t.Fatal(err)
		}
		streamed = append(streamed, record)
	}
	checkInKeyOrder(t, streamed)
}

// Step 7.
func (s *scenario) watch(t *testing.T, ctx context.Context) {
	ctx, cancel := context.WithTimeout(ctx, 15*time.Second)
	defer cancel()
	var change *dbxv1.ChangeEvent
	for event, err := range dbx.Stream(ctx, s.client.Stream.Watch, &dbxv1.WatchRequest{Target: s.people}) {
		if err != nil {
			t.Fatal(err)
		}
		if event.GetReady() != nil {
			s.put(t, ctx, "cy", dbx.MustMarshal(map[string]any{"id": "cy", "big": 3}))
			continue
		}
		change = event.GetChange()
		break // ends the stream: Stream closes it and cancels its context
	}
	if change.GetType() != dbxv1.ChangeType_CHANGE_TYPE_INSERT {
		t.Errorf("change type %s, want INSERT", change.GetType())
	}
	if key, err := dbx.FromValue(change.GetKey()); err != nil || key != "cy" {
		t.Errorf("change key %#v (%v), want \"cy\"", key, err)
	}
	if err := ctx.Err(); err != nil {
		t.Errorf("the watch ended by its deadline, not by the client: %v", err)
	}

	// The server sees the stream end: SQLite's stats count its watchers.
	deadline := time.Now().Add(5 * time.Second)
	for {
		stats, err := s.client.Admin.GetStats(ctx, connect.NewRequest(&dbxv1.GetStatsRequest{}))
		if err != nil {
			t.Fatal(err)
		}
		watchers := stats.Msg.GetDetails()["watchers"]
		if watchers == "0" {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the server still counts %s watchers after the client ended the stream", watchers)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// Step 8.
func (s *scenario) transaction(t *testing.T, ctx context.Context) {
	tx, err := s.client.Begin(ctx, &dbxv1.BeginRequest{Target: &dbxv1.Target{}})
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback(ctx)
	_, err = s.client.Data.Put(ctx, connect.NewRequest(&dbxv1.PutRequest{
		Target: s.people, Key: dbx.MustValue("tx"), Record: dbx.MustMarshal(map[string]any{"id": "tx"}), TransactionId: tx.ID(),
	}))
	if err != nil {
		t.Fatal(err)
	}
	if err := tx.Rollback(ctx); err != nil {
		t.Fatal(err)
	}
	s.expectNotFound(t, ctx, "tx")

	// The closure form: an error from the function rolls back.
	errUndo := errors.New("undo")
	err = s.client.InTransaction(ctx, nil, func(ctx context.Context, tx *dbx.Tx) error {
		_, err := s.client.Data.Put(ctx, connect.NewRequest(&dbxv1.PutRequest{
			Target: s.people, Key: dbx.MustValue("tx"), Record: dbx.MustMarshal(map[string]any{"id": "tx"}), TransactionId: tx.ID(),
		}))
		return errors.Join(err, errUndo)
	})
	if !errors.Is(err, errUndo) {
		t.Fatalf("InTransaction returned %v, want the function's error", err)
	}
	s.expectNotFound(t, ctx, "tx")

	// And nil commits.
	err = s.client.InTransaction(ctx, nil, func(ctx context.Context, tx *dbx.Tx) error {
		_, err := s.client.Data.Put(ctx, connect.NewRequest(&dbxv1.PutRequest{
			Target: s.people, Key: dbx.MustValue("tx-kept"), Record: dbx.MustMarshal(map[string]any{"id": "tx-kept"}), TransactionId: tx.ID(),
		}))
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	s.get(t, ctx, "tx-kept")

	stats, err := s.client.Admin.GetStats(ctx, connect.NewRequest(&dbxv1.GetStatsRequest{}))
	if err != nil {
		t.Fatal(err)
	}
	if open := stats.Msg.GetOpenTransactions(); open != 0 {
		t.Errorf("%d transactions left open", open)
	}
}

func (s *scenario) expectNotFound(t *testing.T, ctx context.Context, key string) {
	t.Helper()
	_, err := s.client.Data.Get(ctx, connect.NewRequest(&dbxv1.GetRequest{Target: s.people, Key: dbx.MustValue(key)}))
	var dbxErr *dbx.Error
	if !errors.As(err, &dbxErr) || dbxErr.Reason != dbxv1.ErrorReason_ERROR_REASON_NOT_FOUND {
		t.Fatalf("Get %q after rollback: %v, want reason NOT_FOUND", key, err)
	}
}

// Step 9.
func (s *scenario) typedErrors(t *testing.T, ctx context.Context) {
	record := dbx.MustMarshal(map[string]any{"id": "iv", "big": dbx.Interval{Months: 1, Days: 2, Microseconds: 3}})
	_, err := s.client.Data.Put(ctx, connect.NewRequest(&dbxv1.PutRequest{Target: s.people, Key: dbx.MustValue("iv"), Record: record}))
	var unsupported *dbx.Error
	if !errors.As(err, &unsupported) {
		t.Fatalf("Put of an interval: %v, want a *dbx.Error", err)
	}
	if unsupported.Code != connect.CodeUnimplemented || unsupported.Reason != dbxv1.ErrorReason_ERROR_REASON_UNSUPPORTED ||
		unsupported.Domain != "dbx.dev" || unsupported.Metadata["capability"] != "value.interval" {
		t.Errorf("Put of an interval: %+v", unsupported)
	}
	if dbx.IsRetryable(err) {
		t.Error("UNIMPLEMENTED is retryable")
	}

	_, err = s.client.Data.Get(ctx, connect.NewRequest(&dbxv1.GetRequest{Target: &dbxv1.Target{}, Key: dbx.MustValue("ada")}))
	var invalid *dbx.Error
	if !errors.As(err, &invalid) {
		t.Fatalf("Get without a collection: %v, want a *dbx.Error", err)
	}
	if invalid.Code != connect.CodeInvalidArgument || invalid.Reason != dbxv1.ErrorReason_ERROR_REASON_INVALID_FIELD ||
		invalid.Metadata["field"] != "target.collection" || invalid.Field != "target.collection" {
		t.Errorf("Get without a collection: %+v", invalid)
	}
	if connect.CodeOf(err) != connect.CodeInvalidArgument {
		t.Error("a *dbx.Error does not unwrap to its *connect.Error")
	}
	if dbx.IsRetryable(err) {
		t.Error("INVALID_ARGUMENT is retryable")
	}

	for _, retryable := range []error{
		connect.NewError(connect.CodeUnavailable, errors.New("down")),
		connect.NewError(connect.CodeAborted, errors.New("conflict")),
		&dbx.Error{Code: connect.CodeResourceExhausted, Reason: dbxv1.ErrorReason_ERROR_REASON_TOO_MANY_TRANSACTIONS},
	} {
		if !dbx.IsRetryable(retryable) {
			t.Errorf("%v is not retryable", retryable)
		}
	}
	if dbx.IsRetryable(&dbx.Error{Code: connect.CodeResourceExhausted, Reason: dbxv1.ErrorReason_ERROR_REASON_TOO_MANY_ROWS}) {
		t.Error("RESOURCE_EXHAUSTED TOO_MANY_ROWS is retryable")
	}
}

func (s *scenario) put(t *testing.T, ctx context.Context, key string, record *dbxv1.Item) {
	t.Helper()
	_, err := s.client.Data.Put(ctx, connect.NewRequest(&dbxv1.PutRequest{Target: s.people, Key: dbx.MustValue(key), Record: record}))
	if err != nil {
		t.Fatalf("Put %q: %v", key, err)
	}
}

func (s *scenario) get(t *testing.T, ctx context.Context, key string) *dbxv1.Item {
	t.Helper()
	res, err := s.client.Data.Get(ctx, connect.NewRequest(&dbxv1.GetRequest{Target: s.people, Key: dbx.MustValue(key)}))
	if err != nil {
		t.Fatalf("Get %q: %v", key, err)
	}
	return res.Msg.GetRecord()
}
