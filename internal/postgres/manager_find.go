package postgres

import (
	"context"
	"database/sql"

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
	w, terms, err := managerWhere(f, today)
	if err != nil {
		return nil, 0, err
	}
	// Best match first reads the matches by tier (manager_find_tiers.go)
	// from the filter's other conditions.
	var base *where
	if terms != "" && f.Sort == "relevance" {
		nf := f
		nf.Query = ""
		if base, _, err = managerWhere(nf, today); err != nil {
			return nil, 0, err
		}
	}
	// Asked for managers free on a day, the list says how each stands on
	// that day: one booked 4 of 5 days is listed as such, not as free.
	statusDay := today
	if f.AvailableOn.After(today) {
		statusDay = f.AvailableOn
	}
	var out []*domain.Manager
	var total int
	err = db.read(ctx, func(tx *sql.Tx) (err error) {
		// A search in name order chooses between walk and look-up
		// (managerPage) from the number of matches and the roster's size.
		var last int64
		if terms != "" && f.Sort != "relevance" {
			if last, err = lastManagerID(ctx, tx); err != nil {
				return err
			}
		}
		if total, err = managerCount(ctx, tx, w, terms, limit, offset, last); err != nil {
			return err
		}
		if base != nil {
			var ids []int64
			if ids, err = managerIDsByTier(ctx, tx, base, searchTerms(f.Query), total, limit, offset); err != nil {
				return err
			}
			out, err = managersInOrder(ctx, tx, ids)
		} else {
			out, err = managerPage(ctx, tx, f, w, terms, total, last, order, limit, offset)
		}
		if err != nil {
			return err
		}
		return fillStatus(ctx, tx, out, statusDay)
	})
	if terms != "" {
		total = min(total, domain.ManagerCountLimit(offset+limit)+1)
	}
	return out, total, err
}

// managerCount counts the managers w selects: all of them without words,
// and with words as far as the page needs (domain.ManagerCountLimit), or,
// given the roster's last id, as far as the choice between walk and
// look-up needs (managerPage), whichever is further; the caller cuts the
// total down to what the domain promises.
func managerCount(ctx context.Context, tx *sql.Tx, w *where, terms string, limit, offset int, last int64) (int, error) {
	if terms == "" {
		return count(ctx, tx, "managers m", w)
	}
	need := offset + limit
	upTo := domain.ManagerCountLimit(need) + 1
	if last > 0 {
		upTo = max(upTo, walkFrom(need, last)+1)
	}
	return countUpTo(ctx, tx, "managers m", w, upTo)
}

// managerWhere turns the filter into SQL conditions on managers m; terms
// is the placeholder of the search's terms, "" without a search.
func managerWhere(f domain.ManagerFilter, today domain.Date) (w *where, terms string, err error) {
	switch {
	case f.MinFreeDays < 0 || f.MinFreeDays > 5:
		return nil, "", domain.Invalidf("Free days", "must be between 0 and 5 days per week.")
	case f.MaxDayRate < 0:
		return nil, "", domain.Invalidf("Maximum day rate", "cannot be negative.")
	}
	w = &where{}
	if !f.IncludeInactive {
		w.add(`m.active`)
	}
	if t := searchTerms(f.Query); t != nil {
		terms = w.arg(t)
		w.add(matchCond("m.search", terms))
	}
	if f.Sector != "" {
		w.add(`m.id IN (SELECT manager_id FROM manager_tags WHERE kind = 'sector' AND key = ` + w.arg(sqlcol.Fold(f.Sector)) + `)`)
	}
	if f.Language != "" {
		w.add(`m.id IN (SELECT manager_id FROM manager_tags WHERE kind = 'language' AND key = ` + w.arg(sqlcol.Fold(f.Language)) + `)`)
	}
	if f.MaxDayRate > 0 {
		w.add(`m.day_rate <= ` + w.arg(int64(f.MaxDayRate)))
	}
	if !f.AvailableOn.IsZero() || f.MinFreeDays > 0 {
		day := f.AvailableOn
		if day.IsZero() {
			day = today
		}
		d := w.arg(sqlcol.DateText(day))
		w.add(`m.active AND m.available_from <= ` + d + ` AND m.max_days_per_week - ` + bookedDays(d) +
			` >= ` + w.arg(max(f.MinFreeDays, 1)))
	}
	return w, terms, nil
}

// managerOrder is the ORDER BY of a sort name; every order ends in the id
// so that pages never overlap. Names sort as SQLite's NOCASE does.
func managerOrder(sort string) (string, error) {
	const name = `nocase(m.name) COLLATE "C", m.id`
	switch sort {
	case "", "name", "relevance":
		// By relevance FindManagers reads the tiers, each by name;
		// without words to rank by it is the name order.
		return name, nil
	case "rate":
		return `m.day_rate, ` + name, nil
	case "-rate":
		return `m.day_rate DESC, ` + name, nil
	case "available":
		return `m.available_from, ` + name, nil
	}
	return "", domain.Invalidf("Sort", "%q is not a sort order for managers; use name, rate, -rate, available or relevance.", sort)
}
