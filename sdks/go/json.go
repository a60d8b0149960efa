package dbx

import "encoding/json"

// JSON is a JSON document as text, for JSON columns (PostgreSQL jsonb, SQLite
// JSON_TEXT). DBX stores the text as given, so key order and number digits
// survive. Decode it with json.Unmarshal; into a [Document] to keep key order.
type JSON string

// JSONOf encodes v with encoding/json. A [Document] keeps its field order.
func JSONOf(v any) (JSON, error) {
	text, err := json.Marshal(v)
	if err != nil {
		return "", err
	}
	return JSON(text), nil
}
