package sqlite

import (
	"strings"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// listOrder turns a list's sort key ("client", or "-client" for the other
// way) into an ORDER BY from orders, ending on the id column so pages
// never overlap; "" is def. EINVALID names the keys there are.
func listOrder(what, sort, def, id string, orders map[string]string, keys string) (string, error) {
	if sort == "" {
		return def, nil
	}
	key, desc := strings.CutPrefix(sort, "-")
	expr, ok := orders[key]
	if !ok {
		return "", domain.Invalidf("Sort", "%q is not a sort order for %s; use %s, each with - before it for the other way.", sort, domain.Word(what), keys)
	}
	dir := " ASC"
	if desc {
		dir = " DESC"
	}
	var b strings.Builder
	for _, part := range strings.Split(expr, ",") {
		b.WriteString(strings.TrimSpace(part) + dir + ", ")
	}
	return b.String() + id + dir, nil
}

// The sort keys of the proposal and engagement lists, each an expression
// over the list's own FROM. Names sort without regard to case.
var (
	proposalOrders = map[string]string{
		"number":  "p.number",
		"title":   "p.title COLLATE NOCASE",
		"status":  "p.status",
		"client":  "c.legal_name COLLATE NOCASE",
		"changed": "p.updated_at",
	}
	engagementOrders = map[string]string{
		"client":  "c.legal_name COLLATE NOCASE",
		"manager": "m.name COLLATE NOCASE",
		"kind":    "e.kind",
		"start":   "e.start_on",
		"end":     "e.end_on",
		"status":  "e.status",
	}
)
