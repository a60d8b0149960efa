package dbx

import (
	"fmt"
	"math/big"
	"strings"
)

// Decimal is an exact decimal number in its text form ("-12.3400", "1e-30"),
// as DBX carries it: every digit and the scale (trailing zeros) are kept.
// "NaN", "Infinity" and "-Infinity" are valid where the backend stores them
// (capability value.decimal_special). Convert with [Decimal.Rat] and
// [DecimalFromRat] to compute with math/big.
type Decimal string

// ParseDecimal checks the syntax of s: an optional sign, digits with an
// optional point, an optional exponent; or one of the special values.
func ParseDecimal(s string) (Decimal, error) {
	if err := checkDecimal(s); err != nil {
		return "", err
	}
	return Decimal(s), nil
}

// String returns the decimal's text, as written.
func (d Decimal) String() string { return string(d) }

// Rat converts the decimal to an exact rational; the special values have none.
func (d Decimal) Rat() (*big.Rat, error) {
	if err := checkDecimal(string(d)); err != nil {
		return nil, err
	}
	r, ok := new(big.Rat).SetString(strings.TrimPrefix(string(d), "+"))
	if !ok {
		return nil, fmt.Errorf("dbx: decimal %q has no rational value", string(d))
	}
	return r, nil
}

// DecimalFromRat writes r with scale digits after the point, the last one
// rounded half away from zero.
func DecimalFromRat(r *big.Rat, scale int) Decimal {
	return Decimal(r.FloatString(scale))
}

// checkDecimal parses by hand: [+-] digits [. digits] [(e|E) [+-] digits],
// with at least one digit in the mantissa.
func checkDecimal(s string) error {
	switch s {
	case "NaN", "Infinity", "-Infinity":
		return nil
	}
	i := 0
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		i++
	}
	digits := 0
	for ; i < len(s) && isDigit(s[i]); i++ {
		digits++
	}
	if i < len(s) && s[i] == '.' {
		for i++; i < len(s) && isDigit(s[i]); i++ {
			digits++
		}
	}
	if s == "" {
		// The zero Decimal: a struct field left unset, most likely.
		return fmt.Errorf("dbx: the empty Decimal is no number (tag the field omitempty, or make it a *dbx.Decimal)")
	}
	if digits == 0 {
		return fmt.Errorf("dbx: %q is not a decimal: it has no digits", s)
	}
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		i++
		if i < len(s) && (s[i] == '+' || s[i] == '-') {
			i++
		}
		exponentStart := i
		for ; i < len(s) && isDigit(s[i]); i++ {
		}
		if i == exponentStart {
			return fmt.Errorf("dbx: %q is not a decimal: its exponent has no digits", s)
		}
	}
	if i != len(s) {
		return fmt.Errorf("dbx: %q is not a decimal: unexpected %q at offset %d", s, s[i], i)
	}
	return nil
}

func isDigit(b byte) bool { return '0' <= b && b <= '9' }
