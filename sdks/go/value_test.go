package dbx_test

import (
	"encoding/json"
	"errors"
	"math"
	"math/big"
	"reflect"
	"strings"
	"testing"
	"time"

	dbxv1 "dbx.dev/dbx/gen/go/dbx/v1"
	"google.golang.org/protobuf/proto"

	dbx "dbx.dev/dbx/sdks/go"
)

func TestValuesRoundTrip(t *testing.T) {
	objectID, err := dbx.ParseObjectID("65f1a2b3c4d5e6f708192a3b")
	if err != nil {
		t.Fatal(err)
	}
	for _, value := range []any{
		nil,
		true,
		int64(math.MaxInt64),
		int64(math.MinInt64),
		math.Inf(-1),
		"zéro\x00",
		[]byte{0x00, 0xFF, 0x80},
		time.Date(1, 1, 1, 0, 0, 0, 1, time.UTC),
		time.Date(2024, 5, 1, 12, 34, 56, 123456789, time.UTC),
		dbx.Decimal("-0.000000000000000000000000000001"),
		dbx.Decimal("1.10"),
		dbx.Decimal("1e-30"),
		dbx.Decimal("NaN"),
		dbx.Date{Year: 2024, Month: time.February, Day: 29},
		dbx.TimeOfDay{Hour: 23, Minute: 59, Second: 59, Nanosecond: 999999999},
		dbx.DateTime{Date: dbx.Date{Year: 9999, Month: 12, Day: 31}, Time: dbx.TimeOfDay{Hour: 1}},
		dbx.Interval{Months: -1, Days: 2, Microseconds: -3},
		objectID,
		dbx.Document{{Name: "b", Value: int64(1)}, {Name: "a", Value: dbx.Document{{Name: "z", Value: nil}}}},
		dbx.JSON(`{"b": 1, "a": [1.50, "x"]}`),
		dbx.Native{TypeName: "uuid", Text: "7d444840-9dc0-11d1-b245-5ffdce74fad2"},
		dbx.Native{TypeName: "geometry", Binary: []byte{1, 2}},
		[]any{int64(1), "two", nil, []any{}},
		map[string]any{"k": int64(1), "nested": map[string]any{}},
	} {
		tv, err := dbx.ToValue(value)
		if err != nil {
			t.Errorf("ToValue(%#v): %v", value, err)
			continue
		}
		// Through the wire format too: nothing is lost in encoding.
		wire, err := proto.Marshal(tv)
		if err != nil {
			t.Fatal(err)
		}
		decoded := &dbxv1.TypedValue{}
		if err := proto.Unmarshal(wire, decoded); err != nil {
			t.Fatal(err)
		}
		back, err := dbx.FromValue(decoded)
		if err != nil {
			t.Errorf("FromValue(ToValue(%#v)): %v", value, err)
			continue
		}
		if !reflect.DeepEqual(back, value) {
			t.Errorf("round trip of %#v gave %#v", value, back)
		}
	}
}

func TestToValueConvertsGoKinds(t *testing.T) {
	type status string
	seven := 7
	for _, c := range []struct {
		in   any
		want any
	}{
		{int8(-8), int64(-8)},
		{uint32(math.MaxUint32), int64(math.MaxUint32)},
		{uint64(math.MaxInt64), int64(math.MaxInt64)},
		{float32(0.5), 0.5},
		{status("active"), "active"},
		{&seven, int64(7)},
		{(*int)(nil), nil},
		{[]string(nil), nil},
		{[2]int{1, 2}, []any{int64(1), int64(2)}},
		{map[string]int{"a": 1}, map[string]any{"a": int64(1)}},
		{time.Date(2024, 1, 1, 1, 0, 0, 0, time.FixedZone("CET", 3600)), time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)},
		{struct {
			A int `dbx:"a"`
		}{A: 1}, map[string]any{"a": int64(1)}},
	} {
		tv, err := dbx.ToValue(c.in)
		if err != nil {
			t.Errorf("ToValue(%#v): %v", c.in, err)
			continue
		}
		got, err := dbx.FromValue(tv)
		if err != nil || !reflect.DeepEqual(got, c.want) {
			t.Errorf("FromValue(ToValue(%#v)) = %#v, %v; want %#v", c.in, got, err, c.want)
		}
	}
}

func TestToValueRefusesWhatItCannotCarry(t *testing.T) {
	for _, in := range []any{
		complex(1, 2),
		make(chan int),
		func() {},
		map[int]string{1: "a"},
		[]any{1, complex64(1)},
		uint64(math.MaxInt64) + 1,
		dbx.Decimal("1.2.3"),
		dbx.Decimal("1e"),
		dbx.Decimal(""),
		dbx.Date{Year: 2023, Month: time.February, Day: 29},
		dbx.TimeOfDay{Hour: 24},
		dbx.JSON(`{"a":`),
		time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC),
	} {
		if tv, err := dbx.ToValue(in); err == nil {
			t.Errorf("ToValue(%#v) = %v, want an error", in, tv)
		}
	}
	cycle := map[string]any{}
	cycle["self"] = cycle
	if _, err := dbx.ToValue(cycle); err == nil || !strings.Contains(err.Error(), "nests more than") {
		t.Errorf("ToValue of a map holding itself: %v", err)
	}

	_, err := dbx.ToValue(complex(1, 2))
	var unsupported *dbx.UnsupportedTypeError
	if !errors.As(err, &unsupported) || unsupported.Type != reflect.TypeFor[complex128]() {
		t.Errorf("ToValue(complex128): %v, want an UnsupportedTypeError", err)
	}
}

func TestFromValueRefusesAValueWithoutKind(t *testing.T) {
	if _, err := dbx.FromValue(&dbxv1.TypedValue{}); err == nil {
		t.Error("FromValue of a value without a kind succeeded")
	}
}

func TestDocumentJSONKeepsOrderAndNumbers(t *testing.T) {
	var doc dbx.Document
	if err := json.Unmarshal([]byte(`{"z": 9223372036854775807, "a": 1.10, "m": [true, null, {"y": 1e400}]}`), &doc); err != nil {
		t.Fatal(err)
	}
	want := dbx.Document{
		{Name: "z", Value: int64(math.MaxInt64)},
		{Name: "a", Value: json.Number("1.10")},
		{Name: "m", Value: []any{true, nil, dbx.Document{{Name: "y", Value: json.Number("1e400")}}}},
	}
	if !reflect.DeepEqual(doc, want) {
		t.Errorf("got %#v, want %#v", doc, want)
	}
	text, err := dbx.JSONOf(doc)
	if err != nil {
		t.Fatal(err)
	}
	if text != `{"z":9223372036854775807,"a":1.10,"m":[true,null,{"y":1e400}]}` {
		t.Errorf("re-encoded as %s", text)
	}
	if err := json.Unmarshal([]byte(`[1]`), &doc); err == nil {
		t.Error("a JSON array decoded into a Document")
	}
}

func TestDecimalWithMathBig(t *testing.T) {
	r, err := dbx.Decimal("12345678901234567890.1234567890").Rat()
	if err != nil {
		t.Fatal(err)
	}
	want, _ := new(big.Rat).SetString("12345678901234567890123456789/1000000000")
	if r.Cmp(want) != 0 {
		t.Errorf("Rat() = %s", r)
	}
	if d := dbx.DecimalFromRat(big.NewRat(1, 3), 4); d != "0.3333" {
		t.Errorf("DecimalFromRat(1/3, 4) = %s", d)
	}
	if _, err := dbx.Decimal("Infinity").Rat(); err == nil {
		t.Error("Infinity has a rational value")
	}
	if _, err := dbx.ParseDecimal("+.5e-3"); err != nil {
		t.Error(err)
	}
	if _, err := dbx.ParseDecimal("5 "); err == nil || !strings.Contains(err.Error(), "offset 1") {
		t.Errorf("ParseDecimal(%q): %v", "5 ", err)
	}
}
