package dbx_test

import (
	"testing"

	dbxv1 "dbx.dev/dbx/gen/go/dbx/v1"
	"google.golang.org/protobuf/proto"

	dbx "dbx.dev/dbx/sdks/go"
)

func TestFilterBuilder(t *testing.T) {
	got, err := dbx.Field("age").Gte(18).
		And(dbx.Field("city").Eq("Paris").Or(dbx.Field("city").Eq("Lyon")), dbx.Not(dbx.Field("status").Eq("banned"))).
		Proto()
	if err != nil {
		t.Fatal(err)
	}
	field := func(name string, op dbxv1.Operator, value any) *dbxv1.Filter {
		return &dbxv1.Filter{Kind: &dbxv1.Filter_Field{Field: &dbxv1.FieldFilter{Field: name, Op: op, Value: dbx.MustValue(value)}}}
	}
	want := &dbxv1.Filter{Kind: &dbxv1.Filter_AllOf{AllOf: &dbxv1.FilterList{Filters: []*dbxv1.Filter{
		field("age", dbxv1.Operator_OPERATOR_GTE, 18),
		{Kind: &dbxv1.Filter_AnyOf{AnyOf: &dbxv1.FilterList{Filters: []*dbxv1.Filter{
			field("city", dbxv1.Operator_OPERATOR_EQ, "Paris"),
			field("city", dbxv1.Operator_OPERATOR_EQ, "Lyon"),
		}}}},
		{Kind: &dbxv1.Filter_NoneOf{NoneOf: &dbxv1.FilterList{Filters: []*dbxv1.Filter{field("status", dbxv1.Operator_OPERATOR_EQ, "banned")}}}},
	}}}}
	if !proto.Equal(got, want) {
		t.Errorf("got %v\nwant %v", got, want)
	}

	in, err := dbx.Field("n").In(1, 2).Proto()
	if err != nil || len(in.GetField().GetValues()) != 2 || in.GetField().GetOp() != dbxv1.Operator_OPERATOR_IN {
		t.Errorf("In: %v, %v", in, err)
	}
	exists, _ := dbx.Field("n").Exists().Proto()
	if exists.GetField().GetOp() != dbxv1.Operator_OPERATOR_EXISTS || exists.GetField().GetValue() != nil {
		t.Errorf("Exists: %v", exists)
	}
	match, _ := dbx.Field("items").ElementMatch(dbx.Field("qty").Gt(2)).Proto()
	if match.GetField().GetElement().GetField().GetField() != "qty" {
		t.Errorf("ElementMatch: %v", match)
	}
}

func TestFilterKeepsConversionErrors(t *testing.T) {
	if _, err := dbx.Field("a").Eq(1).And(dbx.Field("b").Eq(complex(1, 1))).Proto(); err == nil {
		t.Error("a filter on a complex number built")
	}
	if _, err := dbx.AllOf(dbx.Filter{}).Proto(); err == nil {
		t.Error("an empty Filter inside AllOf built")
	}
	if f, err := (dbx.Filter{}).Proto(); f != nil || err != nil {
		t.Errorf("the zero Filter is %v, %v; want no filter", f, err)
	}
}
