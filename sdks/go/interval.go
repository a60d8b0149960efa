package dbx

// Interval is a span of time in the three units SQL keeps apart (SQL
// INTERVAL; capability value.interval): months, whose length varies, days,
// which last 23 to 25 hours across a DST change, and microseconds. A
// time.Duration cannot hold the first two, so it is not converted to one.
type Interval struct {
	Months       int32
	Days         int32
	Microseconds int64
}
