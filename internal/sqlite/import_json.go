package sqlite

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/interimdesk/interimdesk/internal/domain"
	sqlite3 "modernc.org/sqlite/lib"
)

// ImportJSON reads a JSON export (ExportJSON's format, version 1 or 2)
// into this database, which must be empty: ECONFLICT otherwise. Every
// record keeps its id, rev and timestamps; every record is validated by
// its Validate, every issued or printed PDF must match its SHA-256, and
// every reference must point into the file. All in one transaction:
// EINVALID with the record and the rule at the first problem, and nothing
// is written.
func (db *DB) ImportJSON(ctx context.Context, r io.Reader) (*domain.JSONImportReport, error) {
	e, err := decodeExport(r)
	if err != nil {
		return nil, err
	}
	rep := &domain.JSONImportReport{}
	err = db.write(ctx, func(tx *sql.Tx) error {
		if err := mustBeEmpty(ctx, tx); err != nil {
			return err
		}
		for _, step := range []func(context.Context, *sql.Tx, *Export, *domain.JSONImportReport) error{
			importFirm, importSettings, importClientRecords, importManagerRecords, importProposalRecords,
			importVersions, importNumbers, importEngagementRecords, importContractTerms, importContracts,
			importClauses, importEvents,
		} {
			if err := step(ctx, tx, e, rep); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return rep, nil
}

// decodeExport reads and checks the envelope of an export.
func decodeExport(r io.Reader) (*Export, error) {
	dec := json.NewDecoder(r)
	dec.DisallowUnknownFields()
	var e Export
	if err := dec.Decode(&e); err != nil {
		var syntax *json.SyntaxError
		var typ *json.UnmarshalTypeError
		switch {
		case errors.As(err, &syntax):
			return nil, domain.Errorf(domain.EINVALID, "The file is not valid JSON (at byte %d: %v); nothing was imported.", syntax.Offset, err)
		case errors.As(err, &typ):
			return nil, domain.Errorf(domain.EINVALID, "The file does not fit the export format: %s holds %s where %s belongs; nothing was imported.", typ.Field, typ.Value, typ.Type)
		case errors.Is(err, io.EOF):
			return nil, domain.Errorf(domain.EINVALID, "The file is empty; nothing was imported.")
		}
		return nil, domain.Errorf(domain.EINVALID, "The file does not fit the export format (%v); nothing was imported.", err)
	}
	switch {
	case e.Format != ExportFormat:
		return nil, domain.Errorf(domain.EINVALID, "The file is not an Interim Desk export: its \"format\" is %q, not %q; nothing was imported.", e.Format, ExportFormat)
	case e.FormatVersion < 1 || e.FormatVersion > ExportFormatVersion:
		return nil, domain.Errorf(domain.EINVALID, "The export is in format version %d; this version of Interim Desk reads version %d. Nothing was imported.", e.FormatVersion, ExportFormatVersion)
	case e.SchemaVersion > len(migrations):
		return nil, domain.Errorf(domain.EINVALID, "The export comes from a newer version of Interim Desk (schema %d, this version knows %d); import it with the newer version. Nothing was imported.", e.SchemaVersion, len(migrations))
	}
	return &e, nil
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

// recordError names the record a problem is about: "clients[3] (id 12)",
// or "firm" for the one firm (i < 0).
func recordError(list string, i int, id int64, err error) error {
	where := list
	if i >= 0 {
		where = fmt.Sprintf("%s[%d]", list, i)
	}
	if id != 0 {
		where += fmt.Sprintf(" (id %d)", id)
	}
	if code := domain.ErrorCode(err); code != domain.EINTERNAL {
		return domain.Errorf(code, "%s: %s Nothing was imported.", where, domain.ErrorMessage(err))
	}
	if isForeignKeyViolation(err) {
		return domain.Errorf(domain.EINVALID, "%s refers to a record that is not in the file. Nothing was imported.", where)
	}
	if primaryCode(err) == sqlite3.SQLITE_CONSTRAINT {
		return domain.Errorf(domain.EINVALID, "%s repeats an id, number or key another record of the file already has (%v). Nothing was imported.", where, err)
	}
	return fmt.Errorf("%s: %w", where, err)
}

func importFirm(ctx context.Context, tx *sql.Tx, e *Export, rep *domain.JSONImportReport) error {
	if e.Firm == nil {
		return nil
	}
	f := e.Firm.Firm
	if err := f.Validate(); err != nil {
		return recordError("firm", -1, 0, err)
	}
	rev := f.Rev
	f.Rev = 0
	if err := saveFirm(ctx, tx, &f, e.Firm.CreatedAt); err != nil {
		return recordError("firm", -1, 0, err)
	}
	if _, err := tx.ExecContext(ctx, `UPDATE firm SET rev = ?, updated_at = ? WHERE id = 1`,
		max(rev, 1), timeText(e.Firm.UpdatedAt)); err != nil {
		return recordError("firm", -1, 0, err)
	}
	rep.Firm = true
	return nil
}

// importSettings writes the file's settings over those of the empty
// database (a setting chosen before the import, such as the backups to
// keep, is not data anyone entered).
func importSettings(ctx context.Context, tx *sql.Tx, e *Export, _ *domain.JSONImportReport) error {
	for k, v := range e.Settings {
		if _, err := tx.ExecContext(ctx, `INSERT INTO settings (key, value) VALUES (?, ?)
			ON CONFLICT (key) DO UPDATE SET value = excluded.value`, k, v); err != nil {
			return fmt.Errorf("setting %s: %w", k, err)
		}
	}
	return nil
}

func importClientRecords(ctx context.Context, tx *sql.Tx, e *Export, rep *domain.JSONImportReport) error {
	stmt, err := tx.PrepareContext(ctx, `INSERT INTO clients (`+clientColumns+`)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
	if err != nil {
		return err
	}
	defer stmt.Close()
	for i, c := range e.Clients {
		if c == nil {
			return recordError("clients", i, 0, domain.Errorf(domain.EINVALID, "the record is null."))
		}
		if err := c.Validate(); err != nil {
			return recordError("clients", i, c.ID, err)
		}
		a, k := c.Address, c.Contact
		if _, err := stmt.ExecContext(ctx, c.ID, c.LegalName, c.TradeName, c.VATID, c.CompanyNumber, a.Street,
			a.Postcode, a.City, a.Country, c.Sector, k.Name, k.Role, k.Email, k.Phone, string(c.Language), c.Notes,
			c.Archived, max(c.Rev, 1), timeText(c.CreatedAt), timeText(c.UpdatedAt)); err != nil {
			return recordError("clients", i, c.ID, err)
		}
	}
	rep.Clients = len(e.Clients)
	return nil
}

// importManagerRecords writes the managers as a bulk import does: tags at
// the end, the search index in one statement at the end, and from
// bulkFrom managers on the other indexes built once at the end too.
func importManagerRecords(ctx context.Context, tx *sql.Tx, e *Export, rep *domain.JSONImportReport) error {
	bulk, err := startBulk(ctx, tx, managerImport.bulk)
	if err != nil {
		return err
	}
	if len(e.Managers) >= bulkFrom {
		if err := bulk.dropIndexes(ctx); err != nil {
			return err
		}
	}
	p := preparer{ctx: ctx, tx: tx}
	insert := p.prepare(`INSERT INTO managers (id, name, email, phone, city, headline, skills,
			sectors, languages, day_rate, available_from, max_days_per_week, cv, company_name,
			company_vat_id, company_iban, active, notes, rev, created_at, updated_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
	tags := newTagWriter(tx)
	defer closeAll(insert)
	if p.err != nil {
		return p.err
	}
	for i, pm := range e.Managers {
		m := pm.Manager
		if m == nil {
			return recordError("managers", i, 0, domain.Errorf(domain.EINVALID, "the record is null."))
		}
		if err := m.Validate(); err != nil {
			return recordError("managers", i, m.ID, err)
		}
		skills, sectors, languages, err := managerLists(m)
		if err != nil {
			return err
		}
		co := m.Company
		if _, err := insert.ExecContext(ctx, m.ID, m.Name, m.Email, m.Phone, m.City, m.Headline, skills, sectors,
			languages, int64(m.DayRate), dateText(m.AvailableFrom), m.MaxDaysPerWeek, m.CV, co.Name, co.VATID,
			co.IBAN, m.Active, m.Notes, max(m.Rev, 1), timeText(m.CreatedAt), timeText(m.UpdatedAt)); err != nil {
			return recordError("managers", i, m.ID, err)
		}
		tags.add(m)
	}
	if err := tags.flush(ctx); err != nil {
		return err
	}
	rep.Managers = len(e.Managers)
	return bulk.finish(ctx, nil)
}

func importProposalRecords(ctx context.Context, tx *sql.Tx, e *Export, rep *domain.JSONImportReport) error {
	for i, p := range e.Proposals {
		if p == nil {
			return recordError("proposals", i, 0, domain.Errorf(domain.EINVALID, "the record is null."))
		}
		if err := p.Validate(); err != nil {
			return recordError("proposals", i, p.ID, err)
		}
		content, err := contentOf(p)
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO proposals (`+proposalInsertColumns+`)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			p.ID, p.ClientID, nullID(p.Interim.ManagerID), p.Title, content, string(p.Language), p.VATRate,
			p.ReverseCharge, p.ValidityDays, string(p.Status), dateText(p.StatusDate), string(p.AcceptedOption),
			p.Number, p.Version, dateText(p.IssuedOn), max(p.Rev, 1), timeText(p.CreatedAt), timeText(p.UpdatedAt)); err != nil {
			return recordError("proposals", i, p.ID, err)
		}
	}
	rep.Proposals = len(e.Proposals)
	return nil
}

const proposalInsertColumns = `id, client_id, manager_id, title, content, language, vat_rate,
	reverse_charge, validity_days, status, status_date, accepted_option, number,
	version, issued_on, rev, created_at, updated_at`

func importVersions(ctx context.Context, tx *sql.Tx, e *Export, rep *domain.JSONImportReport) error {
	for i, v := range e.ProposalVersions {
		if err := checkFrozen(v.Number, v.Version, v.Data, v.PDF, v.SHA256); err != nil {
			return recordError("proposal_versions", i, 0, err)
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO proposal_versions (proposal_id, version, number, issued_on,
				language, data, pdf, sha256, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			v.ProposalID, v.Version, v.Number, dateText(v.IssuedOn), string(v.Language), v.Data, v.PDF, v.SHA256,
			timeText(v.CreatedAt)); err != nil {
			return recordError("proposal_versions", i, 0, err)
		}
	}
	rep.ProposalVersions = len(e.ProposalVersions)
	return nil
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

func importNumbers(ctx context.Context, tx *sql.Tx, e *Export, _ *domain.JSONImportReport) error {
	for i, n := range e.ProposalNumbers {
		if _, err := tx.ExecContext(ctx, `INSERT INTO proposal_numbers (prefix, year, last) VALUES (?, ?, ?)`,
			n.Prefix, n.Year, n.Last); err != nil {
			return recordError("proposal_numbers", i, 0, err)
		}
	}
	return nil
}

func importEngagementRecords(ctx context.Context, tx *sql.Tx, e *Export, rep *domain.JSONImportReport) error {
	for i, g := range e.Engagements {
		if g == nil {
			return recordError("engagements", i, 0, domain.Errorf(domain.EINVALID, "the record is null."))
		}
		if err := g.Validate(); err != nil {
			return recordError("engagements", i, g.ID, err)
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO engagements (`+engagementInsertColumns+`)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			g.ID, g.ClientID, nullID(g.ProposalID), g.ProposalVersion, string(g.Kind), nullID(g.ManagerID), g.Role,
			dateText(g.Start), dateText(g.End), g.DaysPerWeek, int64(g.DayRate), int64(g.Fee), g.NoticeDays,
			string(g.Status), dateText(g.TerminatedOn), g.EndReason, g.Notes, max(g.Rev, 1),
			timeText(g.CreatedAt), timeText(g.UpdatedAt)); err != nil {
			return recordError("engagements", i, g.ID, err)
		}
	}
	rep.Engagements = len(e.Engagements)
	return nil
}

const engagementInsertColumns = `id, client_id, proposal_id, proposal_version, kind, manager_id,
	role, start_on, end_on, days_per_week, day_rate, fee, notice_days, status,
	terminated_on, end_reason, notes, rev, created_at, updated_at`

// importContractTerms writes the saved terms of contracts, each checked
// by its Validate.
func importContractTerms(ctx context.Context, tx *sql.Tx, e *Export, _ *domain.JSONImportReport) error {
	for i, t := range e.ContractTerms {
		if err := t.Validate(); err != nil {
			return recordError("contract_terms", i, 0, err)
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO contract_terms (engagement_id, assignment, exit_criteria,
				authority, deliverables, non_solicit_months, liability_cap_months, rev, created_at, updated_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			t.EngagementID, t.Assignment, t.ExitCriteria, t.Authority, t.Deliverables, t.NonSolicitMonths,
			t.LiabilityCapMonths, max(t.Rev, 1), timeText(t.CreatedAt), timeText(t.UpdatedAt)); err != nil {
			return recordError("contract_terms", i, 0, err)
		}
	}
	return nil
}

// importContracts writes the printed contracts as they were frozen, so
// that printing one again gives the bytes the parties signed.
func importContracts(ctx context.Context, tx *sql.Tx, e *Export, _ *domain.JSONImportReport) error {
	for i, v := range e.ContractVersions {
		if !v.Jurisdiction.Valid() || !v.Language.Valid() {
			return recordError("contract_versions", i, 0, domain.Errorf(domain.EINVALID,
				"%s version %d is written under %q law in %q; contracts are BE or NL, in nl, en or fr.", v.Number, v.Version, v.Jurisdiction, v.Language))
		}
		if err := checkFrozen(v.Number, v.Version, v.Data, v.PDF, v.SHA256); err != nil {
			return recordError("contract_versions", i, 0, err)
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO contract_versions (engagement_id, version, number, issued_on,
				language, jurisdiction, data, pdf, sha256, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			v.EngagementID, v.Version, v.Number, dateText(v.IssuedOn), string(v.Language), string(v.Jurisdiction),
			v.Data, v.PDF, v.SHA256, timeText(v.CreatedAt)); err != nil {
			return recordError("contract_versions", i, 0, err)
		}
	}
	return nil
}

// importClauses writes the firm's own clause texts, each checked by its
// Validate as the settings screen checks it.
func importClauses(ctx context.Context, tx *sql.Tx, e *Export, _ *domain.JSONImportReport) error {
	for i, c := range e.Clauses {
		if c == nil {
			return recordError("clauses", i, 0, domain.Errorf(domain.EINVALID, "the record is null."))
		}
		if err := c.Validate(); err != nil {
			return recordError("clauses", i, 0, err)
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO clauses (jurisdiction, language, key, title, body, rev, updated_at)
			VALUES (?, ?, ?, ?, ?, ?, ?)`,
			string(c.Jurisdiction), string(c.Lang), string(c.Key), c.Title, c.Body, max(c.Rev, 1), timeText(c.UpdatedAt)); err != nil {
			return recordError("clauses", i, 0, err)
		}
	}
	return nil
}

func importEvents(ctx context.Context, tx *sql.Tx, e *Export, rep *domain.JSONImportReport) error {
	for i, v := range e.Events {
		if _, err := tx.ExecContext(ctx, `INSERT INTO events (id, entity, entity_id, at, what, detail)
			VALUES (?, ?, ?, ?, ?, ?)`, v.ID, v.Entity, v.EntityID, timeText(v.At), v.What, v.Detail); err != nil {
			return recordError("events", i, v.ID, err)
		}
	}
	rep.Events = len(e.Events)
	return nil
}
