package dbx

import (
	"encoding/json"
	"fmt"
	"reflect"
	"strings"
	"sync"

	dbxv1 "dbx.dev/dbx/gen/go/dbx/v1"
)

// structField is how one field of a Go struct maps to a record field, read
// from its `dbx` tag the way encoding/json reads `json` tags:
//
//	Name  string    `dbx:"name"`           // the record field "name"
//	Note  *string   `dbx:"note,omitempty"` // left out when zero (nil, "", 0, empty)
//	Doc   Document  `dbx:"doc,json"`       // in a JSON column, through encoding/json
//	Cache int       `dbx:"-"`              // never read or written
//	Age   int                               // untagged: the record field "Age"
type structField struct {
	name      string
	index     int
	omitEmpty bool
	asJSON    bool
}

var structFieldCache sync.Map // reflect.Type -> []structField or error

func structFields(t reflect.Type) ([]structField, error) {
	if cached, ok := structFieldCache.Load(t); ok {
		if err, failed := cached.(error); failed {
			return nil, err
		}
		return cached.([]structField), nil
	}
	fields, err := readStructFields(t)
	if err != nil {
		structFieldCache.Store(t, err)
		return nil, err
	}
	structFieldCache.Store(t, fields)
	return fields, nil
}

func readStructFields(t reflect.Type) ([]structField, error) {
	var fields []structField
	seen := map[string]string{}
	for i := range t.NumField() {
		goField := t.Field(i)
		tag, tagged := goField.Tag.Lookup("dbx")
		if tag == "-" {
			continue
		}
		if goField.Anonymous && !tagged {
			return nil, fmt.Errorf("dbx: %s.%s: embedded structs are not supported; name the field", t, goField.Name)
		}
		if !goField.IsExported() {
			continue
		}
		name, options, _ := strings.Cut(tag, ",")
		if name == "" {
			name = goField.Name
		}
		field := structField{name: name, index: i}
		for option := range strings.SplitSeq(options, ",") {
			switch option {
			case "":
			case "omitempty":
				field.omitEmpty = true
			case "json":
				field.asJSON = true
			default:
				return nil, fmt.Errorf("dbx: %s.%s: unknown tag option %q", t, goField.Name, option)
			}
		}
		if other, taken := seen[name]; taken {
			return nil, fmt.Errorf("dbx: %s: fields %s and %s both map to %q", t, other, goField.Name, name)
		}
		seen[name] = goField.Name
		fields = append(fields, field)
	}
	return fields, nil
}

// structToFields converts the fields of the struct rv to record fields.
func structToFields(rv reflect.Value, depth int) (map[string]*dbxv1.TypedValue, error) {
	fields, err := structFields(rv.Type())
	if err != nil {
		return nil, err
	}
	out := make(map[string]*dbxv1.TypedValue, len(fields))
	for _, field := range fields {
		fv := rv.Field(field.index)
		if field.omitEmpty && isEmpty(fv) {
			continue
		}
		var value *dbxv1.TypedValue
		if field.asJSON {
			value, err = jsonFieldValue(fv)
		} else {
			value, err = toValue(fv, depth+1)
		}
		if err != nil {
			return nil, fmt.Errorf("dbx: %s.%s (field %q): %w", rv.Type(), rv.Type().Field(field.index).Name, field.name, err)
		}
		out[field.name] = value
	}
	return out, nil
}

func jsonFieldValue(fv reflect.Value) (*dbxv1.TypedValue, error) {
	if (fv.Kind() == reflect.Pointer || fv.Kind() == reflect.Interface) && fv.IsNil() {
		return nullValue(), nil
	}
	text, err := json.Marshal(fv.Interface())
	if err != nil {
		return nil, err
	}
	return &dbxv1.TypedValue{Kind: &dbxv1.TypedValue_JsonValue{JsonValue: string(text)}}, nil
}

// isEmpty is encoding/json's notion of empty, which omitempty follows.
func isEmpty(v reflect.Value) bool {
	switch v.Kind() {
	case reflect.Array, reflect.Map, reflect.Slice, reflect.String:
		return v.Len() == 0
	case reflect.Pointer, reflect.Interface:
		return v.IsNil()
	default:
		return v.IsZero()
	}
}
