package domain

import (
	"encoding/json"
	"strconv"
	"strings"
	"testing"
	"time"
)

var parseDateTests = []struct {
	in   string
	want Date
	err  bool
}{
	{in: "2026-05-09", want: NewDate(2026, 5, 9)},
	{in: "  2026-05-09 ", want: NewDate(2026, 5, 9)},
	{in: "2026-5-9", want: NewDate(2026, 5, 9)},
	{in: "2026/05/09", want: NewDate(2026, 5, 9)},
	{in: "9-5-2026", want: NewDate(2026, 5, 9)},
	{in: "09/05/2026", want: NewDate(2026, 5, 9)},
	{in: "9.5.2026", want: NewDate(2026, 5, 9)},
	{in: "31-12-1999", want: NewDate(1999, 12, 31)},
	{in: "29-02-2024", want: NewDate(2024, 2, 29)},
	{in: "2000-02-29", want: NewDate(2000, 2, 29)},
	{in: "", want: Date{}},
	{in: "   ", want: Date{}},
	{in: "2026-02-30", err: true},
	{in: "29-02-2026", err: true},
	{in: "1900-02-29", err: true},
	{in: "2026-13-01", err: true},
	{in: "2026-00-10", err: true},
	{in: "2026-01-00", err: true},
	{in: "2026-04-31", err: true},
	{in: "9-5-26", err: true},
	{in: "26-5-9", err: true},
	{in: "9-5/2026", err: true},
	{in: "2026-05-09-01", err: true},
	{in: "2026-05", err: true},
	{in: "20260509", err: true},
	{in: "2026-005-09", err: true},
	{in: "+026-05-09", err: true},
	{in: "2026-05-9x", err: true},
	{in: "9 mei 2026", err: true},
	{in: "2026-05-09T10:00:00Z", err: true},
}

func TestParseDate(t *testing.T) {
	for _, tc := range parseDateTests {
		t.Run(tc.in, func(t *testing.T) {
			got, err := ParseDate(tc.in)
			switch {
			case tc.err && err == nil:
				t.Errorf("ParseDate(%q) = %v, want an error", tc.in, got)
			case tc.err:
				want := "“" + strings.TrimSpace(tc.in) + "” is not a date; write it as 2026-05-09"
				if err.Error() != want {
					t.Errorf("ParseDate(%q) error = %q, want %q", tc.in, err, want)
				}
			case err != nil:
				t.Errorf("ParseDate(%q) = %v, want %v", tc.in, err, tc.want)
			case got != tc.want:
				t.Errorf("ParseDate(%q) = %v, want %v", tc.in, got, tc.want)
			}
		})
	}
}

func TestNewDateNormalises(t *testing.T) {
	for _, tc := range []struct {
		name  string
		got   Date
		y     int
		m     time.Month
		d     int
		isoed string
	}{
		{"plain", NewDate(2026, 5, 9), 2026, time.May, 9, "2026-05-09"},
		{"31 April", NewDate(2026, 4, 31), 2026, time.May, 1, "2026-05-01"},
		{"month 13", NewDate(2026, 13, 1), 2027, time.January, 1, "2027-01-01"},
		{"day 0", NewDate(2026, 3, 0), 2026, time.February, 28, "2026-02-28"},
		{"DateOf keeps the location", DateOf(time.Date(2026, 5, 9, 23, 30, 0, 0, time.FixedZone("CEST", 2*3600))), 2026, time.May, 9, "2026-05-09"},
		{"DateOf in UTC", DateOf(time.Date(2026, 5, 9, 23, 30, 0, 0, time.FixedZone("CEST", 2*3600)).UTC()), 2026, time.May, 9, "2026-05-09"},
		{"DateOf just after midnight", DateOf(time.Date(2026, 5, 10, 0, 30, 0, 0, time.FixedZone("CEST", 2*3600))), 2026, time.May, 10, "2026-05-10"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if tc.got.Year() != tc.y || tc.got.Month() != tc.m || tc.got.Day() != tc.d || tc.got.String() != tc.isoed {
				t.Errorf("got %d %v %d %q, want %d %v %d %q", tc.got.Year(), tc.got.Month(), tc.got.Day(), tc.got, tc.y, tc.m, tc.d, tc.isoed)
			}
			if tc.got.IsZero() {
				t.Error("IsZero() = true")
			}
		})
	}
}

func TestZeroDate(t *testing.T) {
	var z Date
	if !z.IsZero() || z.String() != "" || z.Format(LangNL) != "" || z.FormatShort(LangEN) != "" {
		t.Errorf("zero Date: IsZero %v, String %q, Format %q, FormatShort %q", z.IsZero(), z, z.Format(LangNL), z.FormatShort(LangEN))
	}
	if !z.Time().IsZero() {
		t.Errorf("zero Date: Time() = %v, want the zero time", z.Time())
	}
	if !z.AddDays(3).IsZero() || !z.AddMonths(3).IsZero() {
		t.Error("adding to the zero Date gave a date")
	}
	if !z.Before(NewDate(1, 1, 1)) || !z.Before(NewDate(-100, 1, 1)) || z.After(NewDate(1, 1, 1)) {
		t.Error("the zero Date does not come first")
	}
	if z.DaysUntil(NewDate(2026, 1, 1)) != 0 || MonthsBetween(z, NewDate(2026, 1, 1)) != 0 {
		t.Error("distances from the zero Date are not 0")
	}
	if NewDate(0, 0, 0).IsZero() {
		t.Error("NewDate(0, 0, 0) is the zero Date; it should be 30 November of year -1")
	}
}

func TestDateTime(t *testing.T) {
	d := NewDate(2026, 5, 9)
	want := time.Date(2026, 5, 9, 0, 0, 0, 0, time.UTC)
	if got := d.Time(); !got.Equal(want) || got.Location() != time.UTC {
		t.Errorf("Time() = %v, want %v", got, want)
	}
	if DateOf(d.Time()) != d {
		t.Errorf("DateOf(Time()) = %v, want %v", DateOf(d.Time()), d)
	}
	if got := d.Weekday(); got != time.Saturday {
		t.Errorf("Weekday() = %v, want Saturday", got)
	}
}

func TestDateCompare(t *testing.T) {
	a, b := NewDate(2026, 5, 9), NewDate(2026, 5, 10)
	for _, tc := range []struct {
		name string
		x, y Date
		want int
	}{
		{"day", a, b, -1},
		{"same", a, NewDate(2026, 5, 9), 0},
		{"month", NewDate(2026, 4, 30), a, -1},
		{"year", NewDate(2027, 1, 1), NewDate(2026, 12, 31), +1},
		{"zero first", Date{}, a, -1},
		{"zero last", a, Date{}, +1},
		{"zero and zero", Date{}, Date{}, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := tc.x.Compare(tc.y); got != tc.want {
				t.Errorf("%v.Compare(%v) = %d, want %d", tc.x, tc.y, got, tc.want)
			}
			if tc.x.Before(tc.y) != (tc.want < 0) || tc.x.After(tc.y) != (tc.want > 0) || tc.x.Equal(tc.y) != (tc.want == 0) {
				t.Errorf("Before/After/Equal disagree with Compare for %v, %v", tc.x, tc.y)
			}
			if got := tc.y.Compare(tc.x); got != -tc.want {
				t.Errorf("%v.Compare(%v) = %d, want %d", tc.y, tc.x, got, -tc.want)
			}
		})
	}
}

func TestAddDaysAndDaysUntil(t *testing.T) {
	for _, tc := range []struct {
		from Date
		n    int
		want Date
	}{
		{NewDate(2026, 5, 9), 1, NewDate(2026, 5, 10)},
		{NewDate(2026, 5, 9), 0, NewDate(2026, 5, 9)},
		{NewDate(2026, 5, 9), -9, NewDate(2026, 4, 30)},
		{NewDate(2026, 12, 31), 1, NewDate(2027, 1, 1)},
		{NewDate(2024, 2, 28), 1, NewDate(2024, 2, 29)},
		{NewDate(2026, 2, 28), 1, NewDate(2026, 3, 1)},
		{NewDate(2026, 1, 1), 365, NewDate(2027, 1, 1)},
		{NewDate(2024, 1, 1), 366, NewDate(2025, 1, 1)},
		{NewDate(1970, 1, 1), 0, NewDate(1970, 1, 1)},
		{NewDate(2000, 1, 1), 146097, NewDate(2400, 1, 1)}, // 400 Gregorian years
		{NewDate(1600, 3, 1), -146097, NewDate(1200, 3, 1)},
		{NewDate(1, 1, 1), -366, NewDate(0, 1, 1)}, // year 0 is a leap year
		{NewDate(0, 3, 1), -1, NewDate(0, 2, 29)},
		{NewDate(0, 1, 1), -1, NewDate(-1, 12, 31)},       // negative years, floor division
		{NewDate(2026, 3, 29), 1, NewDate(2026, 3, 30)},   // the clocks go forward in Europe
		{NewDate(2026, 10, 25), 1, NewDate(2026, 10, 26)}, // and back
	} {
		t.Run(tc.from.String()+"+"+strconv.Itoa(tc.n), func(t *testing.T) {
			if got := tc.from.AddDays(tc.n); got != tc.want {
				t.Errorf("%v.AddDays(%d) = %v, want %v", tc.from, tc.n, got, tc.want)
			}
			if got := tc.from.DaysUntil(tc.want); got != tc.n {
				t.Errorf("%v.DaysUntil(%v) = %d, want %d", tc.from, tc.want, got, tc.n)
			}
		})
	}
	if got := NewDate(1970, 1, 1).dayNumber(); got != 0 {
		t.Errorf("dayNumber(1970-01-01) = %d, want 0", got)
	}
}

func TestAddMonths(t *testing.T) {
	for _, tc := range []struct {
		from Date
		n    int
		want Date
	}{
		{NewDate(2026, 1, 31), 1, NewDate(2026, 2, 28)},
		{NewDate(2024, 1, 31), 1, NewDate(2024, 2, 29)},
		{NewDate(2026, 1, 31), 2, NewDate(2026, 3, 31)},
		{NewDate(2026, 3, 31), 1, NewDate(2026, 4, 30)},
		{NewDate(2026, 5, 9), 12, NewDate(2027, 5, 9)},
		{NewDate(2026, 5, 9), 0, NewDate(2026, 5, 9)},
		{NewDate(2026, 5, 9), -5, NewDate(2025, 12, 9)},
		{NewDate(2026, 3, 31), -1, NewDate(2026, 2, 28)},
		{NewDate(2026, 1, 15), -13, NewDate(2024, 12, 15)},
		{NewDate(2024, 2, 29), 12, NewDate(2025, 2, 28)},
		{NewDate(2026, 11, 30), 3, NewDate(2027, 2, 28)},
	} {
		t.Run(tc.from.String()+"+"+strconv.Itoa(tc.n), func(t *testing.T) {
			if got := tc.from.AddMonths(tc.n); got != tc.want {
				t.Errorf("%v.AddMonths(%d) = %v, want %v", tc.from, tc.n, got, tc.want)
			}
		})
	}
}

func TestMonthsBetween(t *testing.T) {
	for _, tc := range []struct {
		name string
		a, b Date
		want int
	}{
		{"same day", NewDate(2026, 1, 15), NewDate(2026, 1, 15), 0},
		{"one day", NewDate(2026, 1, 15), NewDate(2026, 1, 16), 1},
		{"exactly three months", NewDate(2026, 1, 15), NewDate(2026, 4, 15), 3},
		{"three months and a day", NewDate(2026, 1, 15), NewDate(2026, 4, 16), 4},
		{"a day short of three months", NewDate(2026, 1, 15), NewDate(2026, 4, 14), 3},
		{"31 January to 28 February", NewDate(2026, 1, 31), NewDate(2026, 2, 28), 1},
		{"31 January to 1 March", NewDate(2026, 1, 31), NewDate(2026, 3, 1), 2},
		{"a year", NewDate(2026, 5, 9), NewDate(2027, 5, 9), 12},
		{"month ends", NewDate(2026, 1, 1), NewDate(2026, 12, 31), 12},
		{"backwards", NewDate(2026, 5, 9), NewDate(2026, 1, 1), 0},
		{"zero", NewDate(2026, 5, 9), Date{}, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := MonthsBetween(tc.a, tc.b); got != tc.want {
				t.Errorf("MonthsBetween(%v, %v) = %d, want %d", tc.a, tc.b, got, tc.want)
			}
		})
	}
}

func TestDateFormat(t *testing.T) {
	for _, tc := range []struct {
		d                   Date
		nl, fr, en          string
		shortNL, shortFR, s string
	}{
		{NewDate(2026, 5, 9), "9 mei 2026", "9 mai 2026", "9 May 2026", "09-05-2026", "09/05/2026", "09/05/2026"},
		{NewDate(2026, 5, 1), "1 mei 2026", "1er mai 2026", "1 May 2026", "01-05-2026", "01/05/2026", "01/05/2026"},
		{NewDate(2026, 2, 14), "14 februari 2026", "14 février 2026", "14 February 2026", "14-02-2026", "14/02/2026", "14/02/2026"},
		{NewDate(2026, 8, 31), "31 augustus 2026", "31 août 2026", "31 August 2026", "31-08-2026", "31/08/2026", "31/08/2026"},
		{NewDate(2026, 12, 25), "25 december 2026", "25 décembre 2026", "25 December 2026", "25-12-2026", "25/12/2026", "25/12/2026"},
		{NewDate(2027, 3, 3), "3 maart 2027", "3 mars 2027", "3 March 2027", "03-03-2027", "03/03/2027", "03/03/2027"},
	} {
		t.Run(tc.d.String(), func(t *testing.T) {
			for _, c := range []struct{ got, want string }{
				{tc.d.Format(LangNL), tc.nl},
				{tc.d.Format(LangFR), tc.fr},
				{tc.d.Format(LangEN), tc.en},
				{tc.d.Format(""), tc.nl},
				{tc.d.FormatShort(LangNL), tc.shortNL},
				{tc.d.FormatShort(LangFR), tc.shortFR},
				{tc.d.FormatShort(LangEN), tc.s},
				{tc.d.FormatShort(""), tc.shortNL},
			} {
				if c.got != c.want {
					t.Errorf("got %q, want %q", c.got, c.want)
				}
			}
			for _, l := range Langs {
				if got, err := ParseDate(tc.d.FormatShort(l)); err != nil || got != tc.d {
					t.Errorf("ParseDate(FormatShort(%s)) = %v, %v, want %v", l, got, err, tc.d)
				}
			}
		})
	}
}

func TestMonthNames(t *testing.T) {
	for l, names := range monthNames {
		for i, name := range names {
			if name == "" || strings.ToLower(name) != name && l != LangEN {
				t.Errorf("%s month %d: %q", l, i+1, name)
			}
		}
	}
	if monthNames[LangEN][4] != time.May.String() {
		t.Errorf("English month names do not follow package time")
	}
}

func TestDateJSON(t *testing.T) {
	type doc struct {
		Start Date  `json:"start"`
		End   *Date `json:"end,omitempty"`
	}
	d := NewDate(2026, 5, 9)
	for _, tc := range []struct {
		name string
		in   doc
		json string
	}{
		{"date", doc{Start: d}, `{"start":"2026-05-09"}`},
		{"zero", doc{}, `{"start":null}`},
		{"pointer", doc{Start: d, End: &d}, `{"start":"2026-05-09","end":"2026-05-09"}`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b, err := json.Marshal(tc.in)
			if err != nil || string(b) != tc.json {
				t.Fatalf("Marshal = %s, %v, want %s", b, err, tc.json)
			}
			var back doc
			if err := json.Unmarshal(b, &back); err != nil || back.Start != tc.in.Start {
				t.Errorf("Unmarshal(%s) = %+v, %v", b, back, err)
			}
		})
	}
	for _, tc := range []struct {
		in   string
		want Date
		err  bool
	}{
		{`"2026-05-09"`, d, false},
		{`null`, Date{}, false},
		{`""`, Date{}, false},
		{`"9-5-2026"`, Date{}, true},
		{`"2026-02-30"`, Date{}, true},
		{`"2026-05-09T00:00:00Z"`, Date{}, true},
		{`20260509`, Date{}, true},
		{`"2026-05-09`, Date{}, true},
	} {
		t.Run("unmarshal "+tc.in, func(t *testing.T) {
			got := NewDate(1999, 1, 1)
			err := got.UnmarshalJSON([]byte(tc.in))
			if tc.err != (err != nil) || (!tc.err && got != tc.want) {
				t.Errorf("UnmarshalJSON(%s) = %v, %v", tc.in, got, err)
			}
		})
	}
}

func TestDateSQL(t *testing.T) {
	d := NewDate(2026, 5, 9)
	if v, err := d.Value(); err != nil || v != "2026-05-09" {
		t.Errorf("Value() = %v, %v", v, err)
	}
	if v, err := (Date{}).Value(); err != nil || v != nil {
		t.Errorf("zero Value() = %v, %v, want nil", v, err)
	}
	for _, tc := range []struct {
		name string
		src  any
		want Date
		err  bool
	}{
		{"nil", nil, Date{}, false},
		{"string", "2026-05-09", d, false},
		{"bytes", []byte("2026-05-09"), d, false},
		{"empty", "", Date{}, false},
		{"timestamp text", "2026-05-09 00:00:00", d, false},
		{"RFC 3339", "2026-05-09T00:00:00Z", d, false},
		{"time", time.Date(2026, 5, 9, 0, 0, 0, 0, time.UTC), d, false},
		{"time in its own zone", time.Date(2026, 5, 9, 23, 0, 0, 0, time.FixedZone("", -5*3600)), d, false},
		{"day first", "09-05-2026", Date{}, true},
		{"impossible", "2026-02-30", Date{}, true},
		{"short", "2026-5-9", Date{}, true},
		{"int", int64(20260509), Date{}, true},
		{"float", 1.5, Date{}, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := NewDate(1999, 1, 1)
			err := got.Scan(tc.src)
			if tc.err != (err != nil) || (!tc.err && got != tc.want) {
				t.Errorf("Scan(%#v) = %v, %v", tc.src, got, err)
			}
		})
	}
}
