package postgres

import (
	"strings"
	"unicode"
)

// searchTerms splits what a person typed into the terms of the search, as
// the SQLite store's matchQuery does: control characters separate terms,
// and a term without a letter or digit is dropped. The database's
// search_query (migration 0001) folds each term, makes a phrase of its
// words and the last word a prefix. nil when nothing searchable is left.
// The terms travel as one text[] argument, so no input is ever query
// syntax.
func searchTerms(q string) []string {
	q = strings.Map(func(r rune) rune {
		if unicode.IsControl(r) {
			return ' '
		}
		return r
	}, q)
	var terms []string
	for _, f := range strings.Fields(q) {
		if strings.IndexFunc(f, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsNumber(r) }) < 0 {
			continue
		}
		terms = append(terms, f)
	}
	return terms
}

// matchCond is the condition that column (a tsvector of search_words)
// matches the terms bound to placeholder ph; a query left empty by the
// folding matches nothing. search_query is IMMUTABLE and every statement
// is planned with its arguments (Open), so the planner folds it into the
// tsquery itself, estimates the matches from the column's statistics, and
// the query is not made again for each row.
func matchCond(column, ph string) string {
	return column + ` @@ search_query(` + ph + `::text[])`
}
