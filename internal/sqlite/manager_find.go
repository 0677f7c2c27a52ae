package sqlite

import (
	"context"

	"github.com/interimdesk/interimdesk/internal/domain"
	"github.com/interimdesk/interimdesk/internal/sqlcol"
)

// FindManagers returns one page of the roster and the number of all
// matches, each manager with their status today. EINVALID for an unknown
// sort order, a negative page, rate or number of free days.
//
// With AvailableOn or MinFreeDays set, only managers who can take work that
// day qualify: active, available from that day on, and with at least
// max(MinFreeDays, 1) of their days per week not booked by a planned or
// active engagement.
func (db *DB) FindManagers(ctx context.Context, f domain.ManagerFilter) ([]*domain.Manager, int, error) {
	limit, offset, err := pageBounds(f.Page)
	if err != nil {
		return nil, 0, err
	}
	order, err := managerOrder(f.Sort)
	if err != nil {
		return nil, 0, err
	}
	today := db.today()
	w, err := managerWhere(f, today)
	if err != nil {
		return nil, 0, err
	}

	tx, err := db.beginRead(ctx)
	if err != nil {
		return nil, 0, err
	}
	defer tx.Rollback()
	total, matches, err := managerTotal(ctx, tx, f, w)
	if err != nil {
		return nil, 0, err
	}
	out, err := managerPage(ctx, tx, f, w, order, limit, offset, matches)
	if err != nil {
		return nil, 0, err
	}
	// Asked for managers free on a day, the list says how each stands on
	// that day: one booked 4 of 5 days is listed as such, not as free.
	statusDay := today
	if f.AvailableOn.After(today) {
		statusDay = f.AvailableOn
	}
	if err := fillStatus(ctx, tx, out, statusDay); err != nil {
		return nil, 0, err
	}
	if matchQuery(f.Query) != "" {
		// The count is exact here, but cut as the domain promises, so
		// that both stores tell a person the same.
		total = min(total, domain.ManagerCountLimit(offset+limit)+1)
	}
	return out, total, nil
}

// matchCond is the search's condition in managerWhere; the page by
// relevance joins the search index instead (without).
const matchCond = `m.id IN (SELECT rowid FROM managers_fts WHERE managers_fts MATCH ?)`

// managerWhere turns the filter into SQL conditions on managers m.
func managerWhere(f domain.ManagerFilter, today domain.Date) (*where, error) {
	switch {
	case f.MinFreeDays < 0 || f.MinFreeDays > 5:
		return nil, domain.Invalidf("Free days", "must be between 0 and 5 days per week.")
	case f.MaxDayRate < 0:
		return nil, domain.Invalidf("Maximum day rate", "cannot be negative.")
	}
	var w where
	if !f.IncludeInactive {
		w.add(`m.active = 1`)
	}
	if q := matchQuery(f.Query); q != "" {
		w.add(matchCond, q)
	}
	if f.Sector != "" {
		w.add(`m.id IN (SELECT manager_id FROM manager_tags WHERE kind = 'sector' AND key = ?)`, sqlcol.Fold(f.Sector))
	}
	if f.Language != "" {
		w.add(`m.id IN (SELECT manager_id FROM manager_tags WHERE kind = 'language' AND key = ?)`, sqlcol.Fold(f.Language))
	}
	if f.MaxDayRate > 0 {
		w.add(`m.day_rate <= ?`, int64(f.MaxDayRate))
	}
	if !f.AvailableOn.IsZero() || f.MinFreeDays > 0 {
		day := f.AvailableOn
		if day.IsZero() {
			day = today
		}
		d := sqlcol.DateText(day)
		w.add(`m.active = 1 AND m.available_from <= ? AND m.max_days_per_week - `+bookedDays+` >= ?`,
			d, d, max(f.MinFreeDays, 1))
	}
	return &w, nil
}

// managerOrder is the ORDER BY of a sort name; every order ends in the id
// so that pages never overlap.
func managerOrder(sort string) (string, error) {
	switch sort {
	case "", "name":
		return `m.name COLLATE NOCASE, m.id`, nil
	case "rate":
		return `m.day_rate, m.name COLLATE NOCASE, m.id`, nil
	case "-rate":
		return `m.day_rate DESC, m.name COLLATE NOCASE, m.id`, nil
	case "available":
		return `m.available_from, m.name COLLATE NOCASE, m.id`, nil
	case "relevance":
		// Best match first, tier by tier (managerPageByTier); without
		// words to rank by it is the name order.
		return `m.name COLLATE NOCASE, m.id`, nil
	}
	return "", domain.Invalidf("Sort", "%q is not a sort order for managers; use name, rate, -rate, available or relevance.", sort)
}
