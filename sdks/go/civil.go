package dbx

import (
	"fmt"
	"time"
)

// Date is a calendar date without a time zone (SQL DATE; capability
// value.date), in the proleptic Gregorian calendar.
type Date struct {
	Year  int
	Month time.Month
	Day   int
}

// DateOf returns the date of t in t's location.
func DateOf(t time.Time) Date {
	year, month, day := t.Date()
	return Date{Year: year, Month: month, Day: day}
}

// String returns the date as ISO 8601: "1815-12-10".
func (d Date) String() string {
	return fmt.Sprintf("%04d-%02d-%02d", d.Year, int(d.Month), d.Day)
}

// Valid reports whether the date exists: February 30 does not.
func (d Date) Valid() bool {
	return DateOf(time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, time.UTC)) == d
}

// TimeOfDay is a time of day without a time zone (SQL TIME; capability
// value.time), to the nanosecond.
type TimeOfDay struct {
	Hour       int
	Minute     int
	Second     int
	Nanosecond int
}

// TimeOfDayOf returns the time of day of t in t's location.
func TimeOfDayOf(t time.Time) TimeOfDay {
	return TimeOfDay{Hour: t.Hour(), Minute: t.Minute(), Second: t.Second(), Nanosecond: t.Nanosecond()}
}

// String returns the time as ISO 8601 with the digits it needs: "12:34:56.5".
func (t TimeOfDay) String() string {
	return time.Date(1, 1, 1, t.Hour, t.Minute, t.Second, t.Nanosecond, time.UTC).Format("15:04:05.999999999")
}

// Valid reports whether every part is in range (a leap second is not).
func (t TimeOfDay) Valid() bool {
	return 0 <= t.Hour && t.Hour < 24 && 0 <= t.Minute && t.Minute < 60 &&
		0 <= t.Second && t.Second < 60 && 0 <= t.Nanosecond && t.Nanosecond < 1e9
}

// DateTime is a date and a time of day without a time zone (SQL TIMESTAMP
// WITHOUT TIME ZONE; capability value.datetime). For an instant, use
// time.Time.
type DateTime struct {
	Date Date
	Time TimeOfDay
}

// DateTimeOf returns the date and time of day of t in t's location.
func DateTimeOf(t time.Time) DateTime {
	return DateTime{Date: DateOf(t), Time: TimeOfDayOf(t)}
}

// String returns the date and time as ISO 8601: "2024-05-01T12:00:00".
func (dt DateTime) String() string { return dt.Date.String() + "T" + dt.Time.String() }

// Valid reports whether both the date and the time are valid.
func (dt DateTime) Valid() bool { return dt.Date.Valid() && dt.Time.Valid() }

// In returns the instant at which the date and time happen in loc.
func (dt DateTime) In(loc *time.Location) time.Time {
	return time.Date(dt.Date.Year, dt.Date.Month, dt.Date.Day, dt.Time.Hour, dt.Time.Minute, dt.Time.Second, dt.Time.Nanosecond, loc)
}
