package dbx

import (
	"encoding/json"
	"fmt"
	"reflect"
	"time"

	dbxv1 "dbx.dev/dbx/gen/go/dbx/v1"
)

var (
	typedValueType = reflect.TypeFor[*dbxv1.TypedValue]()
	timeType       = reflect.TypeFor[time.Time]()
	documentType   = reflect.TypeFor[Document]()
)

// decodeValue stores tv in rv, a settable Go value of any type, strictly:
// see Unmarshal.
func decodeValue(tv *dbxv1.TypedValue, rv reflect.Value) error {
	if tv.GetKind() == nil {
		return fmt.Errorf("the value has no kind")
	}
	if _, null := tv.GetKind().(*dbxv1.TypedValue_NullValue); null {
		rv.SetZero()
		return nil
	}
	switch rv.Type() {
	case typedValueType:
		rv.Set(reflect.ValueOf(tv))
		return nil
	case documentType:
		// A Document also reads JSON text: on backends without documents it
		// lives in a JSON column.
		if text, ok := tv.GetKind().(*dbxv1.TypedValue_JsonValue); ok {
			return json.Unmarshal([]byte(text.JsonValue), rv.Addr().Interface())
		}
	}
	if rv.Kind() == reflect.Interface && rv.NumMethod() == 0 {
		value, err := FromValue(tv)
		if err != nil {
			return err
		}
		if value != nil {
			rv.Set(reflect.ValueOf(value))
		}
		return nil
	}
	if rv.Kind() == reflect.Pointer {
		target := reflect.New(rv.Type().Elem())
		if err := decodeValue(tv, target.Elem()); err != nil {
			return err
		}
		rv.Set(target)
		return nil
	}

	// The SDK's own types, time.Time and []byte come out of FromValue as they
	// are; they must match the Go field's type exactly.
	if isSDKValueType(rv.Type()) {
		value, err := FromValue(tv)
		if err != nil {
			return err
		}
		if reflect.TypeOf(value) != rv.Type() {
			return mismatch(tv, rv)
		}
		rv.Set(reflect.ValueOf(value))
		return nil
	}

	switch kind := tv.GetKind().(type) {
	case *dbxv1.TypedValue_BoolValue:
		if rv.Kind() == reflect.Bool {
			rv.SetBool(kind.BoolValue)
			return nil
		}
	case *dbxv1.TypedValue_IntValue:
		switch rv.Kind() {
		case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
			if rv.OverflowInt(kind.IntValue) {
				return fmt.Errorf("%d overflows %s", kind.IntValue, rv.Type())
			}
			rv.SetInt(kind.IntValue)
			return nil
		case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
			if kind.IntValue < 0 || rv.OverflowUint(uint64(kind.IntValue)) {
				return fmt.Errorf("%d overflows %s", kind.IntValue, rv.Type())
			}
			rv.SetUint(uint64(kind.IntValue))
			return nil
		}
	case *dbxv1.TypedValue_DoubleValue:
		if rv.Kind() == reflect.Float32 || rv.Kind() == reflect.Float64 {
			if rv.OverflowFloat(kind.DoubleValue) {
				return fmt.Errorf("%g overflows %s", kind.DoubleValue, rv.Type())
			}
			rv.SetFloat(kind.DoubleValue)
			return nil
		}
	case *dbxv1.TypedValue_StringValue:
		if rv.Kind() == reflect.String {
			rv.SetString(kind.StringValue)
			return nil
		}
	case *dbxv1.TypedValue_BytesValue:
		if rv.Kind() == reflect.Slice && rv.Type().Elem().Kind() == reflect.Uint8 {
			rv.SetBytes(kind.BytesValue)
			return nil
		}
	case *dbxv1.TypedValue_ArrayValue:
		return decodeArray(kind.ArrayValue.GetValues(), tv, rv)
	case *dbxv1.TypedValue_MapValue:
		switch {
		case rv.Kind() == reflect.Struct:
			return fieldsToStruct(kind.MapValue.GetFields(), rv)
		case rv.Kind() == reflect.Map && rv.Type().Key().Kind() == reflect.String:
			return fieldsToMap(kind.MapValue.GetFields(), rv)
		}
	case *dbxv1.TypedValue_DocumentValue:
		fields := make(map[string]*dbxv1.TypedValue, len(kind.DocumentValue.GetFields()))
		for _, field := range kind.DocumentValue.GetFields() {
			fields[field.GetName()] = field.GetValue()
		}
		switch {
		case rv.Kind() == reflect.Struct:
			return fieldsToStruct(fields, rv)
		case rv.Kind() == reflect.Map && rv.Type().Key().Kind() == reflect.String:
			return fieldsToMap(fields, rv)
		}
	}
	return mismatch(tv, rv)
}

func isSDKValueType(t reflect.Type) bool {
	switch t {
	case timeType, documentType,
		reflect.TypeFor[[]byte](), reflect.TypeFor[Decimal](), reflect.TypeFor[Date](),
		reflect.TypeFor[TimeOfDay](), reflect.TypeFor[DateTime](), reflect.TypeFor[Interval](),
		reflect.TypeFor[ObjectID](), reflect.TypeFor[JSON](), reflect.TypeFor[Native]():
		return true
	}
	return false
}

func decodeArray(values []*dbxv1.TypedValue, tv *dbxv1.TypedValue, rv reflect.Value) error {
	switch rv.Kind() {
	case reflect.Slice:
		rv.Set(reflect.MakeSlice(rv.Type(), len(values), len(values)))
	case reflect.Array:
		if rv.Len() != len(values) {
			return fmt.Errorf("%d elements do not fit %s", len(values), rv.Type())
		}
	default:
		return mismatch(tv, rv)
	}
	for i, value := range values {
		if err := decodeValue(value, rv.Index(i)); err != nil {
			return fmt.Errorf("element %d: %w", i, err)
		}
	}
	return nil
}

func fieldsToStruct(values map[string]*dbxv1.TypedValue, rv reflect.Value) error {
	fields, err := structFields(rv.Type())
	if err != nil {
		return err
	}
	known := make(map[string]bool, len(fields))
	for _, field := range fields {
		known[field.name] = true
		value, present := values[field.name]
		if !present {
			continue
		}
		fv := rv.Field(field.index)
		if field.asJSON {
			err = decodeJSONField(value, fv)
		} else {
			err = decodeValue(value, fv)
		}
		if err != nil {
			return fmt.Errorf("dbx: field %q into %s.%s: %w", field.name, rv.Type(), rv.Type().Field(field.index).Name, err)
		}
	}
	for name := range values {
		if !known[name] {
			return fmt.Errorf("dbx: field %q has no place in %s (no field is tagged dbx:%q)", name, rv.Type(), name)
		}
	}
	return nil
}

func decodeJSONField(tv *dbxv1.TypedValue, rv reflect.Value) error {
	switch kind := tv.GetKind().(type) {
	case *dbxv1.TypedValue_NullValue:
		rv.SetZero()
		return nil
	case *dbxv1.TypedValue_JsonValue:
		return json.Unmarshal([]byte(kind.JsonValue), rv.Addr().Interface())
	default:
		return fmt.Errorf("want JSON text (the field is tagged json), got %s", kindName(tv))
	}
}

func fieldsToMap(values map[string]*dbxv1.TypedValue, rv reflect.Value) error {
	if rv.IsNil() {
		rv.Set(reflect.MakeMapWithSize(rv.Type(), len(values)))
	}
	for name, value := range values {
		element := reflect.New(rv.Type().Elem()).Elem()
		if err := decodeValue(value, element); err != nil {
			return fmt.Errorf("dbx: field %q: %w", name, err)
		}
		rv.SetMapIndex(reflect.ValueOf(name).Convert(rv.Type().Key()), element)
	}
	return nil
}

func mismatch(tv *dbxv1.TypedValue, rv reflect.Value) error {
	return fmt.Errorf("a %s does not go into a %s", kindName(tv), rv.Type())
}

// kindName names the kind of tv as the contract does: "int_value".
func kindName(tv *dbxv1.TypedValue) string {
	if kind := tv.ProtoReflect().WhichOneof(tv.ProtoReflect().Descriptor().Oneofs().ByName("kind")); kind != nil {
		return string(kind.Name())
	}
	return "value without a kind"
}
