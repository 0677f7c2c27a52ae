package csvio

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// column is one field of a record as a CSV column. One table of columns per
// entity drives reading, updating and writing, so the three cannot drift.
type column[T any] struct {
	// header is the name written on export, in English; it is also
	// accepted on import, as are the aliases.
	header  string
	aliases []string
	// alts are second-choice headers (contacts.go): a file may have one
	// of them beside the column, and its cell is read when the column's
	// is blank on a line ("Business Phone" beside "Mobile Phone").
	alts []string
	// fill sets the field of a new record read from a contact export
	// that has no such column, from the Options; false when they hold
	// nothing for it, and then the column is required as before.
	fill func(rec *T, opt Options) bool
	// read sets the field from a cell; an error is a sentence that starts
	// with the field's label, like the form's.
	read func(rec *T, cell string, opt Options) error
	// write returns the cell for the field.
	write func(rec *T, wo WriteOptions) string
	// copy copies the field from src to dst, for a line that updates a
	// stored record: only the cells the line fills are copied.
	copy func(dst, src *T)
	// raw: multi-line text (a CV, notes) whose spaces are kept as they are;
	// every other cell is trimmed.
	raw bool
	// ownFee: the column fills the manager's own day fee, and the import's
	// report says so, since a rate column could be taken for the client's.
	ownFee bool
	// required: a file without this column is refused as a whole, rather
	// than every line with the same complaint.
	required bool
	// free: text people type, written through neutralise so that no
	// spreadsheet runs it as a formula, and read back through unneutralise.
	// Amounts, dates, numbers and yes/no cells are written by this package
	// and cannot start like a formula.
	free bool
}

// names returns every name the column is recognised by, normalised.
func (c *column[T]) names() []string {
	out := []string{normalizeHeader(c.header)}
	for _, a := range c.aliases {
		out = append(out, normalizeHeader(a))
	}
	return out
}

// headerFold removes accents so that "Beschikbaar vanaf", "beschikbaar
// vanaf" and "BESCHIKBAAR-VANAF" name the same column. A chain keeps
// buffers between calls, so each call gets its own: files are read from
// several goroutines at once.
func headerFold() transform.Transformer {
	return transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
}

// normalizeHeader reduces a column name to lower-case letters and digits:
// "E-mail", "e-mail " and "Email" are one name, "Dagtarief (€)" is
// "dagtarief". It is safe to call from several goroutines.
func normalizeHeader(s string) string {
	folded := s
	if !isASCII(s) { // ASCII has no accents to remove
		var err error
		if folded, _, err = transform.String(headerFold(), s); err != nil {
			folded = s
		}
	}
	var b strings.Builder
	for _, r := range strings.ToLower(folded) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// isASCII reports whether s is plain ASCII, which folding leaves as it is.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// index maps every normalised name to its column number in cols. Two
// columns sharing a name is a mistake in this package, found by the tests.
func index[T any](cols []column[T]) map[string]int {
	m := map[string]int{}
	for i := range cols {
		for _, n := range cols[i].names() {
			m[n] = i
		}
	}
	return m
}
