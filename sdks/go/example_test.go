package dbx_test

import (
	"encoding/json"
	"fmt"
	"math"
	"time"

	dbx "dbx.dev/dbx/sdks/go"
)

func ExampleToValue() {
	big := dbx.MustValue(int64(math.MaxInt64))
	amount := dbx.MustValue(dbx.Decimal("12345678901234567890.1234567890"))
	at := dbx.MustValue(time.Date(2024, 5, 1, 12, 34, 56, 123456789, time.UTC))
	fmt.Println(big.GetIntValue())
	fmt.Println(amount.GetDecimalValue().GetValue())
	fmt.Println(at.GetTimestampValue().GetNanos())

	back, _ := dbx.FromValue(amount)
	fmt.Printf("%T %s\n", back, back)
	// Output:
	// 9223372036854775807
	// 12345678901234567890.1234567890
	// 123456789
	// dbx.Decimal 12345678901234567890.1234567890
}

func ExampleUnmarshal() {
	type Person struct {
		ID  string   `dbx:"id"`
		Big int64    `dbx:"big"`
		Day dbx.Date `dbx:"day"`
	}
	item := dbx.MustMarshal(map[string]any{"id": "ada", "big": int64(math.MaxInt64), "day": dbx.Date{Year: 1815, Month: 12, Day: 10}})

	var p Person
	if err := dbx.Unmarshal(item, &p); err != nil {
		fmt.Println(err)
	}
	fmt.Println(p.ID, p.Big, p.Day)

	var wrong struct {
		ID int `dbx:"id"`
	}
	fmt.Println(dbx.Unmarshal(item, &wrong) != nil)
	// Output:
	// ada 9223372036854775807 1815-12-10
	// true
}

func ExampleField() {
	filter := dbx.Field("big").Gt(1000).And(dbx.Field("day").Eq(dbx.Date{Year: 1815, Month: 12, Day: 10})).Must()
	for _, f := range filter.GetAllOf().GetFilters() {
		fmt.Println(f.GetField().GetField(), f.GetField().GetOp())
	}
	// Output:
	// big OPERATOR_GT
	// day OPERATOR_EQ
}

func ExampleDocument() {
	doc := dbx.Document{{Name: "zeta", Value: 1}, {Name: "alpha", Value: dbx.Document{{Name: "y", Value: true}}}, {Name: "mid", Value: "m"}}
	text, _ := dbx.JSONOf(doc)
	fmt.Println(text)

	var back dbx.Document
	_ = json.Unmarshal([]byte(text), &back)
	for _, field := range back {
		fmt.Print(field.Name, " ")
	}
	fmt.Println()
	// Output:
	// {"zeta":1,"alpha":{"y":true},"mid":"m"}
	// zeta alpha mid
}
