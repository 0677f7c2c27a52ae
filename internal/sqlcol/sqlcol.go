// Package sqlcol writes the domain's values into SQL columns and scans
// them back, the same for both stores (internal/sqlite on a file,
// internal/postgres on a server): dates and timestamps in one text form
// that sorts in time order, JSON columns, optional references, and the
// folded key a tag is filtered by; and what a list counts its total in
// (ListFrom). One package, so that a value reads back alike from either
// store and an export from each is the same file.
package sqlcol

import (
	"encoding/json"
	"fmt"
	"strings"
	"time"
	"unicode"

	"github.com/interimdesk/interimdesk/internal/domain"
	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// TimeLayout stores timestamps in UTC with a fixed number of digits, so that
// the text sorts in time order and reads back to the same instant.
const TimeLayout = "2006-01-02T15:04:05.000000000Z"

// TimeText stores a timestamp.
func TimeText(t time.Time) string { return t.UTC().Format(TimeLayout) }

// DateText stores a date as 'YYYY-MM-DD', or ” for no date; ” sorts before
// every real date, so "available from (no date)" means "from always".
func DateText(d domain.Date) string {
	if d.IsZero() {
		return ""
	}
	return d.String()
}

// Date scans a date column into a domain.Date (” is the zero date).
type Date struct{ D *domain.Date }

// Scan implements sql.Scanner.
func (c Date) Scan(src any) error {
	s, err := textOf(src)
	if err != nil || s == "" {
		*c.D = domain.Date{}
		return err
	}
	d, err := domain.ParseDate(s)
	if err != nil {
		return fmt.Errorf("date column holds %q: %w", s, err)
	}
	*c.D = d
	return nil
}

// Time scans a timestamp column written by TimeText.
type Time struct{ T *time.Time }

// Scan implements sql.Scanner.
func (c Time) Scan(src any) error {
	s, err := textOf(src)
	if err != nil {
		return err
	}
	t, err := time.Parse(TimeLayout, s)
	if err != nil {
		return fmt.Errorf("timestamp column holds %q: %w", s, err)
	}
	*c.T = t
	return nil
}

// JSON scans a JSON column (text or JSONB) into V.
type JSON struct{ V any }

// Scan implements sql.Scanner.
func (c JSON) Scan(src any) error {
	s, err := textOf(src)
	if err != nil {
		return err
	}
	if err := json.Unmarshal([]byte(s), c.V); err != nil {
		return fmt.Errorf("JSON column: %w", err)
	}
	return nil
}

func textOf(src any) (string, error) {
	switch v := src.(type) {
	case nil:
		return "", nil
	case string:
		return v, nil
	case []byte:
		return string(v), nil
	}
	return "", fmt.Errorf("want text, got %T", src)
}

// JSONText is the JSON of v for a JSON column; lists are never null.
func JSONText(v any) (string, error) {
	if l, ok := v.([]string); ok && l == nil {
		return "[]", nil
	}
	// Without HTML escaping: json.Marshal writes "M&A" as "M\u0026A",
	// and the search, which reads the stored text, would never find
	// "m&a" again.
	var b strings.Builder
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return "", fmt.Errorf("encode JSON: %w", err)
	}
	return strings.TrimSuffix(b.String(), "\n"), nil
}

// NullID stores an optional reference: 0 means none, which must be NULL for
// the foreign key to accept it.
func NullID(id int64) any {
	if id == 0 {
		return nil
	}
	return id
}

// ID scans an optional reference, NULL being 0.
type ID struct{ ID *int64 }

// Scan implements sql.Scanner.
func (c ID) Scan(src any) error {
	switch v := src.(type) {
	case nil:
		*c.ID = 0
	case int64:
		*c.ID = v
	default:
		return fmt.Errorf("want an id, got %T", src)
	}
	return nil
}

// Fold is the key a tag is filtered by: lower case, accents removed, so
// that "Santé", "santé" and "Sante" are one sector.
func Fold(s string) string {
	t := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
	out, _, err := transform.String(t, s)
	if err != nil {
		out = s
	}
	return strings.ToLower(strings.TrimSpace(out))
}
