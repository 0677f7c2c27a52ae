package csvio

import (
	"cmp"
	"slices"
	"strings"
	"sync"
)

// Contact exports (LinkedIn's Connections.csv, Google Contacts, Outlook)
// write a person's name in parts, several e-mail, phone and address
// columns of which the first filled is the one to keep, and a salutation
// ("Dhr.", "Mevr.", "Mr.") under the header "Title". This file knows those
// headers; the column tables of clients.go and managers.go name the
// second-choice columns of each field (column.alts).

// namePart is a part of a person's name, as contact exports split it.
type namePart int

const (
	firstName namePart = iota
	middleName
	lastName
	nameParts // how many parts there are
)

// namePartNames maps the normalised headers of the parts of a name to the
// part. Dutch Outlook writes "Voornaam", "Middelste naam", "Achternaam";
// a Dutch sheet often has "Tussenvoegsel" ("van", "de") between them.
// Built on first use, as the other tables below: every command, not only
// an import, paid for them at start.
var namePartNames = sync.OnceValue(func() map[string]namePart {
	return normalizedMap(map[namePart][]string{
		firstName:  {"first name", "given name", "firstname", "voornaam", "prénom"},
		middleName: {"middle name", "additional name", "second name", "middelste naam", "tussenvoegsel", "tussenvoegsels"},
		lastName:   {"last name", "family name", "surname", "lastname", "achternaam", "familienaam", "nom de famille"},
	})
})

// salutationNames are the headers of a salutation or a suffix: Outlook's
// "Title" holds "Dhr.", "Mevr." or "Mr.", never what a person does (that
// is its "Job Title"), so it is never read as a headline.
var salutationNames = sync.OnceValue(func() map[string]bool {
	return normalizedMap(map[bool][]string{true: {
		"title", "titel", "titre", "name prefix", "prefix", "aanhef", "salutation", "civilité",
		"suffix", "name suffix", "achtervoegsel",
	}})
})

func normalizedMap[K comparable](in map[K][]string) map[string]K {
	out := map[string]K{}
	for k, names := range in {
		for _, n := range names {
			out[normalizeHeader(n)] = k
		}
	}
	return out
}

// ColumnHow says how the columns of a ColumnUse fill their field.
type ColumnHow string

const (
	ColumnRead        ColumnHow = "read"         // one column fills the field
	ColumnJoined      ColumnHow = "joined"       // first, middle and last name make the name
	ColumnFirstFilled ColumnHow = "first filled" // the first of them that is filled on a line
	ColumnSalutation  ColumnHow = "salutation"   // ignored: a salutation such as Dhr. or Mr.
	ColumnIgnored     ColumnHow = "ignored"      // not a field Interim Desk knows
)

// ColumnUse says what some columns of a file become, for the import's
// preview: "First Name, Last Name → Name".
type ColumnUse struct {
	Headers []string  // as the file writes them, in the order they are used
	Field   string    // the field's label, as the form names it ("E-mail"); "" when ignored
	How     ColumnHow // how the columns fill the field
}

// altIndex maps every normalised second-choice header to its column and
// its rank among the column's alts.
func altIndex[T any](cols []column[T]) map[string][2]int {
	m := map[string][2]int{}
	for i := range cols {
		for r, a := range cols[i].alts {
			m[normalizeHeader(a)] = [2]int{i, r}
		}
	}
	return m
}

// namesRecord reports whether a line of cells, read as a header, names the
// record's name: its first column (a manager's name, a client's legal
// name), or a part of a person's name where such parts make that name.
func (e *entity[T]) namesRecord(cells []string) bool {
	names := index(e.columns)
	for _, c := range cells {
		n := normalizeHeader(c)
		if i, ok := names[n]; ok && i == 0 {
			return true
		}
		if _, ok := namePartNames()[n]; ok && e.personIndex() == 0 {
			return true
		}
	}
	return false
}

// knownColumns counts the cells of a line that, read as a header, are
// columns the reader knows.
func (e *entity[T]) knownColumns(cells []string) int {
	names, alts := index(e.columns), altIndex(e.columns)
	n := 0
	for _, c := range cells {
		h := normalizeHeader(c)
		_, col := names[h]
		_, alt := alts[h]
		_, part := namePartNames()[h]
		if col || alt || part {
			n++
		}
	}
	return n
}

// personIndex is the column a name in parts fills; -1 when the record
// has none.
func (e *entity[T]) personIndex() int {
	return slices.IndexFunc(e.columns, func(c column[T]) bool { return c.header == e.person })
}

// personName joins the parts of a name on one line: "Jan", "van",
// "Damme" is "Jan van Damme".
func personName(cells []string, parts [nameParts]int) string {
	var out []string
	for _, i := range parts {
		if i < 0 || i >= len(cells) {
			continue
		}
		if p := unneutralise(trimCell(cells[i])); p != "" {
			out = append(out, p)
		}
	}
	return strings.Join(out, " ")
}

// mapping says what each column of the header becomes, in the order of
// the header's first cell of each field; ignored columns last.
func (l *layout[T]) mapping(header []string, salutations, ignored []int) []ColumnUse {
	type use struct {
		first int
		ColumnUse
	}
	var uses []use
	for k, c := range l.cols {
		u := use{first: len(header), ColumnUse: ColumnUse{Field: c.header, How: ColumnRead}}
		add := func(cell int) {
			u.Headers = append(u.Headers, trimCell(header[cell]))
			u.first = min(u.first, cell)
		}
		for cell, j := range l.at {
			if j == k {
				add(cell)
			}
		}
		for _, f := range l.fallbacks {
			if f.k == k {
				add(f.cell)
				u.How = ColumnFirstFilled
			}
		}
		if k == l.personK {
			for _, cell := range l.parts {
				if cell >= 0 {
					add(cell)
				}
			}
			u.How = ColumnJoined
		}
		uses = append(uses, u)
	}
	slices.SortStableFunc(uses, func(a, b use) int { return cmp.Compare(a.first, b.first) })
	out := make([]ColumnUse, 0, len(uses)+2)
	for _, u := range uses {
		out = append(out, u.ColumnUse)
	}
	for _, group := range []struct {
		cells []int
		how   ColumnHow
	}{{salutations, ColumnSalutation}, {ignored, ColumnIgnored}} {
		if len(group.cells) == 0 {
			continue
		}
		u := ColumnUse{How: group.how}
		for _, cell := range group.cells {
			u.Headers = append(u.Headers, trimCell(header[cell]))
		}
		out = append(out, u)
	}
	return out
}
