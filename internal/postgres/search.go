package postgres

import (
	"github.com/interimdesk/interimdesk/internal/domain"
)

// searchTerms are the words of the search (domain.SearchWords). The
// database's search_query (migration 0001) folds each, makes a phrase of
// its parts and the last word a prefix. The terms travel as one text[]
// argument, so no input is ever query syntax.
func searchTerms(q string) []string { return domain.SearchWords(q) }

// matchCond is the condition that column (a tsvector of search_words)
// matches the terms bound to placeholder ph; a query left empty by the
// folding matches nothing. search_query is IMMUTABLE and every statement
// is planned with its arguments (Open), so the planner folds it into the
// tsquery itself, estimates the matches from the column's statistics, and
// the query is not made again for each row.
func matchCond(column, ph string) string {
	return column + ` @@ search_query(` + ph + `::text[])`
}
