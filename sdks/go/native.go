package dbx

// Native is a value of a database type DBX has no kind for (uuid, inet, a
// range, a BSON regular expression; capability value.native), carried as the
// type's name and the database's own form of the value.
type Native struct {
	// TypeName is the database's name of the type ("uuid", "int4range").
	TypeName string
	// Text is the value's text form, used when Binary is nil.
	Text string
	// Binary is the value's binary form, for types without a text form.
	Binary []byte
}
