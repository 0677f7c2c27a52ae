package postgres

import (
	"strings"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// listOrder turns a list's sort key ("client", or "-client" for the other
// way) into an ORDER BY from orders, ending on the id column so pages
// never overlap; "" is def. EINVALID names the keys there are. As in
// SQLite, an empty value (NULL: an engagement without a manager) sorts
// first, and last the other way.
func listOrder(what, sort, def, id string, orders map[string]string, keys string) (string, error) {
	if sort == "" {
		return def, nil
	}
	key, desc := strings.CutPrefix(sort, "-")
	expr, ok := orders[key]
	if !ok {
		return "", domain.Invalidf("Sort", "%q is not a sort order for %s; use %s, each with - before it for the other way.", sort, domain.Word(what), keys)
	}
	dir, nulls := " ASC", " NULLS FIRST"
	if desc {
		dir, nulls = " DESC", " NULLS LAST"
	}
	var b strings.Builder
	for _, part := range strings.Split(expr, ",") {
		b.WriteString(strings.TrimSpace(part) + dir + nulls + ", ")
	}
	return b.String() + id + dir, nil
}

// The sort keys of the engagement list, each an expression over the
// list's own FROM. Names sort as SQLite's NOCASE does.
var engagementOrders = map[string]string{
	"client":  `nocase(c.legal_name) COLLATE "C"`,
	"manager": `nocase(m.name) COLLATE "C"`,
	"kind":    "e.kind",
	"start":   "e.start_on",
	"end":     "e.end_on",
	"status":  "e.status",
}

// escapeLike makes s match itself in a LIKE pattern with ESCAPE '\'.
func escapeLike(s string) string {
	return strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`).Replace(s)
}
