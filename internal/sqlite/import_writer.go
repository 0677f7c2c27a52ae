package sqlite

import (
	"cmp"
	"context"
	"database/sql"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/interimdesk/interimdesk/internal/domain"
	"github.com/interimdesk/interimdesk/internal/sqlcol"
)

// tableSpec is how an import writes one kind of record to its table.
type tableSpec[T any] struct {
	table   string // "managers"
	columns string // the columns values appends, without id, rev and the times
	values  func(args []any, rec *T) ([]any, error)
	id      func(*T) *int64
	// stamps are the record's own rev and times, which an export keeps.
	stamps func(*T) (rev int64, created, updated time.Time)
	find   func(ctx context.Context, tx *sql.Tx, id int64) (*T, error)
	tags   func(*T) (sectors, languages []string) // nil: the table has no tags
}

// keepEvery is how many INSERTs of new records go between two calls of
// tableWriter.keep: 20 batches of managers fill about 170 pages, a
// twentieth of the import's page cache.
const keepEvery = 20

// importBatch is how many new records one INSERT writes: a statement of
// many rows costs little more than one of a single row. Batches of 10, 50
// and 200 managers measured the same for 100,000 lines.
const importBatch = 50

// tableWriter writes the records of one import in its transaction: new
// ones batch rows to an INSERT, updates one at a time.
type tableWriter[T any] struct {
	spec  *tableSpec[T]
	tx    *sql.Tx
	now   time.Time // the rev and times of new records; zero: the record's own
	row   string    // the VALUES of one row
	n     int       // parameters a row
	batch int       // rows an INSERT
	args  []any     // buffered parameters of new records
	tags  *tagWriter
	// numbered: SQLite numbers the new records, one past the largest id,
	// which are the ids the import gave them (bulkLoad.nextID); lastID is
	// the id the last buffered one must get, checked after each INSERT.
	numbered bool
	lastID   int64
	// keep is called after every keepEvery INSERTs of new records, and
	// after each statement of the tags: bulkLoad.keepSchema, or nil.
	keep    func(context.Context) error
	inserts int

	insertN, update1, deleteTags *sql.Stmt
}

// openTableWriter writes batch rows to an INSERT. With a time (the CSV
// import), rev and the timestamps are the same for every new record:
// written into the statement, they are three parameters fewer to bind per
// row (sqlcol.TimeText makes digits, dashes, colons and letters only).
//
// The CSV import's new records are numbered by SQLite, in an INSERT OR
// FAIL: a batch of several rows with a bound id, or whose constraints
// abort, gets a statement journal, and while one is open every page the
// page cache spills to the log is copied to it first. For 100,000
// managers that was 34,700 pages (140 MB) written to a temporary file.
// FAIL leaves the rows before a failing one in place, and the import then
// rolls back as a whole. Without a time (JSON), records keep their ids.
func openTableWriter[T any](ctx context.Context, tx *sql.Tx, spec *tableSpec[T], now time.Time, batch int) (*tableWriter[T], error) {
	cols := strings.Split(spec.columns, ",")
	w := &tableWriter[T]{spec: spec, tx: tx, now: now, batch: batch, tags: newTagWriter(tx),
		n: len(cols) + 4, row: "(" + strings.Repeat("?, ", len(cols)+3) + "?)"}
	if !now.IsZero() {
		ts := sqlcol.TimeText(now)
		w.numbered = true
		w.n, w.row = len(cols), "("+strings.Repeat("?, ", len(cols))+"1, '"+ts+"', '"+ts+"')"
	}
	set := ""
	for _, c := range cols {
		set += strings.TrimSpace(c) + " = ?, "
	}
	p := preparer{ctx: ctx, tx: tx}
	w.insertN = p.prepare(w.insertSQL(batch))
	w.update1 = p.prepare(`UPDATE ` + spec.table + ` SET ` + set + `rev = rev + 1, updated_at = ? WHERE id = ?`)
	if spec.tags != nil {
		w.deleteTags = p.prepare(`DELETE FROM manager_tags WHERE manager_id = ?`)
	}
	if p.err != nil {
		w.close()
		return nil, fmt.Errorf("prepare the import of %s: %w", spec.table, p.err)
	}
	return w, nil
}

func (w *tableWriter[T]) insertSQL(rows int) string {
	into := `INSERT INTO ` + w.spec.table + ` (id, `
	if w.numbered {
		into = `INSERT OR FAIL INTO ` + w.spec.table + ` (`
	}
	return into + w.spec.columns + `, rev, created_at, updated_at) VALUES ` +
		strings.TrimSuffix(strings.Repeat(w.row+", ", rows), ", ")
}

// inserted checks the result of an INSERT of buffered records: numbered
// by SQLite, the last must have the id the import gave it.
func (w *tableWriter[T]) inserted(res sql.Result, err error) error {
	if err == nil && w.numbered {
		var last int64
		if last, err = res.LastInsertId(); err == nil && last != w.lastID {
			err = fmt.Errorf("the new records were numbered up to %d, not %d", last, w.lastID)
		}
	}
	if err != nil {
		return fmt.Errorf("import %s: %w", w.spec.table, err)
	}
	w.args = w.args[:0]
	return nil
}

func (w *tableWriter[T]) close() { closeAll(w.insertN, w.update1, w.deleteTags) }

// add buffers a new record, with its id, and its tags; a full batch is
// written.
func (w *tableWriter[T]) add(ctx context.Context, rec *T) error {
	return w.addValues(ctx, rec, nil)
}

// addValues is add with the values of rec made already (readAhead), or
// nil to make them here.
func (w *tableWriter[T]) addValues(ctx context.Context, rec *T, values []any) error {
	id := *w.spec.id(rec)
	if w.numbered {
		w.lastID = id
	} else {
		w.args = append(w.args, id)
	}
	if values != nil {
		w.args = append(w.args, values...)
	} else {
		args, err := w.spec.values(w.args, rec)
		if err != nil {
			return err
		}
		w.args = args
	}
	if w.now.IsZero() {
		rev, created, updated := w.spec.stamps(rec)
		w.args = append(w.args, max(rev, 1), sqlcol.TimeText(created), sqlcol.TimeText(updated))
	}
	w.addTags(id, rec)
	if len(w.args) < w.n*w.batch {
		return nil
	}
	if err := w.inserted(w.insertN.ExecContext(ctx, w.args...)); err != nil {
		return err
	}
	if w.inserts++; w.keep != nil && w.inserts%keepEvery == 0 {
		return w.keep(ctx)
	}
	return nil
}

func (w *tableWriter[T]) addTags(id int64, rec *T) {
	if w.spec.tags != nil {
		sectors, languages := w.spec.tags(rec)
		w.tags.add(id, sectors, languages)
	}
}

// flush writes the records and tags left over.
func (w *tableWriter[T]) flush(ctx context.Context) error {
	if n := len(w.args) / w.n; n > 0 {
		if err := w.inserted(w.tx.ExecContext(ctx, w.insertSQL(n), w.args...)); err != nil {
			return err
		}
	}
	return w.tags.write(ctx, w.keep)
}

// update writes a stored record at once; its new tags go with the others.
func (w *tableWriter[T]) update(ctx context.Context, rec *T) error {
	values, err := w.spec.values(nil, rec)
	if err != nil {
		return err
	}
	id := *w.spec.id(rec)
	if _, err := w.update1.ExecContext(ctx, append(values, sqlcol.TimeText(w.now), id)...); err != nil {
		return fmt.Errorf("update %s %d: %w", w.spec.table, id, err)
	}
	if w.deleteTags != nil {
		if _, err := w.deleteTags.ExecContext(ctx, id); err != nil {
			return fmt.Errorf("update the tags of %s %d: %w", w.spec.table, id, err)
		}
	}
	w.addTags(id, rec)
	return nil
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

// tagWriter writes the tag rows saveManagerTags would write, at the end
// of the import: one statement a tag, its managers a JSON array, in the
// order of the table's key (kind, key, manager), so that every row lands
// at the end of the B-tree page the one before went to. Bound four
// parameters a row, in batches, the 450,000 rows of 100,000 managers took
// about 1 s of the import; so, 0.6 s.
type tagWriter struct {
	tx   *sql.Tx
	fold map[string]string // tag value → key: sectors repeat across a roster
	ids  map[tag][]int64   // the managers with each tag
}

// tag is one sector or language as manager_tags holds it.
type tag struct{ kind, key, value string }

func newTagWriter(tx *sql.Tx) *tagWriter {
	return &tagWriter{tx: tx, fold: map[string]string{}, ids: map[tag][]int64{}}
}

// add keeps the tags of manager id for write.
func (t *tagWriter) add(id int64, sectors, languages []string) {
	for _, kv := range []struct {
		kind   string
		values []string
	}{{"sector", sectors}, {"language", languages}} {
		for _, v := range kv.values {
			k, ok := t.fold[v]
			if !ok {
				k = sqlcol.Fold(v)
				t.fold[v] = k
			}
			g := tag{kv.kind, k, v}
			t.ids[g] = append(t.ids[g], id)
		}
	}
}

// write writes the tags kept. OR IGNORE: "Santé" and "Sante" fold to one
// key; one row is enough, as in saveManagerTags.
//
// keep, if not nil, is called after each statement (tableWriter.keep).
func (t *tagWriter) write(ctx context.Context, keep func(context.Context) error) error {
	tags := slices.SortedFunc(maps.Keys(t.ids), func(a, b tag) int {
		return cmp.Or(cmp.Compare(a.kind, b.kind), cmp.Compare(a.key, b.key), cmp.Compare(a.value, b.value))
	})
	if len(tags) == 0 {
		return nil
	}
	stmt, err := t.tx.PrepareContext(ctx, `INSERT OR IGNORE INTO manager_tags (manager_id, kind, key, value)
		SELECT value, ?, ?, ? FROM json_each(?)`)
	if err != nil {
		return fmt.Errorf("import manager tags: %w", err)
	}
	defer stmt.Close()
	var list []byte
	for _, g := range tags {
		ids := t.ids[g]
		slices.Sort(ids) // updated managers come after the new ones
		list = append(list[:0], '[')
		for i, id := range ids {
			if i > 0 {
				list = append(list, ',')
			}
			list = strconv.AppendInt(list, id, 10)
		}
		list = append(list, ']')
		if _, err := stmt.ExecContext(ctx, g.kind, g.key, g.value, string(list)); err != nil {
			return fmt.Errorf("import manager tags: %w", err)
		}
		if keep != nil {
			if err := keep(ctx); err != nil {
				return err
			}
		}
	}
	clear(t.ids)
	return nil
}

// managerTable writes managers and their tags.
var managerTable = tableSpec[domain.Manager]{
	table: "managers",
	columns: `name, email, phone, city, headline, skills, sectors, languages, day_rate, available_from,
		max_days_per_week, cv, company_name, company_vat_id, company_iban, active, notes,
		company_street, company_postcode, company_city, company_country, company_number`,
	values: func(args []any, m *domain.Manager) ([]any, error) {
		skills, sectors, languages, err := managerLists(m)
		co := m.Company
		return append(args, m.Name, m.Email, m.Phone, m.City, m.Headline, skills, sectors, languages, int64(m.DayRate),
			sqlcol.DateText(m.AvailableFrom), m.MaxDaysPerWeek, m.CV, co.Name, co.VATID, co.IBAN, m.Active, m.Notes,
			co.Seat.Street, co.Seat.Postcode, co.Seat.City, co.Seat.Country, co.CompanyNumber), err
	},
	id:     func(m *domain.Manager) *int64 { return &m.ID },
	stamps: func(m *domain.Manager) (int64, time.Time, time.Time) { return m.Rev, m.CreatedAt, m.UpdatedAt },
	find:   findManager,
	tags:   func(m *domain.Manager) ([]string, []string) { return m.Sectors, m.Languages },
}

// clientTable writes clients.
var clientTable = tableSpec[domain.Client]{
	table: "clients",
	columns: `legal_name, trade_name, vat_id, company_number, street, postcode, city, country, sector,
		contact_name, contact_role, contact_email, contact_phone, language, notes, archived, cannot_deduct_vat`,
	values: func(args []any, c *domain.Client) ([]any, error) {
		a, k := c.Address, c.Contact
		return append(args, c.LegalName, c.TradeName, c.VATID, c.CompanyNumber, a.Street, a.Postcode, a.City, a.Country,
			c.Sector, k.Name, k.Role, k.Email, k.Phone, string(c.Language), c.Notes, c.Archived, c.CannotDeductVAT), nil
	},
	id:     func(c *domain.Client) *int64 { return &c.ID },
	stamps: func(c *domain.Client) (int64, time.Time, time.Time) { return c.Rev, c.CreatedAt, c.UpdatedAt },
	find:   findClient,
}
