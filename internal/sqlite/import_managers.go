package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/interimdesk/interimdesk/internal/domain"
)

// ImportManagers imports lines of managers in one transaction: a line whose
// e-mail address (ignoring capitals) is on the roster updates that manager,
// any other line adds one; each is validated by Manager.Validate. With
// opt.DryRun nothing is written and the report says what would happen.
// Without opt.SkipInvalid the first refused line stops the import with
// EINVALID and nothing is written; with it, refused lines are left out.
// The report lists every line judged, also when an error is returned.
// EINVALID also when the disk is full or read-only, when the rows end in
// an error, or when ctx ends.
func (db *DB) ImportManagers(ctx context.Context, rows domain.ImportRows[domain.Manager], opt domain.ImportOptions) (*domain.ImportReport, error) {
	return importRows(ctx, db, &managerImport, rows, opt)
}

var managerImport = importSpec[domain.Manager]{
	noun:      "managers",
	one:       "manager",
	keyLabel:  "E-mail",
	key:       func(m *domain.Manager) string { return emailKey(m.Email) },
	keyOf:     emailKey,
	loadKeys:  `SELECT id, email FROM managers WHERE email <> ''`,
	loadNames: `SELECT id, name FROM managers`,
	normalize: (*domain.Manager).Normalize,
	validate:  (*domain.Manager).Validate,
	name:      func(m *domain.Manager) string { return m.Name },
	id:        func(m *domain.Manager) *int64 { return &m.ID },
	diff:      managerChanges,
	bulk: bulkSpec{
		table:   "managers",
		indexed: []string{"managers"},
		trigger: "managers_fts_insert",
		fill: `INSERT INTO managers_fts (rowid, name, headline, skills, sectors, languages, cv, notes)
			SELECT id, name, headline, skills, sectors, languages, cv, notes FROM managers WHERE id >= ?`,
	},
	checked: []string{"managers", "manager_tags", "events"},
	writer:  newManagerWriter,
}

// emailKey folds an address the way the unique index on managers.email
// does (COLLATE NOCASE): ASCII capitals only.
func emailKey(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= 'A' && r <= 'Z' {
			return r + 'a' - 'A'
		}
		return r
	}, s)
}

// managerChanges names the fields an update changes, in the form's order.
func managerChanges(a, b *domain.Manager) []string {
	var c changes
	c.add("Name", a.Name != b.Name)
	c.add("E-mail", a.Email != b.Email)
	c.add("Phone", a.Phone != b.Phone)
	c.add("City", a.City != b.City)
	c.add("Headline", a.Headline != b.Headline)
	c.add("Skills", !slices.Equal(a.Skills, b.Skills))
	c.add("Sectors", !slices.Equal(a.Sectors, b.Sectors))
	c.add("Languages", !slices.Equal(a.Languages, b.Languages))
	c.add("Day rate", a.DayRate != b.DayRate)
	c.add("Available from", a.AvailableFrom != b.AvailableFrom)
	c.add("Days per week", a.MaxDaysPerWeek != b.MaxDaysPerWeek)
	c.add("CV", a.CV != b.CV)
	c.add("Company", a.Company.Name != b.Company.Name)
	c.add("Company VAT number", a.Company.VATID != b.Company.VATID)
	c.add("Company IBAN", a.Company.IBAN != b.Company.IBAN)
	c.add("Active", a.Active != b.Active)
	c.add("Notes", a.Notes != b.Notes)
	return c
}

// changes collects the labels of changed fields.
type changes []string

func (c *changes) add(label string, changed bool) {
	if changed {
		*c = append(*c, label)
	}
}

// managerBatch is how many new managers one INSERT writes: a statement of
// many rows costs little more than one of a single row. Batches of 10, 50
// and 200 rows (18 parameters each) measured the same for 100,000 lines.
const managerBatch = 50

// managerInsertColumns are the columns an import writes, in the order of
// the parameters of one row.
const managerInsertColumns = `id, name, email, phone, city, headline, skills, sectors, languages,
	day_rate, available_from, max_days_per_week, cv, company_name, company_vat_id, company_iban,
	active, notes, rev, created_at, updated_at,
	company_street, company_postcode, company_city, company_country, company_number`

// managerWriter writes managers and their tags, batch rows to an INSERT.
type managerWriter struct {
	tx    *sql.Tx
	now   time.Time // the rev and times of new managers; zero: the record's own
	row   string    // the VALUES of one row
	args  []any     // buffered parameters of new managers
	n     int       // parameters a row
	batch int       // rows an INSERT
	tags  *tagWriter

	find1, insertN, update1, deleteTags *sql.Stmt
}

func newManagerWriter(ctx context.Context, tx *sql.Tx, now time.Time) (recordWriter[domain.Manager], error) {
	return openManagerWriter(ctx, tx, now, managerBatch)
}

// openManagerWriter writes batch rows to an INSERT. With a time, rev and
// the timestamps are the same for every new manager: written into the
// statement, they are three parameters fewer to bind per row (timeText
// makes digits, dashes, colons and letters only).
func openManagerWriter(ctx context.Context, tx *sql.Tx, now time.Time, batch int) (*managerWriter, error) {
	// 18 fields, rev and the times, then the company's seat and number.
	w := &managerWriter{tx: tx, now: now, batch: batch, n: 26, row: "(" + strings.Repeat("?, ", 25) + "?)", tags: newTagWriter(tx)}
	if !now.IsZero() {
		ts := timeText(now)
		w.n, w.row = 23, "("+strings.Repeat("?, ", 18)+"1, '"+ts+"', '"+ts+"'"+strings.Repeat(", ?", 5)+")"
	}
	p := preparer{ctx: ctx, tx: tx}
	w.find1 = p.prepare(`SELECT ` + managerColumns + ` FROM managers m WHERE m.id = ?`)
	w.insertN = p.prepare(w.insertSQL(batch))
	w.update1 = p.prepare(`UPDATE managers SET name = ?, email = ?, phone = ?, city = ?,
			headline = ?, skills = ?, sectors = ?, languages = ?, day_rate = ?, available_from = ?,
			max_days_per_week = ?, cv = ?, company_name = ?, company_vat_id = ?, company_iban = ?,
			active = ?, notes = ?, rev = rev + 1, updated_at = ?
		WHERE id = ? RETURNING rev`)
	w.deleteTags = p.prepare(`DELETE FROM manager_tags WHERE manager_id = ?`)
	if p.err != nil {
		w.close()
		return nil, fmt.Errorf("prepare the manager import: %w", p.err)
	}
	return w, nil
}

func (w *managerWriter) insertSQL(rows int) string {
	return `INSERT INTO managers (` + managerInsertColumns + `) VALUES ` +
		strings.TrimSuffix(strings.Repeat(w.row+", ", rows), ", ")
}

// preparer prepares statements until the first error, which it keeps.
type preparer struct {
	ctx context.Context
	tx  *sql.Tx
	err error
}

func (p *preparer) prepare(q string) *sql.Stmt {
	if p.err != nil {
		return nil
	}
	s, err := p.tx.PrepareContext(p.ctx, q)
	p.err = err
	return s
}

// closeAll closes the statements that were prepared.
func closeAll(stmts ...*sql.Stmt) {
	for _, s := range stmts {
		if s != nil {
			s.Close()
		}
	}
}

func (w *managerWriter) close() {
	closeAll(w.find1, w.insertN, w.update1, w.deleteTags)
}

func (w *managerWriter) find(ctx context.Context, id int64) (*domain.Manager, error) {
	m, err := scanManager(w.find1.QueryRowContext(ctx, id))
	if err != nil {
		return nil, fmt.Errorf("read manager %d: %w", id, err)
	}
	return m, nil
}

// add buffers a new manager and its tags; a full batch is written.
func (w *managerWriter) add(ctx context.Context, m *domain.Manager) error {
	skills, sectors, languages, err := managerLists(m)
	if err != nil {
		return err
	}
	co := m.Company
	w.args = append(w.args, m.ID, m.Name, m.Email, m.Phone, m.City, m.Headline, skills, sectors,
		languages, int64(m.DayRate), dateText(m.AvailableFrom), m.MaxDaysPerWeek, m.CV, co.Name, co.VATID,
		co.IBAN, m.Active, m.Notes)
	if w.now.IsZero() {
		w.args = append(w.args, max(m.Rev, 1), timeText(m.CreatedAt), timeText(m.UpdatedAt))
	} else {
		m.Rev, m.CreatedAt, m.UpdatedAt = 1, w.now, w.now
	}
	w.args = append(w.args, co.Seat.Street, co.Seat.Postcode, co.Seat.City, co.Seat.Country, co.CompanyNumber)
	w.tags.add(m)
	if len(w.args) < w.n*w.batch {
		return nil
	}
	if _, err := w.insertN.ExecContext(ctx, w.args...); err != nil {
		return fmt.Errorf("import managers: %w", err)
	}
	w.args = w.args[:0]
	return w.tags.write(ctx, false)
}

// flush writes the managers and tags left over.
func (w *managerWriter) flush(ctx context.Context) error {
	if n := len(w.args) / w.n; n > 0 {
		if _, err := w.tx.ExecContext(ctx, w.insertSQL(n), w.args...); err != nil {
			return fmt.Errorf("import managers: %w", err)
		}
		w.args = w.args[:0]
	}
	return w.tags.write(ctx, true)
}

// tagWriter writes the tag rows saveManagerTags would write, in batches,
// in the order of the managers, each after its manager: every row lands
// at the end of its (kind, key) in the table's key and in
// manager_tags_manager.
type tagWriter struct {
	tx   *sql.Tx
	fold map[string]string // tag value → key: sectors repeat across a roster
	args []any             // manager, kind, key, value of the rows buffered
	full *sql.Stmt         // a full batch
}

// tagBatch is the number of tag rows one INSERT writes.
const tagBatch = 200

func newTagWriter(tx *sql.Tx) *tagWriter {
	return &tagWriter{tx: tx, fold: map[string]string{}}
}

// add buffers the tags of m, which must be written before the next write.
func (t *tagWriter) add(m *domain.Manager) {
	for _, kv := range []struct {
		kind   string
		values []string
	}{{"sector", m.Sectors}, {"language", m.Languages}} {
		for _, v := range kv.values {
			k, ok := t.fold[v]
			if !ok {
				k = fold(v)
				t.fold[v] = k
			}
			t.args = append(t.args, m.ID, kv.kind, k, v)
		}
	}
}

// write writes the full batches buffered, or with all every row. OR
// IGNORE: "Santé" and "Sante" fold to one key; one row is enough, as in
// saveManagerTags.
func (t *tagWriter) write(ctx context.Context, all bool) error {
	const insert = `INSERT OR IGNORE INTO manager_tags (manager_id, kind, key, value) VALUES `
	var err error
	for len(t.args) >= 4*tagBatch && err == nil {
		if t.full == nil {
			t.full, err = t.tx.PrepareContext(ctx, insert+strings.TrimSuffix(strings.Repeat("(?, ?, ?, ?), ", tagBatch), ", "))
		}
		if err == nil {
			_, err = t.full.ExecContext(ctx, t.args[:4*tagBatch]...)
			t.args = append(t.args[:0], t.args[4*tagBatch:]...)
		}
	}
	if all && len(t.args) > 0 && err == nil {
		_, err = t.tx.ExecContext(ctx, insert+strings.TrimSuffix(strings.Repeat("(?, ?, ?, ?), ", len(t.args)/4), ", "), t.args...)
		t.args = t.args[:0]
	}
	if all && t.full != nil {
		t.full.Close()
	}
	if err != nil {
		return fmt.Errorf("import manager tags: %w", err)
	}
	return nil
}

// update writes a stored manager at once; its new tags go with the others
// at the end.
func (w *managerWriter) update(ctx context.Context, m *domain.Manager) error {
	skills, sectors, languages, err := managerLists(m)
	if err != nil {
		return err
	}
	co := m.Company
	if err := w.update1.QueryRowContext(ctx, m.Name, m.Email, m.Phone, m.City, m.Headline, skills, sectors, languages,
		int64(m.DayRate), dateText(m.AvailableFrom), m.MaxDaysPerWeek, m.CV, co.Name, co.VATID, co.IBAN,
		m.Active, m.Notes, timeText(w.now), m.ID).Scan(&m.Rev); err != nil {
		return fmt.Errorf("update manager %d: %w", m.ID, err)
	}
	if _, err := w.deleteTags.ExecContext(ctx, m.ID); err != nil {
		return fmt.Errorf("update tags of manager %d: %w", m.ID, err)
	}
	m.UpdatedAt = w.now
	w.tags.add(m)
	return nil
}
