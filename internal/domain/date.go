package domain

import (
	"database/sql/driver"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Date is a calendar date without a time of day or a zone: the start of an
// engagement, the validity of a proposal. The zero value means "no date".
type Date struct {
	y int
	m time.Month
	d int
}

// NewDate returns the date y-m-d, normalised like time.Date: 31 April is
// 1 May.
func NewDate(y int, m time.Month, d int) Date {
	return DateOf(time.Date(y, m, d, 0, 0, 0, 0, time.UTC))
}

// DateOf returns the date of t in t's own location.
func DateOf(t time.Time) Date {
	y, m, d := t.Date()
	return Date{y, m, d}
}

// Time returns midnight UTC at the start of d, or the zero time for the zero
// Date.
func (d Date) Time() time.Time {
	if d.IsZero() {
		return time.Time{}
	}
	return time.Date(d.y, d.m, d.d, 0, 0, 0, 0, time.UTC)
}

// Year returns the year of d; 0 for the zero Date.
func (d Date) Year() int { return d.y }

// Month returns the month of d; 0 for the zero Date.
func (d Date) Month() time.Month { return d.m }

// Day returns the day of the month of d; 0 for the zero Date.
func (d Date) Day() int { return d.d }

// IsZero reports whether d is the zero Date, "no date".
func (d Date) IsZero() bool { return d == Date{} }

// Before reports whether d is before o; see Compare for the zero Date.
func (d Date) Before(o Date) bool { return d.Compare(o) < 0 }

// After reports whether d is after o; see Compare for the zero Date.
func (d Date) After(o Date) bool { return d.Compare(o) > 0 }

// Equal reports whether d and o are the same date. Dates can also be
// compared with ==.
func (d Date) Equal(o Date) bool { return d == o }

// Weekday returns the day of the week; it is meaningless for the zero Date.
func (d Date) Weekday() time.Weekday { return d.Time().Weekday() }

// Compare returns -1, 0 or +1 as d is before, equal to or after o. The zero
// Date comes before every date.
func (d Date) Compare(o Date) int {
	switch {
	case d == o:
		return 0
	case d.IsZero():
		return -1
	case o.IsZero():
		return +1
	case d.y != o.y:
		return cmpInt(d.y, o.y)
	case d.m != o.m:
		return cmpInt(int(d.m), int(o.m))
	}
	return cmpInt(d.d, o.d)
}

func cmpInt(a, b int) int {
	if a < b {
		return -1
	}
	return +1
}

// String returns the ISO form "2026-05-09", or "" for the zero Date.
func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	return fmt.Sprintf("%04d-%02d-%02d", d.y, d.m, d.d)
}

// AddDays returns d moved n days; the zero Date stays zero.
func (d Date) AddDays(n int) Date {
	if d.IsZero() {
		return d
	}
	return NewDate(d.y, d.m, d.d+n)
}

// AddMonths returns d moved n calendar months, on the same day of the month
// or, where that month is shorter, on its last day: 31 January plus one month
// is 28 (or 29) February. The zero Date stays zero.
func (d Date) AddMonths(n int) Date {
	if d.IsZero() {
		return d
	}
	months := d.y*12 + int(d.m) - 1 + n
	y, m := floorDiv(months, 12), time.Month(floorMod(months, 12)+1)
	return Date{y, m, min(d.d, daysIn(y, m))}
}

// DaysUntil returns the number of days from d to o: negative if o is before
// d, 0 if either is the zero Date.
func (d Date) DaysUntil(o Date) int {
	if d.IsZero() || o.IsZero() {
		return 0
	}
	return o.dayNumber() - d.dayNumber()
}

// MonthsBetween returns the number of calendar months from a to b, counting
// a started month as a whole one: the smallest n with a.AddMonths(n) on or
// after b. From 15 January, 15 April is 3 months away and 16 April is 4.
// It is 0 when b is not after a or either is the zero Date.
func MonthsBetween(a, b Date) int {
	if a.IsZero() || b.IsZero() || !b.After(a) {
		return 0
	}
	n := (b.y-a.y)*12 + int(b.m) - int(a.m)
	if a.AddMonths(n).Before(b) {
		n++
	}
	return n
}

// dayNumber counts days from 1970-01-01 in the proleptic Gregorian calendar,
// without time.Duration, which overflows after 292 years.
func (d Date) dayNumber() int {
	// Howard Hinnant's days_from_civil, with years starting in March.
	y, m := d.y, int(d.m)
	if m <= 2 {
		y--
	}
	era := floorDiv(y, 400)
	yoe := y - era*400
	mp := (m + 9) % 12
	doy := (153*mp+2)/5 + d.d - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468
}

func floorDiv(a, b int) int {
	q := a / b
	if a%b != 0 && (a < 0) != (b < 0) {
		q--
	}
	return q
}

func floorMod(a, b int) int { return a - floorDiv(a, b)*b }

// daysIn returns the number of days of month m of year y.
func daysIn(y int, m time.Month) int {
	return time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// ParseDate reads a date as people type it: ISO "2026-05-09" (also with /),
// or day first, the European way: "9-5-2026", "09/05/2026", "9.5.2026".
// The year has four digits. Surrounding spaces are ignored, and an empty
// string is the zero Date without an error.
func ParseDate(s string) (Date, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return Date{}, nil
	}
	if d, ok := parseDate(s); ok {
		return d, checkDateRange(d, s)
	}
	return Date{}, Errorf(EINVALID, "“%s” is not a date; write it as 2026-05-09", s)
}

func parseDate(s string) (Date, bool) {
	i := strings.IndexAny(s, "-/.")
	if i < 0 {
		return Date{}, false
	}
	parts := strings.Split(s, s[i:i+1])
	if len(parts) != 3 {
		return Date{}, false
	}
	if len(parts[0]) == 4 {
		return makeDate(parts[0], parts[1], parts[2])
	}
	return makeDate(parts[2], parts[1], parts[0])
}

// parseISO reads exactly "2026-05-09", the machine form of JSON and SQL.
func parseISO(s string) (Date, bool) {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return Date{}, false
	}
	return makeDate(s[:4], s[5:7], s[8:])
}

// makeDate builds a date from a 4-digit year and a 1- or 2-digit month and
// day, refusing dates that do not exist.
func makeDate(ys, ms, ds string) (Date, bool) {
	if len(ys) != 4 || !isDigits(ys) || len(ms) < 1 || len(ms) > 2 || !isDigits(ms) || len(ds) < 1 || len(ds) > 2 || !isDigits(ds) {
		return Date{}, false
	}
	y, _ := strconv.Atoi(ys)
	m, _ := strconv.Atoi(ms)
	d, _ := strconv.Atoi(ds)
	if m < 1 || m > 12 || d < 1 || d > daysIn(y, time.Month(m)) {
		return Date{}, false
	}
	return Date{y, time.Month(m), d}, true
}

var monthNames = map[Lang][12]string{
	LangNL: {"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"},
	LangFR: {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"},
	LangEN: {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"},
}

// Format writes d in full in the document language: "9 mei 2026",
// "9 mai 2026" ("1er mai 2026"), "9 May 2026". Any other language is
// written as nl; the zero Date is "".
func (d Date) Format(l Lang) string {
	if d.IsZero() {
		return ""
	}
	names, ok := monthNames[l]
	if !ok {
		names = monthNames[LangNL]
	}
	day := fmt.Sprint(d.d)
	if l == LangFR && d.d == 1 {
		day = "1er" // French writes the first of the month as an ordinal
	}
	return fmt.Sprintf("%s %s %d", day, names[d.m-1], d.y)
}

// FormatShort writes d in digits, day first: "09-05-2026" in nl,
// "09/05/2026" in fr and en. Any other language is written as nl; the zero
// Date is "".
func (d Date) FormatShort(l Lang) string {
	if d.IsZero() {
		return ""
	}
	sep := "-"
	if l == LangFR || l == LangEN {
		sep = "/"
	}
	return fmt.Sprintf("%02d%s%02d%s%04d", d.d, sep, d.m, sep, d.y)
}

// MarshalJSON writes "2026-05-09", or null for the zero Date.
func (d Date) MarshalJSON() ([]byte, error) {
	if d.IsZero() {
		return []byte("null"), nil
	}
	return []byte(`"` + d.String() + `"`), nil
}

// UnmarshalJSON reads "2026-05-09"; null and "" are the zero Date.
func (d *Date) UnmarshalJSON(b []byte) error {
	s := string(b)
	if s == "null" || s == `""` {
		*d = Date{}
		return nil
	}
	if len(s) >= 2 && s[0] == '"' && s[len(s)-1] == '"' {
		if v, ok := parseISO(s[1 : len(s)-1]); ok {
			*d = v
			return nil
		}
	}
	return fmt.Errorf("domain: %s is not a JSON date like \"2026-05-09\"", s)
}

// Value stores d as "2026-05-09", or NULL for the zero Date.
func (d Date) Value() (driver.Value, error) {
	if d.IsZero() {
		return nil, nil
	}
	return d.String(), nil
}

// Scan reads a date column: NULL, "2026-05-09" as text or bytes, a time.Time
// (the date in its own location), or a timestamp text whose first ten
// characters are the date ("2026-05-09 00:00:00", "2026-05-09T00:00:00Z").
func (d *Date) Scan(src any) error {
	switch v := src.(type) {
	case nil:
		*d = Date{}
		return nil
	case time.Time:
		*d = DateOf(v)
		return nil
	case []byte:
		return d.scanText(string(v))
	case string:
		return d.scanText(v)
	}
	return fmt.Errorf("domain: cannot read a date from %T", src)
}

func (d *Date) scanText(s string) error {
	if s == "" {
		*d = Date{}
		return nil
	}
	t := s
	if len(t) > 10 && (t[10] == 'T' || t[10] == ' ') {
		t = t[:10]
	}
	v, ok := parseISO(t)
	if !ok {
		return fmt.Errorf("domain: cannot read a date from %q", s)
	}
	*d = v
	return nil
}

// Dates people type are between MinYear and MaxYear. Outside them is a
// slip (0206 for 2026) or a spreadsheet's empty date: Excel writes
// 1899-12-30 for a blank date cell, and 1900-01-00 does not exist.
const (
	MinYear = 1900
	MaxYear = 2100
)

// checkDateRange refuses a date outside MinYear and MaxYear; s is as typed.
func checkDateRange(d Date, s string) error {
	if d.IsZero() || d.y >= MinYear && d.y <= MaxYear {
		return nil
	}
	return Errorf(EINVALID, "“%s” is not between %d and %d; a spreadsheet writes 1899-12-30 for an empty date cell, leave the cell empty instead", s, MinYear, MaxYear)
}

// validateDate checks a date of a record: none, or one between MinYear and
// MaxYear.
func validateDate(field string, d Date) error {
	if err := checkDateRange(d, d.String()); err != nil {
		return Invalidf(field, "%s.", err)
	}
	return nil
}
