// A first DBX program: run `npm start` in the repository root, then
// `go run ./example` in sdks/go (or `go run ./example http://host:port`).
package main

import (
	"context"
	"errors"
	"fmt"
	"log"
	"os"
	"time"

	"connectrpc.com/connect"
	sqlv1 "dbx.dev/dbx/gen/go/dbx/sql/v1"
	dbxv1 "dbx.dev/dbx/gen/go/dbx/v1"

	dbx "dbx.dev/dbx/sdks/go"
)

// Person is one row of the table "people".
type Person struct {
	ID     string      `dbx:"id"`
	Name   string      `dbx:"name"`
	Born   dbx.Date    `dbx:"born"`
	Credit dbx.Decimal `dbx:"credit"`
}

func main() {
	url := "http://127.0.0.1:7420"
	if len(os.Args) > 1 {
		url = os.Args[1]
	}
	if err := run(context.Background(), url); err != nil {
		log.Fatal(err)
	}
}

func run(ctx context.Context, url string) error {
	client, err := dbx.NewClient(url, dbx.WithProtocol(dbx.ProtocolGRPC), dbx.WithTimeout(5*time.Second))
	if err != nil {
		return err
	}
	defer client.Close()

	caps, err := client.Capabilities(ctx, "")
	if err != nil {
		return err
	}
	fmt.Printf("backend %q (%s), watch: %v\n", caps.Response.GetBackend().GetName(), caps.Response.GetBackend().GetKind(), caps.Has("stream.watch"))

	people := &dbxv1.Target{Collection: "people"}
	_, err = client.SQL.CreateTable(ctx, connect.NewRequest(&sqlv1.CreateTableRequest{
		Target: people,
		Columns: []*sqlv1.ColumnDefinition{
			{Name: "id", Type: sqlv1.ColumnType_COLUMN_TYPE_STRING},
			{Name: "name", Type: sqlv1.ColumnType_COLUMN_TYPE_STRING},
			{Name: "born", Type: sqlv1.ColumnType_COLUMN_TYPE_DATE},
			{Name: "credit", Type: sqlv1.ColumnType_COLUMN_TYPE_DECIMAL},
		},
		PrimaryKey:  []string{"id"},
		IfNotExists: true,
	}))
	if err != nil {
		return err
	}

	ada := Person{ID: "ada", Name: "Ada Lovelace", Born: dbx.Date{Year: 1815, Month: time.December, Day: 10}, Credit: "12.50"}
	record, err := dbx.Marshal(ada)
	if err != nil {
		return err
	}
	if _, err := client.Data.Put(ctx, connect.NewRequest(&dbxv1.PutRequest{Target: people, Key: dbx.MustValue(ada.ID), Record: record})); err != nil {
		return err
	}

	filter, err := dbx.Field("born").Lt(dbx.Date{Year: 1900, Month: time.January, Day: 1}).Proto()
	if err != nil {
		return err
	}
	for record, err := range client.FindAll(ctx, &dbxv1.FindRequest{Target: people, Query: &dbxv1.Query{Filter: filter}}) {
		if err != nil {
			return err
		}
		var p Person
		if err := dbx.Unmarshal(record, &p); err != nil {
			return err
		}
		fmt.Printf("%s, born %s, credit %s\n", p.Name, p.Born, p.Credit)
	}

	_, err = client.Data.Get(ctx, connect.NewRequest(&dbxv1.GetRequest{Target: people, Key: dbx.MustValue("nobody")}))
	var dbxErr *dbx.Error
	if errors.As(err, &dbxErr) && dbxErr.Reason == dbxv1.ErrorReason_ERROR_REASON_NOT_FOUND {
		fmt.Println("nobody is not there:", dbxErr.Message)
	} else if err != nil {
		return err
	}
	return nil
}
