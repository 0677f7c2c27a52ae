package domain

import (
	"encoding/json"
	"testing"
	"time"
)

// FuzzParseDate: whatever ParseDate accepts comes back unchanged through its
// ISO form, the short forms of every language, JSON and SQL.
func FuzzParseDate(f *testing.F) {
	for _, tc := range parseDateTests {
		f.Add(tc.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ParseDate(s)
		if err != nil || d.IsZero() {
			return
		}
		if d.Time().Format("2006-01-02") != d.String() {
			t.Fatalf("ParseDate(%q) = %v, which time reads as %v", s, d, d.Time())
		}
		for _, l := range Langs {
			if got, err := ParseDate(d.FormatShort(l)); err != nil || got != d {
				t.Fatalf("ParseDate(%q) = %v, %v, want %v", d.FormatShort(l), got, err, d)
			}
		}
		assertDateRoundTrip(t, d)
	})
}

// FuzzDateUnmarshalJSON: whatever UnmarshalJSON accepts, MarshalJSON writes
// back so that it reads the same date again.
func FuzzDateUnmarshalJSON(f *testing.F) {
	for _, s := range []string{`"2026-05-09"`, `null`, `""`, `"9-5-2026"`, `"2026-02-30"`, `"2026-05-09T00:00:00Z"`, `20260509`, `"`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var d Date
		if err := d.UnmarshalJSON([]byte(s)); err != nil {
			return
		}
		assertDateRoundTrip(t, d)
	})
}

// FuzzDateScan: whatever Scan reads from text, Value stores so that Scan reads
// the same date again.
func FuzzDateScan(f *testing.F) {
	for _, s := range []string{"2026-05-09", "", "2026-05-09 00:00:00", "2026-05-09T00:00:00Z", "09-05-2026", "2026-02-30"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var d Date
		if err := d.Scan(s); err != nil {
			return
		}
		assertDateRoundTrip(t, d)
	})
}

func assertDateRoundTrip(t *testing.T, d Date) {
	t.Helper()
	b, err := json.Marshal(d)
	if err != nil {
		t.Fatalf("json.Marshal(%v): %v", d, err)
	}
	var back Date
	if err := json.Unmarshal(b, &back); err != nil || back != d {
		t.Fatalf("json round trip of %v via %s = %v, %v", d, b, back, err)
	}
	v, err := d.Value()
	if err != nil {
		t.Fatalf("Value(%v): %v", d, err)
	}
	back = NewDate(1999, 1, 1)
	if err := back.Scan(v); err != nil || back != d {
		t.Fatalf("SQL round trip of %v via %#v = %v, %v", d, v, back, err)
	}
}

// FuzzDateArithmetic checks AddDays, DaysUntil, AddMonths and MonthsBetween
// against each other and against package time, on years 1 to 9999.
func FuzzDateArithmetic(f *testing.F) {
	f.Add(2026, 5, 9, 1)
	f.Add(2026, 1, 31, 1)
	f.Add(2024, 2, 29, 12)
	f.Add(1, 1, 1, -1)
	f.Add(9999, 12, 31, 1)
	f.Add(2000, 1, 1, 146097)
	f.Fuzz(func(t *testing.T, y, m, dd, n int) {
		y = 1 + floorMod(y, 9999)
		m = 1 + floorMod(m, 12)
		dd = 1 + floorMod(dd, 31)
		n = floorMod(n, 2_000_001) - 1_000_000
		a := NewDate(y, time.Month(m), dd)
		b := a.AddDays(n)
		if got := a.DaysUntil(b); got != n {
			t.Fatalf("%v.DaysUntil(%v) = %d, want %d", a, b, got, n)
		}
		if back := b.AddDays(-n); back != a {
			t.Fatalf("%v.AddDays(%d).AddDays(%d) = %v", a, n, -n, back)
		}
		// A time.Duration reaches only 292 years.
		if hours := b.Time().Sub(a.Time()).Hours(); n > -100_000 && n < 100_000 && hours != float64(24*n) {
			t.Fatalf("time says %v to %v is %v hours, want %d days", a, b, hours, n)
		}
		if (n < 0) != b.Before(a) || (n > 0) != b.After(a) {
			t.Fatalf("%v and %v (%d days) compare wrongly", a, b, n)
		}
		if b.Weekday() != time.Weekday(floorMod(int(a.Weekday())+n, 7)) {
			t.Fatalf("%v is a %v, %d days later %v is a %v", a, a.Weekday(), n, b, b.Weekday())
		}

		k := n % 1200 // up to a hundred years of months
		c := a.AddMonths(k)
		wantMonths := a.Year()*12 + int(a.Month()) - 1 + k
		if c.Year()*12+int(c.Month())-1 != wantMonths || c.Day() > a.Day() || (c.Day() < a.Day() && c.Day() != daysIn(c.Year(), c.Month())) {
			t.Fatalf("%v.AddMonths(%d) = %v", a, k, c)
		}
		if k >= 0 {
			if got := MonthsBetween(a, c); got != k {
				t.Fatalf("MonthsBetween(%v, %v) = %d, want %d", a, c, got, k)
			}
		}
		if got := MonthsBetween(a, b); got < 0 || (n > 0 && (a.AddMonths(got).Before(b) || got > 0 && !a.AddMonths(got-1).Before(b))) {
			t.Fatalf("MonthsBetween(%v, %v) = %d is not the smallest n reaching it", a, b, got)
		}
	})
}
