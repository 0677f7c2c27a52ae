package postgres

import (
	"context"
	"database/sql"
	"fmt"
	"io"

	"github.com/interimdesk/interimdesk/internal/domain"
	"github.com/interimdesk/interimdesk/internal/exportfile"
	"github.com/interimdesk/interimdesk/internal/sqlcol"
)

// ImportJSON reads a JSON export (the SQLite store's format, version 1 or
// 2) into this database, which must be empty: ECONFLICT otherwise. Every
// record keeps its id, rev and timestamps; every record is validated by
// its Validate, every issued or printed PDF must match its SHA-256, and
// every reference must point at a record of the file. All in one
// transaction: EINVALID with the record and the rule at the first
// problem, in the order of the file, and nothing is written. A person's
// role (docs/TEAM.md) may run it.
//
// The file is read once, from r as it comes, record by record: it is
// never held whole. Its arrays may come in any order, since the references
// are checked at the end (SET CONSTRAINTS ALL DEFERRED, migration 0002).
//
// The transaction runs once, never again from the start: the file is read
// as it goes. It locks the tables a person writes to, so that nobody adds
// a record between the check that the database is empty and the commit.
func (db *DB) ImportJSON(ctx context.Context, r io.Reader) (*domain.JSONImportReport, error) {
	rep := &domain.JSONImportReport{}
	err := db.once(ctx, writeOptions, func(tx *sql.Tx) error {
		if err := lockForImport(ctx, tx); err != nil {
			return err
		}
		if err := mustBeEmpty(ctx, tx); err != nil {
			return err
		}
		// The references are checked at the commit, not row by row: the
		// arrays come in any order. The transaction's end resets it.
		if _, err := tx.ExecContext(ctx, `SET CONSTRAINTS ALL DEFERRED`); err != nil {
			return err
		}
		im := &jsonImport{ctx: ctx, tx: tx, rep: rep, x: exportfile.NewReader(ctx, r, exportSchemaVersion), emails: map[string]int64{},
			rows: map[string]map[string]recordAt{}}
		if err := im.x.Read(func(key string) error { return exportfile.Write(key, rep, im) }); err != nil {
			return err
		}
		if err := im.x.CheckEnvelope(); err != nil {
			return err
		}
		if err := fillFeesOfOlderExport(ctx, tx, im.x.SchemaVersion()); err != nil {
			return err
		}
		if err := im.checkReferences(); err != nil {
			return err
		}
		return resetIDSequences(ctx, tx)
	})
	if err != nil && ctx.Err() != nil {
		err = errImportCancelled(ctx.Err())
	}
	if err != nil {
		return nil, err
	}
	return rep, nil
}

// lockForImport keeps every other writer of records out until the import
// commits; readers go on reading what was there (nothing).
func lockForImport(ctx context.Context, tx *sql.Tx) error {
	if _, err := tx.ExecContext(ctx, `LOCK TABLE firm, clients, managers, proposals, engagements, clauses
		IN SHARE ROW EXCLUSIVE MODE`); err != nil {
		return fmt.Errorf("lock the tables for the import: %w", err)
	}
	return nil
}

// isEmptySQL asks whether the database holds nothing a person entered, as
// the SQLite store asks it: settings do not count.
const isEmptySQL = `SELECT NOT (
	EXISTS (SELECT 1 FROM firm) OR EXISTS (SELECT 1 FROM clients) OR
	EXISTS (SELECT 1 FROM managers) OR EXISTS (SELECT 1 FROM proposals) OR
	EXISTS (SELECT 1 FROM engagements) OR EXISTS (SELECT 1 FROM clauses))`

// mustBeEmpty refuses a database that holds anything a person entered:
// ids in the file would collide with those already there.
func mustBeEmpty(ctx context.Context, tx *sql.Tx) error {
	var empty bool
	if err := tx.QueryRowContext(ctx, isEmptySQL).Scan(&empty); err != nil {
		return fmt.Errorf("check whether the database is empty: %w", err)
	}
	if !empty {
		return domain.Errorf(domain.ECONFLICT, "The database already holds data; a JSON export is only imported into an empty database. Nothing was imported.")
	}
	return nil
}

// resetIDSequences moves each table's id sequence past the ids the file
// gave explicitly, so that the next record added gets a new one. It draws
// the numbers with nextval instead of setting the sequence with setval,
// which a person's role may not do (docs/TEAM.md grants USAGE and SELECT on
// the sequences): the next record after an import of ids up to 41 gets 42.
// A sequence is not rolled back with a failed import; ids skipped then are
// harmless, as after any failed insert.
func resetIDSequences(ctx context.Context, tx *sql.Tx) error {
	for _, table := range []string{"clients", "managers", "proposals", "engagements", "events"} {
		var last int64
		if err := tx.QueryRowContext(ctx, `SELECT coalesce(max(id), 0) FROM `+table).Scan(&last); err != nil {
			return fmt.Errorf("reset the ids of %s: %w", table, err)
		}
		if last == 0 {
			continue
		}
		var next int64
		if err := tx.QueryRowContext(ctx, `SELECT nextval(pg_get_serial_sequence($1, 'id'))`, table).Scan(&next); err != nil {
			return fmt.Errorf("reset the ids of %s: %w", table, err)
		}
		if next >= last {
			continue
		}
		if _, err := tx.ExecContext(ctx, `SELECT count(nextval(pg_get_serial_sequence($1, 'id'))) FROM generate_series(1, $2::bigint)`,
			table, last-next); err != nil {
			return fmt.Errorf("reset the ids of %s: %w", table, err)
		}
	}
	return nil
}

// jsonImport is one ImportJSON: the file as it is read, and what it wrote.
type jsonImport struct {
	ctx context.Context
	tx  *sql.Tx
	rep *domain.JSONImportReport
	x   *exportfile.Reader
	// emails are the managers' addresses written so far, folded as the
	// unique index folds them, with their ids: a second one is named
	// before PostgreSQL refuses it with no more than the index's name.
	emails map[string]int64
	// rows names the record of the file each row of a table with
	// references came from, by the row's key, for checkReferences.
	rows map[string]map[string]recordAt
}

// recordError is the sentence for a problem with a record.
func recordError(list string, i int, id int64, err error) error {
	if err == nil {
		return nil
	}
	if domain.ErrorCode(err) != domain.EINTERNAL {
		return exportfile.Refused(list, i, id, err)
	}
	where := exportfile.RecordName(list, i, id)
	switch errorCode(err) {
	case codeUniqueViolation:
		return domain.Errorf(domain.EINVALID, "%s repeats an id, number or key another record of the file already has (%v). Nothing was imported.", where, err)
	}
	return fmt.Errorf("%s: %w", where, err)
}

func (im *jsonImport) Firm() error {
	var e *exportfile.ExportFirm
	if err := im.x.Decode(&e, "firm", -1); err != nil || e == nil {
		return err
	}
	f := e.Firm
	if err := f.Validate(); err != nil {
		return recordError("firm", -1, 0, err)
	}
	rev := f.Rev
	f.Rev = 0
	if err := saveFirm(im.ctx, im.tx, &f, e.CreatedAt); err != nil {
		return recordError("firm", -1, 0, err)
	}
	if _, err := im.tx.ExecContext(im.ctx, `UPDATE firm SET rev = $1, updated_at = $2 WHERE id = 1`,
		max(rev, 1), sqlcol.TimeText(e.UpdatedAt)); err != nil {
		return recordError("firm", -1, 0, err)
	}
	im.rep.Firm = true
	return nil
}

// Settings writes the file's settings over those of the empty database (a
// setting chosen before the import is not data anyone entered).
func (im *jsonImport) Settings() error {
	var settings map[string]string
	if err := im.x.Decode(&settings, "settings", -1); err != nil {
		return err
	}
	for k, v := range settings {
		if _, err := im.tx.ExecContext(im.ctx, `INSERT INTO settings (key, value) VALUES ($1, $2)
			ON CONFLICT (key) DO UPDATE SET value = excluded.value`, k, v); err != nil {
			return fmt.Errorf("setting %s: %w", k, err)
		}
	}
	return nil
}

// Records writes the records of one array of the file (exportfile.Rows)
// and returns their number. The rows of a table with references are
// noted by their key for checkReferences.
func (im *jsonImport) Records(t exportfile.Rows) (int, error) {
	stmt, err := im.tx.PrepareContext(im.ctx, t.Insert(func(n int, column string) string {
		if column == "content" { // proposals' body, a jsonb column
			return fmt.Sprintf("$%d::text::jsonb", n)
		}
		return fmt.Sprintf("$%d", n)
	}))
	if err != nil {
		return 0, err
	}
	defer stmt.Close()
	return t.Each(im.x, func(i int, id int64, values []any, key string) error {
		if _, err := stmt.ExecContext(im.ctx, values...); err != nil {
			return recordError(t.List(), i, id, err)
		}
		if key != "" {
			if im.rows[t.List()] == nil {
				im.rows[t.List()] = map[string]recordAt{}
			}
			im.rows[t.List()][key] = recordAt{i, id}
		}
		return nil
	})
}

// Managers writes the managers with their sector and language tags, one
// statement each, with the file's ids, rev and times.
func (im *jsonImport) Managers() error {
	stmt, err := im.tx.PrepareContext(im.ctx, `INSERT INTO managers (id, name, email, phone, city, headline, skills,
			sectors, languages, day_rate, available_from, max_days_per_week, cv, company_name,
			company_vat_id, company_iban, active, notes, rev, created_at, updated_at,
			company_street, company_postcode, company_city, company_country, company_number)
		VALUES ($1, $2, $3, $4, $5, $6, $7::text::jsonb, $8::text::jsonb, $9::text::jsonb, $10, $11, $12, $13, $14,
			$15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26)`)
	if err != nil {
		return err
	}
	defer stmt.Close()
	tags, err := im.tx.PrepareContext(im.ctx, `INSERT INTO manager_tags (manager_id, kind, key, value)
		SELECT $1, t->>0, t->>1, t->>2 FROM jsonb_array_elements($2::text::jsonb) t ON CONFLICT DO NOTHING`)
	if err != nil {
		return err
	}
	defer tags.Close()
	im.rep.Managers, err = exportfile.EachRecord(im.x, "managers", func(i int, pm domain.PersonalManager) error {
		m := pm.Manager
		if m == nil {
			return recordError("managers", i, 0, domain.Errorf(domain.EINVALID, "the record is null."))
		}
		if err := m.Validate(); err != nil {
			return recordError("managers", i, m.ID, err)
		}
		if err := im.sharedEmail(m); err != nil {
			return err
		}
		skills, sectors, languages, err := managerLists(m)
		if err != nil {
			return recordError("managers", i, m.ID, err)
		}
		co := m.Company
		if _, err := stmt.ExecContext(im.ctx, m.ID, m.Name, m.Email, m.Phone, m.City, m.Headline, skills, sectors, languages,
			int64(m.DayRate), sqlcol.DateText(m.AvailableFrom), m.MaxDaysPerWeek, m.CV, co.Name,
			co.VATID, co.IBAN, m.Active, m.Notes, max(m.Rev, 1), sqlcol.TimeText(m.CreatedAt), sqlcol.TimeText(m.UpdatedAt),
			co.Seat.Street, co.Seat.Postcode, co.Seat.City, co.Seat.Country, co.CompanyNumber); err != nil {
			return recordError("managers", i, m.ID, err)
		}
		rows, err := managerTagRows(m)
		if err == nil {
			_, err = tags.ExecContext(im.ctx, m.ID, rows)
		}
		return recordError("managers", i, m.ID, err)
	})
	return err
}

// managerTagRows are the manager's sector and language rows of
// manager_tags as a JSON array of [kind, key, value], the key folded as
// saveManagerTags folds it.
func managerTagRows(m *domain.Manager) (string, error) {
	rows := [][3]string{}
	for _, v := range m.Sectors {
		rows = append(rows, [3]string{"sector", sqlcol.Fold(v), v})
	}
	for _, v := range m.Languages {
		rows = append(rows, [3]string{"language", sqlcol.Fold(v), v})
	}
	return sqlcol.JSONText(rows)
}

// sharedEmail names the two managers of the file that share an e-mail
// address, ignoring capitals as the unique index does, with the SQLite
// store's sentence.
func (im *jsonImport) sharedEmail(m *domain.Manager) error {
	if m.Email == "" {
		return nil
	}
	key := nocase(m.Email)
	first, ok := im.emails[key]
	if !ok {
		im.emails[key] = m.ID
		return nil
	}
	return domain.Errorf(domain.EINVALID, "The managers with ids %d and %d of the file share the e-mail address %s; each manager needs an address of their own. Nothing was imported.",
		min(first, m.ID), max(first, m.ID), m.Email)
}

// IsEmpty reports whether the database holds nothing a person entered
// (isEmptySQL): the desktop then offers the sample firm or the firm's set-up.
func (db *DB) IsEmpty(ctx context.Context) (bool, error) {
	var empty bool
	if err := db.db.QueryRowContext(ctx, isEmptySQL).Scan(&empty); err != nil {
		return false, fmt.Errorf("check whether the database is empty: %w", err)
	}
	return empty, nil
}
