package dbx

import (
	"encoding/hex"
	"fmt"
)

// ObjectID is a MongoDB ObjectId (capability value.object_id).
type ObjectID [12]byte

// ParseObjectID reads 24 hexadecimal digits.
func ParseObjectID(s string) (ObjectID, error) {
	var id ObjectID
	if len(s) != 2*len(id) {
		return id, fmt.Errorf("dbx: ObjectId %q: want 24 hexadecimal digits", s)
	}
	if _, err := hex.Decode(id[:], []byte(s)); err != nil {
		return id, fmt.Errorf("dbx: ObjectId %q: %w", s, err)
	}
	return id, nil
}

// String returns the 24 lowercase hexadecimal digits DBX carries.
func (id ObjectID) String() string { return hex.EncodeToString(id[:]) }
