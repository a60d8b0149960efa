package dbx

import (
	"errors"
	"fmt"
	"reflect"

	dbxv1 "dbx.dev/dbx/gen/go/dbx/v1"
)

// Marshal converts a record to a dbx.v1.Item. The record is a map with string
// keys (map[string]any) or a struct, or a pointer to either. Struct fields
// map to record fields by their `dbx` tags, the way encoding/json reads
// `json` tags:
//
//	type Person struct {
//		ID     string       `dbx:"id"`
//		Big    int64        `dbx:"big"`
//		Amount dbx.Decimal  `dbx:"amount"`
//		Note   *string      `dbx:"note,omitempty"` // left out when nil
//		Doc    dbx.Document `dbx:"doc,json"`       // JSON text, through encoding/json
//		Cache  string       `dbx:"-"`              // skipped
//	}
//
// Each field converts as [ToValue] says; a value it cannot convert is an
// error naming the field.
func Marshal(record any) (*dbxv1.Item, error) {
	rv := reflect.ValueOf(record)
	for rv.Kind() == reflect.Pointer {
		if rv.IsNil() {
			return nil, errors.New("dbx: Marshal of a nil pointer")
		}
		rv = rv.Elem()
	}
	switch {
	case rv.Kind() == reflect.Struct:
		fields, err := structToFields(rv, 0)
		if err != nil {
			return nil, err
		}
		return &dbxv1.Item{Fields: fields}, nil
	case rv.Kind() == reflect.Map && rv.Type().Key().Kind() == reflect.String:
		value, err := toValue(rv, 0)
		if err != nil {
			return nil, fmt.Errorf("dbx: record: %w", err)
		}
		return &dbxv1.Item{Fields: value.GetMapValue().GetFields()}, nil
	default:
		return nil, fmt.Errorf("dbx: Marshal takes a struct or a map with string keys, not %T", record)
	}
}

// MustMarshal is [Marshal] for records whose types are known to convert; it
// panics on an error.
func MustMarshal(record any) *dbxv1.Item {
	item, err := Marshal(record)
	if err != nil {
		panic(err)
	}
	return item
}

// Unmarshal stores the fields of item in the struct or map record points to.
//
// Into a map[string]any, each field becomes what [FromValue] makes of it.
// Into a struct, fields are matched by their `dbx` tags (see [Marshal]) and
// converted strictly, as encoding/json does with DisallowUnknownFields: a
// record field the struct lacks, a kind the Go field cannot hold (a string
// into an int64) and a number that overflows the Go field (300 into an int8)
// are errors naming the field. A null leaves the Go field at its zero value
// (nil for pointers). A Document field also reads JSON text, in order; a
// field tagged `json` reads JSON text through encoding/json.
func Unmarshal(item *dbxv1.Item, record any) error {
	rv := reflect.ValueOf(record)
	if rv.Kind() != reflect.Pointer || rv.IsNil() {
		return fmt.Errorf("dbx: Unmarshal needs a non-nil pointer, not %T", record)
	}
	rv = rv.Elem()
	switch {
	case rv.Kind() == reflect.Struct:
		return fieldsToStruct(item.GetFields(), rv)
	case rv.Kind() == reflect.Map && rv.Type().Key().Kind() == reflect.String:
		return fieldsToMap(item.GetFields(), rv)
	default:
		return fmt.Errorf("dbx: Unmarshal takes a pointer to a struct or to a map with string keys, not %T", record)
	}
}
