package postgres

import "github.com/interimdesk/interimdesk/internal/domain"

// Page sizes, as the SQLite store's: a list shows DefaultLimit rows unless
// asked otherwise, and never more than MaxLimit in one go.
const (
	DefaultLimit = 100
	MaxLimit     = 1000
)

// pageBounds returns LIMIT and OFFSET for a page request.
func pageBounds(p domain.Page) (limit, offset int, err error) {
	if p.Offset < 0 {
		return 0, 0, domain.Invalidf("Page", "the offset cannot be negative.")
	}
	if p.Limit < 0 {
		return 0, 0, domain.Invalidf("Page", "the number of rows cannot be negative.")
	}
	limit = p.Limit
	if limit == 0 {
		limit = DefaultLimit
	}
	return min(limit, MaxLimit), p.Offset, nil
}
