package dbx

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
)

// Document is a nested document whose field order is kept
// (dbx.v1.DocumentValue; capability value.document). MongoDB compares
// embedded documents field by field in order, so a compound _id or a sort
// specification needs one. For documents whose order does not matter, a
// map[string]any becomes a dbx.v1.MapValue.
//
// A Document also encodes to and decodes from JSON in order, so that it can
// live in a JSON column on backends without documents ([JSONOf], the `json`
// struct tag option).
type Document []DocumentField

// DocumentField is one field of a [Document].
type DocumentField struct {
	Name  string
	Value any
}

// Get returns the value of the first field named name.
func (d Document) Get(name string) (any, bool) {
	for _, field := range d {
		if field.Name == name {
			return field.Value, true
		}
	}
	return nil, false
}

// MarshalJSON writes the fields as a JSON object, in order.
func (d Document) MarshalJSON() ([]byte, error) {
	var buf bytes.Buffer
	buf.WriteByte('{')
	for i, field := range d {
		if i > 0 {
			buf.WriteByte(',')
		}
		name, err := json.Marshal(field.Name)
		if err != nil {
			return nil, err
		}
		value, err := json.Marshal(field.Value)
		if err != nil {
			return nil, fmt.Errorf("field %q: %w", field.Name, err)
		}
		buf.Write(name)
		buf.WriteByte(':')
		buf.Write(value)
	}
	buf.WriteByte('}')
	return buf.Bytes(), nil
}

// UnmarshalJSON reads a JSON object keeping its key order. Nested objects
// become Documents, arrays []any, integers that fit int64 become int64 and
// every other number a json.Number, whose text is exact.
func (d *Document) UnmarshalJSON(data []byte) error {
	decoder := json.NewDecoder(bytes.NewReader(data))
	decoder.UseNumber()
	value, err := readJSONValue(decoder)
	if err != nil {
		return err
	}
	doc, ok := value.(Document)
	if !ok {
		return fmt.Errorf("dbx: a Document is a JSON object, not %T", value)
	}
	*d = doc
	return nil
}

func readJSONValue(decoder *json.Decoder) (any, error) {
	token, err := decoder.Token()
	if err != nil {
		return nil, err
	}
	switch token := token.(type) {
	case json.Delim:
		switch token {
		case '{':
			return readJSONObject(decoder)
		case '[':
			return readJSONArray(decoder)
		}
		return nil, fmt.Errorf("dbx: unexpected %q in JSON", token)
	case json.Number:
		if i, err := strconv.ParseInt(string(token), 10, 64); err == nil {
			return i, nil
		}
		return token, nil
	default: // string, bool or nil
		return token, nil
	}
}

func readJSONObject(decoder *json.Decoder) (Document, error) {
	doc := Document{}
	for decoder.More() {
		token, err := decoder.Token()
		if err != nil {
			return nil, err
		}
		name, ok := token.(string)
		if !ok {
			return nil, errors.New("dbx: a JSON object key is not a string")
		}
		value, err := readJSONValue(decoder)
		if err != nil {
			return nil, err
		}
		doc = append(doc, DocumentField{Name: name, Value: value})
	}
	_, err := decoder.Token() // the closing '}'
	return doc, err
}

func readJSONArray(decoder *json.Decoder) ([]any, error) {
	values := []any{}
	for decoder.More() {
		value, err := readJSONValue(decoder)
		if err != nil {
			return nil, err
		}
		values = append(values, value)
	}
	_, err := decoder.Token() // the closing ']'
	return values, err
}
