package sqlite

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"strings"
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
		if err := im.x.Read(im.value); err != nil {
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

// value reads and writes the value of key.
func (im *jsonImport) value(key string) error {
	return map[string]func() error{
		"firm": im.firm, "settings": im.settings, "clients": im.clients, "managers": im.managers,
		"proposals": im.proposals, "proposal_versions": im.versions, "proposal_numbers": im.numbers,
		"engagements": im.engagements, "contract_terms": im.contractTerms, "contract_versions": im.contracts,
		"clauses": im.clauses, "events": im.events,
	}[key]()
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
	where := exportfile.RecordName(list, i, id)
	if code := domain.ErrorCode(err); code != domain.EINTERNAL {
		return domain.Errorf(code, "%s: %s Nothing was imported.", where, domain.ErrorPart(err))
	}
	if primaryCode(err) == sqlite3.SQLITE_CONSTRAINT {
		return domain.Errorf(domain.EINVALID, "%s repeats an id, number or key another record of the file already has (%v). Nothing was imported.", where, err)
	}
	return fmt.Errorf("%s: %w", where, err)
}

func (im *jsonImport) firm() error {
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

// settings writes the file's settings over those of the empty database (a
// setting chosen before the import, such as the backups to keep, is not
// data anyone entered).
func (im *jsonImport) settings() error {
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

// records reads the array of list and writes each record with insert,
// after check (nil for none), which words its error (recordError); args
// gives the record's id and the statement's arguments. With refs, the rows
// are noted for checkReferences. It returns the number of records.
func records[T any](im *jsonImport, list, insert string, refs bool, check func(i int, rec T) error,
	args func(T) (id int64, args []any)) (int, error) {
	stmt, err := im.tx.PrepareContext(im.ctx, insert)
	if err != nil {
		return 0, err
	}
	defer stmt.Close()
	return exportfile.EachRecord(im.x, list, func(i int, rec T) error {
		if check != nil {
			if err := check(i, rec); err != nil {
				return err
			}
		}
		id, a := args(rec)
		res, err := stmt.ExecContext(im.ctx, a...)
		if err != nil {
			return recordError(list, i, id, err)
		}
		if refs {
			im.inserted(list, i, id, res)
		}
		return nil
	})
}

// validated checks each record of list, which may be null in the file,
// with its Validate.
func validated[T any, P interface {
	*T
	Validate() error
}](list string, id func(P) int64) func(int, P) error {
	return func(i int, rec P) error {
		if rec == nil {
			return recordError(list, i, 0, domain.Errorf(domain.EINVALID, "the record is null."))
		}
		return recordError(list, i, id(rec), rec.Validate())
	}
}

func (im *jsonImport) clients() (err error) {
	im.rep.Clients, err = records(im, "clients", `INSERT INTO clients (`+clientColumns+`)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, false,
		validated("clients", func(c *domain.Client) int64 { return c.ID }),
		func(c *domain.Client) (int64, []any) {
			a, k := c.Address, c.Contact
			return c.ID, []any{c.ID, c.LegalName, c.TradeName, c.VATID, c.CompanyNumber, a.Street,
				a.Postcode, a.City, a.Country, c.Sector, k.Name, k.Role, k.Email, k.Phone, string(c.Language), c.Notes,
				c.Archived, max(c.Rev, 1), sqlcol.TimeText(c.CreatedAt), sqlcol.TimeText(c.UpdatedAt), c.CannotDeductVAT}
		})
	return err
}

// managers writes the managers as a large CSV import does: the indexes
// and the search index built at the end. The database is empty, so
// rebuilding the indexes costs no more than the rows of the file. One row
// an INSERT, so that a refusal names its record; with the file's rev and
// times.
func (im *jsonImport) managers() error {
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

func (im *jsonImport) proposals() (err error) {
	im.rep.Proposals, err = records(im, "proposals", `INSERT INTO proposals (`+proposalInsertColumns+`)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, true,
		validated("proposals", func(p *domain.Proposal) int64 { return p.ID }),
		func(p *domain.Proposal) (int64, []any) {
			content, _ := contentOf(p)
			return p.ID, []any{p.ID, p.ClientID, sqlcol.NullID(p.Interim.ManagerID), p.Title, content, string(p.Language), p.VATRate,
				p.ReverseCharge, p.ValidityDays, string(p.Status), sqlcol.DateText(p.StatusDate), string(p.AcceptedOption),
				p.Number, p.Version, sqlcol.DateText(p.IssuedOn), max(p.Rev, 1), sqlcol.TimeText(p.CreatedAt), sqlcol.TimeText(p.UpdatedAt)}
		})
	return err
}

const proposalInsertColumns = `id, client_id, manager_id, title, content, language, vat_rate,
	reverse_charge, validity_days, status, status_date, accepted_option, number,
	version, issued_on, rev, created_at, updated_at`

func (im *jsonImport) versions() (err error) {
	im.rep.ProposalVersions, err = records(im, "proposal_versions", `INSERT INTO proposal_versions (proposal_id,
			version, number, issued_on, language, data, pdf, sha256, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`, true,
		func(i int, v exportfile.ExportVersion) error {
			return recordError("proposal_versions", i, 0, checkFrozen(v.Number, v.Version, v.Data, v.PDF, v.SHA256))
		},
		func(v exportfile.ExportVersion) (int64, []any) {
			return 0, []any{v.ProposalID, v.Version, v.Number, sqlcol.DateText(v.IssuedOn), string(v.Language), v.Data, v.PDF, v.SHA256,
				sqlcol.TimeText(v.CreatedAt)}
		})
	return err
}

// checkFrozen checks an issued proposal or a printed contract as the file
// holds it: the PDF must match its SHA-256, or it was changed after it
// left Interim Desk, and the data must be the JSON object it was printed
// from.
func checkFrozen(number string, version int, data string, pdf []byte, sha string) error {
	sum := sha256.Sum256(pdf)
	if len(pdf) == 0 || hex.EncodeToString(sum[:]) != sha {
		return domain.Errorf(domain.EINVALID,
			"the PDF of %s version %d does not match its SHA-256; the document was changed after it left Interim Desk.", number, version)
	}
	if !json.Valid([]byte(data)) || !strings.HasPrefix(data, "{") {
		return domain.Errorf(domain.EINVALID, "the document data of %s version %d is not a JSON object.", number, version)
	}
	return nil
}

func (im *jsonImport) numbers() error {
	_, err := records(im, "proposal_numbers", `INSERT INTO proposal_numbers (prefix, year, last) VALUES (?, ?, ?)`, false, nil,
		func(n exportfile.ExportNumber) (int64, []any) { return 0, []any{n.Prefix, n.Year, n.Last} })
	return err
}

func (im *jsonImport) engagements() (err error) {
	im.rep.Engagements, err = records(im, "engagements", `INSERT INTO engagements (`+engagementInsertColumns+`)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, true,
		validated("engagements", func(g *domain.Engagement) int64 { return g.ID }),
		func(g *domain.Engagement) (int64, []any) {
			return g.ID, []any{g.ID, g.ClientID, sqlcol.NullID(g.ProposalID), g.ProposalVersion, string(g.Kind), sqlcol.NullID(g.ManagerID), g.Role,
				sqlcol.DateText(g.Start), sqlcol.DateText(g.End), g.DaysPerWeek, int64(g.DayRate), int64(g.Fee), g.NoticeDays,
				string(g.Status), sqlcol.DateText(g.TerminatedOn), g.EndReason, g.Notes, max(g.Rev, 1),
				sqlcol.TimeText(g.CreatedAt), sqlcol.TimeText(g.UpdatedAt), int64(g.ManagerDayFee), g.Outcome, g.Reference}
		})
	return err
}

const engagementInsertColumns = `id, client_id, proposal_id, proposal_version, kind, manager_id,
	role, start_on, end_on, days_per_week, day_rate, fee, notice_days, status,
	terminated_on, end_reason, notes, rev, created_at, updated_at, manager_day_fee,
	outcome, reference`

// contractTerms writes the saved terms of contracts.
func (im *jsonImport) contractTerms() error {
	_, err := records(im, "contract_terms", `INSERT INTO contract_terms (engagement_id, assignment, exit_criteria,
			authority, deliverables, non_solicit_months, liability_cap_months, rev, created_at, updated_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, true,
		func(i int, t exportfile.ExportContractTerms) error {
			return recordError("contract_terms", i, 0, t.Validate())
		},
		func(t exportfile.ExportContractTerms) (int64, []any) {
			return 0, []any{t.EngagementID, t.Assignment, t.ExitCriteria, t.Authority, t.Deliverables, t.NonSolicitMonths,
				t.LiabilityCapMonths, max(t.Rev, 1), sqlcol.TimeText(t.CreatedAt), sqlcol.TimeText(t.UpdatedAt)}
		})
	return err
}

// contracts writes the printed contracts as they were frozen, so that
// printing one again gives the bytes the parties signed.
func (im *jsonImport) contracts() error {
	_, err := records(im, "contract_versions", `INSERT INTO contract_versions (engagement_id, party, version, number, issued_on,
			language, jurisdiction, data, pdf, sha256, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, true,
		func(i int, v exportfile.ExportContract) error {
			if v.Party != "" && !v.Party.Valid() {
				return recordError("contract_versions", i, 0, domain.Errorf(domain.EINVALID,
					"%s version %d is for the party %q; contracts are the client's or the manager's.", v.Number, v.Version, v.Party))
			}
			if !v.Jurisdiction.Valid() || !v.Language.Valid() {
				return recordError("contract_versions", i, 0, domain.Errorf(domain.EINVALID,
					"%s version %d is written under %q law in %q; contracts are BE or NL, in nl, en or fr.", v.Number, v.Version, v.Jurisdiction, v.Language))
			}
			return recordError("contract_versions", i, 0, checkFrozen(v.Number, v.Version, v.Data, v.PDF, v.SHA256))
		},
		func(v exportfile.ExportContract) (int64, []any) {
			party := v.Party
			if party == "" {
				party = domain.PartyClient
			}
			return 0, []any{v.EngagementID, string(party), v.Version, v.Number, sqlcol.DateText(v.IssuedOn), string(v.Language), string(v.Jurisdiction),
				v.Data, v.PDF, v.SHA256, sqlcol.TimeText(v.CreatedAt)}
		})
	return err
}

// clauses writes the firm's own clause texts, each checked as the
// settings screen checks it.
func (im *jsonImport) clauses() error {
	_, err := records(im, "clauses", `INSERT INTO clauses (jurisdiction, language, key, title, body, rev, updated_at)
			VALUES (?, ?, ?, ?, ?, ?, ?)`, false,
		validated("clauses", func(*domain.ClauseText) int64 { return 0 }),
		func(c *domain.ClauseText) (int64, []any) {
			return 0, []any{string(c.Jurisdiction), string(c.Lang), string(c.Key), c.Title, c.Body, max(c.Rev, 1), sqlcol.TimeText(c.UpdatedAt)}
		})
	return err
}

func (im *jsonImport) events() (err error) {
	im.rep.Events, err = records(im, "events", `INSERT INTO events (id, entity, entity_id, at, what, detail)
			VALUES (?, ?, ?, ?, ?, ?)`, false, nil,
		func(v domain.Event) (int64, []any) {
			return v.ID, []any{v.ID, v.Entity, v.EntityID, sqlcol.TimeText(v.At), v.What, v.Detail}
		})
	return err
}
