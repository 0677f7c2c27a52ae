// Package namematch matches an import line without a key to the stored
// record of the same name, the same way in both stores (internal/sqlite
// and internal/postgres): accents, capitals and spaces ignored, one
// stored record of that name updated, a name shared or repeated left out.
package namematch

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/interimdesk/interimdesk/internal/domain"
	"golang.org/x/text/unicode/norm"
)

// A line without a key (a LinkedIn connection without an e-mail address, a
// client without a VAT number) cannot be matched the usual way; added
// blindly, every new import of the same contact file would add everybody
// again. Such a line is matched by name instead, accents, capitals and
// spaces ignored: the one stored record of that name is updated with what
// the line fills (a likely duplicate, said in the preview), a name that
// several stored records share leaves the line out, as does a name an
// earlier line of the file already had.

// Matcher remembers the names of one import: the file's as its lines
// are judged, the store's once a line without a key needs them.
type Matcher struct {
	query  string             // SELECT id, name of every stored record
	stored map[string][]int64 // nameKey → ids; nil until first needed
	inFile map[string]int     // nameKey → the first line with that name
}

// New matches by the names query returns: SELECT id, name of every
// stored record.
func New(query string) *Matcher {
	return &Matcher{query: query, inFile: map[string]int{}}
}

// Key folds a name the way two spellings of one person meet: "Joëlle
// DUBOIS" and "joelle  dubois" are one key. It runs on every line of an
// import, so it builds the key in one pass, without the buffers of a
// transform chain (fold): a roster of 100,000 lines pays about one small
// allocation a line.
func Key(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			s = norm.NFD.String(s) // "ë" is "e" and a combining diaeresis
			break
		}
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Mn, r):
		case unicode.IsSpace(r):
			space = b.Len() > 0
		default:
			if space {
				b.WriteByte(' ')
				space = false
			}
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// saw records the name of a line; the first line with a name keeps it.
func (n *Matcher) saw(key string, line int) {
	if _, ok := n.inFile[key]; !ok && key != "" {
		n.inFile[key] = line
	}
}

// sameAs records the name of a line with a key and returns the earlier
// line with that name, 0 when none: two lines of one name and two e-mail
// addresses are imported, and the preview asks to check them.
func (n *Matcher) SameAs(key string, line int) int {
	if first, ok := n.inFile[key]; ok && key != "" {
		return first
	}
	n.saw(key, line)
	return 0
}

// storedIDs returns the stored records named key. The names are read in
// one query the first time: an import whose every line has a key never
// reads them.
func (n *Matcher) storedIDs(ctx context.Context, tx *sql.Tx, key string) ([]int64, error) {
	if n.stored == nil {
		rows, err := tx.QueryContext(ctx, n.query)
		if err != nil {
			return nil, fmt.Errorf("read stored names: %w", err)
		}
		defer rows.Close()
		n.stored = map[string][]int64{}
		for rows.Next() {
			var id int64
			var name string
			if err := rows.Scan(&id, &name); err != nil {
				return nil, fmt.Errorf("read stored names: %w", err)
			}
			k := Key(name)
			n.stored[k] = append(n.stored[k], id)
		}
		if err := rows.Err(); err != nil {
			return nil, fmt.Errorf("read stored names: %w", err)
		}
	}
	return n.stored[key], nil
}

// ByName judges a line without a key. It returns the stored record
// the line updates (0: none; then the line is added as usual), or a line
// that is skipped as a likely duplicate.
func ByName(ctx context.Context, tx *sql.Tx, n *Matcher, name, one, keyLabel string, line domain.ImportLine) (id int64, skip *domain.ImportLine, err error) {
	key := Key(name)
	if key == "" {
		return 0, nil, nil
	}
	if first, dup := n.inFile[key]; dup {
		line.Action = domain.ImportSkip
		line.Reason = domain.ErrorMessage(domain.Errorf(domain.EINVALID, "%s is also on line %d, and this line has no %s to tell them apart; it was left out as a likely duplicate.",
			name, first, keyWord(keyLabel)))
		return 0, &line, nil
	}
	n.saw(key, line.Line)
	ids, err := n.storedIDs(ctx, tx, key)
	if err != nil || len(ids) == 0 {
		return 0, nil, err
	}
	if len(ids) > 1 {
		line.Action = domain.ImportSkip
		line.Reason = domain.ErrorMessage(domain.Errorf(domain.EINVALID, "More than one stored %s is named %s, and this line has no %s to tell which; it was left out as a likely duplicate.",
			domain.Word(one), name, keyWord(keyLabel)))
		return 0, &line, nil
	}
	return ids[0], nil, nil
}

// KeepStoredName puts the stored name back on a record a line matched by
// name: the two are the same name, and the stored spelling ("Joëlle
// Dubois") is the one somebody chose, where a contact file often has
// "Joelle DUBOIS".
func KeepStoredName(merged, stored any) {
	switch m := merged.(type) {
	case *domain.Manager:
		m.Name = stored.(*domain.Manager).Name
	case *domain.Client:
		s := stored.(*domain.Client)
		m.LegalName, m.TradeName = s.LegalName, s.TradeName
	}
}

// keyWord is the key's label inside a sentence: "e-mail" in lower case,
// "VAT number" as it is written.
func keyWord(label string) domain.Word {
	if label == "E-mail" {
		return "e-mail"
	}
	return domain.Word(label)
}
