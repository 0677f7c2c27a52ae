package postgres

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"strings"

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
		if err := im.x.Read(im.value); err != nil {
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

// value reads and writes the value of key.
func (im *jsonImport) value(key string) error {
	return map[string]func() error{
		"firm": im.firm, "settings": im.settings, "clients": im.clients, "managers": im.managers,
		"proposals": im.proposals, "proposal_versions": im.versions, "proposal_numbers": im.numbers,
		"engagements": im.engagements, "contract_terms": im.contractTerms, "contract_versions": im.contracts,
		"clauses": im.clauses, "events": im.events,
	}[key]()
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
	switch errorCode(err) {
	case codeUniqueViolation:
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
	if _, err := im.tx.ExecContext(im.ctx, `UPDATE firm SET rev = $1, updated_at = $2 WHERE id = 1`,
		max(rev, 1), sqlcol.TimeText(e.UpdatedAt)); err != nil {
		return recordError("firm", -1, 0, err)
	}
	im.rep.Firm = true
	return nil
}

// settings writes the file's settings over those of the empty database (a
// setting chosen before the import is not data anyone entered).
func (im *jsonImport) settings() error {
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

// records reads the array of list and writes each record with insert,
// after check (nil for none), which words its error (recordError); args
// gives the record's id and the statement's arguments. With key, the row's
// key as references names it, the rows are noted for checkReferences. It
// returns the number of records.
func records[T any](im *jsonImport, list, insert string, key func(T) string, check func(i int, rec T) error,
	args func(T) (id int64, args []any, err error)) (int, error) {
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
		id, a, err := args(rec)
		if err == nil {
			_, err = stmt.ExecContext(im.ctx, a...)
		}
		if err == nil && key != nil {
			if im.rows[list] == nil {
				im.rows[list] = map[string]recordAt{}
			}
			im.rows[list][key(rec)] = recordAt{i, id}
		}
		return recordError(list, i, id, err)
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
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21)`, nil,
		validated("clients", func(c *domain.Client) int64 { return c.ID }),
		func(c *domain.Client) (int64, []any, error) {
			a, k := c.Address, c.Contact
			return c.ID, []any{c.ID, c.LegalName, c.TradeName, c.VATID, c.CompanyNumber, a.Street,
				a.Postcode, a.City, a.Country, c.Sector, k.Name, k.Role, k.Email, k.Phone, string(c.Language), c.Notes,
				c.Archived, max(c.Rev, 1), sqlcol.TimeText(c.CreatedAt), sqlcol.TimeText(c.UpdatedAt), c.CannotDeductVAT}, nil
		})
	return err
}

// managers writes the managers with their sector and language tags, one
// statement each, with the file's ids, rev and times.
func (im *jsonImport) managers() error {
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

func (im *jsonImport) proposals() (err error) {
	im.rep.Proposals, err = records(im, "proposals", `INSERT INTO proposals (id, client_id, manager_id, title, content,
			language, vat_rate, reverse_charge, validity_days, status, status_date, accepted_option, number,
			version, issued_on, rev, created_at, updated_at)
		VALUES ($1, $2, $3, $4, $5::text::jsonb, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18)`,
		func(p *domain.Proposal) string { return fmt.Sprint(p.ID) },
		validated("proposals", func(p *domain.Proposal) int64 { return p.ID }),
		func(p *domain.Proposal) (int64, []any, error) {
			content, err := dataContentOf(p)
			return p.ID, []any{p.ID, p.ClientID, sqlcol.NullID(p.Interim.ManagerID), p.Title, content, string(p.Language), p.VATRate,
				p.ReverseCharge, p.ValidityDays, string(p.Status), sqlcol.DateText(p.StatusDate), string(p.AcceptedOption),
				p.Number, p.Version, sqlcol.DateText(p.IssuedOn), max(p.Rev, 1), sqlcol.TimeText(p.CreatedAt), sqlcol.TimeText(p.UpdatedAt)}, err
		})
	return err
}

func (im *jsonImport) versions() (err error) {
	im.rep.ProposalVersions, err = records(im, "proposal_versions", `INSERT INTO proposal_versions (proposal_id,
			version, number, issued_on, language, data, pdf, sha256, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
		func(v exportfile.ExportVersion) string { return fmt.Sprintf("%d/%d", v.ProposalID, v.Version) },
		func(i int, v exportfile.ExportVersion) error {
			return recordError("proposal_versions", i, 0, checkFrozen(v.Number, v.Version, v.Data, v.PDF, v.SHA256))
		},
		func(v exportfile.ExportVersion) (int64, []any, error) {
			return 0, []any{v.ProposalID, v.Version, v.Number, sqlcol.DateText(v.IssuedOn), string(v.Language), v.Data, v.PDF, v.SHA256,
				sqlcol.TimeText(v.CreatedAt)}, nil
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
	_, err := records(im, "proposal_numbers", `INSERT INTO proposal_numbers (prefix, year, last) VALUES ($1, $2, $3)`, nil, nil,
		func(n exportfile.ExportNumber) (int64, []any, error) { return 0, []any{n.Prefix, n.Year, n.Last}, nil })
	return err
}

func (im *jsonImport) engagements() (err error) {
	im.rep.Engagements, err = records(im, "engagements", `INSERT INTO engagements (id, client_id, proposal_id,
			proposal_version, kind, manager_id, role, start_on, end_on, days_per_week, day_rate, fee, notice_days,
			status, terminated_on, end_reason, notes, rev, created_at, updated_at, manager_day_fee, outcome, reference)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23)`,
		func(g *domain.Engagement) string { return fmt.Sprint(g.ID) },
		validated("engagements", func(g *domain.Engagement) int64 { return g.ID }),
		func(g *domain.Engagement) (int64, []any, error) {
			return g.ID, []any{g.ID, g.ClientID, sqlcol.NullID(g.ProposalID), g.ProposalVersion, string(g.Kind), sqlcol.NullID(g.ManagerID), g.Role,
				sqlcol.DateText(g.Start), sqlcol.DateText(g.End), g.DaysPerWeek, int64(g.DayRate), int64(g.Fee), g.NoticeDays,
				string(g.Status), sqlcol.DateText(g.TerminatedOn), g.EndReason, g.Notes, max(g.Rev, 1),
				sqlcol.TimeText(g.CreatedAt), sqlcol.TimeText(g.UpdatedAt), int64(g.ManagerDayFee), g.Outcome, g.Reference}, nil
		})
	return err
}

// contractTerms writes the saved terms of contracts.
func (im *jsonImport) contractTerms() error {
	_, err := records(im, "contract_terms", `INSERT INTO contract_terms (engagement_id, assignment, exit_criteria,
			authority, deliverables, non_solicit_months, liability_cap_months, rev, created_at, updated_at)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
		func(t exportfile.ExportContractTerms) string { return fmt.Sprint(t.EngagementID) },
		func(i int, t exportfile.ExportContractTerms) error {
			return recordError("contract_terms", i, 0, t.Validate())
		},
		func(t exportfile.ExportContractTerms) (int64, []any, error) {
			return 0, []any{t.EngagementID, t.Assignment, t.ExitCriteria, t.Authority, t.Deliverables, t.NonSolicitMonths,
				t.LiabilityCapMonths, max(t.Rev, 1), sqlcol.TimeText(t.CreatedAt), sqlcol.TimeText(t.UpdatedAt)}, nil
		})
	return err
}

// contracts writes the printed contracts as they were frozen, so that
// printing one again gives the bytes the parties signed.
func (im *jsonImport) contracts() error {
	_, err := records(im, "contract_versions", `INSERT INTO contract_versions (engagement_id, party, version, number, issued_on,
			language, jurisdiction, data, pdf, sha256, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
		func(v exportfile.ExportContract) string {
			return fmt.Sprintf("%d/%s/%d", v.EngagementID, contractParty(v.Party), v.Version)
		},
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
		func(v exportfile.ExportContract) (int64, []any, error) {
			return 0, []any{v.EngagementID, string(contractParty(v.Party)), v.Version, v.Number, sqlcol.DateText(v.IssuedOn), string(v.Language), string(v.Jurisdiction),
				v.Data, v.PDF, v.SHA256, sqlcol.TimeText(v.CreatedAt)}, nil
		})
	return err
}

// contractParty is the party of a printed contract: an export made before
// there were two agreements names none, and its contracts are the client's.
func contractParty(p domain.ContractParty) domain.ContractParty {
	if p == "" {
		return domain.PartyClient
	}
	return p
}

// clauses writes the firm's own clause texts, each checked as the
// settings screen checks it.
func (im *jsonImport) clauses() error {
	_, err := records(im, "clauses", `INSERT INTO clauses (jurisdiction, language, key, title, body, rev, updated_at)
			VALUES ($1, $2, $3, $4, $5, $6, $7)`, nil,
		validated("clauses", func(*domain.ClauseText) int64 { return 0 }),
		func(c *domain.ClauseText) (int64, []any, error) {
			return 0, []any{string(c.Jurisdiction), string(c.Lang), string(c.Key), c.Title, c.Body, max(c.Rev, 1), sqlcol.TimeText(c.UpdatedAt)}, nil
		})
	return err
}

func (im *jsonImport) events() (err error) {
	im.rep.Events, err = records(im, "events", `INSERT INTO events (id, entity, entity_id, at, what, detail)
			VALUES ($1, $2, $3, $4, $5, $6)`, nil, nil,
		func(v domain.Event) (int64, []any, error) {
			return v.ID, []any{v.ID, v.Entity, v.EntityID, sqlcol.TimeText(v.At), v.What, v.Detail}, nil
		})
	return err
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
