package sqlcol

import (
	"testing"
	"time"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// What is written reads back as it was, from text as SQLite returns it
// and from bytes as PostgreSQL's driver may; the texts sort in time order.
func TestValuesReadBackAsWritten(t *testing.T) {
	at := time.Date(2026, 5, 9, 10, 30, 0, 123456789, time.FixedZone("Brussels", 2*3600))
	var back time.Time
	if err := (Time{T: &back}).Scan([]byte(TimeText(at))); err != nil || !back.Equal(at) {
		t.Errorf("time %v read back as %v (%v)", at, back, err)
	}
	if a, b := TimeText(at), TimeText(at.Add(time.Nanosecond)); a >= b {
		t.Errorf("%q does not sort before %q", a, b)
	}
	day := domain.NewDate(2026, 12, 6)
	var d domain.Date
	if err := (Date{D: &d}).Scan(DateText(day)); err != nil || d != day {
		t.Errorf("date %v read back as %v (%v)", day, d, err)
	}
	if err := (Date{D: &d}).Scan(DateText(domain.Date{})); err != nil || !d.IsZero() {
		t.Errorf("no date read back as %v (%v)", d, err)
	}
	var id int64 = 7
	if err := (ID{ID: &id}).Scan(NullID(0)); err != nil || id != 0 {
		t.Errorf("no reference read back as %d (%v)", id, err)
	}
	var tags []string
	text, err := JSONText([]string{"M&A"})
	if err != nil || text != `["M&A"]` {
		t.Errorf("JSONText = %q, %v", text, err)
	}
	if err := (JSON{V: &tags}).Scan(text); err != nil || len(tags) != 1 || tags[0] != "M&A" {
		t.Errorf("tags read back as %q (%v)", tags, err)
	}
	if got := Fold("  Santé "); got != "sante" {
		t.Errorf("Fold = %q", got)
	}
}
