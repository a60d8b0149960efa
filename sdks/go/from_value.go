package dbx

import (
	"errors"
	"fmt"
	"time"

	dbxv1 "dbx.dev/dbx/gen/go/dbx/v1"
)

// FromValue converts a dbx.v1.TypedValue to the Go value [ToValue] makes it
// from: nil, bool, int64, float64, string, []byte, time.Time (UTC), [Decimal],
// [Date], [TimeOfDay], [DateTime], [Interval], [ObjectID], [Document], [JSON],
// [Native], []any for arrays and map[string]any for maps.
func FromValue(tv *dbxv1.TypedValue) (any, error) {
	switch kind := tv.GetKind().(type) {
	case nil:
		return nil, errors.New("dbx: the value has no kind")
	case *dbxv1.TypedValue_NullValue:
		return nil, nil
	case *dbxv1.TypedValue_BoolValue:
		return kind.BoolValue, nil
	case *dbxv1.TypedValue_IntValue:
		return kind.IntValue, nil
	case *dbxv1.TypedValue_DoubleValue:
		return kind.DoubleValue, nil
	case *dbxv1.TypedValue_StringValue:
		return kind.StringValue, nil
	case *dbxv1.TypedValue_BytesValue:
		return kind.BytesValue, nil
	case *dbxv1.TypedValue_TimestampValue:
		if err := kind.TimestampValue.CheckValid(); err != nil {
			return nil, fmt.Errorf("dbx: timestamp: %w", err)
		}
		return kind.TimestampValue.AsTime(), nil
	case *dbxv1.TypedValue_DecimalValue:
		return Decimal(kind.DecimalValue.GetValue()), nil
	case *dbxv1.TypedValue_ArrayValue:
		values := make([]any, len(kind.ArrayValue.GetValues()))
		for i, element := range kind.ArrayValue.GetValues() {
			value, err := FromValue(element)
			if err != nil {
				return nil, fmt.Errorf("element %d: %w", i, err)
			}
			values[i] = value
		}
		return values, nil
	case *dbxv1.TypedValue_MapValue:
		fields := make(map[string]any, len(kind.MapValue.GetFields()))
		for name, field := range kind.MapValue.GetFields() {
			value, err := FromValue(field)
			if err != nil {
				return nil, fmt.Errorf("map key %q: %w", name, err)
			}
			fields[name] = value
		}
		return fields, nil
	case *dbxv1.TypedValue_JsonValue:
		return JSON(kind.JsonValue), nil
	case *dbxv1.TypedValue_DateValue:
		return dateFromProto(kind.DateValue), nil
	case *dbxv1.TypedValue_TimeValue:
		return timeOfDayFromProto(kind.TimeValue), nil
	case *dbxv1.TypedValue_DatetimeValue:
		return DateTime{Date: dateFromProto(kind.DatetimeValue.GetDate()), Time: timeOfDayFromProto(kind.DatetimeValue.GetTime())}, nil
	case *dbxv1.TypedValue_IntervalValue:
		return Interval{Months: kind.IntervalValue.GetMonths(), Days: kind.IntervalValue.GetDays(), Microseconds: kind.IntervalValue.GetMicroseconds()}, nil
	case *dbxv1.TypedValue_ObjectIdValue:
		return ParseObjectID(kind.ObjectIdValue)
	case *dbxv1.TypedValue_DocumentValue:
		doc := make(Document, len(kind.DocumentValue.GetFields()))
		for i, field := range kind.DocumentValue.GetFields() {
			value, err := FromValue(field.GetValue())
			if err != nil {
				return nil, fmt.Errorf("document field %q: %w", field.GetName(), err)
			}
			doc[i] = DocumentField{Name: field.GetName(), Value: value}
		}
		return doc, nil
	case *dbxv1.TypedValue_NativeValue:
		return Native{TypeName: kind.NativeValue.GetTypeName(), Text: kind.NativeValue.GetText(), Binary: kind.NativeValue.GetBinary()}, nil
	default:
		return nil, fmt.Errorf("dbx: value kind %T is newer than this SDK", kind)
	}
}

func dateFromProto(d *dbxv1.DateValue) Date {
	return Date{Year: int(d.GetYear()), Month: time.Month(d.GetMonth()), Day: int(d.GetDay())}
}

func timeOfDayFromProto(t *dbxv1.TimeOfDayValue) TimeOfDay {
	return TimeOfDay{Hour: int(t.GetHours()), Minute: int(t.GetMinutes()), Second: int(t.GetSeconds()), Nanosecond: int(t.GetNanos())}
}
