package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"io"
	"time"

	"github.com/interimdesk/interimdesk/internal/domain"
	"github.com/interimdesk/interimdesk/internal/exportfile"
	"github.com/interimdesk/interimdesk/internal/sqlcol"
	sqlite3 "modernc.org/sqlite/lib"
)

// ImportJSON reads a JSON export (ExportJSON's format, version 1 or 2)
// into this database, which must be empty: ECONFLICT otherwise. Every
// record keeps its id, rev and timestamps; every record is validated by
// its Validate, every issued or printed PDF must match its SHA-256, and
// every reference must point into the file. All in one transaction:
// EINVALID with the record and the rule at the first problem, in the
// order of the file, and nothing is written.
//
// The file is read once, from r as it comes (a pipe as well as a file),
// record by record: it is never held whole. Its arrays may come in any
// order, since the references are checked at the end (defer_foreign_keys).
func (db *DB) ImportJSON(ctx context.Context, r io.Reader) (*domain.JSONImportReport, error) {
	rep := &domain.JSONImportReport{}
	// The pool's page cache, not the larger one of a CSV import (importTx):
	// as fast here, and 40 MB less at the peak.
	err := db.write(ctx, func(tx *sql.Tx) error {
		if err := mustBeEmpty(ctx, tx); err != nil {
			return err
		}
		// The references are checked at the commit, not row by row: the
		// arrays come in any order. The commit or the rollback resets it.
		if _, err := tx.ExecContext(ctx, `PRAGMA defer_foreign_keys = ON`); err != nil {
			return err
		}
		im := &jsonImport{ctx: ctx, tx: tx, rep: rep, x: exportfile.NewReader(ctx, r, len(migrations)), rows: map[string]map[int64]string{}}
		if err := im.x.Read(func(key string) error { return exportfile.Write(key, rep, im) }); err != nil {
			return err
		}
		if err := im.x.CheckEnvelope(); err != nil {
			return err
		}
		if err := fillFeesOfOlderExport(ctx, tx, im.x.SchemaVersion()); err != nil {
			return err
		}
		return im.checkReferences()
	})
	if err != nil && ctx.Err() != nil {
		err = errImportCancelled(ctx.Err())
	}
	if err != nil {
		return nil, storageError(db.path, err)
	}
	return rep, nil
}

// jsonImport is one ImportJSON: the file as it is read, and what it wrote.
type jsonImport struct {
	ctx context.Context
	tx  *sql.Tx
	rep *domain.JSONImportReport
	x   *exportfile.Reader
	// rows names the record of the file each row of a table with
	// references came from, by rowid, for checkReferences.
	rows map[string]map[int64]string
}

// inserted notes that record i of list (with id, if it has one) became
// the row of res in a table whose references checkReferences checks.
func (im *jsonImport) inserted(list string, i int, id int64, res sql.Result) {
	rowid, err := res.LastInsertId()
	if err != nil {
		return
	}
	if im.rows[list] == nil {
		im.rows[list] = map[int64]string{}
	}
	im.rows[list][rowid] = exportfile.RecordName(list, i, id)
}

// checkReferences names the first record whose reference points at no
// record of the file: the commit would refuse it with no more than
// "FOREIGN KEY constraint failed". Only the tables written from the
// file's references are checked; the tags of managers refer to the
// managers they were written with.
func (im *jsonImport) checkReferences() error {
	for _, table := range []string{"proposals", "proposal_versions", "engagements", "contract_terms", "contract_versions"} {
		rowid, broken, err := brokenReference(im.ctx, im.tx, table, "c.rowid")
		if err != nil {
			return err
		} else if !broken {
			continue
		}
		where, ok := im.rows[table][rowid]
		if !ok {
			where = fmt.Sprintf("%s (row %d)", table, rowid)
		}
		return domain.Errorf(domain.EINVALID, "%s refers to a record that is not in the file. Nothing was imported.", where)
	}
	return nil
}

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

// recordError is the sentence for a problem with a record.
func recordError(list string, i int, id int64, err error) error {
	if err == nil {
		return nil
	}
	if domain.ErrorCode(err) != domain.EINTERNAL {
		return exportfile.Refused(list, i, id, err)
	}
	where := exportfile.RecordName(list, i, id)
	if primaryCode(err) == sqlite3.SQLITE_CONSTRAINT {
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
	if _, err := im.tx.ExecContext(im.ctx, `UPDATE firm SET rev = ?, updated_at = ? WHERE id = 1`,
		max(rev, 1), sqlcol.TimeText(e.UpdatedAt)); err != nil {
		return recordError("firm", -1, 0, err)
	}
	im.rep.Firm = true
	return nil
}

// Settings writes the file's settings over those of the empty database (a
// setting chosen before the import, such as the backups to keep, is not
// data anyone entered).
func (im *jsonImport) Settings() error {
	var settings map[string]string
	if err := im.x.Decode(&settings, "settings", -1); err != nil {
		return err
	}
	for k, v := range settings {
		if _, err := im.tx.ExecContext(im.ctx, `INSERT INTO settings (key, value) VALUES (?, ?)
			ON CONFLICT (key) DO UPDATE SET value = excluded.value`, k, v); err != nil {
			return fmt.Errorf("setting %s: %w", k, err)
		}
	}
	return nil
}

// Records writes the records of one array of the file (exportfile.Rows)
// and returns their number. The rows of a table with references are
// noted for checkReferences.
func (im *jsonImport) Records(t exportfile.Rows) (int, error) {
	stmt, err := im.tx.PrepareContext(im.ctx, t.Insert(func(int, string) string { return "?" }))
	if err != nil {
		return 0, err
	}
	defer stmt.Close()
	return t.Each(im.x, func(i int, id int64, values []any, key string) error {
		res, err := stmt.ExecContext(im.ctx, values...)
		if err != nil {
			return recordError(t.List(), i, id, err)
		}
		if key != "" {
			im.inserted(t.List(), i, id, res)
		}
		return nil
	})
}

// Managers writes the managers as a large CSV import does: the indexes
// and the search index built at the end. The database is empty, so
// rebuilding the indexes costs no more than the rows of the file. One row
// an INSERT, so that a refusal names its record; with the file's rev and
// times.
func (im *jsonImport) Managers() error {
	bulk, err := startBulk(im.ctx, im.tx, "managers", managerImport.fill)
	if err != nil {
		return err
	}
	if err := bulk.dropIndexes(im.ctx); err != nil {
		return err
	}
	w, err := openTableWriter(im.ctx, im.tx, &managerTable, time.Time{}, 1)
	if err != nil {
		return err
	}
	defer w.close()
	im.rep.Managers, err = exportfile.EachRecord(im.x, "managers", func(i int, pm domain.PersonalManager) error {
		if pm.Manager == nil {
			return recordError("managers", i, 0, domain.Errorf(domain.EINVALID, "the record is null."))
		}
		if err := pm.Validate(); err != nil {
			return recordError("managers", i, pm.ID, err)
		}
		return recordError("managers", i, pm.ID, w.add(im.ctx, pm.Manager))
	})
	if err == nil {
		err = w.flush(im.ctx)
	}
	if err == nil {
		if err = bulk.finish(im.ctx); err != nil {
			return im.sharedEmail(err)
		}
	}
	return err
}

// sharedEmail names the managers that share an e-mail address when the
// unique index, built at the end, refuses them (err): SQLite names only
// the index.
func (im *jsonImport) sharedEmail(err error) error {
	var email string
	var first, second int64
	if primaryCode(err) != sqlite3.SQLITE_CONSTRAINT || im.tx.QueryRowContext(im.ctx, `SELECT email, min(id), max(id) FROM managers
		WHERE email <> '' GROUP BY email COLLATE NOCASE HAVING count(*) > 1 ORDER BY min(id) LIMIT 1`).Scan(&email, &first, &second) != nil {
		return err
	}
	return domain.Errorf(domain.EINVALID, "The managers with ids %d and %d of the file share the e-mail address %s; each manager needs an address of their own. Nothing was imported.",
		first, second, email)
}
