package dbx_test

import (
	"reflect"
	"strings"
	"testing"
	"time"

	dbxv1 "dbx.dev/dbx/gen/go/dbx/v1"

	dbx "dbx.dev/dbx/sdks/go"
)

type account struct {
	ID       string            `dbx:"id"`
	Balance  dbx.Decimal       `dbx:"balance"`
	Opened   time.Time         `dbx:"opened"`
	Note     *string           `dbx:"note,omitempty"`
	Tags     []string          `dbx:"tags,omitempty"`
	Settings map[string]any    `dbx:"settings,json"`
	Limits   map[string]int32  `dbx:"limits,omitempty"`
	Address  *address          `dbx:"address,omitempty"`
	Score    uint8             `dbx:"score"`
	Raw      *dbxv1.TypedValue `dbx:"raw,omitempty"`
	Cache    string            `dbx:"-"`
	Plain    bool
}

type address struct {
	City string `dbx:"city"`
}

func TestStructRoundTrip(t *testing.T) {
	note := "vip"
	in := account{
		ID: "a1", Balance: "10.50", Opened: time.Date(2024, 5, 1, 0, 0, 0, 5, time.UTC), Note: &note,
		Tags: []string{"x", "y"}, Settings: map[string]any{"theme": "dark"}, Limits: map[string]int32{"daily": 100},
		Address: &address{City: "Paris"}, Score: 255, Raw: dbx.MustValue(dbx.Interval{Days: 1}), Cache: "skipped", Plain: true,
	}
	item, err := dbx.Marshal(&in)
	if err != nil {
		t.Fatal(err)
	}
	if _, cached := item.GetFields()["Cache"]; cached {
		t.Error("a field tagged - was written")
	}
	if got := item.GetFields()["settings"].GetJsonValue(); got != `{"theme":"dark"}` {
		t.Errorf("settings written as %v, want JSON text", item.GetFields()["settings"])
	}
	var out account
	if err := dbx.Unmarshal(item, &out); err != nil {
		t.Fatal(err)
	}
	in.Cache = ""
	if !reflect.DeepEqual(out, in) {
		t.Errorf("read back\n%#v\nwant\n%#v", out, in)
	}

	empty, err := dbx.Marshal(account{ID: "a2", Balance: "0"})
	if err != nil {
		t.Fatal(err)
	}
	for _, omitted := range []string{"note", "tags", "limits", "address", "raw"} {
		if _, present := empty.GetFields()[omitted]; present {
			t.Errorf("empty %s was not omitted", omitted)
		}
	}
	if empty.GetFields()["settings"].GetNullValue() != 0 || empty.GetFields()["settings"].GetKind() == nil {
		t.Errorf("nil settings written as %v, want null", empty.GetFields()["settings"])
	}
}

func TestUnmarshalIsStrict(t *testing.T) {
	for _, c := range []struct {
		fields map[string]any
		want   string
	}{
		{map[string]any{"id": "a", "unknown": 1}, `field "unknown" has no place`},
		{map[string]any{"id": int64(1)}, "int_value does not go into a string"},
		{map[string]any{"score": int64(256)}, "256 overflows uint8"},
		{map[string]any{"score": int64(-1)}, "-1 overflows uint8"},
		{map[string]any{"balance": 1.5}, "double_value does not go into a dbx.Decimal"},
		{map[string]any{"settings": map[string]any{"a": 1}}, "want JSON text"},
		{map[string]any{"limits": map[string]any{"daily": int64(1) << 40}}, "overflows int32"},
		{map[string]any{"address": map[string]any{"town": "x"}}, `field "town" has no place`},
	} {
		var out account
		err := dbx.Unmarshal(dbx.MustMarshal(c.fields), &out)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("Unmarshal of %v: %v, want an error with %q", c.fields, err, c.want)
		}
	}
}

func TestUnmarshalNullLeavesZero(t *testing.T) {
	out := account{Note: new(string), Score: 3}
	if err := dbx.Unmarshal(dbx.MustMarshal(map[string]any{"note": nil, "score": nil}), &out); err != nil {
		t.Fatal(err)
	}
	if out.Note != nil || out.Score != 0 {
		t.Errorf("nulls gave %+v", out)
	}
}

func TestMarshalRefusesWhatItCannotCarry(t *testing.T) {
	type embedded struct{ address }
	type badTag struct {
		A int `dbx:"a,inline"`
	}
	type twice struct {
		A int `dbx:"x"`
		B int `dbx:"x"`
	}
	type complexField struct {
		C complex128 `dbx:"c"`
	}
	for _, in := range []any{embedded{}, badTag{}, twice{}, complexField{}, 42, []int{1}, (*account)(nil)} {
		if item, err := dbx.Marshal(in); err == nil {
			t.Errorf("Marshal(%#v) = %v, want an error", in, item)
		}
	}
	var notPointer account
	if err := dbx.Unmarshal(&dbxv1.Item{}, notPointer); err == nil {
		t.Error("Unmarshal into a non-pointer succeeded")
	}
}
