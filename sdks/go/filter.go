package dbx

import (
	"errors"
	"fmt"

	dbxv1 "dbx.dev/dbx/gen/go/dbx/v1"
)

// Field names a record field in a filter; dots reach into nested documents
// ("address.city") where the backend supports it. Its methods build
// comparisons, which combine with [Filter.And], [Filter.Or], [AllOf],
// [AnyOf] and [Not]:
//
//	filter := dbx.Field("big").Gt(1000).And(dbx.Field("day").Eq(dbx.Date{Year: 1815, Month: 12, Day: 10}))
//	req := &dbxv1.FindRequest{Query: &dbxv1.Query{Filter: filter.Must()}}
//
// Operands are Go values, converted by [ToValue].
type Field string

// Filter is a dbx.v1.Filter under construction. A value that [ToValue] cannot
// convert is kept as an error, which [Filter.Proto] returns.
type Filter struct {
	proto *dbxv1.Filter
	err   error
}

// Eq matches records whose field equals v; a nil v matches null (IS NULL).
func (f Field) Eq(v any) Filter { return f.compare(dbxv1.Operator_OPERATOR_EQ, v) }

// Ne matches records whose field differs from v; a nil v matches non-null.
func (f Field) Ne(v any) Filter { return f.compare(dbxv1.Operator_OPERATOR_NE, v) }

// Lt matches records whose field is less than v.
func (f Field) Lt(v any) Filter { return f.compare(dbxv1.Operator_OPERATOR_LT, v) }

// Lte matches records whose field is less than or equal to v.
func (f Field) Lte(v any) Filter { return f.compare(dbxv1.Operator_OPERATOR_LTE, v) }

// Gt matches records whose field is greater than v.
func (f Field) Gt(v any) Filter { return f.compare(dbxv1.Operator_OPERATOR_GT, v) }

// Gte matches records whose field is greater than or equal to v.
func (f Field) Gte(v any) Filter { return f.compare(dbxv1.Operator_OPERATOR_GTE, v) }

// Prefix matches strings that start with prefix (case-sensitive).
func (f Field) Prefix(prefix string) Filter { return f.compare(dbxv1.Operator_OPERATOR_PREFIX, prefix) }

// Contains matches strings that contain part (case-sensitive).
func (f Field) Contains(part string) Filter {
	return f.compare(dbxv1.Operator_OPERATOR_CONTAINS, part)
}

// Size matches arrays of exactly n elements (capability query.array_filters).
func (f Field) Size(n int) Filter { return f.compare(dbxv1.Operator_OPERATOR_SIZE, n) }

// In matches records whose field equals one of values.
func (f Field) In(values ...any) Filter { return f.compareAll(dbxv1.Operator_OPERATOR_IN, values) }

// NotIn matches records whose field equals none of values.
func (f Field) NotIn(values ...any) Filter {
	return f.compareAll(dbxv1.Operator_OPERATOR_NOT_IN, values)
}

// ContainsAll matches arrays holding every one of values, in any order
// (capability query.array_filters).
func (f Field) ContainsAll(values ...any) Filter {
	return f.compareAll(dbxv1.Operator_OPERATOR_CONTAINS_ALL, values)
}

// Exists matches records that have the field (and, in SQL, not null).
func (f Field) Exists() Filter { return f.test(dbxv1.Operator_OPERATOR_EXISTS) }

// NotExists matches records without the field (in SQL, null).
func (f Field) NotExists() Filter { return f.test(dbxv1.Operator_OPERATOR_NOT_EXISTS) }

// ElementMatch matches arrays with at least one element that element matches;
// field names in element are relative to the array's element, "" being the
// element itself (capability query.array_filters).
func (f Field) ElementMatch(element Filter) Filter {
	return Filter{
		proto: fieldFilter(&dbxv1.FieldFilter{Field: string(f), Op: dbxv1.Operator_OPERATOR_ELEMENT_MATCH, Element: element.proto}),
		err:   element.err,
	}
}

func (f Field) compare(op dbxv1.Operator, v any) Filter {
	value, err := ToValue(v)
	if err != nil {
		return Filter{err: fmt.Errorf("dbx: filter on %q: %w", string(f), err)}
	}
	return Filter{proto: fieldFilter(&dbxv1.FieldFilter{Field: string(f), Op: op, Value: value})}
}

func (f Field) compareAll(op dbxv1.Operator, values []any) Filter {
	converted := make([]*dbxv1.TypedValue, len(values))
	for i, v := range values {
		value, err := ToValue(v)
		if err != nil {
			return Filter{err: fmt.Errorf("dbx: filter on %q, value %d: %w", string(f), i, err)}
		}
		converted[i] = value
	}
	return Filter{proto: fieldFilter(&dbxv1.FieldFilter{Field: string(f), Op: op, Values: converted})}
}

func (f Field) test(op dbxv1.Operator) Filter {
	return Filter{proto: fieldFilter(&dbxv1.FieldFilter{Field: string(f), Op: op})}
}

func fieldFilter(ff *dbxv1.FieldFilter) *dbxv1.Filter {
	return &dbxv1.Filter{Kind: &dbxv1.Filter_Field{Field: ff}}
}

// And matches records that f and every one of others match.
func (f Filter) And(others ...Filter) Filter { return AllOf(append([]Filter{f}, others...)...) }

// Or matches records that f or any one of others match.
func (f Filter) Or(others ...Filter) Filter { return AnyOf(append([]Filter{f}, others...)...) }

// AllOf matches records that every filter matches; with none, every record.
func AllOf(filters ...Filter) Filter {
	return combine(filters, func(list *dbxv1.FilterList) *dbxv1.Filter {
		return &dbxv1.Filter{Kind: &dbxv1.Filter_AllOf{AllOf: list}}
	})
}

// AnyOf matches records that at least one filter matches.
func AnyOf(filters ...Filter) Filter {
	return combine(filters, func(list *dbxv1.FilterList) *dbxv1.Filter {
		return &dbxv1.Filter{Kind: &dbxv1.Filter_AnyOf{AnyOf: list}}
	})
}

// Not matches records that none of filters match: NOT f, or NOT (a OR b).
func Not(filters ...Filter) Filter {
	return combine(filters, func(list *dbxv1.FilterList) *dbxv1.Filter {
		return &dbxv1.Filter{Kind: &dbxv1.Filter_NoneOf{NoneOf: list}}
	})
}

func combine(filters []Filter, wrap func(*dbxv1.FilterList) *dbxv1.Filter) Filter {
	list := &dbxv1.FilterList{Filters: make([]*dbxv1.Filter, 0, len(filters))}
	var errs []error
	for _, filter := range filters {
		if filter.err != nil {
			errs = append(errs, filter.err)
			continue
		}
		if filter.proto == nil {
			errs = append(errs, errors.New("dbx: an empty Filter inside a combination"))
			continue
		}
		list.Filters = append(list.Filters, filter.proto)
	}
	if len(errs) > 0 {
		return Filter{err: errors.Join(errs...)}
	}
	return Filter{proto: wrap(list)}
}

// Proto returns the dbx.v1.Filter, or the error of a value that did not
// convert. The zero Filter is nil: no filter.
func (f Filter) Proto() (*dbxv1.Filter, error) {
	return f.proto, f.err
}

// Must returns the dbx.v1.Filter and panics if a value did not convert; for
// filters whose operands are known to convert.
func (f Filter) Must() *dbxv1.Filter {
	if f.err != nil {
		panic(f.err)
	}
	return f.proto
}
