package dbx

import (
	"encoding/json"
	"fmt"
	"math"
	"reflect"
	"time"

	dbxv1 "dbx.dev/dbx/gen/go/dbx/v1"
	"google.golang.org/protobuf/types/known/structpb"
	"google.golang.org/protobuf/types/known/timestamppb"
)

// UnsupportedTypeError is the error of [ToValue] and [Marshal] for a Go value
// that no TypedValue kind holds (a complex number, a channel, a map with
// non-string keys). Nothing is converted silently.
type UnsupportedTypeError struct {
	Type reflect.Type
}

func (e *UnsupportedTypeError) Error() string {
	return "dbx: no TypedValue kind holds a " + e.Type.String()
}

// ToValue converts a Go value to a dbx.v1.TypedValue:
//
//	nil, a nil pointer, slice or map   null_value
//	bool                               bool_value
//	int, int8..int64, uint8..uint64    int_value (a uint64 past 2^63-1 is an error)
//	float32, float64                   double_value
//	string                             string_value
//	[]byte                             bytes_value
//	time.Time                          timestamp_value (UTC, to the nanosecond)
//	Decimal                            decimal_value
//	Date, TimeOfDay, DateTime          date_value, time_value, datetime_value
//	Interval                           interval_value
//	ObjectID                           object_id_value
//	Document                           document_value (ordered)
//	JSON                               json_value
//	Native                             native_value
//	other slices and arrays            array_value
//	map[string]T                       map_value
//	struct (fields as in Marshal)      map_value
//	*dbxv1.TypedValue                  itself
//
// Pointers are followed; named types convert by their underlying kind.
func ToValue(v any) (*dbxv1.TypedValue, error) {
	return toValue(reflect.ValueOf(v), 0)
}

// maxValueDepth bounds how deep values nest. DBX refuses more than 32
// levels; the bound here only has to stop a cycle (a pointer or map that
// holds itself) with an error rather than a stack overflow.
const maxValueDepth = 100

// MustValue is [ToValue] for values known to convert (a key, a literal); it
// panics on an error.
func MustValue(v any) *dbxv1.TypedValue {
	value, err := ToValue(v)
	if err != nil {
		panic(err)
	}
	return value
}

func toValue(rv reflect.Value, depth int) (*dbxv1.TypedValue, error) {
	if !rv.IsValid() {
		return nullValue(), nil
	}
	if depth > maxValueDepth {
		return nil, fmt.Errorf("dbx: a value nests more than %d levels deep (a cycle?)", maxValueDepth)
	}
	switch v := rv.Interface().(type) {
	case *dbxv1.TypedValue:
		if v == nil {
			return nullValue(), nil
		}
		return v, nil
	case time.Time:
		ts := timestamppb.New(v)
		if err := ts.CheckValid(); err != nil {
			return nil, fmt.Errorf("dbx: timestamp %s: %w", v, err)
		}
		return &dbxv1.TypedValue{Kind: &dbxv1.TypedValue_TimestampValue{TimestampValue: ts}}, nil
	case Decimal:
		if err := checkDecimal(string(v)); err != nil {
			return nil, err
		}
		return &dbxv1.TypedValue{Kind: &dbxv1.TypedValue_DecimalValue{DecimalValue: &dbxv1.DecimalValue{Value: string(v)}}}, nil
	case Date:
		if !v.Valid() {
			return nil, fmt.Errorf("dbx: %s is no date (an unset Date field? tag it omitempty or make it a *dbx.Date)", v)
		}
		return &dbxv1.TypedValue{Kind: &dbxv1.TypedValue_DateValue{DateValue: dateProto(v)}}, nil
	case TimeOfDay:
		if !v.Valid() {
			return nil, fmt.Errorf("dbx: %+v is no time of day", v)
		}
		return &dbxv1.TypedValue{Kind: &dbxv1.TypedValue_TimeValue{TimeValue: timeOfDayProto(v)}}, nil
	case DateTime:
		if !v.Valid() {
			return nil, fmt.Errorf("dbx: %+v is no date and time", v)
		}
		return &dbxv1.TypedValue{Kind: &dbxv1.TypedValue_DatetimeValue{DatetimeValue: &dbxv1.DateTimeValue{
			Date: dateProto(v.Date), Time: timeOfDayProto(v.Time),
		}}}, nil
	case Interval:
		return &dbxv1.TypedValue{Kind: &dbxv1.TypedValue_IntervalValue{IntervalValue: &dbxv1.IntervalValue{
			Months: v.Months, Days: v.Days, Microseconds: v.Microseconds,
		}}}, nil
	case ObjectID:
		return &dbxv1.TypedValue{Kind: &dbxv1.TypedValue_ObjectIdValue{ObjectIdValue: v.String()}}, nil
	case Document:
		return documentToValue(v, depth)
	case JSON:
		if !json.Valid([]byte(v)) {
			return nil, fmt.Errorf("dbx: JSON value %.64q does not parse", string(v))
		}
		return &dbxv1.TypedValue{Kind: &dbxv1.TypedValue_JsonValue{JsonValue: string(v)}}, nil
	case Native:
		native := &dbxv1.NativeValue{TypeName: v.TypeName, Representation: &dbxv1.NativeValue_Text{Text: v.Text}}
		if v.Binary != nil {
			native.Representation = &dbxv1.NativeValue_Binary{Binary: v.Binary}
		}
		return &dbxv1.TypedValue{Kind: &dbxv1.TypedValue_NativeValue{NativeValue: native}}, nil
	}

	switch rv.Kind() {
	case reflect.Pointer, reflect.Interface:
		if rv.IsNil() {
			return nullValue(), nil
		}
		return toValue(rv.Elem(), depth+1)
	case reflect.Bool:
		return &dbxv1.TypedValue{Kind: &dbxv1.TypedValue_BoolValue{BoolValue: rv.Bool()}}, nil
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return intValue(rv.Int()), nil
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		if rv.Uint() > math.MaxInt64 {
			return nil, fmt.Errorf("dbx: %d overflows int64, the widest integer DBX carries", rv.Uint())
		}
		return intValue(int64(rv.Uint())), nil
	case reflect.Float32, reflect.Float64:
		return &dbxv1.TypedValue{Kind: &dbxv1.TypedValue_DoubleValue{DoubleValue: rv.Float()}}, nil
	case reflect.String:
		return &dbxv1.TypedValue{Kind: &dbxv1.TypedValue_StringValue{StringValue: rv.String()}}, nil
	case reflect.Slice:
		if rv.IsNil() {
			return nullValue(), nil
		}
		if rv.Type().Elem().Kind() == reflect.Uint8 {
			return &dbxv1.TypedValue{Kind: &dbxv1.TypedValue_BytesValue{BytesValue: rv.Bytes()}}, nil
		}
		return arrayToValue(rv, depth)
	case reflect.Array:
		return arrayToValue(rv, depth)
	case reflect.Map:
		if rv.Type().Key().Kind() != reflect.String {
			return nil, &UnsupportedTypeError{rv.Type()}
		}
		if rv.IsNil() {
			return nullValue(), nil
		}
		fields := make(map[string]*dbxv1.TypedValue, rv.Len())
		for iter := rv.MapRange(); iter.Next(); {
			value, err := toValue(iter.Value(), depth+1)
			if err != nil {
				return nil, fmt.Errorf("map key %q: %w", iter.Key().String(), err)
			}
			fields[iter.Key().String()] = value
		}
		return mapValue(fields), nil
	case reflect.Struct:
		fields, err := structToFields(rv, depth)
		if err != nil {
			return nil, err
		}
		return mapValue(fields), nil
	default:
		return nil, &UnsupportedTypeError{rv.Type()}
	}
}

func nullValue() *dbxv1.TypedValue {
	return &dbxv1.TypedValue{Kind: &dbxv1.TypedValue_NullValue{NullValue: structpb.NullValue_NULL_VALUE}}
}

func intValue(i int64) *dbxv1.TypedValue {
	return &dbxv1.TypedValue{Kind: &dbxv1.TypedValue_IntValue{IntValue: i}}
}

func mapValue(fields map[string]*dbxv1.TypedValue) *dbxv1.TypedValue {
	return &dbxv1.TypedValue{Kind: &dbxv1.TypedValue_MapValue{MapValue: &dbxv1.MapValue{Fields: fields}}}
}

func arrayToValue(rv reflect.Value, depth int) (*dbxv1.TypedValue, error) {
	values := make([]*dbxv1.TypedValue, rv.Len())
	for i := range values {
		value, err := toValue(rv.Index(i), depth+1)
		if err != nil {
			return nil, fmt.Errorf("element %d: %w", i, err)
		}
		values[i] = value
	}
	return &dbxv1.TypedValue{Kind: &dbxv1.TypedValue_ArrayValue{ArrayValue: &dbxv1.ArrayValue{Values: values}}}, nil
}

func documentToValue(doc Document, depth int) (*dbxv1.TypedValue, error) {
	fields := make([]*dbxv1.DocumentField, len(doc))
	for i, field := range doc {
		value, err := toValue(reflect.ValueOf(field.Value), depth+1)
		if err != nil {
			return nil, fmt.Errorf("document field %q: %w", field.Name, err)
		}
		fields[i] = &dbxv1.DocumentField{Name: field.Name, Value: value}
	}
	return &dbxv1.TypedValue{Kind: &dbxv1.TypedValue_DocumentValue{DocumentValue: &dbxv1.DocumentValue{Fields: fields}}}, nil
}

func dateProto(d Date) *dbxv1.DateValue {
	return &dbxv1.DateValue{Year: int32(d.Year), Month: int32(d.Month), Day: int32(d.Day)}
}

func timeOfDayProto(t TimeOfDay) *dbxv1.TimeOfDayValue {
	return &dbxv1.TimeOfDayValue{Hours: int32(t.Hour), Minutes: int32(t.Minute), Seconds: int32(t.Second), Nanos: int32(t.Nanosecond)}
}
