package sqlite

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

// timeLayout stores timestamps in UTC with a fixed number of digits, so that
// the text sorts in time order and reads back to the same instant.
const timeLayout = "2006-01-02T15:04:05.000000000Z"

func timeText(t time.Time) string { return t.UTC().Format(timeLayout) }

// dateText stores a date as 'YYYY-MM-DD', or ” for no date; ” sorts before
// every real date, so "available from (no date)" means "from always".
func dateText(d domain.Date) string {
	if d.IsZero() {
		return ""
	}
	return d.String()
}

// dateCol scans a date column into a domain.Date (” is the zero date).
type dateCol struct{ d *domain.Date }

func (c dateCol) Scan(src any) error {
	s, err := textOf(src)
	if err != nil || s == "" {
		*c.d = domain.Date{}
		return err
	}
	d, err := domain.ParseDate(s)
	if err != nil {
		return fmt.Errorf("date column holds %q: %w", s, err)
	}
	*c.d = d
	return nil
}

// timeCol scans a timestamp column written by timeText.
type timeCol struct{ t *time.Time }

func (c timeCol) Scan(src any) error {
	s, err := textOf(src)
	if err != nil {
		return err
	}
	t, err := time.Parse(timeLayout, s)
	if err != nil {
		return fmt.Errorf("timestamp column holds %q: %w", s, err)
	}
	*c.t = t
	return nil
}

// jsonCol scans a JSON text column into v.
type jsonCol struct{ v any }

func (c jsonCol) Scan(src any) error {
	s, err := textOf(src)
	if err != nil {
		return err
	}
	if err := json.Unmarshal([]byte(s), c.v); err != nil {
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

// jsonText is the JSON of v for a TEXT column; lists are never null.
func jsonText(v any) (string, error) {
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

// nullID stores an optional reference: 0 means none, which must be NULL for
// the foreign key to accept it.
func nullID(id int64) any {
	if id == 0 {
		return nil
	}
	return id
}

// idCol scans an optional reference, NULL being 0.
type idCol struct{ id *int64 }

func (c idCol) Scan(src any) error {
	switch v := src.(type) {
	case nil:
		*c.id = 0
	case int64:
		*c.id = v
	default:
		return fmt.Errorf("want an id, got %T", src)
	}
	return nil
}

// fold is the key a tag is filtered by: lower case, accents removed, so
// that "Santé", "santé" and "Sante" are one sector.
func fold(s string) string {
	t := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
	out, _, err := transform.String(t, s)
	if err != nil {
		out = s
	}
	return strings.ToLower(strings.TrimSpace(out))
}
