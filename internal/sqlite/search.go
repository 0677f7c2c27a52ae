package sqlite

import (
	"strings"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// matchQuery turns what a person typed into an FTS5 query that cannot be a
// syntax error: every term becomes a quoted string (so AND, NEAR, "-", "*"
// and quotes are plain text), the terms must all match, and the last one
// matches as a prefix, because people search while they type ("cf" finds
// "CFO"). Terms without a letter or digit are dropped: the tokenizer would
// make them empty. Control characters separate terms, because FTS5 reads a
// NUL as the end of the query. It returns "" when nothing searchable is left.
func matchQuery(q string) string {
	return strings.Join(matchTerms(q), " ")
}

// matchTerms are the quoted words of matchQuery (domain.SearchWords), the
// last a prefix.
func matchTerms(q string) []string {
	var terms []string
	for _, f := range domain.SearchWords(q) {
		terms = append(terms, `"`+strings.ReplaceAll(f, `"`, `""`)+`"`)
	}
	if len(terms) > 0 {
		terms[len(terms)-1] += "*"
	}
	return terms
}
