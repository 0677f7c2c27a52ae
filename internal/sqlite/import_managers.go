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
// EINVALID also when the disk is full or read-only, or when ctx ends.
func (db *DB) ImportManagers(ctx context.Context, rows []ImportRow[domain.Manager], opt ImportOptions) (*ImportReport, error) {
	return importRows(ctx, db, &managerImport, rows, opt)
}

var managerImport = importSpec[domain.Manager]{
	noun:      "managers",
	one:       "manager",
	keyLabel:  "E-mail",
	key:       func(m *domain.Manager) string { return emailKey(m.Email) },
	keyOf:     emailKey,
	loadKeys:  `SELECT id, email FROM managers WHERE email <> ''`,
	normalize: (*domain.Manager).Normalize,
	validate:  (*domain.Manager).Validate,
	name:      func(m *domain.Manager) string { return m.Name },
	id:        func(m *domain.Manager) *int64 { return &m.ID },
	diff:      managerChanges,
	fts: ftsSpec{
		table:   "managers",
		trigger: "managers_fts_insert",
		fill: `INSERT INTO managers_fts (rowid, name, headline, skills, sectors, languages, cv)
			SELECT id, name, headline, skills, sectors, languages, cv FROM managers WHERE id >= ?`,
	},
	writer: newManagerWriter,
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

// tagBatch is how many tag rows one INSERT writes: a roster has four or
// five per manager, and one statement with many rows costs little more
// than one with one row. Managers themselves are inserted one per
// statement: a statement that inserts several rows into a table with
// unique indexes keeps a statement journal, which costs more than the
// statements it saves.
const tagBatch = 256

// managerWriter writes managers with prepared statements, tags in batches.
type managerWriter struct {
	now  time.Time
	ts   string
	tags *tagWriter

	find1, insert1, update1, deleteTags *sql.Stmt
}

func newManagerWriter(ctx context.Context, tx *sql.Tx, now time.Time) (recordWriter[domain.Manager], error) {
	w := &managerWriter{now: now, ts: timeText(now)}
	p := preparer{ctx: ctx, tx: tx}
	w.tags = newTagWriter(&p)
	w.find1 = p.prepare(`SELECT ` + managerColumns + ` FROM managers m WHERE m.id = ?`)
	w.insert1 = p.prepare(`INSERT INTO managers (id, name, email, phone, city, headline, skills, sectors,
			languages, day_rate, available_from, max_days_per_week, cv, company_name, company_vat_id,
			company_iban, active, notes, rev, created_at, updated_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)`)
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

// preparer prepares statements until the first error, which it keeps.
type preparer struct {
	ctx   context.Context
	tx    *sql.Tx
	err   error
	stmts []*sql.Stmt
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

// placeholders is "(?, ?), (?, ?)" for rows rows of width columns.
func placeholders(width, rows int) string {
	one := "(" + strings.TrimSuffix(strings.Repeat("?, ", width), ", ") + ")"
	return strings.TrimSuffix(strings.Repeat(one+", ", rows), ", ")
}

func (w *managerWriter) close() {
	closeAll(w.find1, w.insert1, w.update1, w.deleteTags, w.tags.insert)
}

func (w *managerWriter) find(ctx context.Context, id int64) (*domain.Manager, error) {
	m, err := scanManager(w.find1.QueryRowContext(ctx, id))
	if err != nil {
		return nil, fmt.Errorf("read manager %d: %w", id, err)
	}
	return m, nil
}

func (w *managerWriter) add(ctx context.Context, m *domain.Manager) error {
	skills, sectors, languages, err := managerLists(m)
	if err != nil {
		return err
	}
	co := m.Company
	if _, err := w.insert1.ExecContext(ctx, m.ID, m.Name, m.Email, m.Phone, m.City, m.Headline, skills, sectors,
		languages, int64(m.DayRate), dateText(m.AvailableFrom), m.MaxDaysPerWeek, m.CV, co.Name, co.VATID,
		co.IBAN, m.Active, m.Notes, w.ts, w.ts); err != nil {
		return fmt.Errorf("import manager %q: %w", m.Name, err)
	}
	m.Rev, m.CreatedAt, m.UpdatedAt = 1, w.now, w.now
	return w.tags.add(ctx, m)
}

func (w *managerWriter) flush(ctx context.Context) error { return w.tags.flush(ctx) }

// tagWriter writes the tag rows saveManagerTags would write, in batches.
// A manager's row goes in before its tags, as the foreign key wants.
type tagWriter struct {
	tx     *sql.Tx
	insert *sql.Stmt
	fold   map[string]string // tag value → key: sectors repeat across a roster
	args   []any             // buffered arguments of tag rows
}

func newTagWriter(p *preparer) *tagWriter {
	return &tagWriter{
		tx:     p.tx,
		insert: p.prepare(`INSERT OR IGNORE INTO manager_tags (manager_id, kind, key, value) VALUES ` + placeholders(4, tagBatch)),
		fold:   map[string]string{},
	}
}

func (t *tagWriter) add(ctx context.Context, m *domain.Manager) error {
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
	if len(t.args) >= 4*tagBatch {
		if _, err := t.insert.ExecContext(ctx, t.args[:4*tagBatch]...); err != nil {
			return fmt.Errorf("import manager tags: %w", err)
		}
		t.args = append(t.args[:0], t.args[4*tagBatch:]...)
	}
	return nil
}

// flush writes the tag rows left over, in one statement of their size.
func (t *tagWriter) flush(ctx context.Context) error {
	if len(t.args) == 0 {
		return nil
	}
	if _, err := t.tx.ExecContext(ctx, `INSERT OR IGNORE INTO manager_tags (manager_id, kind, key, value) VALUES `+
		placeholders(4, len(t.args)/4), t.args...); err != nil {
		return fmt.Errorf("import manager tags: %w", err)
	}
	t.args = t.args[:0]
	return nil
}

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
	return w.tags.add(ctx, m)
}
